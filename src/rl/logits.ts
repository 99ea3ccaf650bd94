/**
 * Reference (float64, unoptimised) token log-probs and entropies from raw logits under a temperature,
 * and their backward pass to the logits. The model engine computes these itself; this is the
 * specification it is tested against, and what the conformance cases of the actor micro-batch use.
 * Reference: dp_actor.py `_forward_micro_batch` (`logits.div_(temperature)`), torch_functional.py
 * `logprobs_from_logits_v2` and `entropy_from_logits`.
 */
import type { TokenArray } from './types.js';

/**
 * For each position (b,t): z = logits[b,t,:]/temperature, `logp = z[id] - logsumexp(z)`,
 * `entropy = logsumexp(z) - sum softmax(z)*z` (computed as `-sum p log p`). logits are [B,T,V], ids [B,T].
 */
export function logProbsFromLogits(
  logits: TokenArray,
  ids: ArrayLike<number>,
  B: number,
  T: number,
  V: number,
  temperature: number,
): { logp: Float64Array; entropy: Float64Array } {
  if (logits.length !== B * T * V || ids.length !== B * T) {
    throw new Error(`logProbsFromLogits: logits ${logits.length} (want ${B * T * V}), ids ${ids.length} (want ${B * T})`);
  }
  const logp = new Float64Array(B * T);
  const entropy = new Float64Array(B * T);
  for (let p = 0; p < B * T; p++) {
    const o = p * V;
    const lse = logSumExpRow(logits, o, V, temperature);
    // H = -sum p log p with log p = z - logsumexp(z): the reference's `lse - sum p z` is the same
    // quantity but loses digits to cancellation when the logits are large.
    let h = 0;
    for (let v = 0; v < V; v++) {
      const lp = logits[o + v] / temperature - lse;
      h -= Math.exp(lp) * lp;
    }
    logp[p] = logits[o + ids[p]] / temperature - lse;
    entropy[p] = h;
  }
  return { logp, entropy };
}

/**
 * Backward of {@link logProbsFromLogits}: given dL/dlogp and dL/dentropy per position, return dL/dlogits
 * [B,T,V]. With p = softmax(z), z = logits/tau: `dlogp/dz_j = [j = id] - p_j`,
 * `dH/dz_j = -p_j (log p_j + H)`, and `dz/dlogits = 1/tau`.
 */
export function logitsBackward(
  logits: TokenArray,
  ids: ArrayLike<number>,
  B: number,
  T: number,
  V: number,
  temperature: number,
  dLogp: ArrayLike<number>,
  dEntropy?: ArrayLike<number>,
): Float64Array {
  const { entropy } = logProbsFromLogits(logits, ids, B, T, V, temperature);
  const out = new Float64Array(B * T * V);
  for (let p = 0; p < B * T; p++) {
    const o = p * V;
    const lse = logSumExpRow(logits, o, V, temperature);
    const gl = dLogp[p];
    const ge = dEntropy ? dEntropy[p] : 0;
    for (let v = 0; v < V; v++) {
      const lp = logits[o + v] / temperature - lse;
      const pj = Math.exp(lp);
      const dz = gl * ((v === ids[p] ? 1 : 0) - pj) + ge * -pj * (lp + entropy[p]);
      out[o + v] = dz / temperature;
    }
  }
  return out;
}

/** log Σ_v exp(logits[o+v]/temperature) of one row of V logits, shifted by the row maximum for stability. */
function logSumExpRow(logits: TokenArray, o: number, V: number, temperature: number): number {
  let max = -Infinity;
  for (let v = 0; v < V; v++) max = Math.max(max, logits[o + v] / temperature);
  let se = 0;
  for (let v = 0; v < V; v++) se += Math.exp(logits[o + v] / temperature - max);
  return max + Math.log(se);
}
