import { afterEach, describe, expect, it } from 'vitest';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { HttpBackend, normaliseEndpoint, parseCompletion, parseStream } from './http.js';
import { GenerationError } from './types.js';
import { startFakeOpenAI } from '../testing/fake-openai.js';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});
const req = { prompt: 'p', count: 1, seed: 1, temperature: 0.6, topP: 0.95, maxTokens: 8 };

describe('HttpBackend', () => {
  it('normalises endpoints and parses chat/completion bodies with reasoning and usage', () => {
    expect(normaliseEndpoint('http://127.0.0.1:8000').href).toBe('http://127.0.0.1:8000/v1');
    expect(normaliseEndpoint('http://h:1/v1').pathname).toBe('/v1');
    expect(() => normaliseEndpoint('ftp://x')).toThrow(/http/);
    const g = parseCompletion(
      { choices: [{ message: { content: 'a', reasoning_content: 'r' }, finish_reason: 'length' }], usage: { prompt_tokens: 3, completion_tokens: 9 } },
      'chat',
    );
    expect(g).toEqual([{ text: 'a', reasoning: 'r', finishReason: 'length', promptTokens: 3, completionTokens: 9 }]);
    expect(parseCompletion({ choices: [{ message: { content: null, reasoning: 'only' } }] }, 'chat')[0]).toMatchObject({ text: '', reasoning: 'only' });
    expect(parseCompletion({ choices: [{ text: 't', finish_reason: 'stop' }] }, 'completion')[0].text).toBe('t');
    expect(() => parseCompletion({ choices: [] }, 'chat')).toThrow();
  });

  it('does not retry a 400 (the request itself is bad)', async () => {
    const s = await startFakeOpenAI(() => ({ content: 'prompt too long', status: 400 }));
    cleanups.push(() => s.close());
    const b = new HttpBackend({ endpoints: [s.url], backoffBaseMs: 1 });
    await b.init();
    cleanups.push(() => b.close());
    const e = await b.generate(req).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(GenerationError);
    expect((e as GenerationError).attempts).toBe(1);
    expect((e as GenerationError).message).toMatch(/HTTP 400 .*prompt too long/);
    expect(s.requests()).toBe(1);
  });

  it('retries 429 without taking the endpoint out of rotation', async () => {
    let i = 0;
    const s = await startFakeOpenAI(() => (i++ < 3 ? { content: 'slow down', status: 429 } : { content: 'ok' }));
    cleanups.push(() => s.close());
    const b = new HttpBackend({ endpoints: [s.url], backoffBaseMs: 1, failThreshold: 1 });
    await b.init();
    cleanups.push(() => b.close());
    const r = await b.generate(req);
    expect(r.attempts).toBe(4);
    expect(b.stats()[0].healthy).toBe(true);
  });

  it('gives up with an error when no endpoint is healthy for giveUpMs, then recovers when one returns', async () => {
    // A port with nothing listening: take one and close it.
    const tmp = http.createServer();
    await new Promise<void>((r) => tmp.listen(0, '127.0.0.1', () => r()));
    const port = (tmp.address() as AddressInfo).port;
    await new Promise((r) => tmp.close(r));
    const b = new HttpBackend({ endpoints: [`http://127.0.0.1:${port}`], model: 'm', backoffBaseMs: 20, backoffMaxMs: 50, giveUpMs: 300, retries: 2 });
    await b.init();
    cleanups.push(() => b.close());
    expect(b.stats()[0].healthy).toBe(false);
    const e = await b.generate(req).catch((x: unknown) => x);
    expect((e as Error).message).toMatch(/no healthy endpoint/);
    // Something starts listening on that port: the probe brings the endpoint back.
    const back = http.createServer((q, s) => {
      q.resume();
      q.on('end', () => {
        s.writeHead(200, { 'content-type': 'application/json' });
        s.end(q.url?.endsWith('/models') ? '{"data":[{"id":"m"}]}' : '{"choices":[{"message":{"content":"hi"},"finish_reason":"stop"}]}');
      });
    });
    await new Promise<void>((r) => back.listen(port, '127.0.0.1', () => r()));
    cleanups.push(() => new Promise<void>((r) => (back.closeAllConnections(), back.close(() => r()))));
    const t0 = Date.now();
    while (!b.stats()[0].healthy && Date.now() - t0 < 5000) await new Promise((r) => setTimeout(r, 20));
    expect((await b.generate(req)).generations[0].text).toBe('hi');
  });

  it('respects the per-endpoint concurrency limit', async () => {
    let inFlight = 0;
    let peak = 0;
    const s = http.createServer((q, res) => {
      q.resume();
      q.on('end', () => {
        if (q.url?.endsWith('/models')) return void res.end('{"data":[{"id":"m"}]}');
        inFlight++;
        peak = Math.max(peak, inFlight);
        setTimeout(() => {
          inFlight--;
          res.end('{"choices":[{"message":{"content":"x"}}]}');
        }, 10);
      });
    });
    await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
    cleanups.push(() => new Promise<void>((r) => (s.closeAllConnections(), s.close(() => r()))));
    const b = new HttpBackend({ endpoints: [`http://127.0.0.1:${(s.address() as AddressInfo).port}`], concurrency: 3 });
    await b.init();
    cleanups.push(() => b.close());
    await Promise.all(Array.from({ length: 20 }, (_, i) => b.generate({ ...req, seed: i })));
    expect(peak).toBe(3);
  });
});

describe('HttpBackend streaming', () => {
  it('parses server-sent events and cuts a stalled stream after the idle timeout, then retries', async () => {
    let i = 0;
    const s = await startFakeOpenAI(() => ({ content: '\\boxed{42}', reasoning: 'think', completionTokens: 11, streamStallMs: i++ === 0 ? 5000 : 0 }));
    cleanups.push(() => s.close());
    const b = new HttpBackend({ endpoints: [s.url], stream: true, idleTimeoutMs: 150, backoffBaseMs: 1, failThreshold: 10 });
    await b.init();
    cleanups.push(() => b.close());
    const r = await b.generate(req);
    expect(r.attempts).toBe(2); // the first attempt was cut, not waited out
    expect(b.stats()[0].failures).toBe(1);
    expect(r.generations[0]).toEqual({ text: '\\boxed{42}', reasoning: 'think', finishReason: 'stop', promptTokens: 10, completionTokens: 11 });
    const c = new HttpBackend({ endpoints: [s.url], stream: true, mode: 'completion' });
    await c.init();
    cleanups.push(() => c.close());
    expect((await c.generate(req)).generations[0].text).toBe('\\boxed{42}');
  });
  it('rejects an error chunk and an empty stream', () => {
    expect(() => parseStream('data: {"error":{"message":"boom"}}\n\n', 'chat')).toThrow(/boom/);
    expect(() => parseStream('data: [DONE]\n\n', 'chat')).toThrow(/no data/);
  });
});
