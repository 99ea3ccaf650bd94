/**
 * What the study measures, as plain data: per-problem evaluation samples of every checkpoint on every
 * problem set, and the per-step training metrics of every variant. The claims (`claims.ts`) and the
 * report read only this, so they can be tested on synthetic measurements and rerun on saved ones.
 */

/** Names of the trained variants, as the trainer's presets name them. */
export const VARIANTS = ['baseline', 'pos', 'neg', 'rlr', 'luffy', 'drgrpo'] as const;
/** A trained variant (a trainer preset name). */
export type Variant = (typeof VARIANTS)[number];
/** A checkpoint: the cold-start SFT model or a variant trained from it. */
export type CheckpointName = 'start' | Variant;

/** Human-readable label of each checkpoint, as the report shows it. */
export const CHECKPOINT_LABELS: Record<CheckpointName, string> = {
  start: 'SFT start',
  baseline: 'GRPO baseline',
  pos: 'positive-only',
  neg: 'negative-only',
  rlr: 'GRPO + RLR',
  luffy: 'offline injection + LUFFY',
  drgrpo: 'Dr.GRPO',
};

/** Problem sets every checkpoint is evaluated on. */
export type SetName = 'id' | 'ood' | 'small';

/** One checkpoint's samples on one problem set. Arrays are indexed [problem][sample]. */
export interface SetEval {
  /** Problem ids, in the set's fixed order (the same order for every checkpoint, so pairs line up). */
  problemIds: string[];
  /** Correctness of each sampled response (temperature sampling). */
  correct: boolean[][];
  /** Response length in tokens of each sampled response. */
  lengths: number[][];
  /** Correctness of the greedy response per problem, or null when greedy was not run. */
  greedy: boolean[] | null;
}

/** One checkpoint's evaluation on every set. `seed` is the training seed (0 for the start). */
export interface CheckpointEval {
  checkpoint: CheckpointName;
  seed: number;
  /** Directory of the eval results (for the report's links). */
  dir?: string;
  sets: Partial<Record<SetName, SetEval>>;
}

/** One variant's training metrics, one object per step (verl-compatible names, `zero_adv/*`, ...). */
export interface TrainingLog {
  variant: Variant;
  seed: number;
  steps: Array<Record<string, number>>;
}

/** Thresholds of the decision rules, recorded in findings.json. Defaults in {@link DEFAULT_CLAIM_PARAMS}. */
export interface ClaimParams {
  /** Confidence level of every interval. */
  level: number;
  /** Non-inferiority margin on accuracy and pass@k ("comparable"). */
  margin: number;
  /** Smallest accuracy effect that counts (an effect whose interval excludes it is "not reproduced"). */
  minEffect: number;
  /** Smallest relative change in response length or entropy that counts. */
  minRelativeEffect: number;
  /** Per-problem accuracy at or above which a problem counts as easy (claim 4; RLR's corr_ratio). */
  easyAccuracy: number;
  /** Start accuracy at or below which a problem counts as hard (claim 5; the injection alpha). */
  hardAccuracy: number;
  /** Run-score std ratio (small / large benchmark) that counts as "far more" (claim 6). */
  spreadRatio: number;
  /** Band [lo, hi] of per-problem accuracy that counts as uncertain for the variance share (claim 6). */
  uncertainBand: [number, number];
  /** Tolerance around the expected log-log slope -1/2 of run-score std against number of runs averaged. */
  slopeTolerance: number;
  /** Fewest uncertain problems needed before "no greedy flip" can refute claim 6's last part. */
  minFlipChances: number;
  /** Bootstrap resamples. */
  resamples: number;
  /** Seed of every bootstrap. */
  seed: number;
}

/**
 * Default thresholds. `margin` 0.03: the prototype study found pass@1 differences under about 0.03
 * to be noise (study-design-notes). `easyAccuracy` 0.75 = RLR's corr_ratio; `hardAccuracy` 0.125 =
 * the injection alpha (both paper defaults). `spreadRatio` 2: "far more" is read as at least twice the
 * standard deviation. `uncertainBand` [0.2, 0.8]: correct and incorrect both at least 1 in 5
 * (with the band 0 < p < 1 the variance share would be 1 by construction).
 */
export const DEFAULT_CLAIM_PARAMS: ClaimParams = {
  level: 0.95,
  margin: 0.03,
  minEffect: 0.03,
  minRelativeEffect: 0.05,
  easyAccuracy: 0.75,
  hardAccuracy: 0.125,
  spreadRatio: 2,
  uncertainBand: [0.2, 0.8],
  slopeTolerance: 0.2,
  minFlipChances: 10,
  resamples: 1000,
  seed: 1,
};

/** Everything the claims are computed from. */
export interface StudyMeasurements {
  checkpoints: CheckpointEval[];
  training: TrainingLog[];
}
