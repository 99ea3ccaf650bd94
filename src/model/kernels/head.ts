/**
 * Per-token log-probs and entropies under temperature-scaled logits, and their backward.
 * Position t of sequence b predicts token t+1: with q = logits[b,t,:] / temperature,
 * lse = logsumexp(q), p = softmax(q):
 *   logp[b,t+1] = q[y] - lse,   entropy[b,t+1] = -sum_i p_i log p_i = lse - sum_i p_i q_i.
 * Backward (dz = dq / temperature):
 *   dq_i = g (1[i=y] - p_i) - h p_i (log p_i + H),  g = dLogp[b,t+1], h = dEntropy[b,t+1].
 */

/** Shapes and options shared by the head kernels. */
export interface HeadDims {
  B: number;
  T: number;
  V: number;
  /** Valid length per row; positions t+1 >= lengths[b] produce 0. */
  lengths: Int32Array;
  temperature: number;
}

/**
 * Fills logp [B,T] (and entropy [B,T] when non-null) from logits [B,T,V]; caches probs [B,T,V],
 * lse [B,T] and ent [B,T] for the backward. Entries (b,0) and padding are 0.
 */
export function headForward(logp: Float32Array, entropy: Float32Array | null, probs: Float32Array, lse: Float32Array, ent: Float32Array, logits: Float32Array, tokens: Int32Array, d: HeadDims): void {
  const { B, T, V, lengths, temperature } = d;
  const invT = 1 / temperature;
  logp.fill(0, 0, B * T);
  if (entropy) entropy.fill(0, 0, B * T);
  for (let b = 0; b < B; b++) {
    const len = lengths[b];
    for (let t = 0; t + 1 < len; t++) {
      const r = (b * T + t) * V;
      let max = -Infinity;
      for (let i = 0; i < V; i++) max = Math.max(max, logits[r + i] * invT);
      let sum = 0;
      for (let i = 0; i < V; i++) {
        const e = Math.exp(logits[r + i] * invT - max);
        probs[r + i] = e;
        sum += e;
      }
      const l = max + Math.log(sum);
      let pq = 0;
      for (let i = 0; i < V; i++) {
        probs[r + i] /= sum;
        pq += probs[r + i] * logits[r + i] * invT;
      }
      const y = tokens[b * T + t + 1];
      lse[b * T + t] = l;
      ent[b * T + t] = l - pq;
      logp[b * T + t + 1] = logits[r + y] * invT - l;
      if (entropy) entropy[b * T + t + 1] = l - pq;
    }
  }
}

/** Writes dlogits [B,T,V] (overwrites; rows without a prediction are 0). */
export function headBackward(dlogits: Float32Array, dLogp: Float32Array, dEntropy: Float32Array | null, probs: Float32Array, lse: Float32Array, ent: Float32Array, logits: Float32Array, tokens: Int32Array, d: HeadDims): void {
  const { B, T, V, lengths, temperature } = d;
  const invT = 1 / temperature;
  dlogits.fill(0, 0, B * T * V);
  for (let b = 0; b < B; b++) {
    const len = lengths[b];
    for (let t = 0; t + 1 < len; t++) {
      const g = dLogp[b * T + t + 1];
      const h = dEntropy ? dEntropy[b * T + t + 1] : 0;
      if (g === 0 && h === 0) continue;
      const r = (b * T + t) * V;
      const y = tokens[b * T + t + 1];
      const l = lse[b * T + t];
      const H = ent[b * T + t];
      for (let i = 0; i < V; i++) {
        const p = probs[r + i];
        let dq = -g * p;
        if (h !== 0) dq -= h * p * (logits[r + i] * invT - l + H);
        dlogits[r + i] = dq * invT;
      }
      dlogits[r + y] += g * invT;
    }
  }
}
