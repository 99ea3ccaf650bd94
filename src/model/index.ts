/**
 * The embedded policy model: a GPT-2-style decoder (pre-LayerNorm, learned positions, GELU MLP, tied
 * head) behind the {@link PolicyModel} interface, computed by the native C engine when it is built
 * and by the TypeScript reference engine otherwise.
 */
import os from 'node:os';
import type { ModelConfig, PolicyModel } from './types.js';
import type { Backend, EngineName } from './backend.js';
import { GptModel, readCheckpointConfig } from './gpt.js';
import { initParams, paramLayout } from './params.js';
import { TsBackend } from './ts-engine.js';
import { loadNativeAddon, NativeBackend } from './native-engine.js';
import { validateModelConfig } from './config.js';

export type * from './types.js';
export type { EngineName } from './backend.js';
export { defaultModelConfig, countParameters, validateModelConfig } from './config.js';
export { learningRate, type LrSchedule } from './schedule.js';
export { GptModel } from './gpt.js';

/** Engine choice: `auto` = native when the addon loads, else ts (with a one-line warning). */
export type EngineChoice = 'auto' | EngineName;

/** Options of {@link createModel} / {@link loadModel}. */
export interface CreateModelOptions {
  /** Seed of the GPT-2 init (N(0,0.02), residual projections N(0,0.02/sqrt(2L))). */
  seed: number;
  /** Default `auto` (or the `DISSECT_ENGINE` environment variable). */
  engine?: EngineChoice;
  /** Kernel threads of the native engine; default min(2, cpus) or `DISSECT_THREADS`. Results do not depend on it. */
  threads?: number;
}

let warned = false;

/** Resolve an engine choice to the engine that will run, and why. */
export function resolveEngine(choice: EngineChoice = (process.env.DISSECT_ENGINE as EngineChoice | undefined) ?? 'auto'): { engine: EngineName; reason: string } {
  if (choice !== 'auto' && choice !== 'native' && choice !== 'ts') throw new Error(`unknown engine ${String(choice)} (valid: auto, native, ts)`);
  if (choice === 'ts') return { engine: 'ts', reason: 'requested' };
  const { addon, reason } = loadNativeAddon();
  if (addon) return { engine: 'native', reason: addon.buildInfo() };
  if (choice === 'native') throw new Error(`engine 'native' requested but ${reason}`);
  if (!warned) {
    warned = true;
    process.stderr.write(`dissect: using the slow TypeScript model engine: ${reason}\n`);
  }
  return { engine: 'ts', reason };
}

/** The engine `engine: 'auto'` picks on this machine. */
export function defaultEngine(): EngineName {
  return resolveEngine('auto').engine;
}

/** Native engine threads when not given: `DISSECT_THREADS`, else min(2, available cpus). */
export function defaultThreads(): number {
  const env = Number(process.env.DISSECT_THREADS);
  if (Number.isInteger(env) && env > 0) return env;
  return Math.max(1, Math.min(2, os.availableParallelism()));
}

function backendFactory(config: ModelConfig, opts: Omit<CreateModelOptions, 'seed'>): () => Backend {
  const { engine } = resolveEngine(opts.engine);
  if (engine === 'ts') return () => new TsBackend(config);
  const threads = opts.threads ?? defaultThreads();
  if (!Number.isInteger(threads) || threads < 1) throw new Error(`threads must be a positive integer, got ${threads}`);
  const addon = loadNativeAddon().addon;
  if (!addon) throw new Error('native addon vanished');
  return () => new NativeBackend(addon, config, threads);
}

/** A freshly initialised model (deterministic given `seed`). */
export function createModel(config: ModelConfig, opts: CreateModelOptions): GptModel {
  validateModelConfig(config);
  const make = backendFactory(config, opts);
  const params = new Float32Array(paramLayout(config).total);
  initParams(paramLayout(config), params, opts.seed);
  return new GptModel(config, make(), make, params);
}

/** Load a checkpoint directory written by `save` (weights, config.json, optimizer state if present). */
export async function loadModel(dir: string, opts: Omit<CreateModelOptions, 'seed'> = {}): Promise<GptModel> {
  const config = await readCheckpointConfig(dir);
  const make = backendFactory(config, opts);
  const model = new GptModel(config, make(), make, new Float32Array(paramLayout(config).total));
  await model.loadFrom(dir);
  return model;
}

/** The engine computing `model` (`ts` or `native`); `unknown` for foreign implementations. */
export function engineOf(model: PolicyModel): EngineName | 'unknown' {
  return model instanceof GptModel ? model.engine : 'unknown';
}
