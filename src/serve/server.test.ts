import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createModel } from '../model/index.js';
import type { PolicyModel, SampleOptions } from '../model/types.js';
import { defaultTokenizer, formatPrompt } from '../tasks/index.js';
import { type Generator, createGenerator, loadGenerator } from './generator.js';
import { type ApiServer, createApiServer } from './server.js';

// A tiny random model: the protocol, batching and seeds do not need a trained one.
const tok = defaultTokenizer();
const config = { vocabSize: tok.vocabSize, contextLength: 64, dModel: 32, nLayers: 1, nHeads: 2, dMlp: 64 };
let dir: string;
let generator: Generator;
let server: ApiServer;
let client: OpenAI;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dissect-serve-'));
  const model = createModel(config, { seed: 3 });
  await model.save(dir);
  model.dispose();
  writeFileSync(join(dir, 'tokenizer.json'), JSON.stringify(tok.spec()));
  generator = await loadGenerator(dir);
  server = await createApiServer(generator, '127.0.0.1', 0, { modelName: 'tiny', maxBodyBytes: 4096 });
  client = new OpenAI({ baseURL: server.url, apiKey: 'unused', maxRetries: 0, timeout: 30_000 });
});

afterAll(async () => {
  await server?.close();
  generator?.close();
  rmSync(dir, { recursive: true, force: true });
});

const problem = 'Compute 3+4*2-5 mod 10.';

describe('dissect serve with the openai client', () => {
  it('lists the model and binds to 127.0.0.1', async () => {
    const models = await client.models.list();
    expect(models.data.map((m) => m.id)).toEqual(['tiny']);
    expect(server.url.startsWith('http://127.0.0.1:')).toBe(true);
  });

  it('answers chat completions with n > 1, usage and finish reasons; seeds reproduce', async () => {
    const req = { model: 'tiny', messages: [{ role: 'user' as const, content: problem }], n: 4, max_tokens: 20, temperature: 1, seed: 7 };
    const a = await client.chat.completions.create(req);
    expect(a.object).toBe('chat.completion');
    expect(a.choices).toHaveLength(4);
    expect(a.usage?.prompt_tokens).toBe(tok.encode(formatPrompt(problem)).length);
    let completion = 0;
    for (const c of a.choices) {
      expect(['stop', 'length']).toContain(c.finish_reason);
      expect(typeof c.message.content).toBe('string');
    }
    completion = a.usage?.completion_tokens ?? -1;
    expect(completion).toBeGreaterThanOrEqual(4);
    expect(completion).toBeLessThanOrEqual(80);
    const b = await client.chat.completions.create(req);
    expect(b.choices.map((c) => c.message.content)).toEqual(a.choices.map((c) => c.message.content));
    const withLp = await client.chat.completions.create({ ...req, n: 1, logprobs: true });
    const lp = withLp.choices[0].logprobs!.content!;
    expect(lp.map((t) => t.token).join('')).toBe(withLp.choices[0].message.content);
    for (const t of lp) expect(t.logprob).toBeLessThanOrEqual(0);
    const c = await client.chat.completions.create({ ...req, seed: 8 });
    expect(c.choices.map((x) => x.message.content)).not.toEqual(a.choices.map((x) => x.message.content));
  });

  it('answers text completions for several prompts with logprobs, echo and stop', async () => {
    const prompts = [formatPrompt(problem), formatPrompt('Compute 1+2 mod 10.')];
    const r = await client.completions.create({ model: 'tiny', prompt: prompts, n: 2, max_tokens: 12, temperature: 0.8, seed: 1, logprobs: 1 });
    expect(r.choices.map((c) => c.index)).toEqual([0, 1, 2, 3]);
    for (const c of r.choices) {
      const lp = c.logprobs!;
      expect(lp.tokens!.join('')).toBe(c.text);
      expect(lp.token_logprobs).toHaveLength(lp.tokens!.length);
      for (const x of lp.token_logprobs!) expect(x).toBeLessThanOrEqual(0);
    }
    const greedy = await client.completions.create({ model: 'tiny', prompt: prompts[0], max_tokens: 30, temperature: 0, echo: true });
    expect(greedy.choices[0].text.startsWith(prompts[0])).toBe(true);
    // A stop string cuts the text before its first occurrence.
    const full = greedy.choices[0].text.slice(prompts[0].length);
    if (full.length > 2) {
      const stop = full.slice(1, 2);
      const cut = await client.completions.create({ model: 'tiny', prompt: prompts[0], max_tokens: 30, temperature: 0, stop });
      expect(cut.choices[0].text).toBe(full.slice(0, full.indexOf(stop)));
      expect(cut.choices[0].finish_reason).toBe('stop');
    }
  });

  it('rejects bad requests with the OpenAI error shape and keeps serving', async () => {
    const bad: Array<Record<string, unknown>> = [
      { model: 'tiny', messages: [{ role: 'user', content: 'x' }], n: 0 },
      { model: 'tiny', messages: [{ role: 'user', content: 'x' }], max_tokens: 100000 },
      { model: 'tiny', messages: [] },
      { model: 'tiny', messages: [{ role: 'wizard', content: 'x' }] },
      { model: 'tiny', messages: [{ role: 'user', content: 'x' }], temperature: -1 },
      { model: 'tiny', messages: [{ role: 'user', content: 'x' }], stream: true },
      { messages: [{ role: 'user', content: 'x' }] },
    ];
    for (const body of bad) {
      await expect(client.chat.completions.create(body as never)).rejects.toMatchObject({ status: 400 });
    }
    const raw = async (path: string, init: RequestInit) => {
      const r = await fetch(server.url.replace(/\/v1$/, '') + path, init);
      return { status: r.status, body: (await r.json()) as { error: { message: string; type: string } } };
    };
    const malformed = await raw('/v1/chat/completions', { method: 'POST', body: '{"model": ', headers: { 'content-type': 'application/json' } });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.type).toBe('invalid_request_error');
    const tooBig = await raw('/v1/completions', { method: 'POST', body: JSON.stringify({ model: 'tiny', prompt: 'x'.repeat(10000) }) });
    expect(tooBig.status).toBe(413);
    const longPrompt = await raw('/v1/completions', { method: 'POST', body: JSON.stringify({ model: 'tiny', prompt: '1+'.repeat(100) }) });
    expect(longPrompt.status).toBe(400);
    expect((await raw('/v1/nothing', { method: 'GET' })).status).toBe(404);
    expect((await client.models.list()).data).toHaveLength(1);
  });

  it('gives every request the same samples alone or among 16 concurrent clients', async () => {
    const reqs = Array.from({ length: 16 }, (_, i) => ({
      model: 'tiny',
      prompt: formatPrompt(`Compute ${i % 10}+${(i * 7) % 10} mod 10.`),
      n: 2,
      max_tokens: 16,
      temperature: 1,
      seed: i % 3,
    }));
    const alone: string[][] = [];
    for (const r of reqs) alone.push((await client.completions.create(r)).choices.map((c) => c.text));
    const together = await Promise.all(reqs.map((r) => client.completions.create(r)));
    expect(together.map((t) => t.choices.map((c) => c.text))).toEqual(alone);
  });
});

describe('dissect serve (CLI)', () => {
  it('prints its URL on stdout with --port 0, serves, and exits on SIGTERM', async () => {
    const { spawn } = await import('node:child_process');
    const { fileURLToPath } = await import('node:url');
    const bin = fileURLToPath(new URL('../cli/bin.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', bin, 'serve', '--checkpoint', dir, '--port', '0', '--model-name', 'cli'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no URL within 60 s')), 60_000);
        child.stdout.once('data', (d: Buffer) => {
          clearTimeout(timer);
          resolve(d.toString().trim());
        });
        child.once('exit', (code) => reject(new Error(`serve exited with ${String(code)}`)));
      });
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);
      const models = (await (await fetch(`${url}/models`)).json()) as { data: Array<{ id: string }> };
      expect(models.data[0].id).toBe('cli');
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});

describe('generator batching', () => {
  /** Wrap a model so `sample` calls are counted; with `rowSeeded`, emulate an engine that honours rowSeeds. */
  function counting(model: PolicyModel, rowSeeded: boolean): { model: PolicyModel; calls: () => number } {
    let calls = 0;
    const wrapped = new Proxy(model, {
      get(target, prop, receiver) {
        if (prop === 'sample') {
          return (prompts: Int32Array[], o: SampleOptions & { rowSeeds?: number[] }) => {
            calls++;
            // The engines now honour rowSeeds themselves; strip them so the emulation decides.
            const { rowSeeds, ...rest } = o;
            if (!rowSeeded || !rowSeeds) return target.sample(prompts, rest);
            const parts = prompts.map((p, i) => target.sample([p], { ...rest, seed: rowSeeds[i] }));
            return { tokens: parts.map((r) => r.tokens[0]), logp: parts.map((r) => r.logp[0]), finishReason: parts.map((r) => r.finishReason[0]) };
          };
        }
        const v = Reflect.get(target, prop, receiver) as unknown;
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
      },
    });
    return { model: wrapped, calls: () => calls };
  }
  const base = { n: 2, temperature: 1, topP: 1, maxTokens: 8 };
  const reqs = Array.from({ length: 8 }, (_, i) => ({ ...base, seed: i, maxTokens: 4 + i, prompt: formatPrompt(`Compute ${i}+1 mod 10.`) }));

  it('merges concurrent requests into one pass when the engine takes per-row seeds, with the same samples as alone', async () => {
    const c = counting(createModel(config, { seed: 5 }), true);
    const g = createGenerator(c.model, tok);
    const before = c.calls(); // the row-seed probe
    const together = await Promise.all(reqs.map((r) => g.generate(r)));
    expect(c.calls() - before).toBe(1);
    for (let i = 0; i < reqs.length; i++) {
      const alone = await g.generate(reqs[i]);
      expect(together[i].map((x) => x.text)).toEqual(alone.map((x) => x.text));
      for (const x of alone) expect(x.completionTokens).toBeLessThanOrEqual(reqs[i].maxTokens);
    }
    g.close();
  });

  it('runs one pass per request when the engine derives row streams from one seed', async () => {
    const c = counting(createModel(config, { seed: 5 }), false);
    const g = createGenerator(c.model, tok);
    const before = c.calls();
    await Promise.all(reqs.map((r) => g.generate(r)));
    expect(c.calls() - before).toBe(reqs.length);
    g.close();
  });
});
