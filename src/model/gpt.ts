/**
 * The GPT policy model: one implementation of {@link PolicyModel} over any {@link Backend}. It owns
 * the weight, gradient and AdamW arenas, batch validation, the sampling loop over the backend's
 * KV-cached decode step, and safetensors checkpoints.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type {
  BackwardInput, ForwardOptions, ForwardResult, ModelConfig, OptimizerStep, PolicyModel, SampleOptions,
  SampleResult, StepResult, TokenBatch,
} from './types.js';
import type { Backend, EngineName } from './backend.js';
import { countParameters, validateModelConfig } from './config.js';
import { decayMask, paramLayout, type ParamLayout } from './params.js';
import { ADAMW_DEFAULTS } from './adamw.js';
import { pickScratch, pickToken, type PickOptions } from './sampling.js';
import { readSafetensors, writeSafetensors } from './safetensors.js';
import { Rng } from '../util/rng.js';
import { DivergenceError, InputError } from '../util/errors.js';

/** Files of a checkpoint directory. */
export const CHECKPOINT_FILES = { weights: 'model.safetensors', config: 'config.json', optimizer: 'optimizer.safetensors' } as const;

/** Tokens per `logProbs` chunk (bounds activation memory; large enough to keep the GEMMs efficient). */
export const LOGPROB_CHUNK_TOKENS = 16384;

/** Makes a fresh backend of the same engine (for clones). */
export type BackendFactory = () => Backend;

/** The config.json written beside the weights: the architecture plus what a PyTorch port needs. */
export interface CheckpointConfig extends ModelConfig {
  architecture: 'dissect-gpt';
  formatVersion: 1;
  activation: 'gelu_tanh';
  layerNormEps: number;
  tiedHead: true;
}

/** {@link PolicyModel} over a backend. Construct through `createModel`/`loadModel` (index.ts). */
export class GptModel implements PolicyModel {
  readonly config: ModelConfig;
  readonly parameterCount: number;
  /** The engine computing this model. */
  readonly engine: EngineName;
  /**
   * Flat weights in `paramLayout` order. After writing to it directly, call {@link paramsChanged}
   * (the native engine caches transposed copies of the weights).
   */
  readonly params: Float32Array;
  private readonly layout: ParamLayout;
  private grads: Float32Array | null = null;
  private m: Float32Array | null = null;
  private v: Float32Array | null = null;
  private mask: Uint8Array | null = null;
  /** Number of optimizer steps taken (AdamW bias correction). */
  optimizerStep = 0;
  private last: { B: number; T: number; lengths: Int32Array } | null = null;

  constructor(
    config: ModelConfig,
    private readonly backend: Backend,
    private readonly makeBackend: BackendFactory,
    params: Float32Array,
    /** A frozen model refuses backward/step (clones used as reference policies). */
    readonly frozen = false,
  ) {
    validateModelConfig(config);
    this.config = { ...config };
    this.layout = paramLayout(config);
    if (params.length !== this.layout.total) throw new Error(`params has ${params.length} floats, layout needs ${this.layout.total}`);
    this.params = params;
    this.parameterCount = countParameters(config);
    this.engine = backend.name;
  }

  /** Validate a batch; returns padded-to-0 tokens and the lengths. */
  private prepare(batch: TokenBatch): { tokens: Int32Array; lengths: Int32Array } {
    const { batch: B, time: T } = batch;
    const c = this.config;
    if (!Number.isInteger(B) || B < 1 || !Number.isInteger(T) || T < 1) throw new Error(`batch: invalid shape B=${B} T=${T}`);
    if (T > c.contextLength) throw new Error(`batch: time ${T} exceeds contextLength ${c.contextLength}`);
    if (batch.tokens.length < B * T) throw new Error(`batch: tokens has ${batch.tokens.length} ids, need B*T=${B * T}`);
    const lengths = batch.lengths ? Int32Array.from(batch.lengths) : new Int32Array(B).fill(T);
    if (lengths.length < B) throw new Error(`batch: lengths has ${lengths.length} entries, need ${B}`);
    const tokens = new Int32Array(B * T);
    for (let b = 0; b < B; b++) {
      const len = lengths[b];
      if (!Number.isInteger(len) || len < 0 || len > T) throw new Error(`batch: lengths[${b}]=${len} outside [0, ${T}]`);
      for (let t = 0; t < len; t++) {
        const id = batch.tokens[b * T + t];
        if (!Number.isInteger(id) || id < 0 || id >= c.vocabSize) throw new Error(`batch: token ${id} at [${b},${t}] outside [0, ${c.vocabSize})`);
        tokens[b * T + t] = id;
      }
    }
    return { tokens, lengths };
  }

  private temperatureOf(options?: ForwardOptions): number {
    const t = options?.temperature ?? 1;
    if (!(t > 0) || !Number.isFinite(t)) throw new Error(`temperature must be > 0, got ${t}`);
    return t;
  }

  forward(batch: TokenBatch, options?: ForwardOptions): ForwardResult {
    const { tokens, lengths } = this.prepare(batch);
    const n = batch.batch * batch.time;
    const logp = new Float32Array(n);
    const entropy = options?.entropy ? new Float32Array(n) : null;
    this.backend.forward(this.params, tokens, lengths, batch.batch, batch.time, this.temperatureOf(options), logp, entropy, true);
    this.last = { B: batch.batch, T: batch.time, lengths };
    return entropy ? { logp, entropy } : { logp };
  }

  /**
   * Rows are processed in chunks of about {@link LOGPROB_CHUNK_TOKENS} tokens, so memory stays bounded
   * for large batches (the attention cache alone is B x heads x T x T floats per layer).
   */
  logProbs(batch: TokenBatch, options?: ForwardOptions): ForwardResult {
    const { tokens, lengths } = this.prepare(batch);
    const { batch: B, time: T } = batch;
    const logp = new Float32Array(B * T);
    const entropy = options?.entropy ? new Float32Array(B * T) : null;
    const temperature = this.temperatureOf(options);
    const rows = Math.max(1, Math.floor(LOGPROB_CHUNK_TOKENS / T));
    for (let b0 = 0; b0 < B; b0 += rows) {
      const nb = Math.min(rows, B - b0);
      const span = (a: Float32Array | null) => (a ? a.subarray(b0 * T, (b0 + nb) * T) : null);
      this.backend.forward(this.params, tokens.subarray(b0 * T, (b0 + nb) * T), lengths.subarray(b0, b0 + nb), nb, T, temperature, span(logp) as Float32Array, span(entropy), false);
    }
    return entropy ? { logp, entropy } : { logp };
  }

  private ensureOptimizerState(): void {
    if (this.frozen) throw new Error('this model is a frozen clone: backward/step are not allowed');
    if (!this.grads) {
      this.grads = new Float32Array(this.layout.total);
      this.m = new Float32Array(this.layout.total);
      this.v = new Float32Array(this.layout.total);
      this.mask = decayMask(this.layout);
    }
  }

  backward(input: BackwardInput): void {
    this.ensureOptimizerState();
    const last = this.last;
    if (!last) throw new Error('backward called before forward');
    const n = last.B * last.T;
    if (input.dLogp.length !== n) throw new Error(`backward: dLogp has ${input.dLogp.length} entries, forward had B*T=${n}`);
    if (input.dEntropy && input.dEntropy.length !== n) throw new Error(`backward: dEntropy has ${input.dEntropy.length} entries, need ${n}`);
    // Entries that predict nothing (t = 0, padding) carry no gradient whatever the caller passed.
    const mask = (src: Float32Array): Float32Array => {
      const out = new Float32Array(n);
      for (let b = 0; b < last.B; b++) {
        for (let t = 1; t < last.lengths[b]; t++) out[b * last.T + t] = src[b * last.T + t];
      }
      return out;
    };
    this.backend.backward(this.params, this.grads as Float32Array, mask(input.dLogp), input.dEntropy ? mask(input.dEntropy) : null);
  }

  step(options: OptimizerStep): StepResult {
    this.ensureOptimizerState();
    const grads = this.grads as Float32Array;
    const o = { ...ADAMW_DEFAULTS, ...stripUndefined(options), lr: options.lr };
    if (!(o.lr >= 0)) throw new Error(`step: lr must be >= 0, got ${o.lr}`);
    const gradNorm = Math.sqrt(this.backend.sumSquares(grads));
    if (!Number.isFinite(gradNorm)) {
      grads.fill(0);
      throw new DivergenceError(`gradient norm is ${gradNorm} at optimizer step ${this.optimizerStep + 1}`);
    }
    const scale = o.gradClip > 0 && gradNorm > o.gradClip ? o.gradClip / (gradNorm + 1e-6) : 1;
    this.optimizerStep++;
    this.backend.adamw(this.params, grads, this.m as Float32Array, this.v as Float32Array, this.mask as Uint8Array, o, this.optimizerStep, scale);
    grads.fill(0);
    this.backend.paramsChanged();
    return { gradNorm };
  }

  /** Tell the engine that `params` was modified outside `step`/`load`. */
  paramsChanged(): void {
    this.backend.paramsChanged();
  }

  zeroGrad(): void {
    this.grads?.fill(0);
  }

  /** Accumulated gradients (null before the first backward); for tests and diagnostics. */
  gradients(): Float32Array | null {
    return this.grads;
  }

  sample(prompts: Int32Array[], options: SampleOptions): SampleResult {
    const c = this.config;
    const V = c.vocabSize;
    const n = prompts.length;
    const maxNew = options.maxNewTokens;
    if (!Number.isInteger(maxNew) || maxNew < 0) throw new Error(`sample: maxNewTokens must be a non-negative integer, got ${maxNew}`);
    const temperature = options.temperature ?? 1;
    const greedy = options.greedy === true || temperature === 0;
    if (!greedy && !(temperature > 0)) throw new Error(`sample: temperature must be >= 0, got ${temperature}`);
    const topP = options.topP ?? 1;
    if (!(topP > 0 && topP <= 1)) throw new Error(`sample: topP must be in (0, 1], got ${topP}`);
    const topK = options.topK ?? 0;
    if (!Number.isInteger(topK) || topK < 0) throw new Error(`sample: topK must be a non-negative integer, got ${topK}`);
    const pick: PickOptions = { greedy, temperature: greedy ? 1 : temperature, topP, topK };
    const stops = new Set(options.stopTokens ?? []);
    const rowSeeds = options.rowSeeds;
    let rngs: Rng[];
    if (rowSeeds !== undefined) {
      if (!Array.isArray(rowSeeds) || rowSeeds.length !== n) {
        throw new Error(`sample: rowSeeds must have one seed per prompt (${n}), got ${Array.isArray(rowSeeds) ? rowSeeds.length : typeof rowSeeds}`);
      }
      rowSeeds.forEach((s, i) => {
        if (!Number.isSafeInteger(s)) throw new Error(`sample: rowSeeds[${i}] must be an integer, got ${String(s)}`);
      });
      // Each row's stream depends on its seed alone (never on its position or the batch).
      rngs = rowSeeds.map((s) => new Rng(s));
    } else {
      const rootRng = new Rng(options.seed);
      rngs = prompts.map(() => rootRng.fork());
    }
    const out: number[][] = prompts.map(() => []);
    const outLogp: number[][] = prompts.map(() => []);
    const finish: Array<'stop' | 'length'> = prompts.map(() => 'length');
    // A sequence may grow to min(contextLength, prompt + maxNew) tokens.
    const limit = prompts.map((p) => Math.min(c.contextLength, p.length + maxNew));
    let maxT = 0;
    const active: number[] = [];
    prompts.forEach((p, i) => {
      if (p.length === 0) throw new Error(`sample: prompt ${i} is empty`);
      for (let t = 0; t < p.length; t++) {
        if (!Number.isInteger(p[t]) || p[t] < 0 || p[t] >= V) throw new Error(`sample: prompt ${i} token ${p[t]} at ${t} outside [0, ${V})`);
      }
      if (limit[i] > p.length) {
        active.push(i);
        maxT = Math.max(maxT, limit[i]);
      }
    });
    const result = (): SampleResult => ({
      tokens: out.map((a) => Int32Array.from(a)),
      logp: outLogp.map((a) => Float32Array.from(a)),
      finishReason: finish,
    });
    if (active.length === 0) return result();
    this.backend.decodeBegin(this.params, n, maxT);
    try {
      // Prefill: every prompt token of every active sequence in one decoding call (rows of a slot in
      // position order, so each token attends to the keys written before it); the row of a prompt's
      // last token gives its first new token. Then one token per live sequence per step.
      const rows = Math.max(n, active.reduce((a, i) => a + prompts[i].length, 0));
      const tok = new Int32Array(rows);
      const pos = new Int32Array(rows);
      const slot = new Int32Array(rows);
      const logits = new Float32Array(rows * V);
      const scratch = pickScratch(V);
      const lastRow: number[] = [];
      let r = 0;
      for (const i of active) {
        const p = prompts[i];
        for (let t = 0; t < p.length; t++, r++) {
          tok[r] = p[t];
          pos[r] = t;
          slot[r] = i;
        }
        lastRow.push(r - 1);
      }
      this.backend.decodeStep(this.params, tok, pos, slot, r, logits);
      let live = active;
      let rowOf = lastRow;
      while (live.length > 0) {
        const next: number[] = [];
        for (let j = 0; j < live.length; j++) {
          const i = live[j];
          const { token, logp } = pickToken(logits, rowOf[j] * V, V, pick, rngs[i], scratch);
          out[i].push(token);
          outLogp[i].push(logp);
          if (stops.has(token)) finish[i] = 'stop';
          else if (prompts[i].length + out[i].length < limit[i]) next.push(i);
        }
        live = next;
        if (live.length === 0) break;
        rowOf = live.map((_, j) => j);
        for (let j = 0; j < live.length; j++) {
          const i = live[j];
          tok[j] = out[i][out[i].length - 1];
          pos[j] = prompts[i].length + out[i].length - 1;
          slot[j] = i;
        }
        this.backend.decodeStep(this.params, tok, pos, slot, live.length, logits);
      }
    } finally {
      this.backend.decodeEnd();
    }
    return result();
  }

  clone(): PolicyModel {
    return new GptModel(this.config, this.makeBackend(), this.makeBackend, this.params.slice(), true);
  }

  async save(dir: string): Promise<void> {
    await mkdir(dir, { recursive: true });
    const tensors = (arena: Float32Array, prefix: string) =>
      this.layout.specs.map((s) => ({ name: prefix + s.name, shape: s.shape, data: arena.subarray(s.offset, s.offset + s.size) }));
    await writeSafetensors(path.join(dir, CHECKPOINT_FILES.weights), tensors(this.params, ''), { format: 'pt', tied: 'lm_head.weight=wte.weight' });
    const cfg: CheckpointConfig = {
      architecture: 'dissect-gpt', formatVersion: 1, ...this.config, activation: 'gelu_tanh', layerNormEps: 1e-5, tiedHead: true,
    };
    await writeFile(path.join(dir, CHECKPOINT_FILES.config), `${JSON.stringify(cfg, null, 2)}\n`);
    if (this.m && this.v && this.optimizerStep > 0) {
      await writeSafetensors(path.join(dir, CHECKPOINT_FILES.optimizer), [...tensors(this.m, 'exp_avg.'), ...tensors(this.v, 'exp_avg_sq.')], {
        step: String(this.optimizerStep),
      });
    }
  }

  /** Copy weights (and optimizer state when present) from a checkpoint directory into this model. */
  async loadFrom(dir: string): Promise<void> {
    const wfile = path.join(dir, CHECKPOINT_FILES.weights);
    const { tensors } = await readSafetensors(wfile);
    const copy = (arena: Float32Array, prefix: string, src: typeof tensors, file: string) => {
      for (const s of this.layout.specs) {
        const t = src.get(prefix + s.name);
        if (!t) throw new InputError(`missing tensor ${prefix + s.name}`, file);
        if (t.shape.join(',') !== s.shape.join(',')) throw new InputError(`tensor ${prefix + s.name} has shape [${t.shape}], expected [${s.shape}]`, file);
        arena.set(t.data, s.offset);
      }
    };
    copy(this.params, '', tensors, wfile);
    const ofile = path.join(dir, CHECKPOINT_FILES.optimizer);
    if (!this.frozen && existsSync(ofile)) {
      this.ensureOptimizerState();
      const opt = await readSafetensors(ofile);
      copy(this.m as Float32Array, 'exp_avg.', opt.tensors, ofile);
      copy(this.v as Float32Array, 'exp_avg_sq.', opt.tensors, ofile);
      const step = Number(opt.metadata.step);
      if (!Number.isInteger(step) || step < 0) throw new InputError(`metadata step ${opt.metadata.step} is not a step count`, ofile);
      this.optimizerStep = step;
    }
    this.backend.paramsChanged();
  }

  dispose(): void {
    this.backend.dispose();
  }
}

/** Read and validate a checkpoint's config.json. */
export async function readCheckpointConfig(dir: string): Promise<ModelConfig> {
  const file = path.join(dir, CHECKPOINT_FILES.config);
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (e) {
    throw new InputError(`cannot read model config: ${(e as Error).message}`, file);
  }
  const r = raw as Partial<CheckpointConfig>;
  if (r.architecture !== 'dissect-gpt') throw new InputError(`architecture ${String(r.architecture)} is not dissect-gpt`, file);
  const config: ModelConfig = {
    vocabSize: Number(r.vocabSize), contextLength: Number(r.contextLength), dModel: Number(r.dModel),
    nLayers: Number(r.nLayers), nHeads: Number(r.nHeads), dMlp: Number(r.dMlp),
  };
  try {
    validateModelConfig(config);
  } catch (e) {
    throw new InputError((e as Error).message, file);
  }
  return config;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  const r: Partial<T> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) (r as Record<string, unknown>)[k] = v;
  return r;
}
