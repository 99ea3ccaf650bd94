import { describe, expect, it } from 'vitest';
import { runScores, runsNeeded, splitRuns, summarizeRuns } from './runs.js';
import { tCdf, tQuantile, normalQuantile, normalCdf } from './distributions.js';

describe('distributions', () => {
  it('t and normal quantiles match scipy', () => {
    // scipy.stats.t.ppf / norm.ppf values
    expect(tQuantile(0.975, 1)).toBeCloseTo(12.706204736174694, 8);
    expect(tQuantile(0.975, 10)).toBeCloseTo(2.228138851986274, 9);
    expect(tQuantile(0.995, 3)).toBeCloseTo(5.840909309733355, 9);
    expect(tQuantile(0.9, 29)).toBeCloseTo(1.311433647301551, 9);
    expect(tQuantile(0.025, 10)).toBeCloseTo(-2.228138851986274, 9);
    expect(tCdf(-2.5, 4)).toBeCloseTo(0.03338327240599407, 10);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 8);
    expect(normalQuantile(1e-6)).toBeCloseTo(-4.753424308822899, 7);
    expect(normalCdf(1.959963984540054)).toBeCloseTo(0.975, 6);
    expect(tQuantile(1, 3)).toBeNaN();
  });
});

describe('runs', () => {
  it('splits consecutive chunks and scores each run', () => {
    const problems = [
      [true, true, false, false],
      [true, false, true, false],
    ];
    const m = splitRuns(problems, 2);
    expect(m[0]).toEqual([[true, true], [false, false]]);
    expect(runScores(m)).toEqual([0.75, 0.25]);
    const s = summarizeRuns([0.75, 0.25]);
    expect(s.mean).toBe(0.5);
    expect(s.std).toBeCloseTo(Math.sqrt(0.125), 15); // (0.25^2 * 2) / (2 - 1)
    expect(s.ci.halfWidth).toBeCloseTo((12.706204736174694 * Math.sqrt(0.125)) / Math.SQRT2, 7);
  });
  it('uneven chunks follow floor(r·n/R)', () => {
    expect(splitRuns([[true, false, true, false, true]], 2)[0]).toEqual([[true, false], [true, false, true]]);
  });
  it('degenerate cases: no runs, one run, all missing', () => {
    expect(runScores([])).toEqual([]);
    const none = summarizeRuns([]);
    expect(none.count).toBe(0);
    expect(none.mean).toBeNaN();
    const one = summarizeRuns([0.4]);
    expect(one.mean).toBe(0.4);
    expect(one.std).toBeNaN();
    expect(one.ci.lower).toBeNaN();
    expect(runScores([[[null], [true]]])[0]).toBeNaN();
    expect(() => splitRuns([[true]], 0)).toThrow();
  });
  it('runs needed: smallest R with t_{R-1}·σ/√R <= h (scipy: 99 for σ=0.05, h=0.01)', () => {
    expect(runsNeeded(0.05, 0.01)).toBe(99);
    expect(runsNeeded(0, 0.01)).toBe(2);
    expect(runsNeeded(NaN, 0.01)).toBeNaN();
    expect(runsNeeded(1, 1e-5)).toBe(Infinity);
  });
});
