/**
 * Decision rules that turn measured confidence intervals into the study's verdicts. Pure: intervals in,
 * a verdict and the sentence that states the test out. Every verdict in `findings.json` is produced by
 * one of these functions (or {@link combine} over several), never written by hand.
 *
 * The three-way logic follows interval-based testing: a claim is `reproduced` when the whole interval
 * lies on the claim's side of its threshold, `not reproduced` when the whole interval lies on the other
 * side (for "at least comparable" and "has an effect" claims, past a stated margin), and `inconclusive`
 * when the interval straddles the threshold or the data are too few to decide.
 */

/** Outcome of testing one claim against its measurements. */
export type Verdict = 'reproduced' | 'not reproduced' | 'inconclusive';

/** A point estimate with a two-sided confidence interval. */
export interface Interval {
  estimate: number;
  lo: number;
  hi: number;
  /** Confidence level, e.g. 0.95. */
  level: number;
}

/** A verdict with the test that produced it, stated with its numbers. */
export interface Decision {
  verdict: Verdict;
  /** The rule applied and the numbers it saw, e.g. "95% CI [0.61, 0.70] lies above 0.5". */
  test: string;
}

/** Format a number for test sentences: 3 significant decimals, no trailing noise. */
export function fmt(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  const a = Math.abs(x);
  const s = a !== 0 && (a < 0.001 || a >= 1e5) ? x.toExponential(2) : x.toFixed(a >= 100 ? 1 : 3);
  return s.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
}

function ciText(ci: Interval): string {
  return `${Math.round(ci.level * 100)}% CI [${fmt(ci.lo)}, ${fmt(ci.hi)}] (estimate ${fmt(ci.estimate)})`;
}

function invalid(ci: Interval): boolean {
  return !Number.isFinite(ci.lo) || !Number.isFinite(ci.hi) || !Number.isFinite(ci.estimate) || ci.lo > ci.hi;
}

/**
 * Claim "the quantity exceeds `threshold`" (e.g. zero-advantage share > 0.5):
 * reproduced when lo > threshold, not reproduced when hi < threshold, else inconclusive.
 * An undefined interval (NaN bounds) is inconclusive.
 */
export function above(name: string, ci: Interval, threshold: number): Decision {
  if (invalid(ci)) return { verdict: 'inconclusive', test: `${name}: interval undefined (too little data)` };
  if (ci.lo > threshold) return { verdict: 'reproduced', test: `${name}: ${ciText(ci)} lies above ${fmt(threshold)}` };
  if (ci.hi < threshold) return { verdict: 'not reproduced', test: `${name}: ${ciText(ci)} lies below ${fmt(threshold)}` };
  return { verdict: 'inconclusive', test: `${name}: ${ciText(ci)} contains ${fmt(threshold)}` };
}

/** Claim "the quantity is below `threshold`": the mirror image of {@link above}. */
export function below(name: string, ci: Interval, threshold: number): Decision {
  if (invalid(ci)) return { verdict: 'inconclusive', test: `${name}: interval undefined (too little data)` };
  if (ci.hi < threshold) return { verdict: 'reproduced', test: `${name}: ${ciText(ci)} lies below ${fmt(threshold)}` };
  if (ci.lo > threshold) return { verdict: 'not reproduced', test: `${name}: ${ciText(ci)} lies above ${fmt(threshold)}` };
  return { verdict: 'inconclusive', test: `${name}: ${ciText(ci)} contains ${fmt(threshold)}` };
}

/**
 * Non-inferiority of a difference d = A - B with margin δ > 0 (claim "A is at least comparable to B"):
 * reproduced when lo > -δ (A is worse by less than δ, if at all); not reproduced when hi < -δ (A is
 * worse by more than δ); otherwise inconclusive. Standard non-inferiority test (ICH E9 / CONSORT).
 */
export function nonInferior(name: string, diff: Interval, margin: number): Decision {
  if (!(margin > 0)) throw new Error(`margin must be > 0, got ${margin}`);
  if (invalid(diff)) return { verdict: 'inconclusive', test: `${name}: interval undefined (too little data)` };
  const m = fmt(-margin);
  if (diff.lo > -margin) return { verdict: 'reproduced', test: `${name}: ${ciText(diff)} lies above the non-inferiority margin ${m}` };
  if (diff.hi < -margin) return { verdict: 'not reproduced', test: `${name}: ${ciText(diff)} lies below the non-inferiority margin ${m}` };
  return { verdict: 'inconclusive', test: `${name}: ${ciText(diff)} straddles the non-inferiority margin ${m}` };
}

/**
 * An effect in a stated direction that must matter: d = A - B with claim d > 0 (`direction` 'increase')
 * or d < 0 ('decrease'). Not reproduced when the interval excludes every effect of at least `minEffect`
 * in the claimed direction (no effect, the opposite one, or one too small to count, even if it is
 * statistically non-zero); reproduced when the whole interval is on the claimed side of 0 and it
 * reaches `minEffect`; otherwise inconclusive.
 */
export function effect(name: string, diff: Interval, direction: 'increase' | 'decrease', minEffect: number): Decision {
  if (!(minEffect > 0)) throw new Error(`minEffect must be > 0, got ${minEffect}`);
  if (invalid(diff)) return { verdict: 'inconclusive', test: `${name}: interval undefined (too little data)` };
  const e = fmt(minEffect);
  if (direction === 'increase') {
    if (diff.hi < minEffect) return { verdict: 'not reproduced', test: `${name}: ${ciText(diff)} excludes an increase of ${e} or more` };
    if (diff.lo > 0) return { verdict: 'reproduced', test: `${name}: ${ciText(diff)} lies above 0 and reaches ${e}` };
    return { verdict: 'inconclusive', test: `${name}: ${ciText(diff)} contains 0 and increases of ${e}` };
  }
  if (diff.lo > -minEffect) return { verdict: 'not reproduced', test: `${name}: ${ciText(diff)} excludes a decrease of ${e} or more` };
  if (diff.hi < 0) return { verdict: 'reproduced', test: `${name}: ${ciText(diff)} lies below 0 and reaches -${e}` };
  return { verdict: 'inconclusive', test: `${name}: ${ciText(diff)} contains 0 and decreases of ${e}` };
}

/**
 * Equivalence to a target within ±`tolerance` (two one-sided tests read off one interval): reproduced
 * when the interval lies inside [target - tolerance, target + tolerance]; not reproduced when it lies
 * wholly outside that band; otherwise inconclusive.
 */
export function equivalent(name: string, ci: Interval, target: number, tolerance: number): Decision {
  if (!(tolerance > 0)) throw new Error(`tolerance must be > 0, got ${tolerance}`);
  if (invalid(ci)) return { verdict: 'inconclusive', test: `${name}: interval undefined (too little data)` };
  const band = `[${fmt(target - tolerance)}, ${fmt(target + tolerance)}]`;
  if (ci.lo >= target - tolerance && ci.hi <= target + tolerance) return { verdict: 'reproduced', test: `${name}: ${ciText(ci)} lies inside ${band}` };
  if (ci.hi < target - tolerance || ci.lo > target + tolerance) return { verdict: 'not reproduced', test: `${name}: ${ciText(ci)} lies outside ${band}` };
  return { verdict: 'inconclusive', test: `${name}: ${ciText(ci)} overlaps the edge of ${band}` };
}

/**
 * Existence claim "at least one event happens among `opportunities` chances" (e.g. greedy decoding flips
 * some uncertain problem): reproduced when count >= 1; not reproduced when count = 0 after at least
 * `minOpportunities` chances; inconclusive when there were fewer chances than that.
 */
export function exists(name: string, count: number, opportunities: number, minOpportunities: number): Decision {
  if (count >= 1) return { verdict: 'reproduced', test: `${name}: ${count} observed (>= 1) over ${opportunities} opportunities` };
  if (opportunities >= minOpportunities) return { verdict: 'not reproduced', test: `${name}: none observed over ${opportunities} opportunities (>= ${minOpportunities} needed to refute)` };
  return { verdict: 'inconclusive', test: `${name}: none observed over ${opportunities} opportunities, fewer than the ${minOpportunities} needed to decide` };
}

/** Inconclusive when `n < min` (too few problems, samples or steps to test), else null. */
export function tooFew(name: string, n: number, min: number): Decision | null {
  return n < min ? { verdict: 'inconclusive', test: `${name}: ${n} < ${min} needed` } : null;
}

/**
 * Conjunction of the parts of a compound claim: reproduced when every part is reproduced; not reproduced
 * when any part is not reproduced; otherwise inconclusive. An empty list is inconclusive.
 */
export function combine(parts: ReadonlyArray<Decision>): Verdict {
  if (parts.length === 0) return 'inconclusive';
  if (parts.some((p) => p.verdict === 'not reproduced')) return 'not reproduced';
  if (parts.every((p) => p.verdict === 'reproduced')) return 'reproduced';
  return 'inconclusive';
}

/**
 * Guard against training-seed noise: the intervals above cover problem and sampling noise for fixed
 * checkpoints. When the same test run separately on each seed's checkpoints gives both `reproduced` and
 * `not reproduced`, the pooled decision is downgraded to inconclusive.
 */
export function seedGuard(pooled: Decision, perSeed: ReadonlyArray<Decision>): Decision {
  const ver = new Set(perSeed.map((d) => d.verdict));
  if (pooled.verdict !== 'inconclusive' && ver.has('reproduced') && ver.has('not reproduced')) {
    return { verdict: 'inconclusive', test: `${pooled.test}; but seeds disagree (${perSeed.map((d) => d.verdict).join(' / ')})` };
  }
  return pooled;
}
