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
 * ## One training step (reference order, ray_trainer.py `fit`)
 * 1. optional `planOfflineInjection` (replace incorrect rows of hard prompts), optional
 *    `GroupAccumulator` / `filterZeroVarianceGroups` (DAPO dynamic sampling);
 * 2. `shapeRewards(cfg, batch)` -> per-sample score (outcome + RLR + repetition + overlong);
 *    if `cfg.use_kl_in_reward`: `applyKlPenalty(...)` and add `sequenceScores` (the -beta*sum kl part);
 * 3. `computeBatchAdvantages(cfg, {...batch, score, repetitionFlag}, rng)` -> `{ advantage, keep,
 *    skipped, metrics }` (estimator on the full batch, truncation mask, `zero_adv/*`, polarity pruning);
 * 4. per micro-batch of kept rows: `tokenAdvantages(adv, mask, B, T)`, then
 *    `actorLoss({logp, oldLogp, advantages, mask, B, T, entropy, refLogp, offPolicyRow},
 *    actorLossOptions(cfg, maxResponseLength), microBatchWeight(rows, miniBatchRows, luffy, cfg.luffy.len_data_bug))`
 *    -> `{ scaledLoss, dLogp, dEntropy, metrics }`; hand `dLogp`/`dEntropy` to `PolicyModel.backward`.
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
export { actorLossOptions, type BatchAdvantages, computeBatchAdvantages, type SampleBatch, shapeRewards, type ShapedRewards } from './pipeline.js';
