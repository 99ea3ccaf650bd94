/**
 * OpenAI-compatible HTTP backend over one or more endpoints (the paper ran 8 vLLM replicas).
 *
 * - Load balancing: each request goes to the healthy endpoint with the lowest in-flight/limit ratio;
 *   each endpoint has its own concurrency limit; waiting requests are served first-in first-out.
 * - Health: `GET {base}/models` at start and while an endpoint is out of rotation. After
 *   `failThreshold` consecutive failed attempts (connection error, timeout, HTTP 5xx, bad body) an
 *   endpoint leaves the rotation and is probed again after an exponentially growing pause.
 * - Retries: a failed attempt is retried (on any healthy endpoint, preferring another one) up to
 *   `retries` times, after a full-jitter exponential backoff: uniform(0, min(backoffMaxMs,
 *   backoffBaseMs·2^(attempt-1))) (AWS Architecture Blog, "Exponential Backoff and Jitter"). HTTP 4xx
 *   other than 408/429 is not retried (the request itself is bad, e.g. too long for the context).
 * - Timeouts: a whole-request timeout; a stalled connection is cut when it expires.
 * Requests use node:http keep-alive agents (one per endpoint, sockets = its concurrency).
 */
import http from 'node:http';
import https from 'node:https';
import { InputError } from '../../util/errors.js';
import type { Backend, EndpointStats, Generation, GenerationRequest, GenerationResponse } from './types.js';
import { GenerationError } from './types.js';

/** Options of {@link HttpBackend}; defaults in brackets. */
export interface HttpBackendOptions {
  /** Base URLs, e.g. `http://127.0.0.1:8000` or `.../v1` (`/v1` is added when the path is empty). */
  endpoints: string[];
  /** Model name sent with each request [the first id of `GET /v1/models`]. */
  model?: string;
  /** `chat` (`/chat/completions`, one user message) or `completion` (`/completions`, raw prompt) [chat]. */
  mode?: 'chat' | 'completion';
  /** Requests in flight per endpoint [16]. */
  concurrency?: number;
  /** Whole-request timeout in ms [3,600,000: long reasoning traces under load]. */
  timeoutMs?: number;
  /**
   * Stream responses (`stream: true` with `stream_options.include_usage`, server-sent events). Lets a
   * stalled connection be cut after `idleTimeoutMs` without a byte instead of the whole timeout
   * [false: dissect serve does not stream; vLLM does].
   */
  stream?: boolean;
  /** With `stream`: the longest pause between two chunks, in ms [120,000]. */
  idleTimeoutMs?: number;
  /** Retries per sample after the first attempt [6]. */
  retries?: number;
  /** Backoff base in ms [500]. */
  backoffBaseMs?: number;
  /** Backoff cap in ms [30,000]. */
  backoffMaxMs?: number;
  /** Consecutive failed attempts that take an endpoint out of rotation [2]. */
  failThreshold?: number;
  /** Timeout of a health probe in ms [5,000]. */
  healthTimeoutMs?: number;
  /** A request gives up when no endpoint is healthy for this long, in ms [600,000]. */
  giveUpMs?: number;
  /** Bearer token [env OPENAI_API_KEY, else none]. */
  apiKey?: string;
  /** Extra JSON fields merged into every request body (e.g. `{"top_k": 20}`). */
  extraBody?: Record<string, unknown>;
  /** Uniform [0,1) source for the backoff jitter [Math.random]. */
  random?: () => number;
}

class RetryableError extends Error {
  constructor(
    message: string,
    /** Counts against the endpoint's health (not for 429 "slow down"). */
    readonly endpointFault: boolean,
  ) {
    super(message);
  }
}

interface Waiter {
  resolve: (ep: Endpoint) => void;
  reject: (e: Error) => void;
  avoid: Endpoint | null;
  timer: NodeJS.Timeout;
}

class Endpoint {
  readonly stats: EndpointStats;
  readonly agent: http.Agent;
  consecutiveFailures = 0;
  downStreak = 0;
  probeTimer: NodeJS.Timeout | null = null;
  constructor(
    readonly base: URL,
    readonly limit: number,
  ) {
    this.stats = { url: base.href.replace(/\/$/, ''), ok: 0, failures: 0, inFlight: 0, healthy: true, completionTokens: 0 };
    const Agent = base.protocol === 'https:' ? https.Agent : http.Agent;
    this.agent = new Agent({ keepAlive: true, maxSockets: limit });
  }
  private urls = new Map<string, URL>();
  /** The URL of a route under the base path (cached). */
  url(p: string): URL {
    let u = this.urls.get(p);
    if (!u) {
      u = new URL(`${this.base.pathname.replace(/\/$/, '')}${p}`, this.base);
      this.urls.set(p, u);
    }
    return u;
  }
}

/** Normalise a base URL: add `/v1` when the path is empty. Throws InputError on a bad URL. */
export function normaliseEndpoint(raw: string): URL {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new InputError(`--endpoint: not a URL: ${raw}`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new InputError(`--endpoint: only http(s) URLs, got ${raw}`);
  if (u.pathname === '/' || u.pathname === '') u.pathname = '/v1';
  return u;
}

function str(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}
function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** Parse an OpenAI chat or completion response body into generations. Throws on a malformed body. */
export function parseCompletion(body: unknown, mode: 'chat' | 'completion'): Generation[] {
  const b = body as { choices?: unknown; usage?: { prompt_tokens?: unknown; completion_tokens?: unknown } };
  if (!b || !Array.isArray(b.choices) || b.choices.length === 0) throw new Error('response has no choices');
  const usage = b.usage ?? {};
  const single = b.choices.length === 1;
  return b.choices.map((c: Record<string, unknown>) => {
    let text: string | null;
    let reasoning: string | null = null;
    if (mode === 'chat') {
      const m = (c.message ?? {}) as Record<string, unknown>;
      text = str(m.content) ?? (m.content === null ? '' : null);
      reasoning = str(m.reasoning_content) ?? str(m.reasoning);
    } else {
      text = str(c.text);
    }
    if (text === null) throw new Error('choice has no text');
    return {
      text,
      reasoning,
      finishReason: str(c.finish_reason),
      promptTokens: num(usage.prompt_tokens),
      completionTokens: single ? num(usage.completion_tokens) : null,
    };
  });
}

/**
 * Parse a streamed (server-sent events) chat or completion response: `data: {chunk}` lines until
 * `data: [DONE]`; text and reasoning are the concatenated deltas of choice 0, the finish reason the
 * last non-null one, token counts from the usage chunk. Throws on an error chunk or when no chunk came.
 */
export function parseStream(text: string, mode: 'chat' | 'completion'): Generation[] {
  let content = '';
  let reasoning: string | null = null;
  let finishReason: string | null = null;
  let promptTokens: number | null = null;
  let completionTokens: number | null = null;
  let chunks = 0;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line.startsWith('data:')) continue;
    const data = line.slice(5).trim();
    if (data === '[DONE]') break;
    const c = JSON.parse(data) as { choices?: Array<Record<string, unknown>>; usage?: Record<string, unknown>; error?: { message?: string } };
    if (c.error) throw new Error(`stream error: ${c.error.message ?? JSON.stringify(c.error)}`);
    chunks++;
    const ch = c.choices?.[0];
    if (ch) {
      if (mode === 'chat') {
        const d = (ch.delta ?? {}) as Record<string, unknown>;
        content += str(d.content) ?? '';
        const r = str(d.reasoning_content) ?? str(d.reasoning);
        if (r !== null) reasoning = (reasoning ?? '') + r;
      } else content += str(ch.text) ?? '';
      finishReason = str(ch.finish_reason) ?? finishReason;
    }
    if (c.usage) {
      promptTokens = num(c.usage.prompt_tokens);
      completionTokens = num(c.usage.completion_tokens);
    }
  }
  if (chunks === 0) throw new Error('stream had no data');
  return [{ text: content, reasoning, finishReason, promptTokens, completionTokens }];
}

/** The HTTP backend. Call {@link HttpBackend.init} before use. */
export class HttpBackend implements Backend {
  readonly kind = 'http' as const;
  readonly maxCount = 1;
  readonly capacity: number;
  model: string;
  private eps: Endpoint[];
  private waiters: Waiter[] = [];
  private rr = 0;
  private closed = false;
  private readonly o: Required<Omit<HttpBackendOptions, 'model' | 'apiKey' | 'extraBody'>> & Pick<HttpBackendOptions, 'apiKey' | 'extraBody'>;

  constructor(opts: HttpBackendOptions) {
    if (opts.endpoints.length === 0) throw new InputError('at least one --endpoint is needed');
    this.o = {
      endpoints: opts.endpoints,
      mode: opts.mode ?? 'chat',
      concurrency: opts.concurrency ?? 16,
      timeoutMs: opts.timeoutMs ?? 3_600_000,
      stream: opts.stream ?? false,
      idleTimeoutMs: opts.idleTimeoutMs ?? 120_000,
      retries: opts.retries ?? 6,
      backoffBaseMs: opts.backoffBaseMs ?? 500,
      backoffMaxMs: opts.backoffMaxMs ?? 30_000,
      failThreshold: opts.failThreshold ?? 2,
      healthTimeoutMs: opts.healthTimeoutMs ?? 5_000,
      giveUpMs: opts.giveUpMs ?? 600_000,
      apiKey: opts.apiKey ?? process.env.OPENAI_API_KEY,
      extraBody: opts.extraBody,
      random: opts.random ?? Math.random,
    };
    if (!(this.o.concurrency >= 1)) throw new InputError(`--concurrency must be >= 1, got ${this.o.concurrency}`);
    this.eps = opts.endpoints.map((e) => new Endpoint(normaliseEndpoint(e), this.o.concurrency));
    this.capacity = this.eps.length * this.o.concurrency;
    this.model = opts.model ?? '';
  }

  /**
   * Probe every endpoint; those that fail start out of rotation (and are probed again later). Finds
   * the model name when none was given. Throws InputError when no endpoint answers and no model is set.
   */
  async init(): Promise<void> {
    const results = await Promise.all(this.eps.map((ep) => this.probe(ep).catch(() => null)));
    if (!this.model) {
      const found = results.find((r): r is string => typeof r === 'string' && r.length > 0);
      if (!found) throw new InputError(`no endpoint answered GET /v1/models (${this.eps.map((e) => e.stats.url).join(', ')}); check the URLs or pass --model`);
      this.model = found;
    }
    results.forEach((r, i) => {
      if (r === null) this.markDown(this.eps[i]);
    });
  }

  stats(): EndpointStats[] {
    return this.eps.map((e) => ({ ...e.stats }));
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const ep of this.eps) {
      if (ep.probeTimer) clearTimeout(ep.probeTimer);
      ep.agent.destroy();
    }
    for (const w of this.waiters.splice(0)) {
      clearTimeout(w.timer);
      w.reject(new Error('backend closed'));
    }
  }

  async generate(req: GenerationRequest): Promise<GenerationResponse> {
    if (req.count !== 1) throw new Error(`HTTP backend draws one sample per request, got count=${req.count}`);
    const body = this.body(req);
    const maxAttempts = this.o.retries + 1;
    let last: Endpoint | null = null;
    let lastError = '';
    let latency = 0;
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      let ep: Endpoint;
      try {
        ep = await this.acquire(last);
      } catch (e) {
        throw new GenerationError((e as Error).message, attempt - 1, last?.stats.url ?? null, latency);
      }
      const t0 = performance.now();
      try {
        const gens = await this.send(ep, body);
        latency = performance.now() - t0;
        ep.stats.ok++;
        ep.consecutiveFailures = 0;
        ep.downStreak = 0;
        for (const g of gens) ep.stats.completionTokens += g.completionTokens ?? 0;
        this.release(ep);
        return { generations: gens, endpoint: ep.stats.url, attempts: attempt, latencyMs: latency };
      } catch (e) {
        latency = performance.now() - t0;
        ep.stats.failures++;
        this.release(ep);
        lastError = `${ep.stats.url}: ${(e as Error).message}`;
        last = ep;
        if (!(e instanceof RetryableError)) throw new GenerationError(lastError, attempt, ep.stats.url, latency);
        if (e.endpointFault) {
          ep.consecutiveFailures++;
          if (ep.consecutiveFailures >= this.o.failThreshold && ep.stats.healthy) this.markDown(ep);
        }
        if (attempt < maxAttempts) await this.sleep(this.o.random() * Math.min(this.o.backoffMaxMs, this.o.backoffBaseMs * 2 ** (attempt - 1)));
      }
    }
    throw new GenerationError(`failed after ${maxAttempts} attempts; last: ${lastError}`, maxAttempts, last?.stats.url ?? null, latency);
  }

  private body(req: GenerationRequest): string {
    const b: Record<string, unknown> = { model: this.model };
    if (this.o.mode === 'chat') b.messages = [{ role: 'user', content: req.prompt }];
    else b.prompt = req.prompt;
    b.temperature = req.temperature;
    b.top_p = req.topP;
    b.max_tokens = req.maxTokens;
    b.seed = req.seed;
    b.n = 1;
    if (req.stop?.length) b.stop = req.stop;
    if (this.o.stream) {
      b.stream = true;
      b.stream_options = { include_usage: true };
    }
    if (this.o.extraBody) Object.assign(b, this.o.extraBody);
    return JSON.stringify(b);
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((r) => setTimeout(r, ms));
  }

  /** Pick the least-loaded healthy endpoint with a free slot, or wait for one (FIFO). */
  private acquire(avoid: Endpoint | null): Promise<Endpoint> {
    if (this.closed) return Promise.reject(new Error('backend closed'));
    const ep = this.pick(avoid);
    if (ep) {
      ep.stats.inFlight++;
      return Promise.resolve(ep);
    }
    return new Promise((resolve, reject) => {
      const w: Waiter = {
        resolve,
        reject,
        avoid,
        timer: setTimeout(() => {
          const i = this.waiters.indexOf(w);
          if (i >= 0) this.waiters.splice(i, 1);
          reject(new Error(`no healthy endpoint for ${Math.round(this.o.giveUpMs / 1000)} s`));
        }, this.o.giveUpMs),
      };
      this.waiters.push(w);
    });
  }

  private pick(avoid: Endpoint | null): Endpoint | null {
    let best: Endpoint | null = null;
    let bestLoad = Infinity;
    const n = this.eps.length;
    for (let j = 0; j < n; j++) {
      const ep = this.eps[(this.rr + j) % n];
      if (!ep.stats.healthy || ep.stats.inFlight >= ep.limit) continue;
      const load = ep.stats.inFlight / ep.limit + (ep === avoid ? 1 : 0);
      if (load < bestLoad) {
        best = ep;
        bestLoad = load;
      }
    }
    if (best) this.rr = (this.eps.indexOf(best) + 1) % n;
    return best;
  }

  private release(ep: Endpoint): void {
    ep.stats.inFlight--;
    this.drain();
  }

  private drain(): void {
    while (this.waiters.length > 0) {
      const w = this.waiters[0];
      const ep = this.pick(w.avoid);
      if (!ep) return;
      this.waiters.shift();
      clearTimeout(w.timer);
      ep.stats.inFlight++;
      w.resolve(ep);
    }
  }

  private markDown(ep: Endpoint): void {
    ep.stats.healthy = false;
    ep.downStreak++;
    const pause = Math.min(this.o.backoffMaxMs, this.o.backoffBaseMs * 2 ** (ep.downStreak - 1));
    if (ep.probeTimer) clearTimeout(ep.probeTimer);
    ep.probeTimer = setTimeout(() => {
      ep.probeTimer = null;
      if (this.closed) return;
      this.probe(ep).then(
        () => {
          ep.stats.healthy = true;
          ep.consecutiveFailures = 0;
          this.drain();
        },
        () => this.markDown(ep),
      );
    }, pause);
  }

  /** `GET {base}/models`; resolves to the first model id (or '') when the endpoint answers 200. */
  private async probe(ep: Endpoint): Promise<string> {
    const { status, text } = await this.request(ep, 'GET', '/models', undefined, this.o.healthTimeoutMs);
    if (status !== 200) throw new Error(`health check: HTTP ${status}`);
    try {
      const b = JSON.parse(text) as { data?: Array<{ id?: unknown }> };
      return typeof b.data?.[0]?.id === 'string' ? b.data[0].id : '';
    } catch {
      return '';
    }
  }

  private async send(ep: Endpoint, body: string): Promise<Generation[]> {
    const route = this.o.mode === 'chat' ? '/chat/completions' : '/completions';
    let res: { status: number; text: string };
    try {
      res = await this.request(ep, 'POST', route, body, this.o.timeoutMs, this.o.stream ? this.o.idleTimeoutMs : undefined);
    } catch (e) {
      throw new RetryableError((e as Error).message, true);
    }
    if (res.status !== 200) {
      const detail = res.text.slice(0, 200).replace(/\s+/g, ' ');
      if (res.status === 429 || res.status === 408) throw new RetryableError(`HTTP ${res.status} ${detail}`, false);
      if (res.status >= 500) throw new RetryableError(`HTTP ${res.status} ${detail}`, true);
      throw new Error(`HTTP ${res.status} ${detail}`);
    }
    try {
      return this.o.stream ? parseStream(res.text, this.o.mode) : parseCompletion(JSON.parse(res.text), this.o.mode);
    } catch (e) {
      throw new RetryableError(`bad response body: ${(e as Error).message}`, true);
    }
  }

  private request(ep: Endpoint, method: string, route: string, body: string | undefined, timeoutMs: number, idleMs?: number): Promise<{ status: number; text: string }> {
    const url = ep.url(route);
    const mod = url.protocol === 'https:' ? https : http;
    const target = { protocol: url.protocol, hostname: url.hostname, port: url.port, path: url.pathname + url.search };
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = String(Buffer.byteLength(body));
    }
    if (this.o.apiKey) headers.authorization = `Bearer ${this.o.apiKey}`;
    return new Promise((resolve, reject) => {
      let idle: NodeJS.Timeout | undefined;
      const armIdle = () => {
        if (idleMs === undefined) return;
        if (idle) clearTimeout(idle);
        idle = setTimeout(() => req.destroy(new Error(`stalled: no data for ${idleMs} ms`)), idleMs);
      };
      const req = mod.request({ ...target, method, headers, agent: ep.agent }, (res) => {
        const chunks: Buffer[] = [];
        armIdle();
        res.on('data', (c: Buffer) => {
          chunks.push(c);
          armIdle();
        });
        res.on('end', () => {
          clearTimeout(timer);
          if (idle) clearTimeout(idle);
          resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') });
        });
        res.on('error', (e) => {
          clearTimeout(timer);
          if (idle) clearTimeout(idle);
          reject(e);
        });
        res.on('aborted', () => {
          clearTimeout(timer);
          if (idle) clearTimeout(idle);
          reject(new Error('connection reset during response'));
        });
      });
      const timer = setTimeout(() => req.destroy(new Error(`timeout after ${timeoutMs} ms`)), timeoutMs);
      armIdle();
      req.on('error', (e) => {
        clearTimeout(timer);
        if (idle) clearTimeout(idle);
        reject(e);
      });
      req.end(body);
    });
  }
}
