/**
 * In-process backend: an embedded checkpoint sampled through `loadGenerator` of `src/serve/generator.ts`.
 * Draws up to `batch` samples of one prompt per call (batched KV-cached sampling is the fast path of
 * the embedded engine); calls run one at a time (the engine uses the cores itself).
 */
import path from 'node:path';
import type { Backend, EndpointStats, GenerationRequest, GenerationResponse } from './types.js';
import { GenerationError } from './types.js';

/** What the runner needs from `src/serve/generator.ts` (owned by the serve engineer). */
export interface EmbeddedGenerator {
  generate(opts: {
    prompt: string;
    n: number;
    temperature: number;
    topP: number;
    maxTokens: number;
    seed: number;
    stop?: string[];
  }): Promise<Array<{ text: string; finishReason: string; promptTokens: number; completionTokens: number }>>;
  close?(): Promise<void> | void;
}

/** Options of {@link EmbeddedBackend}. */
export interface EmbeddedBackendOptions {
  /** Checkpoint folder. */
  checkpoint: string;
  /** Samples per call [16]. */
  batch?: number;
  /** Use this generator instead of loading one (tests). */
  generator?: EmbeddedGenerator;
}

export class EmbeddedBackend implements Backend {
  readonly kind = 'embedded' as const;
  readonly capacity = 1;
  readonly maxCount: number;
  readonly model: string;
  private st: EndpointStats = { url: 'embedded', ok: 0, failures: 0, inFlight: 0, healthy: true, completionTokens: 0 };

  private constructor(
    private gen: EmbeddedGenerator,
    opts: EmbeddedBackendOptions,
  ) {
    this.maxCount = opts.batch ?? 16;
    this.model = path.resolve(opts.checkpoint);
  }

  /** Load the checkpoint (lazily importing the serve module) and wrap it. */
  static async open(opts: EmbeddedBackendOptions): Promise<EmbeddedBackend> {
    let gen = opts.generator;
    if (!gen) {
      // Not a literal specifier: the serve module is built in parallel and may not exist yet.
      const spec = '../../serve/generator.js';
      const mod = (await import(spec)) as { loadGenerator: (dir: string) => Promise<EmbeddedGenerator> };
      gen = await mod.loadGenerator(opts.checkpoint);
    }
    return new EmbeddedBackend(gen, opts);
  }

  async generate(req: GenerationRequest): Promise<GenerationResponse> {
    const t0 = performance.now();
    this.st.inFlight++;
    try {
      const out = await this.gen.generate({
        prompt: req.prompt,
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
    await this.gen.close?.();
  }
}
