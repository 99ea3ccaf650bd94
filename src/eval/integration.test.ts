/**
 * The evaluation against the real stack: two `dissect serve` processes over a tiny random checkpoint
 * as two endpoints (one behind the fault proxy), the verifier's worker pool as grader, and the
 * embedded backend over the same checkpoint.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createModel } from '../model/index.js';
import { buildSplit, defaultTokenizer } from '../tasks/index.js';
import { evalCommand } from './cli.js';
import { readSamples, latestRecords } from './store.js';
import { sampleKey } from './record.js';
import { startFaultProxy } from './testing/fake-openai.js';
import type { RunningServer } from './testing/fake-openai.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
let dir: string;
let ckpt: string;
let tasks: string;
const serves: ChildProcess[] = [];
const urls: string[] = [];
let proxy: RunningServer;

async function startServe(): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src/cli/bin.ts'), 'serve', '--checkpoint', ckpt, '--port', '0', '--engine', 'ts'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  serves.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout?.on('data', (c) => {
      out += String(c);
      const m = /http:\/\/127\.0\.0\.1:\d+\S*/.exec(out);
      if (m) resolve(m[0]);
    });
    child.stderr?.on('data', (c) => (err += String(c)));
    child.on('exit', (code) => reject(new Error(`dissect serve exited ${code}: ${err}`)));
  });
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'dissect-eval-int-'));
  ckpt = path.join(dir, 'ckpt');
  const tok = defaultTokenizer();
  const model = createModel({ vocabSize: tok.vocabSize, contextLength: 64, dModel: 32, nLayers: 1, nHeads: 2, dMlp: 64 }, { seed: 5 });
  await model.save(ckpt);
  model.dispose();
  writeFileSync(path.join(ckpt, 'tokenizer.json'), JSON.stringify(tok.spec()));
  tasks = path.join(dir, 'tasks.jsonl');
  // A synthetic task set of src/tasks, written as JSONL in the benchmark shape (id, problem, answer).
  const items = buildSplit('id_test', { size: 5 });
  writeFileSync(tasks, items.map((x) => JSON.stringify(x)).join('\n'));
  urls.push(await startServe(), await startServe());
  // Every 4th request through the proxy fails (500, reset, then stall in turn).
  const faults = ['http500', 'reset', 'stall'] as const;
  proxy = await startFaultProxy(urls[1], (i, route) => (route.endsWith('/models') || i % 4 !== 3 ? 'ok' : faults[Math.floor(i / 4) % 3]), { stallMs: 10_000 });
}, 120_000);

afterAll(async () => {
  await proxy?.close();
  for (const c of serves) c.kill('SIGTERM');
  await Promise.all(serves.map((c) => (c.exitCode !== null ? null : new Promise((r) => c.on('exit', r)))));
  rmSync(dir, { recursive: true, force: true });
});

function quietStdout<T>(f: () => Promise<T>): Promise<T> {
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (() => true) as typeof process.stdout.write;
  return f().finally(() => (process.stdout.write = write));
}

describe('eval against two dissect serve endpoints and the verifier pool', () => {
  it('completes with faults injected, grades with both modes, and matches the embedded backend greedily', async () => {
    const out = path.join(dir, 'http');
    const common = { bench: tasks, n: '8', runs: '2', greedy: true, maxTokens: '12', suffix: 'none', quiet: true };
    const code = await quietStdout(() => evalCommand({ ...common, endpoint: [urls[0], proxy.url], concurrency: '2', timeout: '2', retries: '6', out }));
    expect(code).toBe(0);
    const recs = latestRecords(readSamples(out));
    expect(recs).toHaveLength(5 * 9);
    expect(recs[0].problem_id).toMatch(/^id_test-/);
    expect(new Set(recs.map(sampleKey)).size).toBe(recs.length);
    expect(recs.every((r) => r.error === null)).toBe(true);
    expect(new Set(recs.map((r) => r.endpoint)).size).toBe(2);
    for (const r of recs) {
      expect(r.grades.strict).toBeDefined();
      expect(r.grades.deepscaler).toBeDefined();
      expect(['stop', 'length']).toContain(r.finish_reason);
      expect(r.completion_tokens).toBeGreaterThan(0);
    }
    expect(recs.some((r) => r.attempts > 1)).toBe(true); // the proxy's faults were retried
    // The embedded backend over the same checkpoint (same engine as the servers) gives the same greedy completions.
    const emb = path.join(dir, 'embedded');
    expect(await quietStdout(() => evalCommand({ ...common, checkpoint: ckpt, batch: '4', engine: 'ts', out: emb }))).toBe(0);
    const er = latestRecords(readSamples(emb));
    expect(er).toHaveLength(5 * 9);
    const greedyHttp = recs.filter((r) => r.kind === 'greedy').map((r) => r.response);
    const greedyEmb = er.filter((r) => r.kind === 'greedy').map((r) => r.response);
    expect(greedyEmb).toEqual(greedyHttp);
  });
});
