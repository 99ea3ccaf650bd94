/**
 * Per-token policy losses as pure functions of per-token log-probs, returning the aggregated loss and
 * its gradient with respect to each token's log-prob (the model backpropagates from there). Registered
 * by name like verl's `register_policy_loss`. Inputs are [B,T] row-major; `advantages` is already
 * broadcast per token (A_i on the valid tokens of row i, see `tokenAdvantages`).
 */
import { InputError } from '../util/errors.js';
import { aggregationWeights, type LossAggMode, weightedSum } from './aggregation.js';
import { klLoss, MASKED_MEAN_EPS } from './kl.js';
import type { LossResult, Metrics, TokenArray } from './types.js';

/** Inputs of a policy loss, all [B,T] except `offPolicyRow` ([B]). */
export interface PolicyLossInput {
  /** log pi_theta(token) under temperature-scaled logits (current policy). */
  logp: TokenArray;
  /** log pi_old(token), recomputed before the update (verl `old_log_probs`). */
  oldLogp: TokenArray;
  /** Per-token advantages. */
  advantages: TokenArray;
  /** 1 on response tokens that count, 0 elsewhere. */
  mask: TokenArray;
  B: number;
  T: number;
  /** LUFFY: row b is an injected offline sample (the reference's per-row `prefix_mask`). */
  offPolicyRow?: ArrayLike<boolean>;
}

/** Options of the policy losses; each reads only its own. */
export interface PolicyLossOptions {
  /** Lower clip: ratio clamped at 1 - clipRatioLow. verl `clip_ratio_low` (default `clip_ratio` 0.2; LUFFY run 0.35). */
  clipRatioLow: number;
  /** Upper clip: ratio clamped at 1 + clipRatioHigh (DAPO clip-higher 0.28). verl `clip_ratio_high`. */
  clipRatioHigh: number;
  /** Dual clip (arXiv 1912.09729): for A < 0 the loss is capped at -A*c. null = off (the reference). verl `clip_ratio_c` (3.0 when on). */
  clipRatioC: number | null;
  /** Aggregation of per-token losses. */
  lossAggMode: LossAggMode;
  /** Divisor of `seq-mean-token-sum-norm` (default T). */
  lossScaleConstant?: number;
  /** LUFFY policy shaping gamma: off-policy tokens use p/(p+gamma). Reference hard-codes 0.1. */
  luffyGamma?: number;
  /** LUFFY: clip the on-policy branch like PPO (original LUFFY) instead of the reference's unclipped ratio. Default false. */
  luffyClipOnPolicy?: boolean;
}

function checkInput(name: string, x: PolicyLossInput): void {
  const n = x.B * x.T;
  for (const [k, a] of Object.entries({ logp: x.logp, oldLogp: x.oldLogp, advantages: x.advantages, mask: x.mask })) {
    if (a.length !== n) throw new Error(`${name}: ${k} has length ${a.length}, expected ${x.B}*${x.T}`);
  }
  if (x.offPolicyRow && x.offPolicyRow.length !== x.B) {
    throw new Error(`${name}: offPolicyRow has length ${x.offPolicyRow.length}, expected ${x.B}`);
  }
}

function maskedMean(values: ArrayLike<number>, mask: ArrayLike<number>, select?: (i: number) => boolean): number {
  let s = 0;
  let m = 0;
  for (let i = 0; i < mask.length; i++) {
    if (!mask[i] || (select && !select(i))) continue;
    s += values[i] * mask[i];
    m += mask[i];
  }
  return s / (m + MASKED_MEAN_EPS);
}

/** One token of the clipped PPO objective: loss, dloss/dlogp, whether clipped (upper/lower), whether dual-clipped. */
function ppoToken(logp: number, old: number, a: number, lo: number, hi: number, c: number | null) {
  const ratio = Math.exp(logp - old);
  const l1 = -a * ratio;
  const clamped = Math.min(Math.max(ratio, 1 - lo), 1 + hi);
  const l2 = -a * clamped;
  const clipped = l2 > l1;
  let loss = clipped ? l2 : l1;
  let grad = clipped ? 0 : -a * ratio;
  let dual = false;
  if (c !== null && a < 0) {
    const l3 = -a * c;
    if (loss > l3) {
      loss = l3;
      grad = 0;
      dual = true;
    }
  }
  return { loss, grad, clipped, dual };
}

/**
 * PPO clipped surrogate with separate low/high clip (clip-higher, DAPO) and optional dual clip, as
 * `compute_policy_loss` (core_algos.py) generalised like verl's `compute_policy_loss_vanilla`:
 * `r = exp(logp - old)`, `l = max(-A r, -A clamp(r, 1-lo, 1+hi))`, and with dual clip
 * `l = min(l, -A c)` where A < 0. Gradient: `-A r` where the unclipped branch is active, 0 where a clip
 * binds. Metrics (masked token-means with the reference's +1e-8): `actor/pg_loss`,
 * `actor/pg_clipfrac` = fraction with `-A clamp(r) > -A r`, `actor/ppo_kl` = mean(old - logp),
 * `actor/pg_clipfrac_lower` (dual clip active). Paper: clip 0.2 (0.35 in the LUFFY run), token-mean.
 */
export function ppoClipLoss(input: PolicyLossInput, options: PolicyLossOptions): LossResult {
  checkInput('ppoClipLoss', input);
  const { logp, oldLogp, advantages, mask, B, T } = input;
  const w = aggregationWeights(mask, B, T, options.lossAggMode, options.lossScaleConstant);
  const n = B * T;
  const l = new Float64Array(n);
  const grad = new Float64Array(n);
  const clipped = new Float64Array(n);
  const dual = new Float64Array(n);
  const negKl = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (!mask[i]) continue;
    const r = ppoToken(logp[i], oldLogp[i], advantages[i], options.clipRatioLow, options.clipRatioHigh, options.clipRatioC);
    l[i] = r.loss;
    grad[i] = w[i] * r.grad;
    clipped[i] = r.clipped ? 1 : 0;
    dual[i] = r.dual ? 1 : 0;
    negKl[i] = oldLogp[i] - logp[i];
  }
  const loss = weightedSum(w, l);
  const metrics: Metrics = {
    'actor/pg_loss': loss,
    'actor/pg_clipfrac': maskedMean(clipped, mask),
    'actor/ppo_kl': maskedMean(negKl, mask),
  };
  if (options.clipRatioC !== null) metrics['actor/pg_clipfrac_lower'] = maskedMean(dual, mask);
  return { loss, grad, metrics };
}

/** LUFFY policy shaping gamma of the reference (`off_ratio / (off_ratio + 0.1)`). */
export const LUFFY_GAMMA = 0.1;

/**
 * LUFFY mixed-policy loss, as the reference's `compute_token_on_off_policy_loss` (core_algos.py, adapted
 * from LUFFY arXiv 2504.14945): on-policy rows use `-A exp(logp - old)` (UNCLIPPED in the reference;
 * `luffyClipOnPolicy` applies the PPO clip instead), off-policy rows (injected offline samples) use the
 * policy-shaped `-A p/(p+gamma)`, p = exp(logp), gamma 0.1, never clipped; its gradient is
 * `-A p gamma/(p+gamma)^2`. Aggregated with `lossAggMode` (the reference: token-mean, or /T under
 * `loss_remove_token_mean`). Metrics as the reference: `actor/pg_loss`, `actor/on_pg_loss`,
 * `actor/off_pg_loss` (masked means over on/off tokens, 0 when a branch is empty),
 * `actor/pg_clipfrac` (= on-policy clipfrac, 0 when unclipped), `actor/off_pg_clipfrac` (0),
 * `actor/ppo_kl`, `actor/off_policy_prob` (mean p over off tokens), `actor/on_policy_prob` (mean
 * exp(old) over on tokens), `actor/off_ratio_mean` (mean p/(p+gamma) over off tokens).
 */
export function luffyLoss(input: PolicyLossInput, options: PolicyLossOptions): LossResult {
  checkInput('luffyLoss', input);
  const { logp, oldLogp, advantages, mask, B, T } = input;
  const off = input.offPolicyRow;
  const gamma = options.luffyGamma ?? LUFFY_GAMMA;
  const w = aggregationWeights(mask, B, T, options.lossAggMode, options.lossScaleConstant);
  const n = B * T;
  const l = new Float64Array(n);
  const grad = new Float64Array(n);
  const offRatio = new Float64Array(n);
  const p = new Float64Array(n);
  const oldP = new Float64Array(n);
  const clipped = new Float64Array(n);
  const negKl = new Float64Array(n);
  const isOff = (i: number) => !!off?.[Math.floor(i / T)];
  for (let i = 0; i < n; i++) {
    if (!mask[i]) continue;
    const a = advantages[i];
    negKl[i] = oldLogp[i] - logp[i];
    if (isOff(i)) {
      p[i] = Math.exp(logp[i]);
      offRatio[i] = p[i] / (p[i] + gamma);
      l[i] = -a * offRatio[i];
      grad[i] = w[i] * ((-a * p[i] * gamma) / (p[i] + gamma) ** 2);
    } else {
      oldP[i] = Math.exp(oldLogp[i]);
      if (options.luffyClipOnPolicy) {
        const r = ppoToken(logp[i], oldLogp[i], a, options.clipRatioLow, options.clipRatioHigh, options.clipRatioC);
        l[i] = r.loss;
        grad[i] = w[i] * r.grad;
        clipped[i] = r.clipped || r.dual ? 1 : 0;
      } else {
        const ratio = Math.exp(logp[i] - oldLogp[i]);
        l[i] = -a * ratio;
        grad[i] = w[i] * -a * ratio;
      }
    }
  }
  const loss = weightedSum(w, l);
  const onSel = (i: number) => !isOff(i);
  return {
    loss,
    grad,
    metrics: {
      'actor/pg_loss': loss,
      'actor/on_pg_loss': maskedMean(l, mask, onSel),
      'actor/off_pg_loss': maskedMean(l, mask, isOff),
      'actor/pg_clipfrac': maskedMean(clipped, mask, onSel),
      'actor/off_pg_clipfrac': 0,
      'actor/ppo_kl': maskedMean(negKl, mask),
      'actor/off_policy_prob': maskedMean(p, mask, isOff),
      'actor/on_policy_prob': maskedMean(oldP, mask, onSel),
      'actor/off_ratio_mean': maskedMean(offRatio, mask, isOff),
    },
  };
}

/** Policy-loss names (config `policy_loss`): `vanilla` (PPO clip, verl's name) and `luffy`. */
export const POLICY_LOSS_NAMES = ['vanilla', 'luffy'] as const;
export type PolicyLossName = (typeof POLICY_LOSS_NAMES)[number];
export type PolicyLossFn = (input: PolicyLossInput, options: PolicyLossOptions) => LossResult;

/** Registry of policy losses by name. */
export const POLICY_LOSSES: Readonly<Record<PolicyLossName, PolicyLossFn>> = { vanilla: ppoClipLoss, luffy: luffyLoss };

/** Look up a policy loss; an unknown name raises an InputError listing the valid ones. */
export function getPolicyLoss(name: string): PolicyLossFn {
  if (!(POLICY_LOSS_NAMES as readonly string[]).includes(name)) {
    throw new InputError(`unknown policy_loss '${name}'; valid: ${POLICY_LOSS_NAMES.join(', ')}`);
  }
  return POLICY_LOSSES[name as PolicyLossName];
}

/**
 * Entropy bonus. The model owns the logits, so this returns the value and the gradient to hand to it:
 * `entropy_loss = sum(H*m)/(sum(m)+1e-8)` (always a token-mean in the reference, dp_actor.py), the loss
 * term is `-entropy_coeff * entropy_loss`, and `dEntropy[i] = -entropy_coeff * m_i/(sum(m)+1e-8)` is its
 * gradient with respect to each token's entropy (`BackwardInput.dEntropy`). Reference default
 * entropy_coeff 0.001 (ppo_trainer.yaml, used by the baseline runs); RLR and LUFFY runs 0.
 */
export function entropyBonus(entropy: TokenArray, mask: TokenArray, entropyCoeff: number): {
  entropyLoss: number;
  dEntropy: Float64Array;
  metrics: Metrics;
} {
  if (entropy.length !== mask.length) throw new Error(`entropyBonus: entropy ${entropy.length} vs mask ${mask.length}`);
  let s = 0;
  let m = 0;
  for (let i = 0; i < mask.length; i++) {
    if (!mask[i]) continue;
    s += entropy[i] * mask[i];
    m += mask[i];
  }
  const d = m + MASKED_MEAN_EPS;
  const dEntropy = new Float64Array(mask.length);
  if (entropyCoeff !== 0) for (let i = 0; i < mask.length; i++) dEntropy[i] = (-entropyCoeff * mask[i]) / d;
  const entropyLoss = s / d;
  return { entropyLoss, dEntropy, metrics: { 'actor/entropy_loss': entropyLoss } };
}

/** Settings of the assembled actor loss (one micro-batch). */
export interface ActorLossOptions extends PolicyLossOptions {
  policyLoss: PolicyLossName;
  /** Coefficient of the entropy bonus (`entropy_coeff`). */
  entropyCoeff: number;
  /** Add `kl_loss_coef * kl_loss` (`use_kl_loss`). */
  useKlLoss: boolean;
  klLossCoef: number;
  /** KL estimator of the loss (`kl_loss_type`, paper `low_var_kl`). */
  klLossType: string;
}

export interface ActorLossResult {
  /** `policy_loss = pg_loss - entropy_coeff*entropy_loss (+ kl_loss_coef*kl_loss)`, before the micro-batch weight. */
  policyLoss: number;
  /** `policy_loss * weight`: what is backpropagated. */
  scaledLoss: number;
  /** d scaledLoss / dlogp, [B,T] (hand to `PolicyModel.backward` as `dLogp`). */
  dLogp: Float64Array;
  /** d scaledLoss / dentropy, [B,T] (all zero when entropy_coeff is 0). */
  dEntropy: Float64Array;
  metrics: Metrics;
}

/**
 * One micro-batch of `DataParallelPPOActor.update_policy` (dp_actor.py): the policy loss, minus the
 * entropy bonus, plus the KL loss, times the micro-batch `weight` ({@link microBatchWeight}).
 * `entropy` is needed when entropyCoeff != 0 (otherwise `actor/entropy_loss` is reported only if given);
 * `refLogp` when useKlLoss.
 */
export function actorLoss(
  input: PolicyLossInput & { entropy?: TokenArray; refLogp?: TokenArray },
  options: ActorLossOptions,
  weight = 1,
): ActorLossResult {
  const pg = getPolicyLoss(options.policyLoss)(input, options);
  const metrics: Metrics = { ...pg.metrics };
  let policyLoss = pg.loss;
  const dLogp = pg.grad;
  let dEntropy: Float64Array = new Float64Array(dLogp.length);
  if (input.entropy) {
    const e = entropyBonus(input.entropy, input.mask, options.entropyCoeff);
    policyLoss -= options.entropyCoeff * e.entropyLoss;
    dEntropy = e.dEntropy;
    Object.assign(metrics, e.metrics);
  } else if (options.entropyCoeff !== 0) {
    throw new Error('actorLoss: entropy_coeff is non-zero but no per-token entropy was given');
  }
  if (options.useKlLoss) {
    if (!input.refLogp) throw new Error('actorLoss: use_kl_loss is set but no refLogp was given');
    const kl = klLoss(input.logp, input.refLogp, input.mask, options.klLossType);
    policyLoss += options.klLossCoef * kl.loss;
    for (let i = 0; i < dLogp.length; i++) dLogp[i] += options.klLossCoef * kl.grad[i];
    Object.assign(metrics, kl.metrics, { 'actor/kl_coef': options.klLossCoef });
  }
  if (weight !== 1) {
    for (let i = 0; i < dLogp.length; i++) dLogp[i] *= weight;
    for (let i = 0; i < dEntropy.length; i++) dEntropy[i] *= weight;
  }
  return { policyLoss, scaledLoss: policyLoss * weight, dLogp, dEntropy, metrics };
}

/**
 * Weight of one micro-batch's loss within an optimizer step (dp_actor.py, dynamic-batch path):
 * `rows / ppoMiniBatchSize` so that the accumulated gradient is a mean over the mini-batch.
 * The reference's LUFFY branch rebinds `data` to a 6-key metrics dict before `len(data)` is taken, so
 * there the numerator is always 6, whatever the micro-batch size. `reproduceLuffyLenBug` reproduces
 * that (config `luffy_len_data_bug`, default false: fixed).
 */
export function microBatchWeight(rows: number, ppoMiniBatchSize: number, luffy: boolean, reproduceLuffyLenBug = false): number {
  if (!(ppoMiniBatchSize > 0)) throw new Error(`ppo_mini_batch_size must be > 0, got ${ppoMiniBatchSize}`);
  return (luffy && reproduceLuffyLenBug ? 6 : rows) / ppoMiniBatchSize;
}
