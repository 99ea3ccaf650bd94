/**
 * The data a report renders, as plain JSON. Study runs and eval folders are both turned into this
 * (`from-study.ts`, `from-eval.ts`); `html.ts` embeds it in the page and the inlined client script
 * draws the charts from it. Any section may be empty; the page then says so instead of drawing.
 */
import type { Claim } from '../study/claims.js';

/** One interval estimate of a model on a problem set. */
export interface AccuracyPoint {
  model: string;
  set: string;
  estimate: number;
  lo: number;
  hi: number;
  problems: number;
  samples: number;
}

/** Mean unbiased pass@k over problems for k = 1, 2, 4, ... up to the samples per problem. */
export interface PassAtKCurve {
  model: string;
  set: string;
  ks: number[];
  values: number[];
}

/** Counts of problems per accuracy bin; `edges` has bins + 1 entries (shared by every series). */
export interface HistogramSeries {
  model: string;
  set: string;
  counts: number[];
}

/** Run-to-run standard deviation of the score against the number of single-sample runs averaged. */
export interface SpreadCurve {
  label: string;
  problems: number;
  runs: number[];
  /** Measured std of the score averaged over `runs[i]` runs. */
  std: number[];
  /** std at one run divided by sqrt(runs[i]). */
  expected: number[];
}

/** A problem whose greedy correctness differs from the sampling majority. */
export interface FlipRow {
  model: string;
  set: string;
  problem: string;
  /** Sampling accuracy of the problem. */
  p: number;
  greedy: boolean;
}

/** Per-step training curves of one run. */
export interface TrainingCurves {
  label: string;
  steps: number[];
  /** Metric name (verl-style) to one value per step (null where the step did not log it). */
  series: Record<string, Array<number | null>>;
}

/** Everything a report page shows. */
export interface ReportData {
  title: string;
  /** What was measured and how, one paragraph. */
  description: string;
  generatedAt: string;
  /** Summary table: header and rows, already formatted. */
  summary: { columns: string[]; rows: string[][] };
  /** Findings of a study run (null for a plain eval report). */
  findings: Claim[] | null;
  /** Training metrics to chart, in order, with their titles and optional fixed y range (fractions: [0, 1]). */
  trainingMetrics: Array<{ name: string; title: string; range?: [number, number] }>;
  training: TrainingCurves[];
  accuracy: AccuracyPoint[];
  passAtK: PassAtKCurve[];
  histogram: { edges: number[]; series: HistogramSeries[] };
  spread: SpreadCurve[];
  flips: FlipRow[];
  /** The configuration used (shown as JSON). */
  config: unknown;
}
