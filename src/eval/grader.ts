/**
 * How the runner grades: an async `Grader` over the verifier. The default runs `grade` of src/verify
 * in the worker pool of src/pool (hard wall-clock timeout per grade, off the main thread); tests may
 * inject their own.
 */
import { GradePool } from '../pool/grade-pool.js';
import type { GradeMode, GradeResult, Reference } from '../verify/types.js';

/** Grades one response against a reference under a mode. Never throws for a bad response: returns a verdict. */
export interface Grader {
  /** `unit`: the unit the problem asks for, when the benchmark stores it (see GradeOptions.unit). */
  grade(response: string, reference: Reference, mode: GradeMode, unit?: string): Promise<GradeResult>;
  close(): Promise<void>;
}

/** Options of {@link createPoolGrader}. */
export interface PoolGraderOptions {
  /** Worker threads [1]. */
  workers?: number;
  /** Hard timeout of one grade in ms [10,000]; a timed-out grade is wrong with reason `timeout`. */
  timeoutMs?: number;
}

/** The default grader: one `GradePool` shared by every mode. */
export async function createPoolGrader(opts: PoolGraderOptions = {}): Promise<Grader> {
  const pool = new GradePool({ workers: opts.workers ?? 1, timeoutMs: opts.timeoutMs ?? 10_000 });
  return {
    grade: (response, reference, mode, unit) => pool.grade(response, reference, unit === undefined ? { mode } : { mode, unit }),
    close: async () => {
      await pool.close();
    },
  };
}

/** The text a grader sees: a separately returned reasoning trace is put back in a think block before the content. */
export function gradedText(text: string, reasoning: string | null): string {
  return reasoning === null ? text : `<think>\n${reasoning}\n</think>\n\n${text}`;
}
