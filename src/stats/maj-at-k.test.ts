import { describe, expect, it } from 'vitest';
import { majAtK, majAtKProblem, majorityVote } from './maj-at-k.js';
import { lengthStats, graderDisagreement, truncationRate } from './responses.js';

const numEq = (a: string, b: string) => Number(a) === Number(b);
const s = (extracted: string | null, correct: boolean | null) => ({ extracted, correct });

describe('maj@k', () => {
  it('clusters with the equivalence passed in', () => {
    const v = majorityVote([s('2', false), s('1', true), s('1.0', true), s('2', false), s('01', true)], numEq);
    expect(v).toEqual({ correct: true, answer: '1', votes: 3, clusters: 2 });
    // Without the equivalence "1", "1.0" and "01" are three answers and "2" wins.
    expect(majorityVote([s('2', false), s('1', true), s('1.0', true), s('2', false), s('01', true)], (a, b) => a === b).correct).toBe(false);
  });
  it('ties go to the earliest cluster; missing answers do not vote', () => {
    expect(majorityVote([s('3', false), s('4', true)], numEq).answer).toBe('3');
    expect(majorityVote([s(null, false), s(null, false), s('4', true)], numEq).correct).toBe(true);
    expect(majorityVote([s(null, false)], numEq)).toEqual({ correct: false, answer: null, votes: 0, clusters: 0 });
  });
  it('averages over disjoint consecutive groups; k > n is NaN', () => {
    const p = [s('1', true), s('1', true), s('2', false), s('2', false)];
    expect(majAtKProblem(p, 2, numEq)).toBe(0.5);
    expect(majAtKProblem(p, 1, numEq)).toBe(0.5);
    expect(majAtKProblem(p, 8, numEq)).toBeNaN();
    expect(majAtK([p, [s('5', true)]], 2, numEq)).toBe(0.5);
    expect(majAtK([], 1, numEq)).toBeNaN();
  });
});

describe('response diagnostics', () => {
  it('length stats, truncation, grader disagreement', () => {
    expect(lengthStats([10, 30, 20, 40])).toEqual({ count: 4, mean: 25, median: 25, p90: 40, max: 40 });
    expect(lengthStats([]).mean).toBeNaN();
    expect(truncationRate(['stop', 'length', null, 'stop'])).toEqual({ truncated: 1, total: 3, rate: 1 / 3 });
    expect(graderDisagreement([true, true, false, false, null], [true, false, true, false, true])).toEqual({
      total: 4,
      bothCorrect: 1,
      bothWrong: 1,
      firstOnly: 1,
      secondOnly: 1,
      rate: 0.5,
    });
  });
});
