/**
 * The config-driven composition of the RL core, in the reference's order, for the trainer:
 * 1. {@link shapeRewards}: outcome (1/0) + RLR bonus + repetition penalty + DAPO overlong penalty
 *    (DeepScalerRewardManager.__call__); KL in the reward is added by the caller with `applyKlPenalty`.
 * 2. {@link computeBatchAdvantages}: the advantage estimator on the FULL batch, then truncation
 *    masking, then the zero-advantage diagnostics, then polarity pruning (ray_trainer.py `fit`).
 * 3. {@link actorLossOptions} + `actorLoss` + `microBatchWeight` per micro-batch (dp_actor.py).
 * Offline injection (`planOfflineInjection`) and dynamic sampling (`GroupAccumulator`) happen before
 * step 1 and are driven by the trainer, which owns sampling.
 */
import { getAdvantageEstimator } from './advantages.js';
import type { RlConfig } from './config.js';
import { zeroAdvantageDiagnostics } from './diagnostics.js';
import type { ActorLossOptions } from './losses.js';
import { pruneByPolarity } from './polarity.js';
import type { RandomSource } from './random.js';
import { applyZeroMask, overlongPenalty, relativeLengthReward, repetitionPenalty, truncationMask } from './shaping.js';
import type { Metrics, Uid } from './types.js';
import { checkLengths } from './groups.js';

/** Per-sample facts of a sampled batch (length B each). */
export interface SampleBatch {
  uid: ArrayLike<Uid>;
  /** Binary verdict of the verifier (after injection, if any). */
  correct: ArrayLike<boolean>;
  /** Valid response tokens, EOS included (L_i >= 1). */
  responseLength: ArrayLike<number>;
  /** The rollout's maximum response length (a response of this length is truncated). */
  maxResponseLength: number;
  /** Decoded prompt + response with special tokens kept: the repetition penalty's input (needed when it is on). */
  text?: ArrayLike<string>;
  /** Finish reason was the length limit (the `plain` truncation mask; defaults to L_i >= maxResponseLength). */
  truncated?: ArrayLike<boolean>;
  /** Outcome reward per sample; default correct ? 1 : 0 (deepscaler_reward_fn). */
  outcome?: ArrayLike<number>;
}

export interface ShapedRewards {
  /** Outcome + every enabled shaping term: the sample's score before any KL-in-reward. */
  score: Float64Array;
  rlrBonus: Float64Array;
  repetitionPenalty: Float64Array;
  /** penalty != 0 (input of the `reference` truncation mask). */
  repetitionFlag: boolean[];
  overlongPenalty: Float64Array;
  /** `reward/rlr_bonus_mean`, `reward/rlr_nonzero_frac`, `reward/repetition_penalty_mean`, `reward/repetition_flag_frac`, `reward/overlong_penalty_mean` for the enabled terms. */
  metrics: Metrics;
}

const meanOf = (a: ArrayLike<number>) => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i];
  return a.length ? s / a.length : 0;
};

/**
 * The reward of each sample under `cfg` (reference `DeepScalerRewardManager.__call__`): outcome, plus
 * the RLR bonus (`cfg.rlr`), plus the repetition penalty on incorrect samples (`cfg.repetition`, needs
 * `text`), plus the DAPO overlong penalty (`cfg.overlong`).
 */
export function shapeRewards(cfg: RlConfig, batch: SampleBatch): ShapedRewards {
  const n = batch.uid.length;
  checkLengths('shapeRewards', n, { correct: batch.correct, responseLength: batch.responseLength, text: batch.text, outcome: batch.outcome });
  const score = Float64Array.from({ length: n }, (_, i) => (batch.outcome ? batch.outcome[i] : batch.correct[i] ? 1 : 0));
  const metrics: Metrics = {};
  let rlrBonus: Float64Array = new Float64Array(n);
  if (cfg.rlr.enable) {
    rlrBonus = relativeLengthReward(batch, {
      corrRatio: cfg.rlr.corr_ratio,
      upperBound: cfg.rlr.upper_bound,
      lowerBound: cfg.rlr.lower_bound,
      lengthBase: cfg.rlr.length_base,
    });
    metrics['reward/rlr_bonus_mean'] = meanOf(rlrBonus);
    metrics['reward/rlr_nonzero_frac'] = n ? rlrBonus.filter((b) => b !== 0).length / n : 0;
  }
  const rep = new Float64Array(n);
  const repFlag = new Array<boolean>(n).fill(false);
  if (cfg.repetition.enable) {
    if (!batch.text) throw new Error('shapeRewards: repetition.enable needs the decoded texts');
    for (let i = 0; i < n; i++) {
      const r = repetitionPenalty(batch.text[i], !!batch.correct[i], { ngramSize: cfg.repetition.ngram_size, maxPenalty: cfg.repetition.max_penalty });
      rep[i] = r.penalty;
      repFlag[i] = r.flag;
    }
    metrics['reward/repetition_penalty_mean'] = meanOf(rep);
    metrics['reward/repetition_flag_frac'] = n ? repFlag.filter(Boolean).length / n : 0;
  }
  const over = new Float64Array(n);
  if (cfg.overlong.enable) {
    const bufferLen = cfg.overlong.buffer_len ?? Math.max(1, Math.floor(0.2 * batch.maxResponseLength));
    for (let i = 0; i < n; i++) {
      over[i] = overlongPenalty(batch.responseLength[i], { maxResponseLength: batch.maxResponseLength, bufferLen, penaltyFactor: cfg.overlong.penalty_factor });
    }
    metrics['reward/overlong_penalty_mean'] = meanOf(over);
  }
  for (let i = 0; i < n; i++) score[i] += rlrBonus[i] + rep[i] + over[i];
  return { score, rlrBonus, repetitionPenalty: rep, repetitionFlag: repFlag, overlongPenalty: over, metrics };
}

export interface BatchAdvantages {
  /** Per-sample advantage over the FULL batch (before pruning), after truncation masking. */
  advantage: Float64Array;
  /** Rows that train, sorted (all rows unless polarity pruning is on); empty when the update is skipped. */
  keep: Int32Array;
  /** True when pruning left nothing (the reference skips the step). */
  skipped: boolean;
  /** `zero_adv/*` (on the full batch), polarity metrics, `adv/masked_truncated`. */
  metrics: Metrics;
}

/**
 * Advantages of a batch under `cfg`, in the reference's order: estimator `cfg.adv_estimator` on the
 * full batch's scores; then `cfg.mask_truncated_samples` (after the group statistics); then the
 * zero-advantage diagnostics; then `cfg.polarity` pruning with `rng` (positive-only / negative-only).
 * `score` is the final per-sample score (shaped reward, minus KL when KL is in the reward).
 */
export function computeBatchAdvantages(
  cfg: RlConfig,
  batch: SampleBatch & { score: ArrayLike<number>; repetitionFlag?: ArrayLike<boolean>; correctBeforeInjection?: ArrayLike<boolean> },
  rng: RandomSource,
): BatchAdvantages {
  const n = batch.uid.length;
  checkLengths('computeBatchAdvantages', n, { score: batch.score, correct: batch.correct, responseLength: batch.responseLength });
  const advantage = getAdvantageEstimator(cfg.adv_estimator)(
    { uid: batch.uid, score: batch.score, correct: batch.correct },
    { epsilon: cfg.grpo_epsilon, normAdvByStd: cfg.norm_adv_by_std_in_grpo, wReinforceLambda: cfg.w_reinforce_lambda },
  );
  const zero = truncationMask(
    {
      correct: batch.correct,
      responseLength: batch.responseLength,
      maxResponseLength: batch.maxResponseLength,
      repetitionFlag: batch.repetitionFlag,
      truncated: batch.truncated,
    },
    cfg.mask_truncated_samples,
  );
  applyZeroMask(advantage, zero);
  const metrics: Metrics = zeroAdvantageDiagnostics({
    uid: batch.uid,
    correct: batch.correct,
    advantage,
    responseLength: batch.responseLength,
    correctBeforeInjection: batch.correctBeforeInjection,
  });
  metrics['adv/masked_truncated'] = zero.filter(Boolean).length;
  const pruned = pruneByPolarity(batch.correct, {
    mode: cfg.polarity.mode,
    reserveRatio: cfg.polarity.reserve_ratio,
    reserveMinNum: cfg.polarity.reserve_min_num,
    worldSize: cfg.polarity.world_size,
    rng,
  });
  Object.assign(metrics, pruned.metrics);
  return { advantage, keep: pruned.keep ?? new Int32Array(0), skipped: pruned.keep === null, metrics };
}

/** The per-micro-batch loss settings implied by `cfg`; `maxResponseLength` is the Dr.GRPO divisor unless `loss_scale_constant` is set. */
export function actorLossOptions(cfg: RlConfig, maxResponseLength: number): ActorLossOptions {
  return {
    policyLoss: cfg.policy_loss,
    clipRatioLow: cfg.clip_ratio_low ?? cfg.clip_ratio,
    clipRatioHigh: cfg.clip_ratio_high ?? cfg.clip_ratio,
    clipRatioC: cfg.clip_ratio_c,
    lossAggMode: cfg.loss_agg_mode,
    lossScaleConstant: cfg.loss_scale_constant ?? maxResponseLength,
    luffyGamma: cfg.luffy.gamma,
    luffyClipOnPolicy: cfg.luffy.clip_on_policy,
    entropyCoeff: cfg.entropy_coeff,
    useKlLoss: cfg.use_kl_loss,
    klLossCoef: cfg.kl_loss_coef,
    klLossType: cfg.kl_loss_type,
  };
}
