/**
 * The answer verifier: `grade(response, reference)` decides whether a model response answers a
 * reference. It is the RL reward and the grader of every benchmark, so it is pure, synchronous,
 * never throws on model text and bounded in time and memory (the hard wall-clock timeout is enforced
 * from outside by `src/pool`).
 *
 * Modes: `strict` (default; dissect's rules, docs/verifier.md) and `deepscaler` (the paper's grader,
 * verdict for verdict: deepscaler/rewards/math_reward.py + math_utils/utils.py).
 */
import { deepscalerExtract, gradeDeepscaler } from './deepscaler/index.js';
import { equivalent } from './strict/compare.js';
import { extractStrictAnswer, gradeStrict } from './strict/index.js';
import type { GradeMode, GradeOptions, GradeResult, Reference } from './types.js';

export type { GradeMode, GradeOptions, GradeResult, Reference } from './types.js';
export { mcLetters } from './strict/normalize.js';

/** Grading modes by name. */
export const GRADE_MODES: readonly GradeMode[] = ['strict', 'deepscaler'];

/**
 * Grade `response` against `reference`. Never throws on model text: an internal failure is reported
 * as `{ correct: false, reason: 'error:...' }`. Default mode: `strict`.
 */
export function grade(response: string, reference: Reference, options: GradeOptions = {}): GradeResult {
  const mode: GradeMode = options.mode ?? 'strict';
  try {
    if (typeof response !== 'string') return { correct: false, extracted: null, reason: 'bad_response' };
    switch (mode) {
      case 'strict':
        return gradeStrict(response, reference, options.unit);
      case 'deepscaler':
        return gradeDeepscaler(response, reference);
      default: {
        const never: never = mode;
        throw new Error(`unknown grade mode ${String(never)}; valid: ${GRADE_MODES.join(', ')}`);
      }
    }
  } catch (e) {
    if (e instanceof Error && e.message.startsWith('unknown grade mode')) throw e;
    return { correct: false, extracted: null, reason: `error:${(e as Error).name}` };
  }
}

/**
 * Load the parsers' tables now rather than on the first real grade (the Compute Engine builds its
 * LaTeX dictionaries on first use: ~0.5-1 s). Grading workers call it before reporting ready.
 */
export function warmUp(): void {
  grade('</think>\\boxed{0.\\overline{3}}', '\\frac{1}{3}');
  grade('</think>\\boxed{\\begin{pmatrix}1\\\\2\\end{pmatrix}}', '(1,2)');
  grade('</think>\\boxed{\\frac{1}{2}x+1}', '0.5x+1', { mode: 'deepscaler' });
}

/**
 * The final answer of a response (strict: rules 1-3, null when hedged/retracted/absent; deepscaler:
 * the last box after the first `</think>`).
 */
export function extractAnswer(response: string, options: GradeOptions = {}): string | null {
  try {
    if ((options.mode ?? 'strict') === 'deepscaler') {
      return response.includes('</think>') ? deepscalerExtract(response.split('</think>')[1]) : null;
    }
    return extractStrictAnswer(response);
  } catch {
    return null;
  }
}

/**
 * Are two extracted answers the same answer (strict equivalence, checked both ways so the relation is
 * symmetric)? Used by maj@k clustering in src/stats.
 */
export function answersEquivalent(a: string, b: string): boolean {
  try {
    return equivalent(a, b).equal && equivalent(b, a).equal;
  } catch {
    return false;
  }
}
