import { describe, expect, it } from 'vitest';
import { bootstrapMeanCi, newcombeDiffInterval, pairedBootstrapDiff, unpairedBootstrapDiff, wilsonInterval } from './compare.js';
import { Rng } from '../util/rng.js';

const rngOf = (seed: number) => {
  const r = new Rng(seed);
  return () => r.next();
};

describe('wilson and newcombe', () => {
  it('matches hand-computed Wilson intervals', () => {
    const z2 = 1.959963984540054 ** 2;
    const a = wilsonInterval(0, 10);
    expect(a.lower).toBe(0);
    expect(a.upper).toBeCloseTo(z2 / 10 / (1 + z2 / 10), 9);
    const b = wilsonInterval(5, 10);
    expect(b.lower).toBeCloseTo(0.2365931, 6);
    expect(b.upper).toBeCloseTo(0.7634069, 6);
    expect(wilsonInterval(0, 0)).toMatchObject({ lower: 0, upper: 1 });
  });
  it('Newcombe difference interval contains the estimate and is symmetric for mirrored data', () => {
    const d = newcombeDiffInterval(7, 10, 3, 10);
    expect(d.estimate).toBeCloseTo(0.4, 15);
    const m = newcombeDiffInterval(3, 10, 7, 10);
    expect(m.lower).toBeCloseTo(-d.upper, 12);
    expect(d.lower).toBeGreaterThan(-0.1);
    expect(d.upper).toBeLessThan(0.75);
  });
});

describe('bootstrap', () => {
  it('is seeded and degenerate on constant data', () => {
    const c = bootstrapMeanCi([0.5, 0.5, 0.5], { rng: rngOf(1), resamples: 200 });
    expect([c.lower, c.upper, c.estimate]).toEqual([0.5, 0.5, 0.5]);
    const v = [0, 1, 1, 0, 1, 0.5, 0.25];
    expect(bootstrapMeanCi(v, { rng: rngOf(3), resamples: 500 })).toEqual(bootstrapMeanCi(v, { rng: rngOf(3), resamples: 500 }));
    expect(bootstrapMeanCi([], { rng: rngOf(1) }).estimate).toBeNaN();
  });
  it('bootstrap CI of a mean of 0/1 values is close to the normal interval', () => {
    const v = Array.from({ length: 400 }, (_, i) => (i % 4 === 0 ? 1 : 0)); // p = 0.25
    const c = bootstrapMeanCi(v, { rng: rngOf(7), resamples: 4000 });
    const half = 1.96 * Math.sqrt((0.25 * 0.75) / 400);
    expect(Math.abs(c.lower - (0.25 - half))).toBeLessThan(0.01);
    expect(Math.abs(c.upper - (0.25 + half))).toBeLessThan(0.01);
  });
  it('paired bootstrap: identical systems are inconclusive, dominating one wins', () => {
    const a = [1, 0, 0.5, 0.25, 1, 0];
    const same = pairedBootstrapDiff(a, a, { rng: rngOf(1), resamples: 1000 });
    expect(same).toMatchObject({ estimate: 0, lower: 0, upper: 0, verdict: 'inconclusive' });
    const better = pairedBootstrapDiff(a.map((x) => Math.min(1, x + 0.5)), a, { rng: rngOf(1), resamples: 1000 });
    expect(better.verdict).toBe('a');
    expect(better.p).toBeLessThan(0.05);
    expect(() => pairedBootstrapDiff([1], [1, 2], { rng: rngOf(1) })).toThrow();
    // NaN pairs (no graded sample) are left out.
    expect(pairedBootstrapDiff([1, NaN, 0.5], [0.5, 0, NaN], { rng: rngOf(1), resamples: 100 })).toMatchObject({ estimate: 0.5, lower: 0.5, upper: 0.5 });
    expect(bootstrapMeanCi([NaN, 1], { rng: rngOf(1), resamples: 10 }).estimate).toBe(1);
  });
  it('pairing removes problem difficulty that an unpaired test cannot', () => {
    // B is always 0.05 below A, but problems range from 0 to 0.95.
    const a = Array.from({ length: 30 }, (_, i) => 0.05 + (i % 20) * 0.05);
    const b = a.map((x) => x - 0.05);
    expect(pairedBootstrapDiff(a, b, { rng: rngOf(2), resamples: 2000 }).verdict).toBe('a');
    expect(unpairedBootstrapDiff(a, b, { rng: rngOf(2), resamples: 2000 }).verdict).toBe('inconclusive');
    expect(unpairedBootstrapDiff([], b, { rng: rngOf(2) }).verdict).toBe('inconclusive');
  });
});
