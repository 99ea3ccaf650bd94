/**
 * The paper's positive-only / negative-only training (arXiv 2506.04913, Sec. "positive vs negative
 * samples"): advantages are computed on the FULL group first, then the samples of the dropped polarity
 * are removed from the batch. Reference: `RayPPOTrainer._rm_neg_samples` (verl/verl/trainer/ppo/ray_trainer.py),
 * called after `compute_advantage` with flags = correct (positive-only, `cut_down_negative_samples`)
 * or flags = not correct (negative-only, `cut_down_positive_samples`).
 *
 * The PSR / NSR / W-REINFORCE family (no pruning, no group normalisation) lives in `advantages.ts`.
 */
import { InputError } from '../util/errors.js';
import { type RandomSource, sampleWithoutReplacement, uniformFn } from './random.js';
import type { Metrics } from './types.js';

/** `both` keeps every sample; `positive_only` drops incorrect samples; `negative_only` drops correct ones. */
export const POLARITY_MODES = ['both', 'positive_only', 'negative_only'] as const;
export type PolarityMode = (typeof POLARITY_MODES)[number];

export interface PolarityPruneOptions {
  /** Which polarity survives. */
  mode: PolarityMode;
  /**
   * Probability that a sample of the dropped polarity is kept anyway (`random.uniform(0,1) < reserve_ratio`).
   * Reference knob `cut_down_samples_reserve_ratio`; yaml default 0.25, the paper's scripts 0.0.
   */
  reserveRatio: number;
  /**
   * Minimum number of kept samples: when fewer are kept, random dropped-polarity samples are turned back
   * on until there are this many. Reference `cut_down_samples_reserve_min_num`; yaml 512, paper 0.
   */
  reserveMinNum: number;
  /**
   * The kept count is rounded DOWN to a multiple of this by removing uniformly random kept samples
   * (any kept sample may go). Reference: the actor's data-parallel world size (8 GPUs in the paper).
   */
  worldSize: number;
  /** Randomness for the reserve draws and the rounding. */
  rng: RandomSource;
}

export interface PolarityPruneResult {
  /** Sorted row indices that survive, or null when nothing survives (the update is skipped, as the reference returns None). */
  keep: Int32Array | null;
  /** Rows kept before the rounding step (after reserve draws and the min-num top-up). */
  keptBeforeRounding: Int32Array;
  /** Reference metric names: original_bsz, original_corr_samples, cut_down_{negative|positive}_{reserve,corr}_samples; plus polarity/skipped. */
  metrics: Metrics;
}

/**
 * Drop the samples of one polarity, as `_rm_neg_samples(batch, flags, reserve_prob, threshold)`:
 * 1. rows whose flag is true (correct for positive-only, incorrect for negative-only) are kept; each
 *    other row is kept iff `u < reserveRatio`, u uniform in [0,1) (one draw per such row, in order);
 * 2. if fewer than `reserveMinNum` are kept, `reserveMinNum - kept` random unkept rows are turned on
 *    (throws when there are not enough, as Python's `random.sample` raises ValueError);
 * 3. if the count is not a multiple of `worldSize`, `count mod worldSize` uniformly random kept rows are
 *    removed (the reference uses unseeded `random`; here the rng is an argument);
 * 4. an empty result returns `keep: null` (the trainer skips the step and logs it).
 * Survivors keep their batch order. Mode `both` returns every row unchanged (no rounding).
 * Paper settings: reserveRatio 0, reserveMinNum 0, worldSize 8.
 */
export function pruneByPolarity(correct: ArrayLike<boolean>, options: PolarityPruneOptions): PolarityPruneResult {
  const n = correct.length;
  let corr = 0;
  for (let i = 0; i < n; i++) if (correct[i]) corr++;
  const metrics: Metrics = { original_bsz: n, original_corr_samples: corr };
  if (options.mode === 'both') {
    const all = Int32Array.from({ length: n }, (_, i) => i);
    return { keep: n > 0 ? all : null, keptBeforeRounding: all, metrics: { ...metrics, 'polarity/skipped': n > 0 ? 0 : 1 } };
  }
  const { reserveRatio, reserveMinNum, worldSize } = options;
  if (!Number.isInteger(worldSize) || worldSize < 1) throw new InputError(`world_size must be a positive integer, got ${worldSize}`);
  if (!Number.isInteger(reserveMinNum) || reserveMinNum < 0) {
    throw new InputError(`reserve_min_num must be a non-negative integer, got ${reserveMinNum}`);
  }
  const rand = uniformFn(options.rng);
  const keepCorrect = options.mode === 'positive_only';
  const reserve: boolean[] = new Array<boolean>(n);
  for (let i = 0; i < n; i++) {
    const flag = keepCorrect ? !!correct[i] : !correct[i];
    reserve[i] = flag ? true : rand() < reserveRatio;
  }
  let count = reserve.reduce((s, v) => s + (v ? 1 : 0), 0);
  if (count < reserveMinNum) {
    const off = [];
    for (let i = 0; i < n; i++) if (!reserve[i]) off.push(i);
    if (reserveMinNum - count > off.length) {
      throw new InputError(
        `reserve_min_num ${reserveMinNum} exceeds the batch: ${count} kept and only ${off.length} others to top up from`,
      );
    }
    for (const i of sampleWithoutReplacement(off, reserveMinNum - count, rand)) reserve[i] = true;
    count = reserveMinNum;
  }
  const keptBeforeRounding = Int32Array.from(reserve.flatMap((v, i) => (v ? [i] : [])));
  const excess = count % worldSize;
  if (excess !== 0) {
    for (const i of sampleWithoutReplacement(Array.from(keptBeforeRounding), excess, rand)) reserve[i] = false;
    count -= excess;
  }
  const keep = Int32Array.from(reserve.flatMap((v, i) => (v ? [i] : [])));
  let keptCorr = 0;
  for (const i of keep) if (correct[i]) keptCorr++;
  const tag = keepCorrect ? 'negative' : 'positive';
  metrics[`cut_down_${tag}_reserve_samples`] = count;
  metrics[`cut_down_${tag}_corr_samples`] = keptCorr;
  metrics['polarity/skipped'] = count === 0 ? 1 : 0;
  return { keep: count === 0 ? null : keep, keptBeforeRounding, metrics };
}

/** Gather `values[i]` for the kept rows (per-sample arrays), in order. */
export function selectRows<T>(values: ArrayLike<T>, keep: ArrayLike<number>): T[] {
  return Array.from({ length: keep.length }, (_, j) => values[keep[j]]);
}
