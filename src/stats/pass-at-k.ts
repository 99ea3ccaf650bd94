/**
 * Sample-based accuracy metrics of one problem set: avg@n and the unbiased pass@k estimator.
 *
 * Input convention used across `src/stats`: a problem's samples are an array of verdicts in sample
 * order, `true` (correct), `false` (wrong) or `null` (missing: a failed request, not graded). Callers
 * that reproduce the paper (`--errors-as-wrong`) turn `null` into `false` before calling.
 */

/** Verdicts of one problem's samples in sample order; `null` = missing (an error), excluded from counts. */
export type Verdicts = ReadonlyArray<boolean | null>;

/** Number of graded (non-null) samples and correct samples of one problem. */
export function countCorrect(v: Verdicts): { n: number; c: number } {
  let n = 0;
  let c = 0;
  for (const x of v) {
    if (x === null) continue;
    n++;
    if (x) c++;
  }
  return { n, c };
}

/**
 * Unbiased pass@k estimate for one problem with `n` graded samples of which `c` are correct
 * (Chen et al. 2021, "Evaluating Large Language Models Trained on Code", arXiv 2107.03374):
 * pass@k = 1 - C(n-c, k) / C(n, k), computed in the numerically stable product form
 * 1 - Π_{i=n-c+1}^{n} (1 - k/i). Degenerate cases: k > n or n = 0 gives NaN (undefined);
 * n - c < k gives 1; k < 1 throws.
 */
export function passAtK(n: number, c: number, k: number): number {
  if (!Number.isInteger(k) || k < 1) throw new Error(`pass@k needs an integer k >= 1, got k=${k}`);
  if (!(c >= 0 && c <= n)) throw new Error(`pass@k needs 0 <= c <= n, got c=${c}, n=${n}`);
  if (n === 0 || k > n) return NaN;
  if (n - c < k) return 1;
  let prod = 1;
  for (let i = n - c + 1; i <= n; i++) prod *= 1 - k / i;
  return 1 - prod;
}

/**
 * The k values reported by default: powers of two up to `n` (1, 2, 4, ..., largest 2^j <= n), plus `n`
 * itself when it is not a power of two (the paper reports pass@1 and pass@n). Empty when n < 1.
 */
export function defaultKs(n: number): number[] {
  const ks: number[] = [];
  for (let k = 1; k <= n; k *= 2) ks.push(k);
  if (n >= 1 && ks[ks.length - 1] !== n) ks.push(n);
  return ks;
}

/**
 * Mean pass@k over problems. Problems with fewer than k graded samples are skipped (pass@k is
 * undefined for them); NaN when no problem has k samples. Returns also how many problems counted.
 */
export function meanPassAtK(problems: ReadonlyArray<Verdicts>, k: number): { value: number; problems: number } {
  let sum = 0;
  let m = 0;
  for (const v of problems) {
    const { n, c } = countCorrect(v);
    if (n < k) continue;
    sum += passAtK(n, c, k);
    m++;
  }
  return { value: m === 0 ? NaN : sum / m, problems: m };
}

/**
 * avg@n: the mean over problems of each problem's share of correct graded samples (pass@1 estimated
 * from all n samples). With the same n for every problem this equals total correct / total samples,
 * the paper's "pass@1" (`eval_vllm_multi_ports_passk.py`). Problems with no graded sample are
 * skipped; NaN when none has any.
 */
export function avgAtN(problems: ReadonlyArray<Verdicts>): number {
  return meanPassAtK(problems, 1).value;
}

/** Per-problem accuracy p_i = c_i / n_i (NaN for a problem with no graded sample). */
export function problemAccuracies(problems: ReadonlyArray<Verdicts>): number[] {
  return problems.map((v) => {
    const { n, c } = countCorrect(v);
    return n === 0 ? NaN : c / n;
  });
}
