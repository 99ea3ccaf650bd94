/**
 * Resampling intervals the study's claims need beyond `src/stats`: a percentile bootstrap over
 * problems for any statistic of one or more independent problem sets (paired differences use one set
 * indexed the same way in both arms), and a Welch t-interval for a difference of two means. Pure:
 * randomness comes from a seed.
 */
import { Rng } from '../util/rng.js';
import { tQuantile } from '../stats/distributions.js';
import type { Interval } from './verdicts.js';

/** Bootstrap settings. */
export interface BootstrapOptions {
  /** Number of resamples B (default 2000; Efron & Tibshirani recommend >= 1000 for percentile intervals). */
  resamples?: number;
  /** Two-sided confidence level (default 0.95). */
  level?: number;
  /** Seed of the resampling stream (default 0). */
  seed?: number;
}

/**
 * Percentile bootstrap interval of `stat` over problems. `sizes[j]` is the number of problems in set j;
 * each resample draws, for every set independently, `sizes[j]` problem indices with replacement and
 * calls `stat(indices)` (indices[j] is an Int32Array into set j). The estimate is `stat` on the
 * identity indices. Resamples where `stat` is not finite are dropped; when more than half are dropped
 * the interval is NaN (undefined). Sets of size 0 give a NaN interval.
 */
export function bootstrap(sizes: ReadonlyArray<number>, stat: (indices: Int32Array[]) => number, options: BootstrapOptions = {}): Interval {
  const B = options.resamples ?? 2000;
  const level = options.level ?? 0.95;
  const rng = new Rng(options.seed ?? 0);
  const identity = sizes.map((n) => Int32Array.from({ length: n }, (_, i) => i));
  const estimate = stat(identity);
  if (sizes.some((n) => n === 0)) return { estimate, lo: NaN, hi: NaN, level };
  const values: number[] = [];
  const idx = sizes.map((n) => new Int32Array(n));
  for (let b = 0; b < B; b++) {
    for (let j = 0; j < sizes.length; j++) for (let i = 0; i < sizes[j]; i++) idx[j][i] = rng.int(sizes[j]);
    const v = stat(idx);
    if (Number.isFinite(v)) values.push(v);
  }
  if (values.length < B / 2) return { estimate, lo: NaN, hi: NaN, level };
  values.sort((a, b) => a - b);
  const q = (p: number) => values[Math.min(values.length - 1, Math.max(0, Math.floor(p * values.length)))];
  return { estimate, lo: q((1 - level) / 2), hi: q((1 + level) / 2), level };
}

/** Mean of `values` at `indices`. NaN when empty. */
export function meanAt(values: ArrayLike<number>, indices: Int32Array): number {
  if (indices.length === 0) return NaN;
  let s = 0;
  for (let i = 0; i < indices.length; i++) s += values[indices[i]];
  return s / indices.length;
}

/**
 * Paired bootstrap interval of mean(a) - mean(b) over problems, where a[i] and b[i] are two
 * checkpoints' values on the same problem i (e.g. per-problem accuracy). Lengths must match.
 */
export function pairedDifference(a: ArrayLike<number>, b: ArrayLike<number>, options: BootstrapOptions = {}): Interval {
  if (a.length !== b.length) throw new Error(`paired arrays differ in length: ${a.length} vs ${b.length}`);
  return bootstrap([a.length], ([ix]) => meanAt(a, ix) - meanAt(b, ix), options);
}

/** Percentile bootstrap interval of the mean of `values` over items. */
export function meanInterval(values: ArrayLike<number>, options: BootstrapOptions = {}): Interval {
  return bootstrap([values.length], ([ix]) => meanAt(values, ix), options);
}

/**
 * Welch t-interval for mean(a) - mean(b) of two independent samples (unequal variances,
 * Welch–Satterthwaite degrees of freedom). NaN bounds when either sample has fewer than 2 values.
 */
export function welchDifference(a: ReadonlyArray<number>, b: ReadonlyArray<number>, level = 0.95): Interval {
  const m = (x: ReadonlyArray<number>) => x.reduce((s, v) => s + v, 0) / x.length;
  const v = (x: ReadonlyArray<number>, mx: number) => x.reduce((s, y) => s + (y - mx) * (y - mx), 0) / (x.length - 1);
  const ma = m(a);
  const mb = m(b);
  const estimate = ma - mb;
  if (a.length < 2 || b.length < 2) return { estimate, lo: NaN, hi: NaN, level };
  const sa = v(a, ma) / a.length;
  const sb = v(b, mb) / b.length;
  const se = Math.sqrt(sa + sb);
  if (se === 0) return { estimate, lo: estimate, hi: estimate, level };
  const df = (sa + sb) ** 2 / ((sa * sa) / (a.length - 1) + (sb * sb) / (b.length - 1));
  const t = tQuantile((1 + level) / 2, df);
  return { estimate, lo: estimate - t * se, hi: estimate + t * se, level };
}

/**
 * Student t-interval for the mean of `values` (e.g. block means of a training curve). NaN bounds when
 * fewer than 2 values.
 */
export function tInterval(values: ReadonlyArray<number>, level = 0.95): Interval {
  const n = values.length;
  const estimate = n === 0 ? NaN : values.reduce((s, v) => s + v, 0) / n;
  if (n < 2) return { estimate, lo: NaN, hi: NaN, level };
  const sd = Math.sqrt(values.reduce((s, v) => s + (v - estimate) * (v - estimate), 0) / (n - 1));
  const h = (tQuantile((1 + level) / 2, n - 1) * sd) / Math.sqrt(n);
  return { estimate, lo: estimate - h, hi: estimate + h, level };
}
