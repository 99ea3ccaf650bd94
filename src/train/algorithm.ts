/**
 * The RL algorithm of one step, composed from the pure functions of `src/rl` in the order of the
 * reference trainer (`RayPPOTrainer.fit` in the paper's verl fork + `DeepScalerRewardManager`):
 *
 *   injection (replace incorrect rows of low-accuracy groups by offline solutions)
 *   -> reward = score + RLR bonus + repetition penalty + overlong penalty
 *   -> (KL in reward) -> advantages (estimator) -> truncation mask -> polarity pruning
 *   -> zero-advantage diagnostics
 *   -> per micro-batch: actor loss (PPO clip or LUFFY, aggregation, entropy bonus, KL loss).
 *
 * Nothing here re-implements an algorithm: every formula lives in `src/rl`; this file only wires the
 * config knobs to those functions and keeps per-row bookkeeping.
 */
import { getAdvantageEstimator } from '../rl/advantages.js';
import { applyKlPenalty } from '../rl/kl.js';
import { actorLoss, microBatchWeight, type ActorLossOptions } from '../rl/losses.js';
import { planOfflineInjection } from '../rl/injection.js';
import { pruneByPolarity } from '../rl/polarity.js';
import { applyZeroMask, overlongPenalty, relativeLengthReward, repetitionPenalty, truncationMask } from '../rl/shaping.js';
import { zeroAdvantageDiagnostics } from '../rl/diagnostics.js';
import type { Metrics } from '../rl/types.js';
import type { Rng } from '../util/rng.js';
import type { TrainConfig } from '../config/train-config.js';
import { rlSettings, type RlSettings } from '../config/train-config.js';
import type { RolloutRow } from './batch.js';
import { mean } from './stats.js';

/** Inputs of one micro-batch loss, response-aligned [B,Tr]. */
export interface MicroBatchInput {
  logp: Float64Array;
  oldLogp: Float64Array;
  refLogp: Float64Array | null;
  entropy: Float64Array;
  /** Per-sample advantages [B]. */
  advantage: Float64Array;
  mask: Float64Array;
  /** Row b is an injected offline sample (LUFFY off-policy branch). */
  offPolicy: boolean[];
  B: number;
  Tr: number;
  /** Rows of the whole mini-batch (the micro-batch weight is B / miniRows, verl dp_actor). */
  miniRows: number;
}

export interface MicroBatchLoss {
  /** The micro-batch loss times its weight (what is backpropagated). */
  loss: number;
  /** Gradient of `loss` w.r.t. each response token's log-prob [B,Tr]. */
  dLogp: Float64Array;
  /** Gradient of `loss` w.r.t. each response token's entropy [B,Tr]. */
  dEntropy: Float64Array;
  metrics: Metrics;
}

/** The per-step algorithm, configured once per run. */
export interface Algorithm {
  readonly settings: RlSettings;
  /** A frozen reference policy is needed (KL loss or KL in reward). */
  readonly needsReference: boolean;
  /** KL is subtracted from the reward (verl `use_kl_in_reward`). */
  readonly klInReward: boolean;
  /** Offline injection; returns the (possibly) modified rows and `injection/*` metrics. */
  inject(rows: RolloutRow[], offline: (uid: string, count: number) => Int32Array[]): { rows: RolloutRow[]; metrics: Metrics; correctBefore: boolean[] };
  /** Shaped per-sample reward and the repetition flags (for truncation masking). */
  shapeRewards(rows: RolloutRow[], lengths: Int32Array, Tr: number): { reward: Float64Array; repetitionFlag: boolean[]; metrics: Metrics };
  /** KL-in-reward: per-sample penalty sums (kl_coef * sum_t kl_t) and `critic/kl` metrics. */
  klRewardPenalty(oldLogp: Float64Array, refLogp: Float64Array, mask: Float64Array, B: number, Tr: number): { perSample: Float64Array; metrics: Metrics };
  /** Advantages, truncation masking and polarity pruning, plus zero-advantage diagnostics. */
  advantages(
    rows: RolloutRow[],
    score: Float64Array,
    lengths: Int32Array,
    Tr: number,
    rng: Rng,
    extra: { repetitionFlag: boolean[]; correctBefore: boolean[] | null },
  ): { advantage: Float64Array; keep: number[]; keepMask: Uint8Array; metrics: Metrics };
  /** One micro-batch of the actor update. */
  loss(input: MicroBatchInput): MicroBatchLoss;
}

/** Configure the algorithm of a run from its resolved config. */
export function createAlgorithm(config: TrainConfig): Algorithm {
  const s = rlSettings(config);
  const estimator = getAdvantageEstimator(s.advEstimator);
  const luffy = s.policyLoss === 'luffy';
  const lossOptions: ActorLossOptions = {
    policyLoss: s.policyLoss,
    clipRatioLow: s.clipRatioLow,
    clipRatioHigh: s.clipRatioHigh,
    clipRatioC: s.clipRatioC,
    lossAggMode: s.lossAggMode,
    lossScaleConstant: s.lossScaleConstant ?? config.rollout.max_response_length,
    luffyGamma: s.luffyGamma,
    luffyClipOnPolicy: s.luffyClipOnPolicy,
    entropyCoeff: s.entropyCoeff,
    useKlLoss: s.useKlLoss,
    klLossCoef: s.klLossCoef,
    klLossType: s.klLossType,
  };

  return {
    settings: s,
    needsReference: s.useKlLoss || s.useKlInReward,
    klInReward: s.useKlInReward,

    inject(rows, offline) {
      const correctBefore = rows.map((r) => r.correct);
      if (!s.injection.enabled) return { rows, metrics: {}, correctBefore };
      const uid = rows.map((r) => r.uid);
      const cache = new Map<string, Int32Array[]>();
      const solutions = (u: string): Int32Array[] => {
        let list = cache.get(u);
        if (!list) cache.set(u, (list = offline(u, s.injection.offlinePerPrompt)));
        return list;
      };
      const plan = planOfflineInjection(
        { uid, correct: correctBefore, offlineCount: (u) => solutions(String(u)).length },
        { alpha: s.injection.alpha, maxInjectNum: s.injection.maxInjectNum, offlineMask: luffy },
      );
      const out = rows.slice();
      for (const r of plan.replacements) {
        const sol = solutions(String(r.uid))[r.offlineIndex];
        // Offline solutions come from the reference solver and are correct by construction (its tests
        // check every trace against the verifier), so the row is graded correct without a call.
        out[r.row] = { ...rows[r.row], response: sol, finish: 'stop', correct: true, score: 1, injected: true, text: '' };
      }
      return { rows: out, metrics: plan.metrics, correctBefore };
    },

    shapeRewards(rows, lengths, Tr) {
      const B = rows.length;
      const reward = Float64Array.from(rows, (r) => r.score);
      const repetitionFlag = new Array<boolean>(B).fill(false);
      const m: Metrics = {};
      const uid = rows.map((r) => r.uid);
      const correct = rows.map((r) => r.correct);
      if (s.rlr.enabled) {
        const bonus = relativeLengthReward(
          { uid, correct, responseLength: lengths },
          { corrRatio: s.rlr.corrRatio, upperBound: s.rlr.upperBound, lowerBound: s.rlr.lowerBound, lengthBase: s.rlr.lengthBase },
        );
        let nz = 0;
        const vals: number[] = [];
        for (let i = 0; i < B; i++) {
          reward[i] += bonus[i];
          if (bonus[i] !== 0) nz++;
          vals.push(bonus[i]);
        }
        const eligible = correct.filter((c, i) => c && bonus[i] !== 0).length;
        m['rlr/bonus_mean'] = mean(vals);
        m['rlr/bonus_max'] = B ? Math.max(...vals) : 0;
        m['rlr/bonus_min'] = B ? Math.min(...vals) : 0;
        m['rlr/nonzero_frac'] = B ? nz / B : 0;
        m['rlr/bonus_mean_nonzero'] = nz ? vals.reduce((a, b) => a + b, 0) / nz : 0;
        m['rlr/rewarded_correct_frac'] = correct.filter(Boolean).length ? eligible / correct.filter(Boolean).length : 0;
      }
      if (s.repetition.enabled || s.truncationMask === 'reference') {
        let sum = 0;
        let flags = 0;
        for (let i = 0; i < B; i++) {
          const r = repetitionPenalty(rows[i].text, correct[i], { ngramSize: s.repetition.ngramSize, maxPenalty: s.repetition.maxPenalty });
          repetitionFlag[i] = r.flag;
          if (r.flag) flags++;
          if (s.repetition.enabled) {
            reward[i] += r.penalty;
            sum += r.penalty;
          }
        }
        m['repetition/penalty_mean'] = B ? sum / B : 0;
        m['repetition/flag_frac'] = B ? flags / B : 0;
      }
      if (s.overlong.enabled) {
        let sum = 0;
        for (let i = 0; i < B; i++) {
          const p = overlongPenalty(lengths[i], { maxResponseLength: Tr, bufferLen: s.overlong.bufferLen, penaltyFactor: s.overlong.penaltyFactor });
          reward[i] += p;
          sum += p;
        }
        m['overlong/penalty_mean'] = B ? sum / B : 0;
      }
      return { reward, repetitionFlag, metrics: m };
    },

    klRewardPenalty(oldLogp, refLogp, mask, B, Tr) {
      // Place each sample's score 0 at its last token and subtract the KL; the row sums are the
      // per-sample KL penalties (apply_kl_penalty with zero scores).
      const r = applyKlPenalty({ tokenLevelScores: new Float64Array(B * Tr), oldLogp, refLogp, mask, B, T: Tr, klCoef: s.klCoef, estimator: s.klPenalty });
      const perSample = Float64Array.from(r.sequenceScores, (x) => -x);
      return { perSample, metrics: r.metrics };
    },

    advantages(rows, score, lengths, Tr, rng, extra) {
      const uid = rows.map((r) => r.uid);
      const correct = rows.map((r) => r.correct);
      const m: Metrics = {};
      const advantage = estimator({ uid, score, correct }, { epsilon: s.grpoEpsilon, normAdvByStd: s.normAdvByStd, wReinforceLambda: s.wReinforceLambda });
      if (s.truncationMask !== 'off') {
        const zero = truncationMask(
          { correct, responseLength: lengths, maxResponseLength: Tr, repetitionFlag: extra.repetitionFlag, truncated: rows.map((r) => r.finish === 'length') },
          s.truncationMask,
        );
        applyZeroMask(advantage, zero);
        m['truncation/masked_samples'] = zero.filter(Boolean).length;
      }
      Object.assign(
        m,
        zeroAdvantageDiagnostics({
          uid,
          correct,
          advantage,
          responseLength: lengths,
          correctBeforeInjection: s.injection.enabled ? (extra.correctBefore ?? undefined) : undefined,
        }),
      );
      let keep: number[] = rows.map((_, i) => i);
      if (s.polarity.mode !== 'both') {
        const pr = pruneByPolarity(correct, {
          mode: s.polarity.mode,
          reserveRatio: s.polarity.reserveRatio,
          reserveMinNum: s.polarity.reserveMinNum,
          worldSize: s.polarity.worldSize,
          rng,
        });
        keep = pr.keep ? Array.from(pr.keep) : [];
        Object.assign(m, pr.metrics);
        m['pruning/kept_samples'] = keep.length;
        m['pruning/pruned_samples'] = rows.length - keep.length;
      }
      const keepMask = new Uint8Array(rows.length);
      for (const i of keep) keepMask[i] = 1;
      return { advantage, keep, keepMask, metrics: m };
    },

    loss(x) {
      const { B, Tr } = x;
      const advTok = new Float64Array(B * Tr);
      for (let b = 0; b < B; b++) for (let t = 0; t < Tr; t++) advTok[b * Tr + t] = x.mask[b * Tr + t] ? x.advantage[b] : 0;
      const weight = microBatchWeight(B, x.miniRows, luffy, s.luffyLenDataBug);
      const r = actorLoss(
        {
          logp: x.logp,
          oldLogp: x.oldLogp,
          advantages: advTok,
          mask: x.mask,
          B,
          T: Tr,
          offPolicyRow: luffy ? x.offPolicy : undefined,
          entropy: x.entropy,
          refLogp: x.refLogp ?? undefined,
        },
        lossOptions,
        weight,
      );
      // Mean entropy of the response tokens (verl logs the entropy token-mean as actor/entropy).
      let hs = 0;
      let ms = 0;
      for (let i = 0; i < x.mask.length; i++) {
        hs += x.entropy[i] * x.mask[i];
        ms += x.mask[i];
      }
      const metrics: Metrics = { ...r.metrics, 'actor/entropy': ms > 0 ? hs / ms : 0, 'actor/policy_loss': r.policyLoss };
      return { loss: r.scaledLoss, dLogp: r.dLogp, dEntropy: r.dEntropy, metrics };
    },
  };
}
