import { describe, expect, it } from 'vitest';
import { uncertainProblems, varianceShare } from './uncertain.js';
import { greedyFlips } from './flips.js';

describe('uncertain problems', () => {
  it('uses 0 < p < 1 by default and a configurable band', () => {
    expect(uncertainProblems([0, 0.5, 1, 0.1, NaN])).toEqual([1, 3]);
    expect(uncertainProblems([0, 0.5, 1, 0.1], { lower: 0.2, upper: 0.8 })).toEqual([1]);
    expect(() => uncertainProblems([0.5], { lower: 0.5, upper: 0.5 })).toThrow();
  });
  it('variance share: binomial model vs empirical covariance decomposition', () => {
    // Problem 0 moves between runs (1, 0), problem 1 is 0.5 in both runs, problem 2 always right.
    const m = [
      [[true, true], [false, false]],
      [[true, false], [false, true]],
      [[true, true], [true, true]],
    ];
    expect(varianceShare(m, [0])).toEqual({ expected: 0.5, empirical: 1 });
    expect(varianceShare(m, [1])).toEqual({ expected: 0.5, empirical: 0 });
    expect(varianceShare(m, [2])).toEqual({ expected: 0, empirical: 0 });
    const single = varianceShare([[[true, false]]], [0]);
    expect(single.expected).toBe(1);
    expect(single.empirical).toBeNaN();
  });
  it('empirical shares add up to 1 with correlated problems', () => {
    const m = [
      [[true], [false], [true]],
      [[true], [false], [false]],
      [[false], [true], [true]],
    ];
    const parts = [0, 1, 2].map((i) => varianceShare(m, [i]).empirical);
    expect(parts.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });
});

describe('greedy flips', () => {
  it('flags problems where greedy differs from the sampling majority', () => {
    const r = greedyFlips([true, false, true, null, false], [0.4, 0.9, 0.6, 0.2, 0]);
    expect(r).toEqual({ compared: 4, problems: [0, 1], count: 2, greedyOnly: 1, samplingOnly: 1, uncertain: 2 });
    expect(greedyFlips([], []).count).toBe(0);
    expect(() => greedyFlips([true], [])).toThrow();
  });
});
