/**
 * Configuration of the cold-start SFT: model architecture, optimisation and data. The whole resolved
 * config (plus a fingerprint of the data it generates) is hashed to name the cache entry, so a study
 * that asks for the same SFT reuses the checkpoint.
 */
import { createHash } from 'node:crypto';
import type { ModelConfig } from '../model/types.js';
import { defaultModelConfig } from '../model/config.js';
import { DEFAULT_PROCEDURE_MIX, DEFAULT_TRACE_STYLE, type ProcedureMix, type TraceStyle } from '../tasks/solver.js';
import { defaultTokenizer } from '../tasks/tokenizer.js';
import { InputError } from '../util/errors.js';

/** Bump when the meaning of the SFT config or its data changes, so old cache entries are not reused. */
export const SFT_FORMAT_VERSION = 2;

/** Everything that determines the SFT result. */
export interface SftConfig {
  /** Architecture. Default: `defaultModelConfig(408)` (d_model 128, 3 layers, 4 heads, MLP 512, context 256). */
  model: ModelConfig;
  /** Optimizer steps. Default 1600 (ID pass@1 0.40 at 800 steps, 0.61 at 1,600, without slips). */
  steps: number;
  /** Sequences per step. Default 32 (more, smaller steps learned faster per token than 64). */
  batchSize: number;
  /** Peak learning rate (AdamW). Default 3e-3 (design notes: the prototype used 3e-3 then 2e-3). */
  lr: number;
  /** Linear warmup steps. Default 20. */
  warmupSteps: number;
  /** Cosine floor as a fraction of `lr`. Default 0.1 (nanoGPT `min_lr`). */
  minLrRatio: number;
  /** AdamW weight decay. Default 0.01. */
  weightDecay: number;
  /** Global gradient-norm clip. Default 1.0. */
  gradClip: number;
  /** Seed of the weight init and of the data (problem order, procedures, trace variation). Default 0. */
  seed: number;
  /** Number of distinct training problems (the `train` split at this size). Default 20000. */
  trainProblems: number;
  /**
   * Weights of the number of terms k = 2..5 in the SFT problems (the RL/test splits stay uniform).
   * Default [1, 1, 1, 1]. (With character tokens, [4, 3, 2, 1] made the facts learned sooner; with fact
   * tokens uniform lengths give more copying practice: ID pass@1 0.61 vs 0.57 after 1,600 steps.)
   */
  termWeights: number[];
  /**
   * Loss weight of a digit written right after a fact token `a op b=` (the computed value of a step)
   * relative to other completion tokens. Default 5 (1 = plain token-mean SFT). Measured with the earlier
   * character tokens, 800 steps: weight 5 gave pass@1 0.39 / pass@8 0.72 in distribution, 10 gave
   * 0.36 / 0.79, 1 left the facts near chance; with fact tokens the facts are learned either way.
   */
  resultWeight: number;
  /** Mixture of correct and buggy procedures. Default {@link DEFAULT_PROCEDURE_MIX}. */
  mix: ProcedureMix;
  /** Trace style (verification passes, corrections, token budget). Default {@link DEFAULT_TRACE_STYLE}. */
  style: TraceStyle;
}

/** The default SFT (about 2.1M tokens: 2-3.5 minutes on 2 shared cores with the native engine). */
export function defaultSftConfig(): SftConfig {
  return {
    model: defaultModelConfig(defaultTokenizer().vocabSize),
    steps: 1600,
    batchSize: 32,
    lr: 3e-3,
    warmupSteps: 20,
    minLrRatio: 0.1,
    weightDecay: 0.01,
    gradClip: 1.0,
    seed: 0,
    trainProblems: 20000,
    termWeights: [1, 1, 1, 1],
    resultWeight: 5,
    mix: { ...DEFAULT_PROCEDURE_MIX },
    style: { ...DEFAULT_TRACE_STYLE },
  };
}

/** A deep partial of {@link SftConfig} (overrides). */
export type SftOverrides = Partial<Omit<SftConfig, 'model' | 'mix' | 'style'>> & {
  model?: Partial<ModelConfig>;
  mix?: Partial<ProcedureMix>;
  style?: Partial<TraceStyle>;
};

/** Merge overrides into the defaults and validate; bad values raise an InputError naming the field. */
export function resolveSftConfig(o: SftOverrides = {}): SftConfig {
  const d = defaultSftConfig();
  const c: SftConfig = {
    ...d,
    ...Object.fromEntries(Object.entries(o).filter(([k, v]) => v !== undefined && k !== 'model' && k !== 'mix' && k !== 'style')),
    model: { ...d.model, ...(o.model ?? {}) },
    mix: { ...d.mix, ...(o.mix ?? {}) },
    style: { ...d.style, ...(o.style ?? {}) },
  } as SftConfig;
  const posInt = (k: keyof SftConfig) => {
    const v = c[k] as number;
    if (!Number.isInteger(v) || v < 1) throw new InputError(`sft config: ${k} must be a positive integer, got ${String(v)}`);
  };
  posInt('steps');
  posInt('batchSize');
  posInt('trainProblems');
  if (!Number.isInteger(c.warmupSteps) || c.warmupSteps < 0) throw new InputError(`sft config: warmupSteps must be a non-negative integer, got ${c.warmupSteps}`);
  if (!(c.lr > 0)) throw new InputError(`sft config: lr must be > 0, got ${c.lr}`);
  if (!(c.minLrRatio >= 0 && c.minLrRatio <= 1)) throw new InputError(`sft config: minLrRatio must be in [0, 1], got ${c.minLrRatio}`);
  if (!(c.resultWeight > 0)) throw new InputError(`sft config: resultWeight must be > 0, got ${c.resultWeight}`);
  if (!(c.weightDecay >= 0)) throw new InputError(`sft config: weightDecay must be >= 0, got ${c.weightDecay}`);
  if (!(c.gradClip >= 0)) throw new InputError(`sft config: gradClip must be >= 0, got ${c.gradClip}`);
  if (!Number.isInteger(c.seed)) throw new InputError(`sft config: seed must be an integer, got ${c.seed}`);
  if (c.model.vocabSize !== defaultTokenizer().vocabSize) {
    throw new InputError(`sft config: model.vocabSize must equal the tokenizer's ${defaultTokenizer().vocabSize}, got ${c.model.vocabSize}`);
  }
  if (c.model.contextLength < c.style.maxTokens) {
    throw new InputError(`sft config: model.contextLength ${c.model.contextLength} is shorter than style.maxTokens ${c.style.maxTokens}`);
  }
  return c;
}

/** Hex SHA-256 of a canonical JSON value (object keys sorted). */
export function contentHash(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}

function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .sort()
      .filter((k) => o[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}
