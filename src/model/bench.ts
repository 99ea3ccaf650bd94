/**
 * Engine throughput benchmark (the `dissect bench model` command): training tokens/s (forward +
 * backward + AdamW on a [B,T] batch), KV-cached sampling tokens/s (prompts x new tokens) and the
 * latency of one `logProbs` call, each measured after a warm-up and reported as the median of
 * `repeats` timings. bench/model/torch_bench.py measures the identical PyTorch model.
 */
import { performance } from 'node:perf_hooks';
import { createModel, defaultThreads, engineOf, resolveEngine, type EngineChoice } from './index.js';
import type { ModelConfig } from './types.js';
import { Rng } from '../util/rng.js';

/** Benchmark settings (defaults: the model, vocab 64, ctx 256, d 128, 4 layers, 4 heads, batch 16). */
export interface BenchModelOptions {
  config: ModelConfig;
  /** Training batch B (sequences of contextLength tokens). */
  batch: number;
  /** Sampling: number of prompts (default 64). */
  prompts: number;
  /** Sampling: prompt length (default 16). */
  promptLength: number;
  /** Sampling: new tokens per prompt (default 240). */
  newTokens: number;
  /** Timed training steps per repeat (default 3). */
  trainSteps: number;
  /** Repeats; the median is reported (default 3). */
  repeats: number;
  engine: EngineChoice;
  threads?: number;
  seed: number;
}

/** Benchmark result (field names are the CLI's JSON keys). */
export interface BenchModelResult {
  engine: string;
  engine_detail: string;
  threads: number;
  parameters: number;
  train_tokens_per_s: number;
  train_step_ms: number;
  /** Process CPU time per training step (all threads): compute cost, robust to other load on the machine. */
  train_step_cpu_ms: number;
  sample_tokens_per_s: number;
  /** New tokens per second of process CPU time while sampling. */
  sample_tokens_per_cpu_s: number;
  logprob_ms: number;
  config: ModelConfig;
  batch: number;
  sample_prompts: number;
  sample_new_tokens: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Run the benchmark (synchronous compute; takes tens of seconds on the model). */
export function benchModel(o: BenchModelOptions): BenchModelResult {
  const c = o.config;
  const model = createModel(c, { seed: o.seed, engine: o.engine, threads: o.threads });
  const rng = new Rng(o.seed + 1);
  const T = c.contextLength;
  const tokens = new Int32Array(o.batch * T).map(() => rng.int(c.vocabSize));
  const batch = { tokens, batch: o.batch, time: T };
  const dLogp = new Float32Array(o.batch * T).fill(-1 / (o.batch * (T - 1)));
  const trainStep = () => {
    model.forward(batch);
    model.backward({ dLogp });
    model.step({ lr: 1e-4, gradClip: 1 });
  };
  trainStep();
  const stepMs: number[] = [];
  const lpMs: number[] = [];
  const sampleTps: number[] = [];
  const stepCpu: number[] = [];
  const sampleCpu: number[] = [];
  const cpuMs = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const prompts = Array.from({ length: o.prompts }, () => new Int32Array(o.promptLength).map(() => rng.int(c.vocabSize)));
  model.logProbs(batch);
  for (let r = 0; r < o.repeats; r++) {
    let t0 = performance.now();
    let c0 = cpuMs();
    for (let s = 0; s < o.trainSteps; s++) trainStep();
    stepMs.push((performance.now() - t0) / o.trainSteps);
    stepCpu.push((cpuMs() - c0) / o.trainSteps);
    t0 = performance.now();
    model.logProbs(batch);
    lpMs.push(performance.now() - t0);
    t0 = performance.now();
    c0 = cpuMs();
    const res = model.sample(prompts, { maxNewTokens: o.newTokens, seed: o.seed + r, temperature: 1 });
    const n = res.tokens.reduce((a, t) => a + t.length, 0);
    sampleTps.push(n / ((performance.now() - t0) / 1000));
    sampleCpu.push(n / ((cpuMs() - c0) / 1000));
  }
  const engine = engineOf(model);
  model.dispose();
  const step = median(stepMs);
  return {
    engine,
    engine_detail: resolveEngine(o.engine).reason,
    threads: engine === 'native' ? (o.threads ?? defaultThreads()) : 1,
    parameters: model.parameterCount,
    train_tokens_per_s: (o.batch * T) / (step / 1000),
    train_step_ms: step,
    train_step_cpu_ms: median(stepCpu),
    sample_tokens_per_s: median(sampleTps),
    sample_tokens_per_cpu_s: median(sampleCpu),
    logprob_ms: median(lpMs),
    config: c,
    batch: o.batch,
    sample_prompts: o.prompts,
    sample_new_tokens: o.newTokens,
  };
}
