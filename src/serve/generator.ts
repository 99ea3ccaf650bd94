/**
 * Text generation over an embedded checkpoint, shared by the HTTP server (`dissect serve`) and in-process
 * evaluation. Concurrent `generate` calls are queued and run together: every call made while a sampling
 * pass runs is merged into the next pass, up to `maxBatchRows` rows.
 *
 * Seeds: a request's completions are a function of (checkpoint, prompt, n, temperature, topP, maxTokens,
 * stop, seed) only, never of what else is in flight. That needs one random stream per row that does not
 * depend on the row's position in a pass. When the engine takes per-row seeds (`rowSeeds` in the
 * sample options, detected once at start by {@link supportsRowSeeds}), requests with the same
 * temperature and top-p are merged into one pass whatever their seeds; otherwise (the engine derives
 * row i's stream from one seed by position) each request's n rows form their own pass, and concurrent
 * requests run back to back.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PolicyModel, SampleOptions } from '../model/types.js';
import { Tokenizer, type TokenizerSpec, defaultTokenizer } from '../tasks/tokenizer.js';

/** One generation request (OpenAI semantics). */
export interface GenerateRequest {
  /** The full prompt text (already in the chat format, see `formatPrompt` / `formatChat`). */
  prompt: string;
  /** Completions to return (1..maxN). */
  n: number;
  /** Sampling temperature; 0 = greedy. */
  temperature: number;
  /** Nucleus threshold in (0, 1]. */
  topP: number;
  /** Maximum completion tokens (also bounded by the context: prompt + completion <= contextLength). */
  maxTokens: number;
  /** Seed; equal requests with equal seeds return equal completions. */
  seed: number;
  /** Stop strings: the completion ends before the first occurrence of any (not included). EOS always stops. */
  stop?: string[];
}

/** One completion. */
export interface Completion {
  /** Completion text (EOS and stop strings excluded). */
  text: string;
  /** `stop`: EOS or a stop string ended it; `length`: maxTokens or the context ran out. */
  finishReason: 'stop' | 'length';
  promptTokens: number;
  /** Tokens generated up to the end of `text` (a matched stop string's tokens included, EOS included). */
  completionTokens: number;
  /** Log-prob of each generated token that contributes to `text`, under the temperature-scaled distribution. */
  logprobs?: number[];
  /** Token strings matching `logprobs`. */
  tokens?: string[];
}

/** Something that turns prompts into completions. */
export interface Generator {
  generate(req: GenerateRequest): Promise<Completion[]>;
  /** Maximum prompt + completion tokens. */
  readonly contextLength: number;
  /** Tokenizer of the model (for counting prompt tokens). */
  readonly tokenizer: Tokenizer;
  /** Release the model. Pending requests are rejected. */
  close(): void;
}

/** A request the generator refuses (the server answers 400 with `param`). */
export class GenerateError extends Error {
  override readonly name = 'GenerateError';
  constructor(
    message: string,
    /** The offending request field. */
    readonly param: string,
  ) {
    super(message);
  }
}

/** Limits of a generator. */
export interface GeneratorOptions {
  /** Largest n per request. Default 128. */
  maxN?: number;
  /** Largest number of rows in one sampling pass. Default 256. */
  maxBatchRows?: number;
}

interface Pending {
  req: GenerateRequest;
  promptIds: Int32Array;
  resolve: (c: Completion[]) => void;
  reject: (e: Error) => void;
}

/** Validate a request; throws {@link GenerateError}. */
export function validateRequest(req: GenerateRequest, maxN: number): void {
  if (typeof req.prompt !== 'string') throw new GenerateError('prompt must be a string', 'prompt');
  if (!Number.isInteger(req.n) || req.n < 1 || req.n > maxN) throw new GenerateError(`n must be an integer in [1, ${maxN}], got ${String(req.n)}`, 'n');
  if (typeof req.temperature !== 'number' || !(req.temperature >= 0 && req.temperature <= 10)) {
    throw new GenerateError(`temperature must be a number in [0, 10], got ${String(req.temperature)}`, 'temperature');
  }
  if (typeof req.topP !== 'number' || !(req.topP > 0 && req.topP <= 1)) throw new GenerateError(`top_p must be in (0, 1], got ${String(req.topP)}`, 'top_p');
  if (!Number.isInteger(req.maxTokens) || req.maxTokens < 1) throw new GenerateError(`max_tokens must be a positive integer, got ${String(req.maxTokens)}`, 'max_tokens');
  if (!Number.isSafeInteger(req.seed)) throw new GenerateError(`seed must be an integer, got ${String(req.seed)}`, 'seed');
  if (req.stop !== undefined) {
    if (!Array.isArray(req.stop) || req.stop.length > 4 || req.stop.some((s) => typeof s !== 'string' || s.length === 0)) {
      throw new GenerateError('stop must be up to 4 non-empty strings', 'stop');
    }
  }
}

/** Sample options plus per-row seeds (honoured by engines that support them, see {@link supportsRowSeeds}). */
type RowSeededOptions = SampleOptions & { rowSeeds?: number[] };

/**
 * Whether `model.sample` honours per-row seeds (`rowSeeds`): two calls with different call seeds but the
 * same row seed must agree. At temperature 100 the 16 sampled tokens are near uniform over the
 * vocabulary, so an engine that ignores `rowSeeds` agrees by chance with probability about V^-16.
 */
export function supportsRowSeeds(model: PolicyModel): boolean {
  const prompt = [Int32Array.of(0, 0)];
  const run = (seed: number) => model.sample(prompt, { maxNewTokens: 16, temperature: 100, seed, rowSeeds: [12345] } as RowSeededOptions).tokens[0];
  const a = run(1);
  const b = run(2);
  return a.length === b.length && a.every((t, i) => t === b[i]);
}

/** Seed of row `j` of a request with seed `seed` (splitmix-style mix, uint32). */
export function rowSeed(seed: number, j: number): number {
  let z = (Math.imul(seed | 0, 0x9e3779b1) ^ Math.imul(Math.floor(seed / 4294967296) | 0, 0x85ebca6b) ^ Math.imul(j + 1, 0xc2b2ae35)) >>> 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
  return (z ^ (z >>> 16)) >>> 0;
}

/**
 * A generator over an in-memory model (e.g. the policy being trained). The model is used synchronously
 * between queue drains; do not step it while a `generate` is pending.
 */
export function createGenerator(model: PolicyModel, tokenizer: Tokenizer = defaultTokenizer(), options: GeneratorOptions = {}): Generator {
  if (tokenizer.vocabSize !== model.config.vocabSize) {
    throw new Error(`tokenizer has ${tokenizer.vocabSize} tokens but the model's vocabulary is ${model.config.vocabSize}`);
  }
  const maxN = options.maxN ?? 128;
  const maxRows = Math.max(1, options.maxBatchRows ?? 256);
  const ctx = model.config.contextLength;
  const queue: Pending[] = [];
  let draining = false;
  let closed = false;

  const rowSeeded = supportsRowSeeds(model);

  const runPass = (group: Pending[]): void => {
    const r0 = group[0].req;
    const prompts: Int32Array[] = [];
    const seeds: number[] = [];
    for (const p of group) {
      for (let j = 0; j < p.req.n; j++) {
        prompts.push(p.promptIds);
        seeds.push(rowSeed(p.req.seed, j));
      }
    }
    // The engine caps each row at contextLength on its own, so rows never depend on each other's prompts;
    // a row sampled longer than its request's maxTokens is cut back (its stream is its own).
    const maxNew = group.reduce((m, p) => Math.max(m, p.req.maxTokens), 0);
    const options: RowSeededOptions = {
      maxNewTokens: maxNew,
      temperature: r0.temperature === 0 ? 1 : r0.temperature,
      greedy: r0.temperature === 0,
      topP: r0.topP,
      seed: r0.seed,
      stopTokens: [tokenizer.eosId],
    };
    if (rowSeeded) options.rowSeeds = seeds;
    const res = model.sample(prompts, options);
    let row = 0;
    for (const p of group) {
      const out: Completion[] = [];
      for (let j = 0; j < p.req.n; j++, row++) {
        const ids = res.tokens[row];
        const cut = ids.length > p.req.maxTokens;
        out.push(finish(cut ? ids.subarray(0, p.req.maxTokens) : ids, res.logp[row], cut ? 'length' : res.finishReason[row], p));
      }
      p.resolve(out);
    }
  };

  /** Requests that may share a pass with `head`. */
  const mergeable = (a: GenerateRequest, head: GenerateRequest): boolean =>
    rowSeeded && a.temperature === head.temperature && a.topP === head.topP;

  const finish = (ids: Int32Array, logp: Float32Array, reason: 'stop' | 'length', p: Pending): Completion => {
    let text = '';
    const tokens: string[] = [];
    const lps: number[] = [];
    let used = 0;
    let finishReason: 'stop' | 'length' = reason;
    for (let i = 0; i < ids.length; i++) {
      used++;
      if (ids[i] === tokenizer.eosId) {
        finishReason = 'stop';
        break;
      }
      const piece = tokenizer.decode([ids[i]]);
      const before = text.length;
      text += piece;
      const stopAt = firstStop(text, p.req.stop, before);
      if (stopAt >= 0) {
        text = text.slice(0, stopAt);
        finishReason = 'stop';
        break;
      }
      tokens.push(piece);
      lps.push(logp[i]);
    }
    return { text, finishReason, promptTokens: p.promptIds.length, completionTokens: used, logprobs: lps, tokens };
  };

  const drain = async (): Promise<void> => {
    if (draining) return;
    draining = true;
    try {
      while (queue.length > 0 && !closed) {
        // Let the event loop enqueue requests that arrived while the last pass ran.
        await new Promise<void>((r) => setImmediate(r));
        const head = queue[0];
        const group: Pending[] = [];
        let rows = 0;
        for (let i = 0; i < queue.length; ) {
          const p = queue[i];
          if (p === head || (mergeable(p.req, head.req) && rows + p.req.n <= maxRows)) {
            group.push(p);
            rows += p.req.n;
            queue.splice(i, 1);
          } else i++;
        }
        try {
          runPass(group);
        } catch (e) {
          for (const p of group) p.reject(e as Error);
        }
      }
    } finally {
      draining = false;
    }
  };

  return {
    contextLength: ctx,
    tokenizer,
    generate(req: GenerateRequest): Promise<Completion[]> {
      if (closed) return Promise.reject(new Error('generator is closed'));
      try {
        validateRequest(req, maxN);
      } catch (e) {
        return Promise.reject(e);
      }
      const promptIds = tokenizer.encode(req.prompt);
      if (promptIds.length === 0) return Promise.reject(new GenerateError('prompt is empty', 'prompt'));
      if (promptIds.length >= ctx) {
        return Promise.reject(new GenerateError(`prompt has ${promptIds.length} tokens; the context holds ${ctx} (prompt + completion)`, 'prompt'));
      }
      return new Promise<Completion[]>((resolve, reject) => {
        queue.push({ req, promptIds, resolve, reject });
        void drain();
      });
    },
    close(): void {
      closed = true;
      for (const p of queue.splice(0)) p.reject(new Error('generator closed'));
      model.dispose();
    },
  };
}

/** Index where the earliest stop string that ends after `from` starts, or -1. */
function firstStop(text: string, stop: string[] | undefined, from: number): number {
  if (!stop) return -1;
  let best = -1;
  for (const s of stop) {
    const i = text.indexOf(s, Math.max(0, from - s.length + 1));
    if (i >= 0 && (best < 0 || i < best)) best = i;
  }
  return best;
}

/** Options of {@link loadGenerator}. */
export interface LoadGeneratorOptions extends GeneratorOptions {
  engine?: 'auto' | 'ts' | 'native';
  threads?: number;
}

/**
 * Load a checkpoint directory (e.g. `runSft(...).checkpointDir`) as a generator. The tokenizer comes
 * from `tokenizer.json` in the directory when present, else the default one.
 */
export async function loadGenerator(checkpointDir: string, options: LoadGeneratorOptions = {}): Promise<Generator> {
  const { loadModel } = await import('../model/index.js');
  const model = await loadModel(checkpointDir, { engine: options.engine, threads: options.threads });
  const tokFile = join(checkpointDir, 'tokenizer.json');
  const tokenizer = existsSync(tokFile) ? new Tokenizer(JSON.parse(readFileSync(tokFile, 'utf8')) as TokenizerSpec) : defaultTokenizer();
  return createGenerator(model, tokenizer, options);
}
