import { describe, expect, it } from 'vitest';
import { grade } from '../index.js';

/**
 * Rule 9: no response may make a grade hang. The pool's hard timeout (2 s) is the last line of defence;
 * the in-process grader used by the trainer has none, so the extraction rules themselves must stay
 * linear. Each shape below once took 39 s to 5 minutes at this size (quadratic or worse backtracking in
 * the post-answer regular expressions; fixed by compacting whitespace in one pass and matching digit
 * runs whole). Measured after the fix: 1-40 ms each. The bound asserted is the product's own timeout,
 * a correctness contract (a grade past it is reported as a timeout), with a margin of about 50x.
 */
const N = 200_000;
const SHAPES: Record<string, string> = {
  'box then 200k newlines': '</think> The answer is $\\boxed{1}$' + '\n'.repeat(N),
  'box then 200k spaces': '</think> The answer is $\\boxed{1}$' + ' '.repeat(N),
  'statement then 200k newlines': '</think> The answer is 1.' + '\n'.repeat(N),
  'statement then 200k spaces': '</think> Final Answer: 1' + ' '.repeat(N),
  'statement of 100k digits': '</think> The answer is ' + '1'.repeat(100_000),
  'box then 100k digits': '</think> $\\boxed{1}$ maybe it is ' + '7'.repeat(100_000),
  'box then "or" lines': '</think> $\\boxed{1}$' + '\n or'.repeat(N / 4),
  'repeated answer sentences': '</think> ' + 'the answer is 1, '.repeat(N / 17),
  'boxes separated by padding': '</think> $\\boxed{1}$' + ('\n'.repeat(20_000) + '$\\boxed{1}$').repeat(8),
};

describe('strict extraction stays linear on adversarial padding', () => {
  for (const [name, response] of Object.entries(SHAPES)) {
    it(name, () => {
      const t0 = performance.now();
      const g = grade(response, '1', {});
      const ms = performance.now() - t0;
      expect(typeof g.correct).toBe('boolean');
      expect(ms, `${name} took ${Math.round(ms)} ms`).toBeLessThan(2000);
    });
  }
  it('keeps the verdicts of padded answers', () => {
    expect(grade('</think> The answer is $\\boxed{1}$' + '\n'.repeat(N), '1', {}).correct).toBe(true);
    expect(grade('</think> Final Answer: 1' + ' '.repeat(N), '1', {}).correct).toBe(true);
    expect(grade('</think> $\\boxed{1}$\n\n\n\n\nWait, no. That is wrong, it is 2.', '1', {}).correct).toBe(false);
  });
});
