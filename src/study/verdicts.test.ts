import { describe, expect, it } from 'vitest';
import { above, below, combine, effect, equivalent, exists, nonInferior, seedGuard, tooFew } from './verdicts.js';
import type { Interval } from './verdicts.js';

const ci = (lo: number, hi: number): Interval => ({ estimate: (lo + hi) / 2, lo, hi, level: 0.95 });

describe('interval decision rules', () => {
  it('above: decides only when the whole interval is on one side', () => {
    expect(above('x', ci(0.55, 0.7), 0.5).verdict).toBe('reproduced');
    expect(above('x', ci(0.3, 0.45), 0.5).verdict).toBe('not reproduced');
    expect(above('x', ci(0.45, 0.55), 0.5).verdict).toBe('inconclusive');
    expect(above('x', ci(NaN, NaN), 0.5).verdict).toBe('inconclusive');
    expect(above('x', ci(0.55, 0.7), 0.5).test).toContain('[0.55, 0.7]');
  });

  it('below mirrors above', () => {
    expect(below('x', ci(0.3, 0.45), 0.5).verdict).toBe('reproduced');
    expect(below('x', ci(0.55, 0.7), 0.5).verdict).toBe('not reproduced');
    expect(below('x', ci(0.45, 0.55), 0.5).verdict).toBe('inconclusive');
  });

  it('nonInferior uses the margin, not zero', () => {
    expect(nonInferior('d', ci(-0.02, 0.01), 0.03).verdict).toBe('reproduced');
    expect(nonInferior('d', ci(-0.1, -0.05), 0.03).verdict).toBe('not reproduced');
    expect(nonInferior('d', ci(-0.05, 0.0), 0.03).verdict).toBe('inconclusive');
    expect(() => nonInferior('d', ci(0, 0), 0)).toThrow(/margin/);
  });

  it('effect: reproduced past 0, refuted when the interval excludes the smallest effect that counts', () => {
    expect(effect('d', ci(0.01, 0.08), 'increase', 0.03).verdict).toBe('reproduced');
    expect(effect('d', ci(-0.02, 0.02), 'increase', 0.03).verdict).toBe('not reproduced');
    expect(effect('d', ci(-0.02, 0.06), 'increase', 0.03).verdict).toBe('inconclusive');
    expect(effect('d', ci(-0.08, -0.01), 'decrease', 0.03).verdict).toBe('reproduced');
    expect(effect('d', ci(-0.02, 0.05), 'decrease', 0.03).verdict).toBe('not reproduced');
    expect(effect('d', ci(-0.06, 0.01), 'decrease', 0.03).verdict).toBe('inconclusive');
    // Statistically non-zero but smaller than what counts: not reproduced.
    expect(effect('d', ci(0.005, 0.02), 'increase', 0.03).verdict).toBe('not reproduced');
    expect(effect('d', ci(-0.02, -0.005), 'decrease', 0.03).verdict).toBe('not reproduced');
  });

  it('equivalent: inside the band, outside it, or across its edge', () => {
    expect(equivalent('s', ci(-0.6, -0.4), -0.5, 0.2).verdict).toBe('reproduced');
    expect(equivalent('s', ci(-0.2, -0.1), -0.5, 0.2).verdict).toBe('not reproduced');
    expect(equivalent('s', ci(-0.5, -0.2), -0.5, 0.2).verdict).toBe('inconclusive');
  });

  it('exists needs enough chances before refuting', () => {
    expect(exists('f', 2, 12, 10).verdict).toBe('reproduced');
    expect(exists('f', 0, 12, 10).verdict).toBe('not reproduced');
    expect(exists('f', 0, 3, 10).verdict).toBe('inconclusive');
  });

  it('tooFew flags small samples', () => {
    expect(tooFew('n', 5, 30)?.verdict).toBe('inconclusive');
    expect(tooFew('n', 30, 30)).toBeNull();
  });

  it('combine: all parts reproduced, any refuted, else inconclusive', () => {
    const r = { verdict: 'reproduced' as const, test: '' };
    const n = { verdict: 'not reproduced' as const, test: '' };
    const i = { verdict: 'inconclusive' as const, test: '' };
    expect(combine([r, r])).toBe('reproduced');
    expect(combine([r, i])).toBe('inconclusive');
    expect(combine([r, i, n])).toBe('not reproduced');
    expect(combine([])).toBe('inconclusive');
  });

  it('seedGuard downgrades when seeds disagree', () => {
    const pooled = { verdict: 'reproduced' as const, test: 'pooled' };
    expect(seedGuard(pooled, [pooled, { verdict: 'not reproduced', test: '' }]).verdict).toBe('inconclusive');
    expect(seedGuard(pooled, [pooled, { verdict: 'inconclusive', test: '' }]).verdict).toBe('reproduced');
  });
});
