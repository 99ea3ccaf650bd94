/**
 * KL between the policy and the frozen reference policy: the per-token estimators of
 * `kl_penalty(logprob, ref_logprob, kl_penalty)` (verl/verl/trainer/ppo/core_algos.py; Schulman's
 * k1/k2/k3, http://joschu.net/blog/kl-approx.html), used either in the reward (`apply_kl_penalty`,
 * ray_trainer.py) or as a loss term (`use_kl_loss`, dp_actor.py).
 */
import { InputError } from '../util/errors.js';
import type { LossResult, Metrics, TokenArray } from './types.js';

/** Estimator names of the reference, plus verl's later aliases k1 (= kl), k2 (= mse), k3 (= low_var_kl). */
export const KL_ESTIMATOR_NAMES = ['kl', 'abs', 'mse', 'low_var_kl', 'k1', 'k2', 'k3'] as const;
export type KlEstimatorName = (typeof KL_ESTIMATOR_NAMES)[number];

/** Clamp of `low_var_kl` in the reference: [-10, 10]. */
export const LOW_VAR_KL_CLAMP = 10;

type Canonical = 'kl' | 'abs' | 'mse' | 'low_var_kl';

function canonical(name: string): Canonical {
  switch (name) {
    case 'kl':
    case 'k1':
      return 'kl';
    case 'abs':
      return 'abs';
    case 'mse':
    case 'k2':
      return 'mse';
    case 'low_var_kl':
    case 'k3':
      return 'low_var_kl';
    default:
      throw new InputError(`unknown KL estimator '${name}'; valid: ${KL_ESTIMATOR_NAMES.join(', ')}`);
  }
}

/**
 * Element-wise KL estimate and its derivative with respect to `logp`, d = logp - ref:
 * - `kl` (k1): d;  d' = 1
 * - `abs`: |d|;  d' = sign(d)
 * - `mse` (k2): d^2/2;  d' = d
 * - `low_var_kl` (k3): clamp(e^(ref-logp) - (ref-logp) - 1, -10, 10) (>= 0, so only the upper clamp
 *   acts); d' = 1 - e^(ref-logp) inside the clamp, 0 where clamped.
 * `full` (and any other name) raises, listing the valid names.
 */
export function klPenalty(
  logp: TokenArray,
  ref: TokenArray,
  estimator: string,
): { value: Float64Array; grad: Float64Array } {
  if (logp.length !== ref.length) throw new Error(`klPenalty: logp ${logp.length} vs ref ${ref.length}`);
  const kind = canonical(estimator);
  const n = logp.length;
  const value = new Float64Array(n);
  const grad = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const d = logp[i] - ref[i];
    switch (kind) {
      case 'kl':
        value[i] = d;
        grad[i] = 1;
        break;
      case 'abs':
        value[i] = Math.abs(d);
        grad[i] = Math.sign(d);
        break;
      case 'mse':
        value[i] = 0.5 * d * d;
        grad[i] = d;
        break;
      case 'low_var_kl': {
        const x = -d; // ref - logp
        const v = Math.expm1(x) - x; // e^x - x - 1, without cancellation
        if (v > LOW_VAR_KL_CLAMP) value[i] = LOW_VAR_KL_CLAMP;
        else if (v < -LOW_VAR_KL_CLAMP) value[i] = -LOW_VAR_KL_CLAMP;
        else {
          value[i] = v;
          grad[i] = -Math.expm1(x);
        }
        break;
      }
      default: {
        const never: never = kind;
        throw new Error(`unreachable KL estimator ${String(never)}`);
      }
    }
  }
  return { value, grad };
}

/** Masked token-mean of the reference: `sum(x*m)/(sum(m) + 1e-8)` (verl_F.masked_mean). */
export const MASKED_MEAN_EPS = 1e-8;

/**
 * KL as a loss term (`use_kl_loss`, dp_actor.py): `kl_loss = sum(k*m)/(sum(m)+1e-8)` over the whole
 * micro-batch, ALWAYS a token-mean in the reference (even under `loss_remove_token_mean`). The caller
 * adds `kl_loss_coef * loss`. Paper baseline: `low_var_kl`, coef 0.001 (8k/16k/24k scripts); RLR and
 * LUFFY runs disable it. Returns the gradient of `kl_loss` (without the coefficient) w.r.t. logp.
 */
export function klLoss(logp: TokenArray, ref: TokenArray, mask: TokenArray, estimator: string): LossResult {
  const { value, grad } = klPenalty(logp, ref, estimator);
  let msum = 0;
  for (let i = 0; i < mask.length; i++) msum += mask[i];
  const denom = msum + MASKED_MEAN_EPS;
  let s = 0;
  const g = new Float64Array(value.length);
  for (let i = 0; i < value.length; i++) {
    if (!mask[i]) continue;
    s += value[i] * mask[i];
    g[i] = (grad[i] * mask[i]) / denom;
  }
  const loss = s / denom;
  return { loss, grad: g, metrics: { 'actor/kl_loss': loss } };
}

export interface KlInRewardResult {
  /** `token_level_scores - kl_coef * kld * mask`, [B,T]. */
  tokenLevelRewards: Float64Array;
  /** Row sums of `tokenLevelRewards`: the scores s_i that GRPO sees. */
  sequenceScores: Float64Array;
  /** `critic/kl` = mean over rows of the row's masked token-mean of kld (coefficient not applied); `critic/kl_coeff`. */
  metrics: Metrics;
}

/**
 * KL in the reward, as `apply_kl_penalty` (ray_trainer.py) with a fixed controller:
 * `token_level_rewards = token_level_scores - kl_coef * kl_penalty(old_logp, ref_logp) * mask`, used when
 * `use_kl_loss` is off. In an all-correct or all-wrong group the KL term alone then sets the GRPO
 * advantages (O(1) values from a 1e-3 spread). Reference default estimator `kl` (k1), kl_coef 0.001.
 */
export function applyKlPenalty(input: {
  tokenLevelScores: TokenArray;
  oldLogp: TokenArray;
  refLogp: TokenArray;
  mask: TokenArray;
  B: number;
  T: number;
  klCoef: number;
  estimator: string;
}): KlInRewardResult {
  const { tokenLevelScores, oldLogp, refLogp, mask, B, T, klCoef } = input;
  for (const [k, a] of Object.entries({ tokenLevelScores, oldLogp, refLogp, mask })) {
    if (a.length !== B * T) throw new Error(`applyKlPenalty: ${k} has length ${a.length}, expected ${B}*${T}`);
  }
  const kld = klPenalty(oldLogp, refLogp, input.estimator).value;
  const rewards = new Float64Array(B * T);
  const scores = new Float64Array(B);
  let klSum = 0;
  for (let b = 0; b < B; b++) {
    let rowKl = 0;
    let rowM = 0;
    let s = 0;
    for (let t = 0; t < T; t++) {
      const i = b * T + t;
      const k = kld[i] * mask[i];
      rewards[i] = tokenLevelScores[i] - klCoef * k;
      s += rewards[i];
      rowKl += k * mask[i];
      rowM += mask[i];
    }
    scores[b] = s;
    klSum += rowKl / (rowM + MASKED_MEAN_EPS);
  }
  return {
    tokenLevelRewards: rewards,
    sequenceScores: scores,
    metrics: { 'critic/kl': B > 0 ? klSum / B : 0, 'critic/kl_coeff': klCoef },
  };
}
