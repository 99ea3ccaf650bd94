/**
 * Choosing the next token from one row of logits (HF `generate` warper order: temperature, top-k,
 * top-p on the renormalised survivors), with the log-prob reported under the full
 * temperature-scaled distribution (what `forward` computes for the same token).
 */
import type { Rng } from '../util/rng.js';

/** Resolved sampling settings for one call. */
export interface PickOptions {
  /** Argmax decoding (also used when temperature is 0). */
  greedy: boolean;
  /** > 0; logits are divided by it. */
  temperature: number;
  /** Nucleus threshold in (0,1]; 1 = off. */
  topP: number;
  /** 0 = off. */
  topK: number;
}

/** Scratch buffers for {@link pickToken}, sized to the vocabulary. */
export interface PickScratch {
  p: Float64Array;
  idx: number[];
}

/** Allocate scratch for vocabulary size V. */
export function pickScratch(V: number): PickScratch {
  return { p: new Float64Array(V), idx: Array.from({ length: V }, (_, i) => i) };
}

/**
 * Pick a token from logits[off .. off+V). Greedy: the first argmax, logp under temperature 1.
 * Otherwise: q = z / temperature, p = softmax(q); keep the topK most likely (ties by lower id), then
 * the smallest prefix (descending p) whose mass reaches topP; draw one uniform u from `rng` and walk
 * the kept tokens. Returns the token and log softmax(q)[token].
 */
export function pickToken(logits: Float32Array, off: number, V: number, o: PickOptions, rng: Rng, s: PickScratch): { token: number; logp: number } {
  if (o.greedy) {
    let best = 0;
    let max = -Infinity;
    for (let i = 0; i < V; i++) {
      if (logits[off + i] > max) {
        max = logits[off + i];
        best = i;
      }
    }
    let sum = 0;
    for (let i = 0; i < V; i++) sum += Math.exp(logits[off + i] - max);
    return { token: best, logp: -Math.log(sum) };
  }
  const invT = 1 / o.temperature;
  let max = -Infinity;
  for (let i = 0; i < V; i++) max = Math.max(max, logits[off + i] * invT);
  let sum = 0;
  for (let i = 0; i < V; i++) {
    const e = Math.exp(logits[off + i] * invT - max);
    s.p[i] = e;
    sum += e;
  }
  const lse = max + Math.log(sum);
  for (let i = 0; i < V; i++) s.p[i] /= sum;
  const u = rng.next();
  let token = V - 1;
  const truncate = (o.topK > 0 && o.topK < V) || o.topP < 1;
  if (!truncate) {
    let acc = 0;
    for (let i = 0; i < V; i++) {
      acc += s.p[i];
      if (u < acc) {
        token = i;
        break;
      }
    }
  } else {
    const idx = s.idx;
    for (let i = 0; i < V; i++) idx[i] = i;
    idx.sort((a, b) => s.p[b] - s.p[a] || a - b);
    let keep = o.topK > 0 && o.topK < V ? o.topK : V;
    let mass = 0;
    for (let i = 0; i < keep; i++) mass += s.p[idx[i]];
    if (o.topP < 1) {
      let acc = 0;
      for (let i = 0; i < keep; i++) {
        acc += s.p[idx[i]] / mass;
        if (acc >= o.topP) {
          keep = i + 1;
          break;
        }
      }
      mass = 0;
      for (let i = 0; i < keep; i++) mass += s.p[idx[i]];
    }
    const target = u * mass;
    let acc = 0;
    token = idx[keep - 1];
    for (let i = 0; i < keep; i++) {
      acc += s.p[idx[i]];
      if (target < acc) {
        token = idx[i];
        break;
      }
    }
  }
  return { token, logp: logits[off + token] * invT - lse };
}
