import { describe, expect, it } from 'vitest';
import { avgAtN, countCorrect, defaultKs, meanPassAtK, passAtK, problemAccuracies } from './pass-at-k.js';

function binom(n: number, k: number): bigint {
  if (k < 0 || k > n) return 0n;
  let r = 1n;
  for (let i = 0; i < k; i++) r = (r * BigInt(n - i)) / BigInt(i + 1);
  return r;
}

describe('passAtK', () => {
  it('matches hand-computed values', () => {
    expect(passAtK(5, 2, 1)).toBeCloseTo(0.4, 15);
    expect(passAtK(5, 2, 2)).toBeCloseTo(1 - 3 / 10, 15); // 1 - C(3,2)/C(5,2)
    expect(passAtK(4, 0, 2)).toBe(0);
    expect(passAtK(4, 1, 4)).toBe(1); // n - c < k
    expect(passAtK(10, 10, 1)).toBe(1);
  });
  it('equals 1 - C(n-c,k)/C(n,k) computed exactly for n up to 64', () => {
    for (const n of [1, 7, 16, 64]) {
      for (let c = 0; c <= n; c += Math.max(1, Math.floor(n / 5))) {
        for (const k of defaultKs(n)) {
          const exact = 1 - Number((binom(n - c, k) * 10n ** 15n) / binom(n, k)) / 1e15;
          expect(Math.abs(passAtK(n, c, k) - exact)).toBeLessThan(1e-12);
        }
      }
    }
  });
  it('stays finite where the binomial coefficients overflow doubles', () => {
    const v = passAtK(2000, 3, 1000);
    expect(v).toBeGreaterThan(0.87);
    expect(v).toBeLessThan(0.88); // 1 - (1/2)^3 approximately
  });
  it('degenerate inputs: k > n and n = 0 give NaN, bad k or c throws', () => {
    expect(passAtK(3, 1, 4)).toBeNaN();
    expect(passAtK(0, 0, 1)).toBeNaN();
    expect(() => passAtK(4, 1, 0)).toThrow(/k >= 1/);
    expect(() => passAtK(4, 5, 1)).toThrow(/c <= n/);
  });
});

describe('defaultKs', () => {
  it('lists powers of two up to n plus n', () => {
    expect(defaultKs(64)).toEqual([1, 2, 4, 8, 16, 32, 64]);
    expect(defaultKs(6)).toEqual([1, 2, 4, 6]);
    expect(defaultKs(1)).toEqual([1]);
    expect(defaultKs(0)).toEqual([]);
  });
});

describe('avg@n and per-problem accuracy', () => {
  it('skips missing samples and empty problems', () => {
    const problems = [[true, false, null], [true, true], [null, null]];
    expect(countCorrect(problems[0])).toEqual({ n: 2, c: 1 });
    expect(avgAtN(problems)).toBeCloseTo(0.75, 15);
    const acc = problemAccuracies(problems);
    expect(acc.slice(0, 2)).toEqual([0.5, 1]);
    expect(acc[2]).toBeNaN();
  });
  it('mean pass@k skips problems with fewer than k samples', () => {
    const r = meanPassAtK([[true, false, false, false], [false, true]], 4);
    expect(r).toEqual({ value: 1, problems: 1 });
    expect(meanPassAtK([], 1).value).toBeNaN();
  });
});
