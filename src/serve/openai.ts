/**
 * The OpenAI wire format of `dissect serve`: parse and validate `/v1/completions` and
 * `/v1/chat/completions` bodies into generator requests, and build the response objects. Pure: no I/O.
 * Field names and shapes follow the OpenAI API reference (the `openai` npm client parses them).
 */
import { type ChatMessage, formatChat } from '../tasks/format.js';
import type { Completion, GenerateRequest } from './generator.js';

/** A rejected request: HTTP status and the OpenAI error body. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    message: string,
    readonly param: string | null = null,
    readonly type: string = status === 404 ? 'not_found_error' : status >= 500 ? 'server_error' : 'invalid_request_error',
    readonly code: string | null = null,
  ) {
    super(message);
  }

  /** The OpenAI error shape: `{ error: { message, type, param, code } }`. */
  body(): { error: { message: string; type: string; param: string | null; code: string | null } } {
    return { error: { message: this.message, type: this.type, param: this.param, code: this.code } };
  }
}

/** Server-side limits applied to every request. */
export interface ApiLimits {
  /** Largest `max_tokens` (default: the model's context length). */
  maxTokens: number;
  /** Largest `n` (default 128). */
  maxN: number;
  /** Largest number of prompts in one `/v1/completions` request (default 64). */
  maxPrompts: number;
}

/** A parsed request: one generator request per prompt, plus what the response needs. */
export interface ParsedRequest {
  model: string;
  requests: GenerateRequest[];
  /** Return log-probs (`logprobs: true` for chat, `logprobs: <int>` for completions). */
  logprobs: boolean;
  /** Prompt text echoed in front of completions (`echo`, completions only). */
  echo: boolean;
}

function obj(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new ApiError(400, 'request body must be a JSON object');
  return body as Record<string, unknown>;
}

function num(o: Record<string, unknown>, key: string, dflt: number, check: (v: number) => boolean, what: string): number {
  const v = o[key];
  if (v === undefined || v === null) return dflt;
  if (typeof v !== 'number' || !Number.isFinite(v) || !check(v)) throw new ApiError(400, `'${key}' must be ${what}, got ${JSON.stringify(v)}`, key);
  return v;
}

function common(o: Record<string, unknown>, limits: ApiLimits, defaultSeed: () => number): Omit<GenerateRequest, 'prompt'> & { model: string } {
  if (typeof o.model !== 'string' || o.model === '') throw new ApiError(400, "'model' is required and must be a string", 'model');
  if (o.stream === true) throw new ApiError(400, 'streaming is not supported; send stream: false', 'stream');
  const n = num(o, 'n', 1, (v) => Number.isInteger(v) && v >= 1 && v <= limits.maxN, `an integer in [1, ${limits.maxN}]`);
  const temperature = num(o, 'temperature', 1, (v) => v >= 0 && v <= 2, 'a number in [0, 2]');
  const topP = num(o, 'top_p', 1, (v) => v > 0 && v <= 1, 'a number in (0, 1]');
  const tokenKey = o.max_completion_tokens !== undefined && o.max_completion_tokens !== null ? 'max_completion_tokens' : 'max_tokens';
  const maxTokens = num(o, tokenKey, limits.maxTokens, (v) => Number.isInteger(v) && v >= 1 && v <= limits.maxTokens, `an integer in [1, ${limits.maxTokens}]`);
  const seed = num(o, 'seed', NaN, (v) => Number.isSafeInteger(v), 'an integer');
  let stop: string[] | undefined;
  if (o.stop !== undefined && o.stop !== null) {
    const s = typeof o.stop === 'string' ? [o.stop] : o.stop;
    if (!Array.isArray(s) || s.length > 4 || s.some((x) => typeof x !== 'string' || x === '')) {
      throw new ApiError(400, "'stop' must be a non-empty string or an array of up to 4 non-empty strings", 'stop');
    }
    stop = s as string[];
  }
  return { model: o.model, n, temperature, topP, maxTokens, seed: Number.isNaN(seed) ? defaultSeed() : seed, stop };
}

/** Parse a `/v1/chat/completions` body. */
export function parseChatRequest(body: unknown, limits: ApiLimits, defaultSeed: () => number): ParsedRequest {
  const o = obj(body);
  const c = common(o, limits, defaultSeed);
  if (!Array.isArray(o.messages) || o.messages.length === 0) throw new ApiError(400, "'messages' must be a non-empty array", 'messages');
  const messages: ChatMessage[] = o.messages.map((m: unknown, i: number) => {
    const mm = m as Record<string, unknown> | null;
    const role = mm?.role;
    if (role !== 'system' && role !== 'user' && role !== 'assistant' && role !== 'developer') {
      throw new ApiError(400, `messages[${i}].role must be one of system, developer, user, assistant`, `messages[${i}].role`);
    }
    let content = mm?.content;
    if (Array.isArray(content)) {
      // Content parts: only text parts are supported.
      if (content.some((p) => (p as { type?: unknown })?.type !== 'text' || typeof (p as { text?: unknown }).text !== 'string')) {
        throw new ApiError(400, `messages[${i}].content parts must all be {type: "text", text: string}`, `messages[${i}].content`);
      }
      content = content.map((p) => (p as { text: string }).text).join('');
    }
    if (typeof content !== 'string') throw new ApiError(400, `messages[${i}].content must be a string`, `messages[${i}].content`);
    return { role: role === 'developer' ? 'system' : role, content };
  });
  const logprobs = o.logprobs === true;
  if (o.logprobs !== undefined && o.logprobs !== null && typeof o.logprobs !== 'boolean') throw new ApiError(400, "'logprobs' must be a boolean", 'logprobs');
  const { model, ...rest } = c;
  return { model, requests: [{ ...rest, prompt: formatChat(messages) }], logprobs, echo: false };
}

/** Parse a `/v1/completions` body (`prompt`: a string or an array of strings). */
export function parseCompletionRequest(body: unknown, limits: ApiLimits, defaultSeed: () => number): ParsedRequest {
  const o = obj(body);
  const c = common(o, limits, defaultSeed);
  const p = o.prompt;
  const prompts = typeof p === 'string' ? [p] : p;
  if (!Array.isArray(prompts) || prompts.length === 0 || prompts.length > limits.maxPrompts || prompts.some((x) => typeof x !== 'string')) {
    throw new ApiError(400, `'prompt' must be a string or an array of 1..${limits.maxPrompts} strings (token-id prompts are not supported)`, 'prompt');
  }
  const lp = o.logprobs;
  if (lp !== undefined && lp !== null && !(typeof lp === 'number' && Number.isInteger(lp) && lp >= 0 && lp <= 5)) {
    throw new ApiError(400, "'logprobs' must be an integer in [0, 5]", 'logprobs');
  }
  if (o.echo !== undefined && o.echo !== null && typeof o.echo !== 'boolean') throw new ApiError(400, "'echo' must be a boolean", 'echo');
  const { model, ...rest } = c;
  return { model, requests: (prompts as string[]).map((prompt) => ({ ...rest, prompt })), logprobs: typeof lp === 'number', echo: o.echo === true };
}

interface Usage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
}

function usageOf(results: Completion[][]): Usage {
  let prompt = 0;
  let completion = 0;
  for (const r of results) {
    if (r.length) prompt += r[0].promptTokens;
    for (const c of r) completion += c.completionTokens;
  }
  return { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion };
}

/** The `chat.completion` response object. */
export function chatResponse(id: string, created: number, parsed: ParsedRequest, results: Completion[][]) {
  const choices = results[0].map((c, index) => ({
    index,
    message: { role: 'assistant' as const, content: c.text, refusal: null },
    logprobs: parsed.logprobs
      ? {
          content: (c.tokens ?? []).map((token, i) => ({
            token,
            logprob: c.logprobs?.[i] ?? 0,
            bytes: Array.from(Buffer.from(token, 'utf8')),
            top_logprobs: [],
          })),
          refusal: null,
        }
      : null,
    finish_reason: c.finishReason,
  }));
  return { id, object: 'chat.completion' as const, created, model: parsed.model, choices, usage: usageOf(results), system_fingerprint: null };
}

/** The `text_completion` response object; choice index = prompt index * n + sample index. */
export function completionResponse(id: string, created: number, parsed: ParsedRequest, results: Completion[][]) {
  const choices = results.flatMap((r, pi) =>
    r.map((c, j) => {
      const prefix = parsed.echo ? parsed.requests[pi].prompt : '';
      let offset = prefix.length;
      return {
        index: pi * r.length + j,
        text: prefix + c.text,
        logprobs: parsed.logprobs
          ? {
              tokens: c.tokens ?? [],
              token_logprobs: c.logprobs ?? [],
              top_logprobs: (c.tokens ?? []).map(() => ({})),
              text_offset: (c.tokens ?? []).map((t) => {
                const at = offset;
                offset += t.length;
                return at;
              }),
            }
          : null,
        finish_reason: c.finishReason,
      };
    }),
  );
  return { id, object: 'text_completion' as const, created, model: parsed.model, choices, usage: usageOf(results), system_fingerprint: null };
}
