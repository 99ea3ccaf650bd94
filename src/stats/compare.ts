/**
 * Confidence intervals and comparisons of accuracies, for verdicts such as "variant A beats B".
 * Randomness (bootstrap) comes in as a `() => number` uniform in [0,1) (e.g. `new Rng(seed)`'s `next`
 * bound), so results are reproducible from a recorded seed.
 */
import { normalQuantile } from './distributions.js';

/** A two-sided interval at confidence `level`. */
export interface Interval {
  level: number;
  lower: number;
  upper: number;
}

/** Uniform random numbers in [0, 1). */
export type Uniform = () => number;

/**
 * Wilson score interval for a binomial proportion (Wilson 1927; Brown, Cai & DasGupta 2001 recommend it
 * over the Wald interval): (p̂ + z²/2n ± z·√(p̂(1-p̂)/n + z²/4n²)) / (1 + z²/n). n = 0 gives [0, 1].
 * Use for one accuracy over independent samples (e.g. pass@1 of one problem, or problems solved).
 */
export function wilsonInterval(successes: number, n: number, level = 0.95): Interval & { estimate: number } {
  if (!(successes >= 0 && successes <= n)) throw new Error(`wilson needs 0 <= successes <= n, got ${successes}/${n}`);
  if (n === 0) return { level, lower: 0, upper: 1, estimate: NaN };
  const z = normalQuantile((1 + level) / 2);
  const p = successes / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const center = (p + z2 / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  return { level, lower: Math.max(0, center - half), upper: Math.min(1, center + half), estimate: p };
}

/**
 * Newcombe's hybrid score interval (method 10, Newcombe 1998) for the difference p1 - p2 of two
 * independent proportions, built from the two Wilson intervals.
 */
export function newcombeDiffInterval(s1: number, n1: number, s2: number, n2: number, level = 0.95): Interval & { estimate: number } {
  const a = wilsonInterval(s1, n1, level);
  const b = wilsonInterval(s2, n2, level);
  const d = a.estimate - b.estimate;
  const lower = d - Math.sqrt((a.estimate - a.lower) ** 2 + (b.upper - b.estimate) ** 2);
  const upper = d + Math.sqrt((a.upper - a.estimate) ** 2 + (b.estimate - b.lower) ** 2);
  return { level, lower, upper, estimate: d };
}

function percentile(sorted: Float64Array, q: number): number {
  // Linear interpolation between order statistics (numpy's default "linear" method).
  const pos = q * (sorted.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/** Options of the bootstrap functions. */
export interface BootstrapOptions {
  /** Number of bootstrap resamples. Default 10000. */
  resamples?: number;
  /** Confidence level of the percentile interval. Default 0.95. */
  level?: number;
  /** Uniform random source; required so the result is reproducible. */
  rng: Uniform;
}

/**
 * Percentile bootstrap CI of the mean of per-problem values (e.g. per-problem accuracies), resampling
 * problems with replacement (Efron & Tibshirani 1993). This is the uncertainty from which problems
 * are in the benchmark, not from sampling noise. NaN values are left out. Empty input: NaN estimate
 * and bounds.
 */
export function bootstrapMeanCi(valuesIn: ReadonlyArray<number>, opts: BootstrapOptions): Interval & { estimate: number } {
  const values = valuesIn.filter((x) => !Number.isNaN(x));
  const level = opts.level ?? 0.95;
  const B = opts.resamples ?? 10000;
  const n = values.length;
  if (n === 0) return { level, lower: NaN, upper: NaN, estimate: NaN };
  const est = values.reduce((a, b) => a + b, 0) / n;
  const means = new Float64Array(B);
  for (let b = 0; b < B; b++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += values[Math.floor(opts.rng() * n)];
    means[b] = s / n;
  }
  means.sort();
  return { level, lower: percentile(means, (1 - level) / 2), upper: percentile(means, (1 + level) / 2), estimate: est };
}

/** Result of a two-sample comparison: estimate of mean(a) - mean(b), its CI, and a bootstrap p-value. */
export interface DiffResult extends Interval {
  /** mean(a) - mean(b). */
  estimate: number;
  /**
   * Two-sided bootstrap p-value for "no difference": 2·min(share of resampled differences <= 0,
   * share >= 0), capped at 1. Coarse (resolution 1/resamples); use the interval for decisions.
   */
  p: number;
  /** 'a' when the interval is above 0, 'b' when below, 'inconclusive' when it contains 0. */
  verdict: 'a' | 'b' | 'inconclusive';
}

function diffResult(diffs: Float64Array, estimate: number, level: number): DiffResult {
  diffs.sort();
  const lower = percentile(diffs, (1 - level) / 2);
  const upper = percentile(diffs, (1 + level) / 2);
  let le = 0;
  let ge = 0;
  for (const d of diffs) {
    if (d <= 0) le++;
    if (d >= 0) ge++;
  }
  const p = Math.min(1, (2 * Math.min(le, ge)) / diffs.length);
  const verdict = lower > 0 ? 'a' : upper < 0 ? 'b' : 'inconclusive';
  return { level, lower, upper, estimate, p, verdict };
}

/**
 * Paired bootstrap of mean(a) - mean(b) over problems: a[i] and b[i] are two systems' per-problem
 * accuracies on the same problem i; resampling problems keeps the pairs together, so problem
 * difficulty cancels (Koehn 2004 style paired resampling). Pairs with a NaN (a problem without graded
 * samples on either side) are left out. Throws when lengths differ; no pair left gives NaN and
 * 'inconclusive'.
 */
export function pairedBootstrapDiff(a: ReadonlyArray<number>, b: ReadonlyArray<number>, opts: BootstrapOptions): DiffResult {
  if (a.length !== b.length) throw new Error(`paired comparison needs equal lengths, got ${a.length} and ${b.length}`);
  const level = opts.level ?? 0.95;
  const B = opts.resamples ?? 10000;
  const d = a.map((x, i) => x - b[i]).filter((x) => !Number.isNaN(x));
  const n = d.length;
  if (n === 0) return { level, lower: NaN, upper: NaN, estimate: NaN, p: NaN, verdict: 'inconclusive' };
  const est = d.reduce((x, y) => x + y, 0) / n;
  const diffs = new Float64Array(B);
  for (let r = 0; r < B; r++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += d[Math.floor(opts.rng() * n)];
    diffs[r] = s / n;
  }
  return diffResult(diffs, est, level);
}

/**
 * Unpaired bootstrap of mean(a) - mean(b) for two independent sets of per-item values (different
 * problems, or different seeds' run scores), each resampled with replacement on its own. NaN values
 * are left out. Empty input on either side gives NaN and 'inconclusive'.
 */
export function unpairedBootstrapDiff(aIn: ReadonlyArray<number>, bIn: ReadonlyArray<number>, opts: BootstrapOptions): DiffResult {
  const a = aIn.filter((x) => !Number.isNaN(x));
  const b = bIn.filter((x) => !Number.isNaN(x));
  const level = opts.level ?? 0.95;
  const B = opts.resamples ?? 10000;
  if (a.length === 0 || b.length === 0) return { level, lower: NaN, upper: NaN, estimate: NaN, p: NaN, verdict: 'inconclusive' };
  const mean = (v: ReadonlyArray<number>) => v.reduce((x, y) => x + y, 0) / v.length;
  const diffs = new Float64Array(B);
  for (let r = 0; r < B; r++) {
    let sa = 0;
    for (let i = 0; i < a.length; i++) sa += a[Math.floor(opts.rng() * a.length)];
    let sb = 0;
    for (let i = 0; i < b.length; i++) sb += b[Math.floor(opts.rng() * b.length)];
    diffs[r] = sa / a.length - sb / b.length;
  }
  return diffResult(diffs, mean(a) - mean(b), level);
}
