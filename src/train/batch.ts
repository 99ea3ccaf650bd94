/**
 * Rollout rows and their token layout. A row is prompt + response; the update works on
 * response-aligned per-token arrays [B, Tr] with Tr = rollout.max_response_length (verl pads responses
 * to max_response_length, and the Dr.GRPO normaliser / `loss_remove_token_mean` divide by that width),
 * while the model works on full sequences [B, T]. These helpers move values between the two layouts.
 */
import type { TokenBatch } from '../model/types.js';

/** One sampled (or injected) response and everything the step computes about it. */
export interface RolloutRow {
  /** Group uid: unique per drawn prompt within a step (`step:slot`, like verl's per-prompt uuid), so a problem drawn twice forms two groups. */
  uid: string;
  /** Id of the problem in the task's training split. */
  problemId: string;
  prompt: Int32Array;
  response: Int32Array;
  /** 'length' when the response hit max_response_length or the context. */
  finish: 'stop' | 'length';
  text: string;
  /** Binary verifier verdict. */
  correct: boolean;
  /** Verifier score (1 correct, 0 incorrect). */
  score: number;
  /** True when this row is an offline solution injected in place of an online sample. */
  injected: boolean;
}

/**
 * Pack rows into a model batch: tokens [B,T] with T = the longest prompt+response, and the response
 * offset of each row.
 */
export function packRows(rows: ReadonlyArray<Pick<RolloutRow, 'prompt' | 'response'>>): { batch: TokenBatch; offsets: Int32Array } {
  const B = rows.length;
  let T = 1;
  for (const r of rows) T = Math.max(T, r.prompt.length + r.response.length);
  const tokens = new Int32Array(B * T);
  const lengths = new Int32Array(B);
  const offsets = new Int32Array(B);
  for (let b = 0; b < B; b++) {
    const { prompt, response } = rows[b];
    tokens.set(prompt, b * T);
    tokens.set(response, b * T + prompt.length);
    lengths[b] = prompt.length + response.length;
    offsets[b] = prompt.length;
  }
  return { batch: { tokens, batch: B, time: T, lengths }, offsets };
}

/**
 * Gather per-token values of the response tokens from full-sequence layout [B,T] into [B,Tr]:
 * out[b, j] = full[b, offset_b + j] for j < responseLength_b, else 0. (Entry (b,t) of a ForwardResult
 * is the log-prob of token t, so response token j sits at t = offset_b + j.)
 */
export function gatherResponse(
  full: Float32Array,
  T: number,
  offsets: Int32Array,
  responseLengths: ArrayLike<number>,
  Tr: number,
): Float64Array {
  const B = offsets.length;
  const out = new Float64Array(B * Tr);
  for (let b = 0; b < B; b++) {
    const n = Math.min(responseLengths[b], Tr);
    for (let j = 0; j < n; j++) out[b * Tr + j] = full[b * T + offsets[b] + j];
  }
  return out;
}

/** Scatter [B,Tr] response-aligned values back to full-sequence layout [B,T] (zeros elsewhere). */
export function scatterResponse(
  resp: ArrayLike<number>,
  Tr: number,
  offsets: Int32Array,
  responseLengths: ArrayLike<number>,
  T: number,
): Float32Array {
  const B = offsets.length;
  const out = new Float32Array(B * T);
  for (let b = 0; b < B; b++) {
    const n = Math.min(responseLengths[b], Tr);
    for (let j = 0; j < n; j++) out[b * T + offsets[b] + j] = resp[b * Tr + j];
  }
  return out;
}

/** Response mask [B,Tr]: 1 on the first responseLength_b positions of each row. */
export function responseMask(responseLengths: ArrayLike<number>, Tr: number): Float64Array {
  const B = responseLengths.length;
  const m = new Float64Array(B * Tr);
  for (let b = 0; b < B; b++) m.fill(1, b * Tr, b * Tr + Math.min(responseLengths[b], Tr));
  return m;
}

/** Take rows `idx` of a [B,Tr] array. */
export function selectRows(a: Float64Array, Tr: number, idx: ArrayLike<number>): Float64Array {
  const out = new Float64Array(idx.length * Tr);
  for (let i = 0; i < idx.length; i++) out.set(a.subarray(idx[i] * Tr, (idx[i] + 1) * Tr), i * Tr);
  return out;
}
