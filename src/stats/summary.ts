/**
 * One report of everything `src/stats` computes for one evaluation, as a JSON-ready object (snake_case
 * keys, NaN printed as null). `dissect stats --json` prints it; the study and the report read it.
 */
import { Rng } from '../util/rng.js';
import type { Verdicts } from './pass-at-k.js';
import { countCorrect, defaultKs, meanPassAtK, problemAccuracies } from './pass-at-k.js';
import type { Equivalence, VoteSample } from './maj-at-k.js';
import { majAtK } from './maj-at-k.js';
import type { RunMatrix } from './runs.js';
import { runScores, runsNeeded, splitRuns, summarizeRuns } from './runs.js';
import type { UncertainBand } from './uncertain.js';
import { DEFAULT_BAND, uncertainProblems, varianceShare } from './uncertain.js';
import type { FlipReport } from './flips.js';
import { greedyFlips } from './flips.js';
import { bootstrapMeanCi } from './compare.js';
import type { Disagreement, LengthStats } from './responses.js';
import { graderDisagreement, lengthStats, truncationRate } from './responses.js';

/** Everything {@link summarize} can use; only `problems` is required. */
export interface StatsInput {
  /** Verdicts per problem in sample order (null = missing sample, e.g. a failed request). */
  problems: ReadonlyArray<Verdicts>;
  /** Explicit runs [problem][run][sample] (true independent runs). Overrides `runs`. */
  runMatrix?: RunMatrix;
  /** Split each problem's samples into this many consecutive runs. Default: one run per sample (single-sample runs), i.e. the max n. */
  runs?: number;
  /** Greedy verdict per problem (null: none) for the flip analysis. */
  greedy?: ReadonlyArray<boolean | null>;
  /** Samples with extracted answers per problem, for maj@k, with the equivalence to cluster them. */
  votes?: { samples: ReadonlyArray<ReadonlyArray<VoteSample>>; equivalent: Equivalence };
  /** Per-sample diagnostics (flat, any order). */
  responses?: {
    completionTokens?: ReadonlyArray<number>;
    finishReasons?: ReadonlyArray<string | null>;
    /** Verdicts of two graders on the same samples, e.g. strict and deepscaler. */
    graders?: { first: string; second: string; a: ReadonlyArray<boolean | null>; b: ReadonlyArray<boolean | null> };
  };
  /** Uncertain band. Default 0 < p < 1. */
  band?: UncertainBand;
  /** Confidence level of every interval. Default 0.95. */
  level?: number;
  /** pass@k / maj@k values. Default: powers of two up to n, plus n. */
  ks?: number[];
  /** Target CI half-width for `runs.runs_needed`. Default 0.01 (one accuracy point). */
  targetHalfWidth?: number;
  /** Bootstrap seed (recorded in the output). Default 0. */
  seed?: number;
  /** Bootstrap resamples. Default 10000. */
  resamples?: number;
}

/** The report; see the README of `dissect stats` for each field. */
export interface StatsReport {
  problems: number;
  /** Max samples per problem (n). */
  samples_per_problem: number;
  /** Min samples per problem (differs from n only with missing samples or ragged input). */
  samples_min: number;
  graded_samples: number;
  missing_samples: number;
  /** avg@n: mean per-problem accuracy. */
  avg: number;
  /** Percentile bootstrap CI of avg over problems (problem-sampling uncertainty). */
  avg_ci: { level: number; lower: number; upper: number; seed: number; resamples: number };
  /** Unbiased pass@k keyed by k as a string. */
  pass_at_k: Record<string, number>;
  /** maj@k keyed by k (only with extracted answers). */
  maj_at_k?: Record<string, number>;
  runs: {
    count: number;
    samples_per_run: number;
    scores: number[];
    mean: number;
    std: number;
    min: number;
    max: number;
    ci: { level: number; lower: number; upper: number; half_width: number };
    /** Runs of this size needed for a t-interval half-width of `target_half_width`. */
    runs_needed: number;
    target_half_width: number;
  };
  uncertain: {
    count: number;
    fraction: number;
    /** Zero-based problem indices. */
    problems: number[];
    band: UncertainBand;
    variance_share: { expected: number; empirical: number };
  };
  /** Per-problem accuracy, by zero-based index. */
  accuracy: number[];
  greedy?: FlipReport & { accuracy: number };
  responses?: {
    length?: LengthStats;
    truncation?: { truncated: number; total: number; rate: number };
    graders?: Disagreement & { first: string; second: string };
  };
}

/** Compute the full report. Pure and deterministic for a given `seed`. */
export function summarize(input: StatsInput): StatsReport {
  const level = input.level ?? 0.95;
  const band = input.band ?? DEFAULT_BAND;
  const seed = input.seed ?? 0;
  const resamples = input.resamples ?? 10000;
  const problems = input.problems;
  let nMax = 0;
  let nMin = problems.length ? Infinity : 0;
  let graded = 0;
  let missing = 0;
  for (const v of problems) {
    nMax = Math.max(nMax, v.length);
    nMin = Math.min(nMin, v.length);
    const { n } = countCorrect(v);
    graded += n;
    missing += v.length - n;
  }
  const acc = problemAccuracies(problems);
  const valid = acc.filter((x) => !Number.isNaN(x));
  const rng = new Rng(seed);
  const ci = bootstrapMeanCi(valid, { rng: () => rng.next(), level, resamples });
  const ks = input.ks ?? defaultKs(nMax);
  const passAtK: Record<string, number> = {};
  for (const k of ks) passAtK[String(k)] = meanPassAtK(problems, k).value;

  const R = input.runMatrix ? (input.runMatrix[0]?.length ?? 0) : (input.runs ?? nMax);
  const matrix = input.runMatrix ?? (R >= 1 ? splitRuns(problems, R) : []);
  const rs = summarizeRuns(runScores(matrix), level);
  const target = input.targetHalfWidth ?? 0.01;
  const unc = uncertainProblems(acc, band);

  const report: StatsReport = {
    problems: problems.length,
    samples_per_problem: nMax,
    samples_min: nMin,
    graded_samples: graded,
    missing_samples: missing,
    avg: valid.length ? valid.reduce((a, b) => a + b, 0) / valid.length : NaN,
    avg_ci: { level, lower: ci.lower, upper: ci.upper, seed, resamples },
    pass_at_k: passAtK,
    runs: {
      count: rs.count,
      samples_per_run: R >= 1 ? nMax / R : NaN,
      scores: rs.scores,
      mean: rs.mean,
      std: rs.std,
      min: rs.min,
      max: rs.max,
      ci: { level, lower: rs.ci.lower, upper: rs.ci.upper, half_width: rs.ci.halfWidth },
      runs_needed: runsNeeded(rs.std, target, level),
      target_half_width: target,
    },
    uncertain: {
      count: unc.length,
      fraction: valid.length ? unc.length / valid.length : NaN,
      problems: unc,
      band,
      variance_share: varianceShare(matrix, unc),
    },
    accuracy: acc,
  };
  if (input.votes) {
    const maj: Record<string, number> = {};
    for (const k of ks) maj[String(k)] = majAtK(input.votes.samples, k, input.votes.equivalent);
    report.maj_at_k = maj;
  }
  if (input.greedy) {
    const g = input.greedy.filter((x): x is boolean => x !== null);
    report.greedy = { ...greedyFlips(input.greedy, acc, band), accuracy: g.length ? g.filter((x) => x).length / g.length : NaN };
  }
  if (input.responses) {
    const r = input.responses;
    report.responses = {};
    if (r.completionTokens) report.responses.length = lengthStats(r.completionTokens);
    if (r.finishReasons) report.responses.truncation = truncationRate(r.finishReasons);
    if (r.graders) report.responses.graders = { ...graderDisagreement(r.graders.a, r.graders.b), first: r.graders.first, second: r.graders.second };
  }
  return report;
}
