/**
 * Uncertain problems (arXiv 2506.04913 §5): problems whose correct and incorrect answers both occur,
 * 0 < p < 1 for the per-problem accuracy p. Only they can move a run score; the paper traces the
 * run-to-run instability of small benchmarks (AIME: 30 problems) to them.
 */
import type { RunMatrix } from './runs.js';
import { countCorrect } from './pass-at-k.js';

/** A problem is uncertain when lower < p < upper. Default {lower: 0, upper: 1} (the paper's 0 < p < 1). */
export interface UncertainBand {
  lower: number;
  upper: number;
}

/** The paper's band: 0 < p < 1. */
export const DEFAULT_BAND: UncertainBand = { lower: 0, upper: 1 };

/** Zero-based indices of the problems with lower < p < upper (NaN accuracies never count). */
export function uncertainProblems(accuracies: ReadonlyArray<number>, band: UncertainBand = DEFAULT_BAND): number[] {
  if (!(band.lower < band.upper)) throw new Error(`uncertain band needs lower < upper, got ${band.lower}..${band.upper}`);
  const out: number[] = [];
  accuracies.forEach((p, i) => {
    if (p > band.lower && p < band.upper) out.push(i);
  });
  return out;
}

/**
 * Share of the run-to-run variance of the run score carried by a subset of problems, two ways:
 *
 * - `expected` (binomial model): with m_i samples per run, Var(run score) = (1/P²) Σ_i p_i(1-p_i)/m_i;
 *   the share is the subset's part of that sum. Certain problems (p ∈ {0,1}) contribute nothing, so with
 *   the default band the share is 1 whenever any problem is uncertain.
 * - `empirical`: run score s_r = (1/P) Σ_i a_ir; Var(s) = (1/P²) Σ_i Σ_j Cov(a_i, a_j) with sample
 *   covariances (n-1) over runs; problem i's contribution is Σ_j Cov(a_i, a_j) / (P² Var(s)), and the
 *   contributions add up to 1. NaN when R < 2 or Var(s) = 0.
 *
 * Only problems with a graded sample in every run are used. Both are NaN when the total is 0.
 */
export function varianceShare(matrix: RunMatrix, subset: ReadonlyArray<number>): { expected: number; empirical: number } {
  const inSubset = new Set(subset);
  const rows: number[][] = [];
  const rowIds: number[] = [];
  let expTotal = 0;
  let expSub = 0;
  matrix.forEach((runs, i) => {
    const accs: number[] = [];
    let nAll = 0;
    let cAll = 0;
    let mSum = 0;
    for (const v of runs) {
      const { n, c } = countCorrect(v);
      if (n === 0) return;
      accs.push(c / n);
      nAll += n;
      cAll += c;
      mSum += n;
    }
    if (accs.length === 0) return;
    rows.push(accs);
    rowIds.push(i);
    const p = cAll / nAll;
    const m = mSum / accs.length;
    const contrib = (p * (1 - p)) / m;
    expTotal += contrib;
    if (inSubset.has(i)) expSub += contrib;
  });
  const expected = expTotal === 0 ? NaN : expSub / expTotal;
  const R = rows.length ? rows[0].length : 0;
  if (R < 2) return { expected, empirical: NaN };
  // Deviations from each problem's mean over runs; the contribution of row i is Σ_r d_ir · (Σ_j d_jr).
  const colSum = new Float64Array(R);
  const dev = rows.map((a) => {
    const mu = a.reduce((x, y) => x + y, 0) / R;
    return a.map((x) => x - mu);
  });
  for (const d of dev) for (let r = 0; r < R; r++) colSum[r] += d[r];
  let total = 0;
  let sub = 0;
  dev.forEach((d, k) => {
    let c = 0;
    for (let r = 0; r < R; r++) c += d[r] * colSum[r];
    total += c;
    if (inSubset.has(rowIds[k])) sub += c;
  });
  return { expected, empirical: Math.abs(total) < 1e-15 ? NaN : sub / total };
}
