/**
 * SFT batches, a pure function of (config, step): chunk c = floor(step / CHUNK) draws CHUNK*B training
 * problems (with replacement) and one trace each from an RNG seeded by (seed, c), sorts them by length
 * and cuts them into CHUNK batches in a shuffled order. Sorting keeps padding low (sequences in a batch
 * have similar lengths); deriving everything from the step makes resume exact without saving RNG state.
 */
import { Rng } from '../util/rng.js';
import { type TaskItem, buildSplit } from '../tasks/datasets.js';
import { formatPrompt } from '../tasks/format.js';
import { sampleSftTrace } from '../tasks/solver.js';
import { defaultTokenizer } from '../tasks/tokenizer.js';
import type { TokenBatch } from '../model/types.js';
import type { SftConfig } from './config.js';

/** Batches per length-sorted chunk. */
export const CHUNK = 16;

/** One tokenised training sequence. */
export interface SftSequence {
  /** Prompt + completion + EOS token ids. */
  ids: Int32Array;
  /** Number of prompt tokens (the loss covers positions >= promptLength). */
  promptLength: number;
  /** Whether the trace's answer is correct. */
  correct: boolean;
}

/** A padded batch plus the loss mask. */
export interface SftBatch extends TokenBatch {
  /** Loss weight of the token at (b,t): 0 for prompt and padding, 1 for completion tokens, `resultWeight` for a step's computed digit, [B,T]. */
  mask: Float32Array;
  /** Number of counted tokens. */
  lossTokens: number;
  /** Sum of `mask` (the loss normaliser). */
  lossWeight: number;
  /** Non-padding tokens (prompt + completion). */
  realTokens: number;
}

/** Deterministic source of SFT batches for a config. */
export class SftData {
  private readonly problems: TaskItem[];
  private cached: { chunk: number; batches: SftSequence[][] } | null = null;

  constructor(private readonly config: SftConfig) {
    this.problems = buildSplit('train', { size: config.trainProblems, seed: config.seed, termWeights: config.termWeights });
  }

  /** The training problems (for the cache fingerprint). */
  get items(): readonly TaskItem[] {
    return this.problems;
  }

  /** Sequences of chunk `c`, cut into batches. */
  private chunk(c: number): SftSequence[][] {
    if (this.cached?.chunk === c) return this.cached.batches;
    const { batchSize: B, seed, mix, style } = this.config;
    const rng = new Rng((Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(c + 1, 0x85ebca6b)) >>> 0);
    const tok = defaultTokenizer();
    const seqs: SftSequence[] = [];
    for (let i = 0; i < CHUNK * B; i++) {
      const item = this.problems[rng.int(this.problems.length)];
      const t = sampleSftTrace(item.problem, rng, mix, style);
      const prompt = tok.encode(formatPrompt(item.problem));
      const completion = tok.encode(t.trace);
      const ids = new Int32Array(prompt.length + completion.length + 1);
      ids.set(prompt, 0);
      ids.set(completion, prompt.length);
      ids[ids.length - 1] = tok.eosId;
      seqs.push({ ids, promptLength: prompt.length, correct: t.correct });
    }
    seqs.sort((a, b) => a.ids.length - b.ids.length);
    const batches: SftSequence[][] = [];
    for (let k = 0; k < CHUNK; k++) batches.push(seqs.slice(k * B, (k + 1) * B));
    rng.shuffle(batches);
    this.cached = { chunk: c, batches };
    return batches;
  }

  /** The batch of 0-based optimizer step `step`. */
  batch(step: number): SftBatch {
    const seqs = this.chunk(Math.floor(step / CHUNK))[step % CHUNK];
    return padBatch(seqs, defaultTokenizer().padId, this.config.resultWeight);
  }
}

/**
 * Pad sequences to the longest one; the mask covers completion tokens (EOS included), with weight
 * `resultWeight` on digits that follow `=`.
 */
export function padBatch(seqs: readonly SftSequence[], padId: number, resultWeight = 1): SftBatch {
  const tok = defaultTokenizer();
  const afterEq = Uint8Array.from(tok.tokens, (t) => (t.endsWith('=') ? 1 : 0));
  const d0 = tok.idOf('0');
  const B = seqs.length;
  const T = seqs.reduce((m, s) => Math.max(m, s.ids.length), 0);
  const tokens = new Int32Array(B * T).fill(padId);
  const lengths = new Int32Array(B);
  const mask = new Float32Array(B * T);
  let lossTokens = 0;
  let lossWeight = 0;
  let realTokens = 0;
  seqs.forEach((s, b) => {
    tokens.set(s.ids, b * T);
    lengths[b] = s.ids.length;
    realTokens += s.ids.length;
    for (let t = s.promptLength; t < s.ids.length; t++) {
      const id = s.ids[t];
      const w = afterEq[s.ids[t - 1]] === 1 && id >= d0 && id < d0 + 10 ? resultWeight : 1;
      mask[b * T + t] = w;
      lossWeight += w;
      lossTokens++;
    }
  });
  return { tokens, batch: B, time: T, lengths, mask, lossTokens, lossWeight, realTokens };
}
