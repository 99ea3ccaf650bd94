/**
 * How the runner grades: an async `Grader` over the verifier. The default uses the worker pool of
 * `src/pool` (hard wall-clock timeout per grade, off the main thread); tests may inject their own.
 */
import type { GradeMode, GradeResult, Reference } from '../verify/types.js';

/** Grades one response against a reference under a mode. Never throws for a bad response: returns a verdict. */
export interface Grader {
  grade(response: string, reference: Reference, mode: GradeMode): Promise<GradeResult>;
  close(): Promise<void>;
}

interface PoolLike {
  grade(response: string, reference: Reference, opts?: { mode?: GradeMode }): Promise<GradeResult>;
  close(): Promise<void> | void;
}

/** Options of {@link createPoolGrader}. */
export interface PoolGraderOptions {
  /** Worker threads per grading mode [1]. */
  workers?: number;
  /** Hard timeout of one grade in ms [10,000]; a timed-out grade is wrong with reason `timeout`. */
  timeoutMs?: number;
}

/**
 * The default grader: one `GradePool` per mode, created on first use. Falls back to the in-process
 * `grade` of src/verify (no hard timeout) when the pool module is not available.
 */
export async function createPoolGrader(opts: PoolGraderOptions = {}): Promise<Grader> {
  const poolSpec = '../pool/grade-pool.js';
  let mod: { GradePool: new (o: { workers: number; timeoutMs: number; mode: GradeMode }) => PoolLike };
  try {
    mod = (await import(poolSpec)) as typeof mod;
  } catch {
    const verifySpec = '../verify/index.js';
    const v = (await import(verifySpec)) as { grade: (r: string, ref: Reference, o: { mode: GradeMode }) => GradeResult };
    return { grade: async (response, reference, mode) => v.grade(response, reference, { mode }), close: async () => {} };
  }
  const pools = new Map<GradeMode, PoolLike>();
  const poolFor = (mode: GradeMode) => {
    let p = pools.get(mode);
    if (!p) {
      p = new mod.GradePool({ workers: opts.workers ?? 1, timeoutMs: opts.timeoutMs ?? 10_000, mode });
      pools.set(mode, p);
    }
    return p;
  };
  return {
    grade: (response, reference, mode) => poolFor(mode).grade(response, reference, { mode }),
    close: async () => {
      for (const p of pools.values()) await p.close();
    },
  };
}

/** The text a grader sees: a separately returned reasoning trace is put back in a think block before the content. */
export function gradedText(text: string, reasoning: string | null): string {
  return reasoning === null ? text : `<think>\n${reasoning}\n</think>\n\n${text}`;
}
