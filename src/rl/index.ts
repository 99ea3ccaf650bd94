/**
 * dissect's RL algorithm core: GRPO and every ablation of "Dissecting Long-Chain-of-Thought Reasoning
 * Models" (arXiv 2506.04913) as named, documented, pure functions, checked against golden vectors from
 * the reference code (`../shared/conformance`). No I/O, no globals; randomness is an argument.
 *
 * ## Data shapes (how the trainer calls it)
 * Per-sample arrays, length B (one entry per response):
 *   `{ uid: (string|number)[], correct: boolean[], responseLength: Int32Array|number[],
 *      score: Float64Array, text?: string[], truncated?: boolean[] }`
 * Per-token arrays, row-major [B,T] (`b*T + t`), Float32Array or Float64Array in, Float64Array out:
 *   `logp`, `oldLogp`, `refLogp`, `entropy`, `advantages` (per token), `mask` (1 on response tokens).
 *
 * ## One training step (reference order, ray_trainer.py `fit`; wired in src/train/algorithm.ts)
 * 1. optional `planOfflineInjection` (replace incorrect rows of hard prompts; `correct` before it feeds
 *    the diagnostics), optional `GroupAccumulator` / `filterZeroVarianceGroups` (DAPO dynamic sampling);
 * 2. per-sample score = outcome (1/0) + `relativeLengthReward` + `repetitionPenalty` (incorrect only)
 *    + `overlongPenalty`; with KL in the reward, `applyKlPenalty` (its `sequenceScores` are the row sums
 *    GRPO sees);
 * 3. `getAdvantageEstimator(cfg.adv_estimator)` on the FULL batch, then `truncationMask` +
 *    `applyZeroMask`, then `zeroAdvantageDiagnostics`, then `pruneByPolarity` (null keep = skip the step);
 * 4. per micro-batch of kept rows: `tokenAdvantages(adv, mask, B, T)`, then
 *    `actorLoss({logp, oldLogp, advantages, mask, B, T, entropy, refLogp, offPolicyRow}, options,
 *    microBatchWeight(rows, miniBatchRows, luffy, cfg.luffy.len_data_bug))` -> `{ scaledLoss, dLogp,
 *    dEntropy, metrics }`; hand `dLogp`/`dEntropy` to `PolicyModel.backward`.
 * Metric names follow verl (`actor/pg_loss`, `actor/pg_clipfrac`, `actor/ppo_kl`, `actor/kl_loss`,
 * `actor/entropy_loss`, `critic/kl`) and the paper's diagnostics (`zero_adv/*`).
 *
 * Config: `rlConfigSchema` (zod) in `config.ts`; the table of knobs is docs/algorithms.md.
 */
export type { LossResult, Metrics, TokenArray, Uid } from './types.js';
export { groupByUid, type Groups } from './groups.js';
export { type RandomSource, sampleWithoutReplacement, uniformFn } from './random.js';
export {
  ADV_ESTIMATOR_NAMES,
  ADVANTAGE_ESTIMATORS,
  type AdvantageFn,
  type AdvantageInput,
  type AdvantageOptions,
  type AdvEstimatorName,
  getAdvantageEstimator,
  GRPO_EPSILON,
  grpoAdvantage,
  nsrAdvantage,
  psrAdvantage,
  reinforceAdvantage,
  reinforceBaselineAdvantage,
  rlooAdvantage,
  tokenAdvantages,
  wReinforceAdvantage,
} from './advantages.js';
export { POLARITY_MODES, type PolarityMode, type PolarityPruneOptions, type PolarityPruneResult, pruneByPolarity, selectRows } from './polarity.js';
export {
  applyZeroMask,
  overlongPenalty,
  type OverlongOptions,
  pySplit,
  relativeLengthReward,
  type RelativeLengthRewardOptions,
  repetitionPenalty,
  type RepetitionPenaltyOptions,
  type RepetitionPenaltyResult,
  TRUNCATION_MASK_MODES,
  truncationMask,
  type TruncationMaskMode,
} from './shaping.js';
export {
  countLowAccuracyGroups,
  type InjectionGroup,
  type InjectionInput,
  type InjectionOptions,
  type InjectionPlan,
  planOfflineInjection,
} from './injection.js';
export { filterZeroVarianceGroups, GroupAccumulator, type GroupFilterResult } from './dynamic-sampling.js';
export { zeroAdvantageDiagnostics, type ZeroAdvantageInput } from './diagnostics.js';
export {
  applyKlPenalty,
  KL_ESTIMATOR_NAMES,
  type KlEstimatorName,
  type KlInRewardResult,
  klLoss,
  klPenalty,
  LOW_VAR_KL_CLAMP,
  MASKED_MEAN_EPS,
} from './kl.js';
export { aggregationWeights, checkLossAggMode, LOSS_AGG_MODES, type LossAggMode, weightedSum } from './aggregation.js';
export {
  actorLoss,
  type ActorLossOptions,
  type ActorLossResult,
  entropyBonus,
  getPolicyLoss,
  LUFFY_GAMMA,
  luffyLoss,
  microBatchWeight,
  POLICY_LOSS_NAMES,
  POLICY_LOSSES,
  type PolicyLossFn,
  type PolicyLossInput,
  type PolicyLossName,
  type PolicyLossOptions,
  ppoClipLoss,
} from './losses.js';
export { logitsBackward, logProbsFromLogits } from './logits.js';
export {
  defaultRlConfig,
  dynamicSamplingConfigSchema,
  injectionConfigSchema,
  luffyConfigSchema,
  overlongConfigSchema,
  polarityConfigSchema,
  repetitionConfigSchema,
  type RlConfig,
  rlConfigSchema,
  rlrConfigSchema,
} from './config.js';
