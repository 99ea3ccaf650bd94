/**
 * Run-to-run spread: how much a benchmark score moves between evaluation runs (the paper's
 * instability finding, arXiv 2506.04913 §5). A "run" is one score over all problems from m samples per
 * problem; R runs come either from splitting each problem's n samples into R consecutive chunks of
 * n/R ({@link splitRuns}) or from truly independent runs with their own seeds (pass them directly).
 */
import { tQuantile } from './distributions.js';
import type { Verdicts } from './pass-at-k.js';
import { countCorrect } from './pass-at-k.js';

/** Verdicts by [problem][run][sample]. */
export type RunMatrix = ReadonlyArray<ReadonlyArray<Verdicts>>;

/**
 * Split each problem's samples into `runs` consecutive chunks: chunk r holds samples
 * [floor(r·n/R), floor((r+1)·n/R)). With n divisible by R every chunk has n/R samples. Throws when
 * runs < 1; a problem with fewer samples than runs gets empty chunks (those runs skip it).
 */
export function splitRuns(problems: ReadonlyArray<Verdicts>, runs: number): Verdicts[][] {
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`runs must be an integer >= 1, got ${runs}`);
  return problems.map((v) => {
    const n = v.length;
    const out: Verdicts[] = [];
    for (let r = 0; r < runs; r++) out.push(v.slice(Math.floor((r * n) / runs), Math.floor(((r + 1) * n) / runs)));
    return out;
  });
}

/**
 * Score of each run: the mean over problems of the problem's accuracy within that run (avg@m of the
 * run). Problems with no graded sample in a run are left out of that run's mean; a run with no graded
 * sample at all scores NaN. Length = number of runs (taken from the first problem; all must agree).
 */
export function runScores(matrix: RunMatrix): number[] {
  if (matrix.length === 0) return [];
  const R = matrix[0].length;
  const sums = new Float64Array(R);
  const counts = new Float64Array(R);
  for (let i = 0; i < matrix.length; i++) {
    if (matrix[i].length !== R) throw new Error(`problem ${i} has ${matrix[i].length} runs, expected ${R}`);
    for (let r = 0; r < R; r++) {
      const { n, c } = countCorrect(matrix[i][r]);
      if (n === 0) continue;
      sums[r] += c / n;
      counts[r]++;
    }
  }
  return Array.from(sums, (s, r) => (counts[r] === 0 ? NaN : s / counts[r]));
}

/** Summary of run scores. */
export interface RunSummary {
  /** Number of runs R (NaN scores excluded). */
  count: number;
  /** The run scores, in run order (NaN scores excluded). */
  scores: number[];
  /** Mean of the run scores (NaN when R = 0). */
  mean: number;
  /** Sample standard deviation with n-1 (Bessel) in the denominator; NaN when R < 2. */
  std: number;
  /** Smallest and largest run score (NaN when R = 0). */
  min: number;
  max: number;
  /** Two-sided Student t confidence interval for the mean: mean ± t_{(1+conf)/2, R-1}·std/√R; NaN bounds when R < 2. */
  ci: { level: number; lower: number; upper: number; halfWidth: number };
}

/** Mean, sample std (n-1), range and t-interval of run scores at confidence `level` (default 0.95). */
export function summarizeRuns(scores: ReadonlyArray<number>, level = 0.95): RunSummary {
  const s = scores.filter((x) => !Number.isNaN(x));
  const R = s.length;
  const mean = R === 0 ? NaN : s.reduce((a, b) => a + b, 0) / R;
  let ss = 0;
  for (const x of s) ss += (x - mean) * (x - mean);
  const std = R < 2 ? NaN : Math.sqrt(ss / (R - 1));
  const half = R < 2 ? NaN : (tQuantile((1 + level) / 2, R - 1) * std) / Math.sqrt(R);
  return {
    count: R,
    scores: s,
    mean,
    std,
    min: R === 0 ? NaN : Math.min(...s),
    max: R === 0 ? NaN : Math.max(...s),
    ci: { level, lower: mean - half, upper: mean + half, halfWidth: half },
  };
}

/**
 * Number of runs needed so that the t-interval half-width t_{(1+level)/2, R-1}·std/√R is at most
 * `halfWidth`, given a run-score standard deviation `std` (e.g. from a pilot). The smallest R >= 2
 * that satisfies it (2 when std = 0); NaN when std is NaN or halfWidth <= 0; capped at 1e6 (returns
 * Infinity beyond).
 */
export function runsNeeded(std: number, halfWidth: number, level = 0.95): number {
  if (Number.isNaN(std) || !(halfWidth > 0)) return NaN;
  if (std === 0) return 2;
  // The half-width t_{R-1}·std/√R decreases in R: double until it fits, then bisect.
  const fits = (R: number) => (tQuantile((1 + level) / 2, R - 1) * std) / Math.sqrt(R) <= halfWidth;
  let lo = 1;
  let hi = 2;
  while (!fits(hi)) {
    lo = hi;
    hi *= 2;
    if (hi > 1e6) return Infinity;
  }
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (fits(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}
