/**
 * `npm run bench:eval`: throughput of the evaluation harness (runEval over HttpBackend: load balancing,
 * retries, grading, append-only store) against a direct load generator (bare node:http keep-alive POSTs
 * with the same concurrency, no grading, no store) on the same fast local server, in a separate
 * process. Prints samples/s of both, the ratio (target >= 0.95), and client CPU per sample.
 *
 * Two servers: one answering at once (the harness's CPU is on the critical path: the worst case), one
 * answering after 20 ms (latency-bound, like a real model server). Each path is warmed up with three
 * full trials first; then trials alternate between the paths. The machine is shared, so the ratio is
 * the median over trials of (harness rate / rate of the direct trial just before it): adjacent trials
 * see the same background load. The HTTP backend is created once per server (its start-up probe is
 * not part of a trial); each trial is a whole `runEval` into a fresh folder.
 *
 * Env: BENCH_EVAL_SAMPLES (default 6000 per trial; half with the 20 ms server), BENCH_EVAL_TRIALS (5),
 * BENCH_EVAL_CONCURRENCY (16).
 */
import { spawn } from 'node:child_process';
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBenchmark } from '../../src/eval/benchmarks.js';
import { HttpBackend } from '../../src/eval/backends/http.js';
import { runEval } from '../../src/eval/runner.js';
import { createPoolGrader } from '../../src/eval/grader.js';
import type { Grader } from '../../src/eval/grader.js';
import { fakeGrader } from '../../src/eval/testing/fake-grader.js';
import { buildPrompt } from '../../src/eval/prompts.js';

const SAMPLES = Number(process.env.BENCH_EVAL_SAMPLES ?? 6000);
const TRIALS = Number(process.env.BENCH_EVAL_TRIALS ?? 5);
const CONC = Number(process.env.BENCH_EVAL_CONCURRENCY ?? 16);

const here = path.dirname(fileURLToPath(import.meta.url));
async function startServer(delayMs: number) {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'fast-server.ts'), String(delayMs)], { stdio: ['pipe', 'pipe', 'inherit'] });
  const url: string = await new Promise((resolve, reject) => {
    let buf = '';
    child.stdout.on('data', (c) => {
      buf += String(c);
      if (buf.includes('\n')) resolve(buf.trim());
    });
    child.on('exit', (code) => reject(new Error(`server exited ${code}`)));
  });
  return {
    url,
    stop: async () => {
      child.stdin.end();
      await new Promise((r) => child.on('exit', r));
    },
  };
}

const bench = await loadBenchmark('aime');
/** Samples per problem and per trial; set per server below. */
let n = Math.ceil(SAMPLES / bench.problems.length);
let total = n * bench.problems.length;
const prompts = bench.problems.map((p) => buildPrompt(p.problem, { suffix: 'math', attack: 0 }));

/** The baseline: bare keep-alive POSTs, CONC in flight, parse the JSON reply, nothing else. */
async function direct(url: string): Promise<{ secs: number; cpuUs: number }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONC });
  const u = new URL('/v1/chat/completions', url);
  let next = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const one = (i: number) =>
    new Promise<void>((resolve, reject) => {
      const body = JSON.stringify({ model: 'fake-model', messages: [{ role: 'user', content: prompts[i % prompts.length] }], temperature: 0.6, top_p: 0.95, max_tokens: 64, seed: i, n: 1 });
      const req = http.request(u, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          JSON.parse(Buffer.concat(chunks).toString('utf8'));
          resolve();
        });
      });
      req.on('error', reject);
      req.end(body);
    });
  await Promise.all(
    Array.from({ length: CONC }, async () => {
      while (next < total) await one(next++);
    }),
  );
  const secs = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(cpu0);
  agent.destroy();
  return { secs, cpuUs: c.user + c.system };
}

async function harness(backend: HttpBackend, grader: Grader): Promise<{ secs: number; cpuUs: number }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dissect-bench-eval-'));
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const res = await runEval({
    bench,
    backend,
    grader,
    outDir: dir,
    config: {
      n,
      runs: 1,
      greedy: false,
      greedyOnly: false,
      temperature: 0.6,
      topP: 0.95,
      maxTokens: 64,
      seed: 0,
      prompt: { suffix: 'math', attack: 0 },
      mode: 'chat',
      gradeMode: 'strict',
      gradeModes: ['strict'],
    },
  });
  const secs = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(cpu0);
  rmSync(dir, { recursive: true, force: true });
  if (res.manifest.counts?.done !== total) throw new Error(`harness wrote ${res.manifest.counts?.done} of ${total}`);
  return { secs, cpuUs: c.user + c.system };
}

const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];

let realGrader: Grader | null = null;
try {
  realGrader = await createPoolGrader({ workers: 1 });
  await realGrader.grade('\\boxed{1}', '1', 'strict');
} catch {
  realGrader = null;
}
const graders: Array<[string, Grader]> = [['stand-in grader', fakeGrader()]];
if (realGrader) graders.push(['verifier (strict)', realGrader]);

console.log(`bench:eval  ${total} samples per trial (${total / 2} with the 20 ms server), concurrency ${CONC}, ${TRIALS} trials (median), server in a separate process, ${os.cpus().length} cores`);
for (const delay of [0, 20]) {
  n = Math.ceil((delay ? SAMPLES / 2 : SAMPLES) / bench.problems.length);
  total = n * bench.problems.length;
  const srv = await startServer(delay);
  const backend = new HttpBackend({ endpoints: [srv.url], concurrency: CONC });
  await backend.init();
  const d: Array<{ secs: number; cpuUs: number }> = [];
  const h = new Map<string, Array<{ secs: number; cpuUs: number; ratio: number }>>();
  for (let w = 0; w < 3; w++) {
    // warm-up (JIT): three trials of each path
    await direct(srv.url);
    for (const [, g] of graders) await harness(backend, g);
  }
  for (let t = 0; t < TRIALS; t++) {
    const base = await direct(srv.url);
    d.push(base);
    for (const [name, g] of graders) {
      const list = h.get(name) ?? [];
      const x = await harness(backend, g);
      list.push({ ...x, ratio: base.secs / x.secs });
      h.set(name, list);
    }
  }
  await backend.close();
  await srv.stop();
  const dRate = total / median(d.map((x) => x.secs));
  const dCpu = median(d.map((x) => x.cpuUs)) / total;
  console.log(`server answering after ${delay} ms`);
  console.log(`  direct load generator      ${dRate.toFixed(0).padStart(6)} samples/s   client CPU ${dCpu.toFixed(0).padStart(4)} µs/sample`);
  for (const [name] of graders) {
    const list = h.get(name) ?? [];
    const rate = total / median(list.map((x) => x.secs));
    const cpu = median(list.map((x) => x.cpuUs)) / total;
    const ratio = median(list.map((x) => x.ratio));
    console.log(`  harness, ${name.padEnd(17)} ${rate.toFixed(0).padStart(6)} samples/s   client CPU ${cpu.toFixed(0).padStart(4)} µs/sample   ratio ${ratio.toFixed(3)} (target >= 0.95)`);
  }
}
await realGrader?.close();
