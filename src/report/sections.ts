/**
 * The evaluation sections of a report (accuracy with CIs, pass@k curves, per-problem accuracy
 * histogram, run-score spread against the number of runs, greedy flips), computed from per-problem
 * samples. Shared by study reports and plain eval-folder reports.
 */
import { passAtK } from '../stats/pass-at-k.js';
import { averagedRunStd, greedyFlips, problemAccuracy } from '../study/claims.js';
import type { SetEval } from '../study/measurements.js';
import { meanInterval } from '../study/resample.js';
import type { AccuracyPoint, FlipRow, HistogramSeries, PassAtKCurve, ReportData, SpreadCurve } from './types.js';

/** One model's samples on its problem sets, keyed by set label. */
export interface ModelSamples {
  model: string;
  sets: Record<string, SetEval>;
}

/** Options of {@link evalSections}. */
export interface SectionOptions {
  /** Confidence level of the accuracy intervals (default 0.95). */
  level?: number;
  /** Bootstrap resamples for the accuracy intervals (default 1000). */
  resamples?: number;
  /** Histogram bins over [0, 1] (default 10). */
  bins?: number;
  /** Which (model, set) pairs get a spread curve (default: all). */
  spreadFilter?: (model: string, set: string) => boolean;
}

function powersOfTwoUpTo(n: number): number[] {
  const ks: number[] = [];
  for (let k = 1; k <= n; k *= 2) ks.push(k);
  return ks;
}

/**
 * Compute the evaluation sections. Accuracy: mean over problems of per-problem sample accuracy with a
 * percentile bootstrap CI over problems. pass@k: unbiased estimator (Chen et al. 2021) averaged over
 * problems, k = 1, 2, 4, ... up to the fewest samples of any problem. Spread: std of the score averaged
 * over r single-sample runs (disjoint groups of r samples per problem) for r = 1, 2, 4, ... while at
 * least 4 groups remain, with the 1/√r expectation.
 */
export function evalSections(models: ReadonlyArray<ModelSamples>, options: SectionOptions = {}): Pick<ReportData, 'accuracy' | 'passAtK' | 'histogram' | 'spread' | 'flips'> {
  const level = options.level ?? 0.95;
  const bins = options.bins ?? 10;
  const accuracy: AccuracyPoint[] = [];
  const curves: PassAtKCurve[] = [];
  const hist: HistogramSeries[] = [];
  const spread: SpreadCurve[] = [];
  const flips: FlipRow[] = [];
  let seed = 1;
  for (const m of models) {
    for (const [set, s] of Object.entries(m.sets)) {
      if (s.correct.length === 0) continue;
      const accs = problemAccuracy(s).filter((x) => Number.isFinite(x));
      const ci = meanInterval(accs, { level, resamples: options.resamples ?? 1000, seed: seed++ });
      const nMin = Math.min(...s.correct.map((x) => x.length));
      accuracy.push({ model: m.model, set, estimate: ci.estimate, lo: ci.lo, hi: ci.hi, problems: accs.length, samples: nMin });
      const ks = powersOfTwoUpTo(nMin);
      curves.push({
        model: m.model,
        set,
        ks,
        values: ks.map((k) => s.correct.reduce((sum, x) => sum + passAtK(x.length, x.filter(Boolean).length, k), 0) / s.correct.length),
      });
      const counts = new Array<number>(bins).fill(0);
      for (const a of accs) counts[Math.min(bins - 1, Math.floor(a * bins))]++;
      hist.push({ model: m.model, set, counts });
      if (!options.spreadFilter || options.spreadFilter(m.model, set)) {
        const rs: number[] = [];
        for (let r = 1; Math.floor(nMin / r) >= 4; r *= 2) rs.push(r);
        if (rs.length >= 2) {
          const identity = (_i: number, n: number) => Int32Array.from({ length: n }, (_, t) => t);
          const std = averagedRunStd(s.correct, Int32Array.from(s.correct.map((_, i) => i)), rs, identity);
          spread.push({ label: `${m.model} · ${set} (${s.correct.length} problems)`, problems: s.correct.length, runs: rs, std, expected: rs.map((r) => std[0] / Math.sqrt(r)) });
        }
      }
      for (const f of greedyFlips(s)) flips.push({ model: m.model, set, problem: s.problemIds[f.index], p: f.p, greedy: f.greedy });
    }
  }
  return { accuracy, passAtK: curves, histogram: { edges: Array.from({ length: bins + 1 }, (_, i) => i / bins), series: hist }, spread, flips };
}
