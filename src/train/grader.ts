/**
 * The verifier as the trainer uses it: a batch of (response, reference) pairs to binary verdicts.
 * `verifier.workers = 0` grades in-process with `grade` from `src/verify` (synchronous, fastest for the
 * task's short answers); `workers > 0` uses the worker pool of `src/pool`, which enforces the hard
 * wall-clock timeout (a timeout counts as incorrect).
 */
import type { GradeMode, Reference } from '../verify/types.js';

/** Batch grading, in order. */
export interface Grader {
  gradeMany(items: ReadonlyArray<{ response: string; reference: Reference }>): Promise<boolean[]>;
  close(): Promise<void>;
}

/** Settings of the verifier section of the config. */
export interface GraderSettings {
  mode: GradeMode;
  timeout_ms: number;
  workers: number;
}

/** Build the grader of a run. */
export async function createGrader(s: GraderSettings): Promise<Grader> {
  if (s.workers > 0) {
    const { GradePool } = await import('../pool/grade-pool.js');
    const pool = new GradePool({ workers: s.workers, timeoutMs: s.timeout_ms, mode: s.mode });
    return {
      async gradeMany(items) {
        const results = await pool.gradeMany(items.map((it) => ({ response: it.response, reference: it.reference, mode: s.mode })));
        return results.map((r) => r.correct);
      },
      close: () => pool.close(),
    };
  }
  const { grade } = await import('../verify/index.js');
  return {
    async gradeMany(items) {
      return items.map((it) => grade(it.response, it.reference, { mode: s.mode }).correct);
    },
    async close() {},
  };
}
