/**
 * Public contract of the verifier. `grade` is pure and synchronous; the hard wall-clock timeout is
 * enforced from outside by the worker pool (see `src/pool`).
 */

/** A reference answer as the paper's benchmarks store it: a string, a number (AMC `142.0`) or a list of alternatives. */
export type Reference = string | number | ReadonlyArray<string | number>;

/** `strict` (dissect's rules, the default) or `deepscaler` (the paper's grader, bit-for-bit). */
export type GradeMode = 'strict' | 'deepscaler';

export interface GradeOptions {
  mode?: GradeMode;
  /**
   * The unit the problem asks for, when the benchmark stores it apart from the reference (OlympiadBench's
   * `unit` field, e.g. `cm^2`, `minutes`). Strict mode: an answer whose explicit unit differs is incorrect
   * (`45 seconds` for reference `45` with unit `minutes`); an answer without a unit is judged on its number.
   * Default: none (rule 6 then compares units only when the reference carries one). Ignored by `deepscaler`.
   */
  unit?: string;
}

export interface GradeResult {
  correct: boolean;
  /** The final answer taken from the response, or null when there is none. */
  extracted: string | null;
  /** Short machine-readable reason code with detail, e.g. `equal:numeric`, `no_answer:unclosed_think`, `hedged`, `timeout`. */
  reason: string;
}
