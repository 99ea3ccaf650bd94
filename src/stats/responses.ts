/**
 * Response-level diagnostics: response length in tokens, truncation rate, and how often two graders
 * disagree (dissect's strict verifier vs the paper's deepscaler grader).
 */

/** Distribution of response lengths (tokens). All NaN for empty input. */
export interface LengthStats {
  count: number;
  mean: number;
  median: number;
  p90: number;
  max: number;
}

/** Mean, median, 90th percentile (nearest rank) and max of lengths; NaN entries are ignored. */
export function lengthStats(lengths: ReadonlyArray<number>): LengthStats {
  const v = lengths.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  const n = v.length;
  if (n === 0) return { count: 0, mean: NaN, median: NaN, p90: NaN, max: NaN };
  const mean = v.reduce((a, b) => a + b, 0) / n;
  const median = n % 2 ? v[(n - 1) / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  const p90 = v[Math.max(0, Math.ceil(0.9 * n) - 1)];
  return { count: n, mean, median, p90, max: v[n - 1] };
}

/**
 * Share of responses cut by the token limit: finish reason `length` over all responses with a known
 * finish reason (null entries skipped). NaN when none is known.
 */
export function truncationRate(finishReasons: ReadonlyArray<string | null>): { truncated: number; total: number; rate: number } {
  let truncated = 0;
  let total = 0;
  for (const f of finishReasons) {
    if (f === null) continue;
    total++;
    if (f === 'length') truncated++;
  }
  return { truncated, total, rate: total === 0 ? NaN : truncated / total };
}

/** Counts of a 2x2 agreement table between two graders over the same samples. */
export interface Disagreement {
  /** Samples graded by both. */
  total: number;
  bothCorrect: number;
  bothWrong: number;
  /** Correct under the first grader only (e.g. strict). */
  firstOnly: number;
  /** Correct under the second grader only (e.g. deepscaler). */
  secondOnly: number;
  /** (firstOnly + secondOnly) / total; NaN when total = 0. */
  rate: number;
}

/** Agreement table of two graders' verdicts on the same samples (pairs with a null skipped). */
export function graderDisagreement(first: ReadonlyArray<boolean | null>, second: ReadonlyArray<boolean | null>): Disagreement {
  if (first.length !== second.length) throw new Error(`grader verdict arrays differ in length: ${first.length} vs ${second.length}`);
  const d = { total: 0, bothCorrect: 0, bothWrong: 0, firstOnly: 0, secondOnly: 0, rate: NaN };
  for (let i = 0; i < first.length; i++) {
    const a = first[i];
    const b = second[i];
    if (a === null || b === null) continue;
    d.total++;
    if (a && b) d.bothCorrect++;
    else if (!a && !b) d.bothWrong++;
    else if (a) d.firstOnly++;
    else d.secondOnly++;
  }
  d.rate = d.total === 0 ? NaN : (d.firstOnly + d.secondOnly) / d.total;
  return d;
}
