/** The generation backends of the evaluation runner: an embedded checkpoint or OpenAI-compatible HTTP endpoints. */

/** One generation request: one prompt, `count` samples. */
export interface GenerationRequest {
  prompt: string;
  /** Samples to draw from this prompt in one call (HTTP backends always get 1). */
  count: number;
  /** Seed of the call (HTTP: the OpenAI `seed` field; embedded: the sampler seed). */
  seed: number;
  /** Sampling temperature; 0 means greedy. */
  temperature: number;
  topP: number;
  maxTokens: number;
  stop?: string[];
}

/** One generated sample. */
export interface Generation {
  text: string;
  /** Reasoning returned apart from the content (`reasoning_content`), or null. */
  reasoning: string | null;
  finishReason: string | null;
  promptTokens: number | null;
  completionTokens: number | null;
}

/** The result of a call: `count` generations, from which endpoint, after how many attempts. */
export interface GenerationResponse {
  generations: Generation[];
  endpoint: string;
  attempts: number;
  latencyMs: number;
}

/** A generation that failed for good (after retries, or with a non-retryable status). */
export class GenerationError extends Error {
  override readonly name = 'GenerationError';
  constructor(
    message: string,
    readonly attempts: number,
    readonly endpoint: string | null,
    readonly latencyMs: number,
  ) {
    super(message);
  }
}

/** Live counters of one endpoint (for progress and the manifest). */
export interface EndpointStats {
  url: string;
  /** Successful requests. */
  ok: number;
  /** Failed attempts (each retry counts). */
  failures: number;
  inFlight: number;
  /** Whether it currently receives requests. */
  healthy: boolean;
  /** Completion tokens received. */
  completionTokens: number;
}

/** What the runner drives: `capacity` calls in flight, each drawing up to `maxCount` samples of one prompt. */
export interface Backend {
  /** Label for manifests: `http` or `embedded`. */
  readonly kind: 'http' | 'embedded';
  /** Model name (as the server reports it, or the checkpoint folder). */
  readonly model: string;
  /** How many calls the runner should keep in flight. */
  readonly capacity: number;
  /** Largest `count` per call the backend wants (1 for HTTP). */
  readonly maxCount: number;
  generate(req: GenerationRequest): Promise<GenerationResponse>;
  stats(): EndpointStats[];
  close(): Promise<void>;
}
