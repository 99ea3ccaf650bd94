/**
 * Cold-start SFT of the embedded model on solver traces (`dissect sft`), producing the imperfect starting
 * policy of the RL study. Cached by a content hash of the resolved config and a fingerprint of its data:
 * asking again for the same SFT returns the stored checkpoint in milliseconds; `force` retrains.
 *
 * Layout of a cache entry `<cacheDir>/sft-<hash16>/`:
 *   model/          final checkpoint (PolicyModel.save files + tokenizer.json); pass it to loadModel,
 *                   loadGenerator, `dissect train --init`, `dissect serve --checkpoint`
 *   resume/         newest in-progress checkpoint + sft_state.json (deleted when done)
 *   metrics.jsonl   one line per step: step, loss, lr, grad_norm, tokens/s, elapsed
 *   sft_config.json the resolved config and its hash
 *   manifest.json   seeds and versions (src/util/manifest.ts)
 *   result.json     written last; its presence marks the entry complete
 *
 * Loss: weighted token-mean cross-entropy over completion tokens (the `<think>` ... `\boxed{}` trace and
 * EOS; the prompt is context only, as TRL `SFTTrainer` with completion-only loss); the computed digit of
 * each step weighs `resultWeight`.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createModel, learningRate, loadModel } from '../model/index.js';
import type { PolicyModel } from '../model/types.js';
import { defaultTokenizer } from '../tasks/tokenizer.js';
import { sampleSftTrace } from '../tasks/solver.js';
import { Rng } from '../util/rng.js';
import { createManifest } from '../util/manifest.js';
import { createProgress } from '../util/progress.js';
import { DivergenceError } from '../util/errors.js';
import { SFT_FORMAT_VERSION, type SftConfig, type SftOverrides, contentHash, resolveSftConfig } from './config.js';
import { SftData } from './data.js';

export * from './config.js';
export { CHUNK, SftData, padBatch, type SftBatch, type SftSequence } from './data.js';
export { quickEval, isCorrect, type QuickEvalOptions, type QuickEvalResult } from './evaluate.js';

/** Options of {@link runSft}. */
export interface SftOptions {
  /** Overrides of the default config ({@link defaultSftConfig}). */
  config?: SftOverrides;
  /** Root of the SFT cache. Default `.cache/dissect/sft` under the working directory. */
  cacheDir?: string;
  /** Retrain even when a complete entry exists (the old entry is replaced). */
  force?: boolean;
  /** Continue an interrupted run from its resume checkpoint (default true). */
  resume?: boolean;
  /** Write a resume checkpoint every this many steps. Default 50. */
  checkpointEvery?: number;
  /** Engine (`auto`, `ts`, `native`); not part of the cache key. */
  engine?: 'auto' | 'ts' | 'native';
  /** Kernel threads of the native engine; not part of the cache key. */
  threads?: number;
  /** No progress bar. */
  quiet?: boolean;
  /** Called after every step (for callers that draw their own progress). */
  onStep?: (m: SftStepMetrics) => void;
}

/** One line of metrics.jsonl. */
export interface SftStepMetrics {
  step: number;
  /** Token-mean cross-entropy over completion tokens (nats). */
  loss: number;
  lr: number;
  grad_norm: number;
  /** Non-padding tokens per second of this step. */
  tokens_per_second: number;
  /** Seconds since the run (or resume) started. */
  elapsed: number;
}

/** What {@link runSft} returns. */
export interface SftResult {
  /** The final checkpoint directory (`.../model`). */
  checkpointDir: string;
  /** The cache entry directory. */
  runDir: string;
  /** Content hash of config + data. */
  hash: string;
  /** Whether the result came from the cache (no training ran). */
  cached: boolean;
  config: SftConfig;
  metrics: SftSummary;
}

/** Summary metrics of a finished SFT. */
export interface SftSummary {
  steps: number;
  /** Mean loss over the last 10 % of steps. */
  finalLoss: number;
  /** Training wall time in seconds (summed over resumed segments). */
  wallSeconds: number;
  /** Mean non-padding tokens per second. */
  tokensPerSecond: number;
  /** Total non-padding tokens seen. */
  tokens: number;
  parameterCount: number;
  engine: string;
}

interface ResumeState {
  version: 1;
  hash: string;
  /** Completed steps. */
  step: number;
  wallSeconds: number;
  tokens: number;
}

/**
 * The cache key: config + tokenizer + the training problems + a sample of generated traces (so a change
 * in the solver's output invalidates old entries even without a version bump).
 */
export function sftHash(config: SftConfig, data: SftData = new SftData(config)): string {
  const rng = new Rng(config.seed);
  const probe = data.items.slice(0, 64).map((it) => sampleSftTrace(it.problem, rng, config.mix, config.style).trace);
  return contentHash({
    version: SFT_FORMAT_VERSION,
    config,
    tokenizer: defaultTokenizer().spec(),
    problems: contentHash(data.items.map((it) => it.problem)),
    probe,
  });
}

/** Where the cache entry of a config lives (without training). */
export function sftRunDir(config: SftConfig, cacheDir = defaultCacheDir()): string {
  return join(resolve(cacheDir), `sft-${sftHash(config).slice(0, 16)}`);
}

/** Default cache root: `.cache/dissect/sft` under the working directory. */
export function defaultCacheDir(): string {
  return join(process.cwd(), '.cache', 'dissect', 'sft');
}

/** Train (or fetch from the cache) the cold-start SFT model. */
export async function runSft(options: SftOptions = {}): Promise<SftResult> {
  const config = resolveSftConfig(options.config);
  const data = new SftData(config);
  const hash = sftHash(config, data);
  const runDir = join(resolve(options.cacheDir ?? defaultCacheDir()), `sft-${hash.slice(0, 16)}`);
  const checkpointDir = join(runDir, 'model');
  const resultFile = join(runDir, 'result.json');
  if (!options.force && existsSync(resultFile)) {
    const metrics = JSON.parse(readFileSync(resultFile, 'utf8')) as SftSummary;
    return { checkpointDir, runDir, hash, cached: true, config, metrics };
  }
  if (options.force) rmSync(runDir, { recursive: true, force: true });
  mkdirSync(runDir, { recursive: true });
  const resumeDir = join(runDir, 'resume');
  const stateFile = join(resumeDir, 'sft_state.json');
  const metricsFile = join(runDir, 'metrics.jsonl');
  writeFileSync(join(runDir, 'sft_config.json'), `${JSON.stringify({ hash, formatVersion: SFT_FORMAT_VERSION, config }, null, 2)}\n`);
  const manifest = createManifest({ init: config.seed, data: config.seed });

  let model: PolicyModel;
  let state: ResumeState = { version: 1, hash, step: 0, wallSeconds: 0, tokens: 0 };
  const engineOpts = { engine: options.engine, threads: options.threads };
  if (options.resume !== false && existsSync(stateFile)) {
    const saved = JSON.parse(readFileSync(stateFile, 'utf8')) as ResumeState;
    if (saved.hash !== hash) throw new Error(`resume state in ${stateFile} belongs to hash ${saved.hash}, not ${hash}`);
    model = await loadModel(resumeDir, engineOpts);
    state = saved;
    truncateMetrics(metricsFile, state.step);
  } else {
    model = createModel(config.model, { seed: config.seed, ...engineOpts });
    rmSync(metricsFile, { force: true });
  }
  const engine = (model as { engine?: string }).engine ?? 'unknown';

  const progress = createProgress({ label: 'sft', total: config.steps, quiet: options.quiet, fields: ['loss', 'tok_s'] });
  progress.update(state.step);
  const checkpointEvery = options.checkpointEvery ?? 50;
  const schedule = { lr: config.lr, warmupSteps: config.warmupSteps, decaySteps: config.steps, minLr: config.lr * config.minLrRatio };
  const losses: number[] = [];
  const segmentStart = performance.now();
  const wallBefore = state.wallSeconds;
  try {
    for (let step = state.step; step < config.steps; step++) {
      const t0 = performance.now();
      const batch = data.batch(step);
      const { logp } = model.forward(batch);
      const dLogp = new Float32Array(batch.mask.length);
      let nll = 0;
      const scale = 1 / batch.lossWeight;
      for (let i = 0; i < dLogp.length; i++) {
        if (batch.mask[i] !== 0) {
          nll -= logp[i] * batch.mask[i];
          dLogp[i] = -scale * batch.mask[i];
        }
      }
      const loss = nll / batch.lossWeight;
      if (!Number.isFinite(loss)) throw new DivergenceError(`sft: loss is ${loss} at step ${step}`);
      model.backward({ dLogp });
      const lr = learningRate(schedule, step);
      const { gradNorm } = model.step({ lr, weightDecay: config.weightDecay, gradClip: config.gradClip });
      if (!Number.isFinite(gradNorm)) throw new DivergenceError(`sft: gradient norm is ${gradNorm} at step ${step}`);
      const dt = (performance.now() - t0) / 1000;
      state.tokens += batch.realTokens;
      state.step = step + 1;
      state.wallSeconds = wallBefore + (performance.now() - segmentStart) / 1000;
      const m: SftStepMetrics = { step: step + 1, loss, lr, grad_norm: gradNorm, tokens_per_second: batch.realTokens / dt, elapsed: state.wallSeconds };
      appendFileSync(metricsFile, `${JSON.stringify(m)}\n`);
      losses.push(loss);
      progress.update(step + 1, { loss: loss.toFixed(3), tok_s: Math.round(m.tokens_per_second) });
      options.onStep?.(m);
      if (checkpointEvery > 0 && state.step % checkpointEvery === 0 && state.step < config.steps) {
        await saveResume(model, resumeDir, state);
      }
    }
  } finally {
    progress.stop();
  }
  const tail = readMetrics(metricsFile).slice(-Math.max(1, Math.round(config.steps / 10)));
  const summary: SftSummary = {
    steps: config.steps,
    finalLoss: tail.reduce((s, m) => s + m.loss, 0) / tail.length,
    wallSeconds: state.wallSeconds,
    tokensPerSecond: state.tokens / Math.max(state.wallSeconds, 1e-9),
    tokens: state.tokens,
    parameterCount: model.parameterCount,
    engine,
  };
  const tmp = join(runDir, `.model-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  await model.save(tmp);
  writeFileSync(join(tmp, 'tokenizer.json'), `${JSON.stringify(defaultTokenizer().spec())}\n`);
  rmSync(checkpointDir, { recursive: true, force: true });
  renameSync(tmp, checkpointDir);
  model.dispose();
  rmSync(resumeDir, { recursive: true, force: true });
  manifest.endedAt = new Date().toISOString();
  writeFileSync(join(runDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  writeFileSync(resultFile, `${JSON.stringify(summary, null, 2)}\n`);
  return { checkpointDir, runDir, hash, cached: false, config, metrics: summary };
}

async function saveResume(model: PolicyModel, resumeDir: string, state: ResumeState): Promise<void> {
  const tmp = `${resumeDir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  await model.save(tmp);
  writeFileSync(join(tmp, 'sft_state.json'), `${JSON.stringify(state)}\n`);
  rmSync(resumeDir, { recursive: true, force: true });
  renameSync(tmp, resumeDir);
}

function readMetrics(file: string): SftStepMetrics[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as SftStepMetrics);
}

function truncateMetrics(file: string, step: number): void {
  const kept = readMetrics(file).filter((m) => m.step <= step);
  writeFileSync(file, kept.map((m) => JSON.stringify(m)).join('\n') + (kept.length ? '\n' : ''));
}
