import { describe, expect, it } from 'vitest';
import { summarize } from './summary.js';

describe('summarize', () => {
  it('produces the stats --json contract on a hand-computed case', () => {
    // 3 problems x 4 samples: p = 1, 0.5, 0.
    const problems = [
      [true, true, true, true],
      [true, false, false, true],
      [false, false, false, false],
    ];
    const r = summarize({ problems, runs: 2, greedy: [true, false, true] });
    expect(r.problems).toBe(3);
    expect(r.samples_per_problem).toBe(4);
    expect(r.avg).toBeCloseTo(0.5, 15);
    expect(Object.keys(r.pass_at_k)).toEqual(['1', '2', '4']);
    // pass@2: (1 + (1 - C(2,2)/C(4,2)) + 0) / 3 = (1 + 5/6) / 3
    expect(r.pass_at_k['2']).toBeCloseTo((1 + 5 / 6) / 3, 15);
    expect(r.pass_at_k['4']).toBeCloseTo(2 / 3, 15);
    // runs: run0 = (1 + 0.5 + 0)/3, run1 = (1 + 0.5 + 0)/3
    expect(r.runs.count).toBe(2);
    expect(r.runs.scores).toEqual([0.5, 0.5]);
    expect(r.runs.std).toBe(0);
    expect(r.uncertain).toMatchObject({ count: 1, problems: [1] });
    expect(r.uncertain.fraction).toBeCloseTo(1 / 3, 15);
    expect(r.greedy).toMatchObject({ count: 2, problems: [1, 2], greedyOnly: 1, samplingOnly: 1 });
    expect(r.avg_ci.lower).toBeLessThanOrEqual(0.5);
    expect(r.avg_ci.upper).toBeGreaterThanOrEqual(0.5);
    // JSON prints NaN as null
    expect(JSON.parse(JSON.stringify(summarize({ problems: [[true]] }))).runs.std).toBeNull();
  });
  it('defaults to single-sample runs and handles empty input', () => {
    const r = summarize({ problems: [[true, false, true, false]] });
    expect(r.runs.count).toBe(4);
    expect(r.runs.scores).toEqual([1, 0, 1, 0]);
    const e = summarize({ problems: [] });
    expect(e.problems).toBe(0);
    expect(e.avg).toBeNaN();
    expect(e.runs.count).toBe(0);
    expect(e.pass_at_k).toEqual({});
  });
});
