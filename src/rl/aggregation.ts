/**
 * Loss aggregation modes (verl `agg_loss`, kept apart from the per-token loss formulas). Every mode is
 * linear in the per-token losses, so it is represented by its weights: `loss = sum_i w_i * l_i`, and
 * the gradient of the aggregate with respect to l_i is w_i.
 */
import { InputError } from '../util/errors.js';
import { MASKED_MEAN_EPS } from './kl.js';
import type { TokenArray } from './types.js';

/**
 * - `token-mean`: `sum(l*m)/(sum(m)+1e-8)` over the micro-batch (reference default, DAPO);
 * - `seq-mean-token-mean`: mean over rows of each row's token-mean (original GRPO);
 * - `seq-mean-token-sum`: mean over rows of each row's token sum;
 * - `seq-mean-token-sum-norm`: `sum(l*m)/C` with a constant C, default the mask width T = max response
 *   length: Dr.GRPO (arXiv 2503.20783) and the reference's `loss_remove_token_mean: true`.
 * The two seq-mean modes average over rows with at least one valid token.
 */
export const LOSS_AGG_MODES = ['token-mean', 'seq-mean-token-mean', 'seq-mean-token-sum', 'seq-mean-token-sum-norm'] as const;
export type LossAggMode = (typeof LOSS_AGG_MODES)[number];

/** Validate a mode name; unknown names raise listing the valid ones. */
export function checkLossAggMode(name: string): LossAggMode {
  if (!(LOSS_AGG_MODES as readonly string[]).includes(name)) {
    throw new InputError(`unknown loss_agg_mode '${name}'; valid: ${LOSS_AGG_MODES.join(', ')}`);
  }
  return name as LossAggMode;
}

/**
 * Weights w [B,T] of an aggregation mode: `aggregate = sum_i w_i l_i`. `constant` is the divisor of
 * `seq-mean-token-sum-norm` (default T, the mask width, as the reference's `eos_mask.shape[-1]`; pass
 * the maximum response length when T includes the prompt).
 */
export function aggregationWeights(mask: TokenArray, B: number, T: number, mode: string, constant?: number): Float64Array {
  if (mask.length !== B * T) throw new Error(`aggregationWeights: mask ${mask.length}, expected ${B}*${T}`);
  const m = checkLossAggMode(mode);
  const w = new Float64Array(B * T);
  switch (m) {
    case 'token-mean': {
      let s = 0;
      for (let i = 0; i < mask.length; i++) s += mask[i];
      const d = s + MASKED_MEAN_EPS;
      for (let i = 0; i < mask.length; i++) w[i] = mask[i] / d;
      return w;
    }
    case 'seq-mean-token-mean':
    case 'seq-mean-token-sum': {
      const rowSum = new Float64Array(B);
      let rows = 0;
      for (let b = 0; b < B; b++) {
        for (let t = 0; t < T; t++) rowSum[b] += mask[b * T + t];
        if (rowSum[b] > 0) rows++;
      }
      for (let b = 0; b < B; b++) {
        if (rowSum[b] === 0) continue;
        const d = (m === 'seq-mean-token-mean' ? rowSum[b] : 1) * rows;
        for (let t = 0; t < T; t++) w[b * T + t] = mask[b * T + t] / d;
      }
      return w;
    }
    case 'seq-mean-token-sum-norm': {
      const c = constant ?? T;
      if (!(c > 0)) throw new Error(`seq-mean-token-sum-norm: constant must be > 0, got ${c}`);
      for (let i = 0; i < mask.length; i++) w[i] = mask[i] / c;
      return w;
    }
    default: {
      const never: never = m;
      throw new Error(`unreachable loss_agg_mode ${String(never)}`);
    }
  }
}

/** `sum_i w_i l_i`, skipping zero weights (so padded positions with non-finite losses do not poison it). */
export function weightedSum(w: Float64Array, l: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < w.length; i++) if (w[i] !== 0) s += w[i] * l[i];
  return s;
}
