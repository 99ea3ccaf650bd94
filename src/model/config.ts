/**
 * Model configuration: defaults and validation. The architecture is GPT-2 as in nanoGPT `model.py`
 * (`GPTConfig`) and llm.c `train_gpt2.c`: pre-LayerNorm blocks, learned positions, tanh-approximated
 * GELU MLP, causal self-attention, output head tied to the token embedding.
 */
import type { ModelConfig } from './types.js';

/** LayerNorm epsilon (PyTorch `nn.LayerNorm` default, as nanoGPT and llm.c). */
export const LAYERNORM_EPS = 1e-5;

/**
 * Default architecture for a vocabulary of `vocabSize` symbols: d_model 128, 3 layers, 4 heads, MLP 512,
 * context 256 (about 0.6M parameters at a 32-symbol vocabulary). Chosen from the PyTorch prototype in
 * `shared/docs/study-design-notes.md` (616k parameters, 3 layers, d_model 128, learnable synthetic
 * arithmetic in about 5 CPU-minutes), with a longer context for long chain-of-thought traces.
 */
export function defaultModelConfig(vocabSize: number): ModelConfig {
  return { vocabSize, contextLength: 256, dModel: 128, nLayers: 3, nHeads: 4, dMlp: 512 };
}

/** Throws an Error naming the offending field and value when `c` is not a valid architecture. */
export function validateModelConfig(c: ModelConfig): void {
  const ints: Array<keyof ModelConfig> = ['vocabSize', 'contextLength', 'dModel', 'nLayers', 'nHeads', 'dMlp'];
  for (const k of ints) {
    const v = c[k];
    if (!Number.isInteger(v) || v < 1) throw new Error(`model config: ${k} must be a positive integer, got ${String(v)}`);
  }
  if (c.dModel % c.nHeads !== 0) {
    throw new Error(`model config: dModel ${c.dModel} must be divisible by nHeads ${c.nHeads}`);
  }
}

/** Parameter count of the architecture (tied head counted once). */
export function countParameters(c: ModelConfig): number {
  const C = c.dModel;
  const perLayer = 2 * C + (3 * C * C + 3 * C) + (C * C + C) + 2 * C + (c.dMlp * C + c.dMlp) + (C * c.dMlp + C);
  return c.vocabSize * C + c.contextLength * C + c.nLayers * perLayer + 2 * C;
}
