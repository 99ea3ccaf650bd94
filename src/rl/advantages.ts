/**
 * Outcome advantage estimators, registered by name (verl `compute_advantage` / `AdvantageEstimator`).
 * Every estimator maps one scalar score per sample (the row sum of the token-level rewards, i.e. the
 * outcome reward plus any shaping minus any KL-in-reward) to one scalar advantage per sample; the
 * policy loss broadcasts it over the sample's tokens ({@link tokenAdvantages}).
 */
import { InputError } from '../util/errors.js';
import { checkLengths, groupByUid } from './groups.js';
import type { Uid } from './types.js';

/** Per-sample inputs of an advantage estimator (length B each). */
export interface AdvantageInput {
  /** Prompt id of each sample; samples with the same uid form a group. */
  uid: ArrayLike<Uid>;
  /** Scalar score s_i of each sample (sum of its token-level rewards). */
  score: ArrayLike<number>;
  /** Binary correctness (required by `psr`, `nsr`, `w_reinforce`, which ignore `score`). */
  correct?: ArrayLike<boolean>;
}

/** Options shared by the estimators; each reads only its own. */
export interface AdvantageOptions {
  /** GRPO denominator epsilon: A = (s - mean)/(std + epsilon). Default 1e-6 (reference `compute_grpo_outcome_advantage`). */
  epsilon?: number;
  /** GRPO: divide by the group std. false = Dr.GRPO (arXiv 2503.20783). Default true. verl `norm_adv_by_std_in_grpo`. */
  normAdvByStd?: boolean;
  /** W-REINFORCE weight of positive samples (arXiv 2506.01347, default 0.1). */
  wReinforceLambda?: number;
}

/** An estimator: per-sample inputs to per-sample advantages (Float64Array of length B). */
export type AdvantageFn = (input: AdvantageInput, options?: AdvantageOptions) => Float64Array;

/** GRPO epsilon of the reference (`compute_grpo_outcome_advantage(epsilon=1e-6)`). */
export const GRPO_EPSILON = 1e-6;

/**
 * GRPO outcome advantage, as `compute_grpo_outcome_advantage` (verl/verl/trainer/ppo/core_algos.py):
 * group by uid; a singleton group uses mean 0 and std 1; otherwise the group mean and the UNBIASED std
 * (n-1, `torch.std`). `A_i = (s_i - mean)/(std + epsilon)`, epsilon 1e-6; with `normAdvByStd: false`
 * (Dr.GRPO) `A_i = s_i - mean`.
 *
 * Degenerate cases: a group (n >= 2) whose scores are all equal gets exactly 0 (the reference can give
 * ~1e-11 there from rounding in the mean); a singleton gets `s/(1+1e-6)` (the reference computes
 * `std+eps` in float32, giving `s/1.00000095367...`, 4.6e-8 relative away; we use exact float64).
 * Masking of truncated samples is separate ({@link truncationMask}) and applied after the statistics,
 * as in the reference.
 */
export function grpoAdvantage(input: AdvantageInput, options: AdvantageOptions = {}): Float64Array {
  const { uid, score } = input;
  checkLengths('grpoAdvantage', uid.length, { score });
  const eps = options.epsilon ?? GRPO_EPSILON;
  const normStd = options.normAdvByStd ?? true;
  const adv = new Float64Array(uid.length);
  for (const rows of groupByUid(uid).members) {
    const n = rows.length;
    if (n === 1) {
      const i = rows[0];
      adv[i] = normStd ? score[i] / (1 + eps) : score[i];
      continue;
    }
    let sum = 0;
    let min = Infinity;
    let max = -Infinity;
    for (const i of rows) {
      sum += score[i];
      if (score[i] < min) min = score[i];
      if (score[i] > max) max = score[i];
    }
    if (min === max) continue; // zero variance: exactly 0
    const mean = sum / n;
    let ss = 0;
    for (const i of rows) ss += (score[i] - mean) ** 2;
    const std = Math.sqrt(ss / (n - 1));
    for (const i of rows) adv[i] = normStd ? (score[i] - mean) / (std + eps) : score[i] - mean;
  }
  return adv;
}

/**
 * RLOO (arXiv 2402.14740), as `compute_rloo_outcome_advantage` (core_algos.py): for a group of n > 1,
 * `A_i = s_i*n/(n-1) - mean*n/(n-1)` = s_i minus the mean of the other n-1 samples; a singleton keeps
 * `A_i = s_i`; a group whose scores are all equal gets exactly 0.
 */
export function rlooAdvantage(input: AdvantageInput): Float64Array {
  const { uid, score } = input;
  checkLengths('rlooAdvantage', uid.length, { score });
  const adv = new Float64Array(uid.length);
  for (const rows of groupByUid(uid).members) {
    const n = rows.length;
    if (n === 1) {
      adv[rows[0]] = score[rows[0]];
      continue;
    }
    let sum = 0;
    let min = Infinity;
    let max = -Infinity;
    for (const i of rows) {
      sum += score[i];
      min = Math.min(min, score[i]);
      max = Math.max(max, score[i]);
    }
    if (min === max) continue; // zero variance: exactly 0
    const mean = sum / n;
    for (const i of rows) adv[i] = (score[i] * n) / (n - 1) - (mean * n) / (n - 1);
  }
  return adv;
}

/** REINFORCE without a baseline: `A_i = s_i` (Williams 1992). No grouping. */
export function reinforceAdvantage(input: AdvantageInput): Float64Array {
  return Float64Array.from(input.score);
}

/**
 * REINFORCE with a batch-mean baseline: `A_i = s_i - mean_batch(s)`. (The group-mean baseline is GRPO
 * with `normAdvByStd: false`, the leave-one-out baseline is `rloo`.)
 */
export function reinforceBaselineAdvantage(input: AdvantageInput): Float64Array {
  const s = input.score;
  let sum = 0;
  for (let i = 0; i < s.length; i++) sum += s[i];
  const mean = s.length > 0 ? sum / s.length : 0;
  const adv = new Float64Array(s.length);
  for (let i = 0; i < s.length; i++) adv[i] = s[i] - mean;
  return adv;
}

function requireCorrect(name: string, input: AdvantageInput): ArrayLike<boolean> {
  if (!input.correct) throw new Error(`${name}: needs per-sample 'correct'`);
  checkLengths(name, input.uid.length, { correct: input.correct });
  return input.correct;
}

/**
 * PSR, positive sample reinforcement (Zhu et al., arXiv 2506.01347): correct samples get +1, incorrect
 * samples 0 (they contribute no gradient but stay in the token-mean denominator). No group
 * normalisation; reads `correct`, not `score`.
 */
export function psrAdvantage(input: AdvantageInput): Float64Array {
  const c = requireCorrect('psr', input);
  return Float64Array.from({ length: c.length }, (_, i) => (c[i] ? 1 : 0));
}

/** NSR, negative sample reinforcement (arXiv 2506.01347): incorrect samples -1, correct samples 0. */
export function nsrAdvantage(input: AdvantageInput): Float64Array {
  const c = requireCorrect('nsr', input);
  return Float64Array.from({ length: c.length }, (_, i) => (c[i] ? 0 : -1));
}

/**
 * W-REINFORCE (arXiv 2506.01347): correct samples +lambda, incorrect -1; lambda = `wReinforceLambda`,
 * default 0.1 (the value recommended there). lambda = 1 is REINFORCE with +-1 rewards.
 */
export function wReinforceAdvantage(input: AdvantageInput, options: AdvantageOptions = {}): Float64Array {
  const c = requireCorrect('w_reinforce', input);
  const lambda = options.wReinforceLambda ?? 0.1;
  return Float64Array.from({ length: c.length }, (_, i) => (c[i] ? lambda : -1));
}

/** Names of the advantage estimators (config `adv_estimator`). */
export const ADV_ESTIMATOR_NAMES = ['grpo', 'rloo', 'reinforce', 'reinforce_baseline', 'psr', 'nsr', 'w_reinforce'] as const;
export type AdvEstimatorName = (typeof ADV_ESTIMATOR_NAMES)[number];

/** Registry of advantage estimators by name (verl `AdvantageEstimator` style). */
export const ADVANTAGE_ESTIMATORS: Readonly<Record<AdvEstimatorName, AdvantageFn>> = {
  grpo: grpoAdvantage,
  rloo: rlooAdvantage,
  reinforce: reinforceAdvantage,
  reinforce_baseline: reinforceBaselineAdvantage,
  psr: psrAdvantage,
  nsr: nsrAdvantage,
  w_reinforce: wReinforceAdvantage,
};

/** Look up an estimator by name; an unknown name raises an InputError listing the valid ones. */
export function getAdvantageEstimator(name: string): AdvantageFn {
  if (!(ADV_ESTIMATOR_NAMES as readonly string[]).includes(name)) {
    throw new InputError(`unknown adv_estimator '${name}'; valid: ${ADV_ESTIMATOR_NAMES.join(', ')}`);
  }
  return ADVANTAGE_ESTIMATORS[name as AdvEstimatorName];
}

/**
 * Broadcast per-sample advantages over tokens: `out[b*T+t] = adv[b] * mask[b*T+t]`, as the reference's
 * `scores.unsqueeze(-1).tile([1, T]) * eos_mask` (A_i on every valid token, 0 on padding).
 */
export function tokenAdvantages(adv: ArrayLike<number>, mask: ArrayLike<number>, B: number, T: number): Float64Array {
  if (adv.length !== B || mask.length !== B * T) {
    throw new Error(`tokenAdvantages: adv ${adv.length} (want ${B}), mask ${mask.length} (want ${B * T})`);
  }
  const out = new Float64Array(B * T);
  for (let b = 0; b < B; b++) for (let t = 0; t < T; t++) out[b * T + t] = mask[b * T + t] ? adv[b] : 0;
  return out;
}
