import { afterEach, describe, expect, it } from 'vitest';
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadBenchmark } from './benchmarks.js';
import type { LoadedBenchmark } from './benchmarks.js';
import { HttpBackend } from './backends/http.js';
import { runEval } from './runner.js';
import type { EvalConfig } from './runner.js';
import { readSamples, latestRecords, SAMPLES_FILE } from './store.js';
import { startFakeOpenAI, startFaultProxy } from './testing/fake-openai.js';
import type { FakeReply, FakeRequest, RunningServer } from './testing/fake-openai.js';
import { fakeGrader } from './testing/fake-grader.js';
import { loadResults } from './load-results.js';
import { summarize } from '../stats/summary.js';
import { sampleKey } from './record.js';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function tmpDir(): string {
  const d = mkdtempSync(path.join(os.tmpdir(), 'dissect-eval-'));
  cleanups.push(() => rmSync(d, { recursive: true, force: true }));
  return d;
}

/** A deterministic fake model: right when seed % 3 != 0, for the problem found in the prompt. */
function model(bench: LoadedBenchmark, opts: { reasoning?: boolean } = {}) {
  return (r: FakeRequest): FakeReply => {
    const p = bench.problems.find((x) => r.prompt.includes(x.problem.slice(0, 60)));
    const right = r.seed !== null && (r.temperature === 0 || r.seed % 3 !== 0);
    const ans = p ? (right ? String(p.answer) : 'wrong') : 'none';
    return opts.reasoning
      ? { content: `\\boxed{${ans}}`, reasoning: 'thinking', completionTokens: 7 }
      : { content: `<think>x</think> \\boxed{${ans}}`, completionTokens: 7, finishReason: r.seed !== null && r.seed % 5 === 0 ? 'length' : 'stop' };
  };
}

async function server(reply: (r: FakeRequest) => FakeReply): Promise<RunningServer> {
  const s = await startFakeOpenAI(reply);
  cleanups.push(() => s.close());
  return s;
}

function config(over: Partial<EvalConfig> = {}): EvalConfig {
  return {
    n: 4,
    runs: 2,
    greedy: false,
    greedyOnly: false,
    temperature: 0.6,
    topP: 0.95,
    maxTokens: 64,
    seed: 1,
    prompt: { suffix: 'math', attack: 0 },
    mode: 'chat',
    gradeMode: 'strict',
    gradeModes: ['strict'],
    ...over,
  };
}

async function backend(endpoints: string[], over: Partial<ConstructorParameters<typeof HttpBackend>[0]> = {}) {
  const b = new HttpBackend({ endpoints, concurrency: 4, backoffBaseMs: 5, backoffMaxMs: 40, healthTimeoutMs: 1000, random: () => 0.5, ...over });
  await b.init();
  cleanups.push(() => b.close());
  return b;
}

function checkComplete(dir: string, problems: number, n: number, greedy = 0) {
  const recs = readSamples(dir);
  const ok = recs.filter((r) => r.error === null);
  const keys = ok.map(sampleKey);
  expect(new Set(keys).size).toBe(keys.length); // no successful slot twice
  expect(keys.length).toBe(problems * (n + greedy)); // none missing
  return ok;
}

describe('runEval over HTTP', () => {
  it('spreads samples over two endpoints, grades them and records everything', async () => {
    const bench = await loadBenchmark('aime', { limit: 6 });
    const a = await server(model(bench));
    const b = await server(model(bench));
    const dir = tmpDir();
    const be = await backend([a.url, b.url]);
    const res = await runEval({ bench, config: config({ greedy: true }), backend: be, grader: fakeGrader(), outDir: dir });
    expect(res.manifest.status).toBe('complete');
    expect(res.manifest.backend.model).toBe('fake-model');
    const ok = checkComplete(dir, 6, 4, 1);
    expect(a.requests()).toBeGreaterThan(0);
    expect(b.requests()).toBeGreaterThan(0);
    expect(a.requests() + b.requests()).toBe(6 * 5);
    for (const r of ok) {
      const expectRight = r.kind === 'greedy' || r.seed % 3 !== 0;
      expect(r.correct).toBe(expectRight);
      expect(r.run).toBe(r.kind === 'greedy' ? 0 : Math.floor(r.sample / 2));
      expect(r.completion_tokens).toBe(7);
      expect(r.prompt_hash).toMatch(/^[0-9a-f]{16}$/);
    }
    // Seeds differ per sample and are stable.
    expect(new Set(ok.map((r) => r.seed)).size).toBe(ok.length);
    const loaded = loadResults(dir);
    expect(loaded.lengths?.[0]).toEqual([7, 7, 7, 7]);
    const s = summarize({ ...loaded.input, runs: undefined });
    const sampling = ok.filter((r) => r.kind === 'sample');
    expect(s.avg).toBeCloseTo(sampling.filter((r) => r.correct).length / sampling.length, 12);
    expect(s.runs.count).toBe(2);
    expect(s.greedy?.accuracy).toBe(1);
    expect(s.responses?.truncation?.truncated).toBe(ok.filter((r) => r.finish_reason === 'length').length);
  });

  it('survives HTTP 500s, connection resets and stalls behind a fault proxy, taking the bad endpoint out of rotation', async () => {
    const bench = await loadBenchmark('aime', { limit: 5 });
    const good = await server(model(bench));
    const upstream = await server(model(bench));
    // Requests 1-12 through the proxy fail in turn (500, reset, stall), then it heals.
    const faults = ['http500', 'reset', 'stall'] as const;
    const proxy = await startFaultProxy(upstream.url, (i, route) => (route.endsWith('/models') && i === 0 ? 'ok' : i <= 12 ? faults[i % 3] : 'ok'), { stallMs: 5000 });
    cleanups.push(() => proxy.close());
    const dir = tmpDir();
    const be = await backend([proxy.url, good.url], { timeoutMs: 300, retries: 8 });
    const res = await runEval({ bench, config: config({ n: 8, runs: 4 }), backend: be, grader: fakeGrader(), outDir: dir });
    expect(res.errors).toBe(0);
    checkComplete(dir, 5, 8);
    const st = be.stats();
    expect(st[0].failures).toBeGreaterThanOrEqual(2);
    // Out of rotation: the good endpoint did most of the work.
    expect(st[1].ok).toBeGreaterThan(st[0].ok);
    expect(res.manifest.counts).toEqual({ expected: 40, done: 40, errors: 0 });
  });

  it('records failures as errors (not wrong answers) and retries them on resume', async () => {
    const bench = await loadBenchmark('amc', { limit: 3 });
    let broken = true;
    const base = model(bench);
    const s = await server((r) => (broken && r.seed !== null && r.seed % 2 === 0 ? { content: '', delayMs: 2000 } : base(r)));
    const dir = tmpDir();
    const be = await backend([s.url], { timeoutMs: 200, retries: 1, failThreshold: 100 });
    const first = await runEval({ bench, config: config(), backend: be, grader: fakeGrader(), outDir: dir });
    expect(first.errors).toBeGreaterThan(0);
    expect(first.manifest.status).toBe('incomplete');
    const errs = latestRecords(readSamples(dir)).filter((r) => r.error !== null);
    expect(errs.length).toBe(first.errors);
    expect(errs.every((r) => r.correct === null && /timeout/.test(r.error ?? ''))).toBe(true);
    // Stats leave errors out by default and count them as wrong with errorsAsWrong.
    const excl = summarize(loadResults(dir).input);
    const incl = summarize(loadResults(dir, { errorsAsWrong: true }).input);
    expect(excl.missing_samples).toBe(first.errors);
    expect(incl.missing_samples).toBe(0);
    expect(incl.avg).toBeLessThan(excl.avg);
    broken = false;
    const be2 = await backend([s.url]);
    const second = await runEval({ bench, config: config(), backend: be2, grader: fakeGrader(), outDir: dir, resume: true });
    expect(second.generated).toBe(first.errors);
    expect(second.manifest.status).toBe('complete');
    expect(second.manifest.sessions).toHaveLength(2);
    checkComplete(dir, 3, 4);
    expect(latestRecords(readSamples(dir)).every((r) => r.error === null)).toBe(true);
  });

  it('cuts a partial last line on resume and refuses a different config or an existing folder', async () => {
    const bench = await loadBenchmark('aime', { limit: 2 });
    const s = await server(model(bench));
    const dir = tmpDir();
    await runEval({ bench, config: config(), backend: await backend([s.url]), grader: fakeGrader(), outDir: dir });
    const file = path.join(dir, SAMPLES_FILE);
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    // Simulate a crash: drop the last two records and leave half of one.
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, `${lines.slice(0, -2).join('\n')}\n`);
    appendFileSync(file, lines[lines.length - 1].slice(0, 40));
    await expect(runEval({ bench, config: config(), backend: await backend([s.url]), grader: fakeGrader(), outDir: dir })).rejects.toThrow(/--resume/);
    await expect(runEval({ bench, config: config({ n: 8 }), backend: await backend([s.url]), grader: fakeGrader(), outDir: dir, resume: true })).rejects.toThrow(/n: 4 on disk vs 8 now/);
    const before = s.requests();
    const r = await runEval({ bench, config: config(), backend: await backend([s.url]), grader: fakeGrader(), outDir: dir, resume: true });
    expect(r.truncatedBytes).toBe(40);
    expect(r.generated).toBe(2);
    expect(s.requests() - before).toBe(2);
    checkComplete(dir, 2, 4);
  });

  it('grades reasoning_content inside a think block and supports completion mode', async () => {
    const bench = await loadBenchmark('aime', { limit: 2 });
    const s = await server(model(bench, { reasoning: true }));
    const g = fakeGrader();
    const dir = tmpDir();
    await runEval({ bench, config: config({ n: 2, runs: 1 }), backend: await backend([s.url]), grader: g, outDir: dir });
    const recs = readSamples(dir);
    expect(recs[0].reasoning).toBe('thinking');
    expect(g.calls[0]).toMatch(/^<think>\nthinking\n<\/think>\n\n\\boxed/);
    const seen: string[] = [];
    const c = await server((r) => {
      seen.push(r.route);
      return model(bench)(r);
    });
    const dir2 = tmpDir();
    await runEval({ bench, config: config({ n: 2, runs: 1, mode: 'completion' }), backend: await backend([c.url], { mode: 'completion' }), grader: fakeGrader(), outDir: dir2 });
    expect(new Set(seen)).toEqual(new Set(['completion']));
    checkComplete(dir2, 2, 2);
  });
});
