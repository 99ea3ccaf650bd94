/**
 * The narrow interface between the embedded policy model (the compute engine) and everything that
 * uses it (SFT, the GRPO trainer, sampling for evaluation, the server). Policy-gradient losses are
 * functions of per-token log-probs and entropies: the RL core computes their gradients in plain
 * TypeScript (src/rl) and hands them to `backward`; the engine backpropagates from there. Any engine
 * (the TypeScript reference, the native kernels) implements this interface, so swapping engines never
 * touches the trainer.
 *
 * Layout conventions: a batch of B sequences of T tokens is one row-major `Int32Array` of B*T token ids
 * ([B,T]); per-token outputs are `Float32Array`s of B*T with the same indexing.
 */

/** Architecture of the decoder-only transformer (pre-LayerNorm, GELU MLP, learned positions, tied head). */
export interface ModelConfig {
  /** Vocabulary size V. */
  vocabSize: number;
  /** Maximum sequence length (learned positional embeddings). */
  contextLength: number;
  /** Width C. */
  dModel: number;
  /** Number of transformer blocks L. */
  nLayers: number;
  /** Number of attention heads NH (dModel % nHeads == 0). */
  nHeads: number;
  /** MLP hidden width (default 4*dModel). */
  dMlp: number;
}

/** Tokens of a batch, [B,T] row-major; positions at or beyond `lengths[b]` are padding and ignored. */
export interface TokenBatch {
  tokens: Int32Array;
  /** Batch size B. */
  batch: number;
  /** Padded length T (<= contextLength). */
  time: number;
  /** Valid length of each row (<= T); defaults to T for every row. */
  lengths?: Int32Array;
}

export interface ForwardOptions {
  /** Logits are divided by this before the softmax (the reference computes every probability this way). Default 1. */
  temperature?: number;
  /** Also return the per-token entropy of the temperature-scaled distribution. Default false. */
  entropy?: boolean;
}

/**
 * Per-token outputs of a forward pass, [B,T]. Entry (b,t) for t >= 1 refers to predicting token
 * tokens[b,t] from tokens[b,<t]; entry (b,0) and padding entries are 0.
 */
export interface ForwardResult {
  /** log p(tokens[b,t] | tokens[b,<t]) under softmax(logits/temperature). */
  logp: Float32Array;
  /** Entropy of softmax(logits/temperature) at the position predicting token t (only when requested). */
  entropy?: Float32Array;
}

/** Per-token gradients of the scalar loss, [B,T], with the same indexing as {@link ForwardResult}. */
export interface BackwardInput {
  /** dLoss/dlogp[b,t]. Zero where a token does not count. */
  dLogp: Float32Array;
  /** dLoss/dentropy[b,t] (e.g. -entropy_coeff * mask / normaliser). Optional. */
  dEntropy?: Float32Array;
}

/** AdamW step settings (defaults follow nanoGPT/verl conventions). */
export interface OptimizerStep {
  lr: number;
  beta1?: number;
  beta2?: number;
  eps?: number;
  weightDecay?: number;
  /** Clip the global gradient norm to this value before the step (0 or undefined: no clipping). */
  gradClip?: number;
}

export interface StepResult {
  /** Global L2 norm of the gradient before clipping. */
  gradNorm: number;
}

export interface SampleOptions {
  /** Maximum number of new tokens per sequence. */
  maxNewTokens: number;
  /** Sampling temperature (default 1). Ignored when greedy. */
  temperature?: number;
  /** Nucleus sampling threshold in (0,1] (default 1). */
  topP?: number;
  /** Keep only the k most likely tokens (0 = off, default). */
  topK?: number;
  /** Argmax decoding. */
  greedy?: boolean;
  /** Seed for this call; same seed + same prompts + same model = same output. Ignored when `rowSeeds` is given. */
  seed: number;
  /**
   * Per-row seeds (optional). When given, its length equals the number of prompts and row i draws its
   * randomness from its own stream, `Rng(rowSeeds[i])` (xoshiro128** seeded by splitmix32, src/util/rng.ts;
   * integers, taken mod 2^32), so a row's output (tokens, logp, finish reason) depends only on its
   * prompt, its seed, the model and the sampling settings, not on which other rows share the call, their
   * order or the batch size; `seed` is then ignored. Lets a server merge concurrent requests into one
   * pass and keep each reproducible. Absent (default): row i's stream is the i-th fork of `Rng(seed)`.
   */
  rowSeeds?: number[];
  /** Generation stops after emitting any of these token ids (the stop token is included in `tokens`). */
  stopTokens?: number[];
}

export interface SampleResult {
  /** New tokens of each sequence (prompt excluded). */
  tokens: Int32Array[];
  /** Log-prob of each new token under softmax(logits/temperature) (temperature 1 when greedy). */
  logp: Float32Array[];
  /** 'stop' when a stop token ended it, 'length' when maxNewTokens or the context ran out. */
  finishReason: Array<'stop' | 'length'>;
}

/**
 * A trainable policy. Usage per update: `forward` (keeps activations), `backward` (accumulates
 * gradients), repeat for micro-batches, then `step` (applies AdamW and zeroes gradients).
 */
export interface PolicyModel {
  readonly config: ModelConfig;
  /** Number of trainable parameters. */
  readonly parameterCount: number;
  /** Forward pass over a batch, keeping what `backward` needs. */
  forward(batch: TokenBatch, options?: ForwardOptions): ForwardResult;
  /** Backpropagate per-token gradients through the last `forward`, accumulating parameter gradients. */
  backward(input: BackwardInput): void;
  /** Clip, apply AdamW, zero gradients. */
  step(options: OptimizerStep): StepResult;
  /** Zero accumulated gradients without stepping. */
  zeroGrad(): void;
  /** Log-probs (and entropy) without keeping activations; cheaper than `forward`. */
  logProbs(batch: TokenBatch, options?: ForwardOptions): ForwardResult;
  /** Batched autoregressive sampling with a KV cache. `prompts` may differ in length. */
  sample(prompts: Int32Array[], options: SampleOptions): SampleResult;
  /** Save weights (safetensors), config (JSON) and optimizer state to a directory. */
  save(dir: string): Promise<void>;
  /** A frozen copy of the current weights (e.g. the KL reference policy). */
  clone(): PolicyModel;
  /** Release native memory / worker threads. */
  dispose(): void;
}
