/**
 * In-process backend: an embedded checkpoint sampled through `loadGenerator` of `src/serve/generator.ts`.
 * Draws up to `batch` samples of one prompt per call (batched KV-cached sampling is the fast path of
 * the embedded engine); calls run one at a time (the engine uses the cores itself). In chat mode the
 * prompt is wrapped in the embedded model's chat format (`formatChat` of src/tasks), as
 * `dissect serve` does for /v1/chat/completions; completion mode sends it as is.
 */
import path from 'node:path';
import type { Generator } from '../../serve/generator.js';
import { formatChat } from '../../tasks/format.js';
import type { Backend, EndpointStats, GenerationRequest, GenerationResponse } from './types.js';
import { GenerationError } from './types.js';

/** What the runner needs from a `Generator` of src/serve (tests pass a stand-in). */
export type EmbeddedGenerator = Pick<Generator, 'generate'> & { close?(): void };

/** Options of {@link EmbeddedBackend}. */
export interface EmbeddedBackendOptions {
  /** Checkpoint folder. */
  checkpoint: string;
  /** Samples per call [16]. */
  batch?: number;
  /** Compute engine of the embedded model (`loadGenerator` option) [auto]. */
  engine?: 'auto' | 'ts' | 'native';
  /** chat (wrap in the chat format) or completion (raw prompt) [chat]. */
  mode?: 'chat' | 'completion';
  /** Use this generator instead of loading one (tests). */
  generator?: EmbeddedGenerator;
}

/** The embedded backend; create it with {@link EmbeddedBackend.open}. */
export class EmbeddedBackend implements Backend {
  readonly kind = 'embedded' as const;
  readonly capacity = 1;
  readonly maxCount: number;
  readonly model: string;
  private readonly chat: boolean;
  private st: EndpointStats = { url: 'embedded', ok: 0, failures: 0, inFlight: 0, healthy: true, completionTokens: 0 };

  private constructor(
    private gen: EmbeddedGenerator,
    opts: EmbeddedBackendOptions,
  ) {
    this.maxCount = opts.batch ?? 16;
    this.chat = (opts.mode ?? 'chat') === 'chat';
    this.model = path.resolve(opts.checkpoint);
  }

  /** Load the checkpoint (lazily importing the serve module) and wrap it. */
  static async open(opts: EmbeddedBackendOptions): Promise<EmbeddedBackend> {
    let gen = opts.generator;
    if (!gen) {
      const { loadGenerator } = await import('../../serve/generator.js');
      gen = await loadGenerator(opts.checkpoint, { engine: opts.engine });
    }
    return new EmbeddedBackend(gen, opts);
  }

  async generate(req: GenerationRequest): Promise<GenerationResponse> {
    const t0 = performance.now();
    this.st.inFlight++;
    try {
      const out = await this.gen.generate({
        prompt: this.chat ? formatChat([{ role: 'user', content: req.prompt }]) : req.prompt,
        n: req.count,
        temperature: req.temperature,
        topP: req.topP,
        maxTokens: req.maxTokens,
        seed: req.seed,
        stop: req.stop,
      });
      this.st.ok++;
      const generations = out.map((g) => ({
        text: g.text,
        reasoning: null,
        finishReason: g.finishReason,
        promptTokens: g.promptTokens,
        completionTokens: g.completionTokens,
      }));
      for (const g of generations) this.st.completionTokens += g.completionTokens ?? 0;
      return { generations, endpoint: 'embedded', attempts: 1, latencyMs: performance.now() - t0 };
    } catch (e) {
      this.st.failures++;
      throw new GenerationError((e as Error).message, 1, 'embedded', performance.now() - t0);
    } finally {
      this.st.inFlight--;
    }
  }

  stats(): EndpointStats[] {
    return [{ ...this.st }];
  }

  async close(): Promise<void> {
    this.gen.close?.();
  }
}
