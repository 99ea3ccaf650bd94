/**
 * Loader for the native engine (C, N-API; source in `native/`, built by node-gyp during `npm ci` via
 * the root `binding.gyp`). Returns null with the reason when the addon is missing or fails to load,
 * so `engine: 'auto'` can fall back to the TypeScript engine.
 */
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { Backend } from './backend.js';
import type { ModelConfig } from './types.js';
import type { AdamWSettings } from './adamw.js';

/** The functions the addon exports (native/dissect_model.c). */
export interface NativeAddon {
  create(config: Int32Array, threads: number): unknown;
  forward(ctx: unknown, params: Float32Array, tokens: Int32Array, lengths: Int32Array, B: number, T: number, temperature: number, logp: Float32Array, entropy: Float32Array | null, keep: boolean): void;
  backward(ctx: unknown, params: Float32Array, grads: Float32Array, dLogp: Float32Array, dEntropy: Float32Array | null): void;
  paramsChanged(ctx: unknown): void;
  sumSquares(ctx: unknown, grads: Float32Array): number;
  adamw(ctx: unknown, params: Float32Array, grads: Float32Array, m: Float32Array, v: Float32Array, decay: Uint8Array, settings: Float64Array): void;
  decodeBegin(ctx: unknown, params: Float32Array, slots: number, maxT: number): void;
  decodeStep(ctx: unknown, params: Float32Array, tokens: Int32Array, pos: Int32Array, slots: Int32Array, n: number, logits: Float32Array): void;
  decodeEnd(ctx: unknown): void;
  destroy(ctx: unknown): void;
  /** Compiler/ISA description, e.g. "gcc 12.2 avx512 openmp". */
  buildInfo(): string;
}

let cached: { addon: NativeAddon | null; reason: string } | undefined;

/** Candidate locations of the built addon (repo root `build/Release`, from src/ or dist/). */
function candidates(): string[] {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const root = path.resolve(here, '..', '..');
  return [path.join(root, 'build', 'Release', 'dissect_model.node'), path.join(root, 'build', 'Debug', 'dissect_model.node')];
}

/** Load the addon once; `{addon: null, reason}` when unavailable. `DISSECT_NO_NATIVE=1` disables it. */
export function loadNativeAddon(): { addon: NativeAddon | null; reason: string } {
  if (cached) return cached;
  if (process.env.DISSECT_NO_NATIVE === '1') return (cached = { addon: null, reason: 'disabled by DISSECT_NO_NATIVE=1' });
  const file = candidates().find((f) => existsSync(f));
  if (!file) return (cached = { addon: null, reason: 'native addon not built (build/Release/dissect_model.node missing; run `npm run build:native`)' });
  // OpenMP threads sleep instead of spinning at the end of each parallel region: on a machine shared
  // with other processes spinning threads steal the cores the working threads need (measured 3-20x
  // slower with 2 threads under load; docs/decisions.md). libgomp reads this when it loads.
  if (process.env.OMP_WAIT_POLICY === undefined && process.env.GOMP_SPINCOUNT === undefined) process.env.OMP_WAIT_POLICY = 'passive';
  try {
    const require = createRequire(import.meta.url);
    return (cached = { addon: require(file) as NativeAddon, reason: '' });
  } catch (e) {
    return (cached = { addon: null, reason: `native addon failed to load: ${(e as Error).message.split('\n')[0]}` });
  }
}

/** {@link Backend} over the C kernels. */
export class NativeBackend implements Backend {
  readonly name = 'native' as const;
  private ctx: unknown;

  constructor(
    private readonly addon: NativeAddon,
    config: ModelConfig,
    /** Worker threads for the kernels (results are identical for any count). */
    readonly threads: number,
  ) {
    this.ctx = addon.create(Int32Array.of(config.vocabSize, config.contextLength, config.dModel, config.nLayers, config.nHeads, config.dMlp), threads);
  }

  forward(params: Float32Array, tokens: Int32Array, lengths: Int32Array, B: number, T: number, temperature: number, logp: Float32Array, entropy: Float32Array | null, keep: boolean): void {
    this.addon.forward(this.ctx, params, tokens, lengths, B, T, temperature, logp, entropy, keep);
  }

  backward(params: Float32Array, grads: Float32Array, dLogp: Float32Array, dEntropy: Float32Array | null): void {
    this.addon.backward(this.ctx, params, grads, dLogp, dEntropy);
  }

  paramsChanged(): void {
    this.addon.paramsChanged(this.ctx);
  }

  sumSquares(grads: Float32Array): number {
    return this.addon.sumSquares(this.ctx, grads);
  }

  adamw(params: Float32Array, grads: Float32Array, m: Float32Array, v: Float32Array, decay: Uint8Array, o: AdamWSettings, step: number, gradScale: number): void {
    this.addon.adamw(this.ctx, params, grads, m, v, decay, Float64Array.of(o.lr, o.beta1, o.beta2, o.eps, o.weightDecay, step, gradScale));
  }

  decodeBegin(params: Float32Array, slots: number, maxT: number): void {
    this.addon.decodeBegin(this.ctx, params, slots, maxT);
  }

  decodeStep(params: Float32Array, tokens: Int32Array, pos: Int32Array, slots: Int32Array, n: number, logits: Float32Array): void {
    this.addon.decodeStep(this.ctx, params, tokens, pos, slots, n, logits);
  }

  decodeEnd(): void {
    this.addon.decodeEnd(this.ctx);
  }

  dispose(): void {
    if (this.ctx) this.addon.destroy(this.ctx);
    this.ctx = null;
  }
}
