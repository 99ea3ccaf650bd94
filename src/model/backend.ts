/**
 * The compute backend behind {@link PolicyModel}: the numeric kernels only. The model class
 * (`gpt.ts`) owns the parameter arena, optimizer, sampling policy and checkpoints and is shared by all
 * backends, so a backend is a swappable set of kernels over the same weight layout (`params.ts`).
 */

import type { AdamWSettings } from './adamw.js';

/** Names of the available engines. `ts`: the pure TypeScript reference; `native`: the C addon. */
export type EngineName = 'ts' | 'native';

/** Numeric kernels over one weight arena (layout: `paramLayout`). */
export interface Backend {
  readonly name: EngineName;
  /**
   * Forward over tokens [B,T] (ids already validated, padding replaced by 0). Writes logp [B,T] and,
   * when non-null, entropy [B,T] (see kernels/head.ts for the indexing). `keep` caches activations
   * for `backward` in a buffer that `keep=false` calls never touch.
   */
  forward(params: Float32Array, tokens: Int32Array, lengths: Int32Array, B: number, T: number, temperature: number, logp: Float32Array, entropy: Float32Array | null, keep: boolean): void;
  /** Accumulate parameter gradients into `grads` from per-token dLogp/dEntropy of the last kept forward. */
  backward(params: Float32Array, grads: Float32Array, dLogp: Float32Array, dEntropy: Float32Array | null): void;
  /** Sum of squared gradients (float64 accumulation); the optimizer's global norm. */
  sumSquares(grads: Float32Array): number;
  /** One AdamW step in place (formulas of adamw.ts); the backend treats the weights as changed. */
  adamw(params: Float32Array, grads: Float32Array, m: Float32Array, v: Float32Array, decay: Uint8Array, o: AdamWSettings, step: number, gradScale: number): void;
  /** Called after the weights changed (optimizer step, load). */
  paramsChanged(): void;
  /** Allocate a KV cache of `slots` sequences x `maxT` positions (replaces any previous cache). */
  decodeBegin(params: Float32Array, slots: number, maxT: number): void;
  /**
   * One decoding step over n rows: row i feeds token tokens[i] at position pos[i] into cache slot
   * slots[i] and gets the next-token logits, logits [n,V] (untempered). Several rows may share a slot
   * (prefill) when they are in increasing position order: each attends to every key of its slot up to
   * its own position, written earlier or in this call.
   */
  decodeStep(params: Float32Array, tokens: Int32Array, pos: Int32Array, slots: Int32Array, n: number, logits: Float32Array): void;
  /** Free the KV cache. */
  decodeEnd(): void;
  /** Release memory / threads. */
  dispose(): void;
}
