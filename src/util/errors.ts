/**
 * Errors that the CLI turns into exit codes. Library code throws these for bad *input*
 * (a malformed file, an unknown config key); broken invariants throw plain Errors.
 * Only `src/cli` catches and sets `process.exitCode`.
 */

/** Bad user input: a malformed file, flag or config value. The CLI prints `message` and exits 2. */
export class InputError extends Error {
  override readonly name = 'InputError';
  readonly exitCode = 2;
  constructor(
    message: string,
    /** File the problem is in, when there is one. */
    readonly file?: string,
    /** 1-based line number inside `file`, when known. */
    readonly line?: number,
  ) {
    super(file ? `${file}${line !== undefined ? `:${line}` : ''}: ${message}` : message);
  }
}

/** Numeric divergence in training (NaN/Inf loss or gradient). The CLI exits 3. */
export class DivergenceError extends Error {
  override readonly name = 'DivergenceError';
  readonly exitCode = 3;
}
