/**
 * `npm run bench:serve`: throughput of `dissect serve` under C concurrent clients (default 16), against
 * the same engine driven in-process without HTTP, measured in the same command.
 *
 * - Model: the default cold-start SFT checkpoint (`runSft({ quiet: true })`; cached after the first run).
 * - Server: the real CLI in a child process (`node --import tsx src/cli/bin.ts serve --port 0`), read
 *   from its first stdout line (the base URL), probed on `/health`; killed on exit, error and SIGINT.
 * - Load: C closed-loop clients, each with its own official `openai` npm client, sending chat
 *   completions (n = 8, max_tokens = 200, temperature = 1, a distinct seed per request, the user message
 *   = an `id_test` problem, round robin). A request is issued only before the phase deadline; the phase
 *   ends when the last in-flight request returns, and its duration runs to that point.
 * - Baseline: `loadGenerator` on the same checkpoint in this process, C concurrent `generate` calls with
 *   the same prompts (`formatPrompt(problem)`, which is what the server renders a one-message chat as),
 *   n, max_tokens, temperature, top_p and seeds. The generator merges concurrent calls into one sampling
 *   pass exactly as it does inside the server, so the ratio isolates HTTP + JSON + client + scheduling.
 * - Order: the machine is shared, so each path's D seconds are split into `--rounds` slices run
 *   alternately (default 5 rounds: S I, I S, S I, ...), after a warm-up of each path. Reported: the
 *   pooled ratio (all server tokens/s over all in-process tokens/s) and the median over rounds of the
 *   ratio of the two adjacent slices, which see about the same background load. Load averages
 *   (os.loadavg) are printed before and after.
 * - CPU: CPU ms per 1000 completion tokens of this process plus the server child (/proc/PID/stat) in
 *   each path, and their ratio: the HTTP cost in CPU, much less sensitive to other jobs than wall time.
 *
 * Usage: npx tsx bench/serve/throughput.ts [--clients 16] [--seconds 20] [--warmup 3] [--rounds 5]
 *        [--n 8] [--max-tokens 200] [--engine auto|native|ts] [--threads N] [--checkpoint DIR] [--json]
 */
import { type ChildProcess, spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import OpenAI from 'openai';
import { existsSync, readFileSync } from 'node:fs';
import { defaultThreads, engineOf, loadModel, resolveEngine, type EngineChoice } from '../../src/model/index.js';
import type { SampleOptions, SampleResult } from '../../src/model/types.js';
import { type Generator, createGenerator } from '../../src/serve/generator.js';
import { runSft } from '../../src/sft/index.js';
import { buildSplit } from '../../src/tasks/datasets.js';
import { formatPrompt } from '../../src/tasks/format.js';
import { Tokenizer, type TokenizerSpec, defaultTokenizer } from '../../src/tasks/tokenizer.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const { values: args } = parseArgs({
  options: {
    clients: { type: 'string', default: '16' },
    seconds: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '3' },
    rounds: { type: 'string', default: '5' },
    n: { type: 'string', default: '8' },
    'max-tokens': { type: 'string', default: '200' },
    engine: { type: 'string', default: 'auto' },
    threads: { type: 'string' },
    checkpoint: { type: 'string' },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (args.help) {
  process.stdout.write('usage: npx tsx bench/serve/throughput.ts [--clients 16] [--seconds 20] [--warmup 3] [--rounds 5] [--n 8] [--max-tokens 200] [--engine auto|native|ts] [--threads N] [--checkpoint DIR] [--json]\n');
  process.exit(0);
}
function int(name: string, v: string | undefined, min: number): number {
  const x = Number(v);
  if (!Number.isInteger(x) || x < min) {
    process.stderr.write(`--${name} must be an integer >= ${min}, got ${String(v)}\n`);
    process.exit(2);
  }
  return x;
}
const CLIENTS = int('clients', args.clients, 1);
const SECONDS = Number(args.seconds);
const WARMUP = Number(args.warmup);
if (!(SECONDS > 0) || !(WARMUP >= 0)) {
  process.stderr.write('--seconds must be > 0 and --warmup >= 0\n');
  process.exit(2);
}
const ROUNDS = int('rounds', args.rounds, 1);
const N = int('n', args.n, 1);
const MAX_TOKENS = int('max-tokens', args['max-tokens'], 1);
const ENGINE = args.engine as EngineChoice;
if (!['auto', 'native', 'ts'].includes(ENGINE)) {
  process.stderr.write(`--engine must be auto, native or ts, got ${ENGINE}\n`);
  process.exit(2);
}
const THREADS = args.threads !== undefined ? int('threads', args.threads, 1) : defaultThreads();
const TEMPERATURE = 1;
const TOP_P = 1;
/** One request may not take longer than this (a pass of C*n rows of max_tokens tokens is far shorter). */
const REQUEST_TIMEOUT_MS = 180_000;
/** Start-up of the child (tsx transpile + model load). */
const STARTUP_TIMEOUT_MS = 120_000;
const log = (s: string) => {
  if (!args.json) process.stderr.write(`${s}\n`);
};

// ---- the child server, killed whatever happens ----------------------------------------------------

let child: ChildProcess | undefined;
function killChild(): void {
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}
process.on('exit', killChild);
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(sig, () => {
    killChild();
    process.stderr.write(`bench:serve: ${sig}, server killed\n`);
    process.exit(130);
  });
}
// Hard deadline over the whole command: start-up, warm-ups, phases and one request timeout per slice.
const budgetMs = 2 * STARTUP_TIMEOUT_MS + 2 * (WARMUP + SECONDS) * 1000 + (2 + 2 * ROUNDS) * REQUEST_TIMEOUT_MS;
setTimeout(() => {
  killChild();
  process.stderr.write(`bench:serve: gave up after ${Math.round(budgetMs / 1000)} s\n`);
  process.exit(1);
}, budgetMs).unref();

async function startServer(checkpointDir: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const cli = path.join(root, 'src/cli/bin.ts');
  const argv = ['--import', 'tsx', cli, 'serve', '--checkpoint', checkpointDir, '--port', '0', '--engine', ENGINE, '--threads', String(THREADS)];
  const proc = spawn(process.execPath, argv, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  child = proc;
  let stderr = '';
  proc.stderr?.on('data', (c: Buffer) => {
    stderr = (stderr + String(c)).slice(-4000);
  });
  const url = await new Promise<string>((resolve, reject) => {
    let buf = '';
    const timer = setTimeout(() => reject(new Error(`server did not print its URL within ${STARTUP_TIMEOUT_MS / 1000} s; stderr:\n${stderr}`)), STARTUP_TIMEOUT_MS);
    proc.stdout?.on('data', (c: Buffer) => {
      buf += String(c);
      const nl = buf.indexOf('\n');
      if (nl >= 0) {
        clearTimeout(timer);
        resolve(buf.slice(0, nl).trim());
      }
    });
    proc.once('exit', (code, sig) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code ?? sig}) before it was ready; stderr:\n${stderr}`));
    });
  });
  const health = await fetch(new URL('/health', url), { signal: AbortSignal.timeout(10_000) });
  if (!health.ok) throw new Error(`GET /health answered ${health.status}`);
  return {
    url,
    stop: async () => {
      if (proc.exitCode !== null || proc.signalCode !== null) return;
      const exited = new Promise<void>((r) => proc.once('exit', () => r()));
      proc.kill('SIGTERM');
      const timer = setTimeout(() => proc.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

// ---- load ---------------------------------------------------------------------------------------

/** Totals of one or more measured slices of one path. */
interface Tally {
  requests: number;
  samples: number;
  completionTokens: number;
  /** Samples that ended by max_tokens (or the context) rather than EOS. */
  truncated: number;
  secs: number;
  /** CPU seconds of this process plus the server child during the slices (NaN without /proc). */
  cpuSecs: number;
  latenciesMs: number[];
}
const emptyTally = (): Tally => ({ requests: 0, samples: 0, completionTokens: 0, truncated: 0, secs: 0, cpuSecs: 0, latenciesMs: [] });

/**
 * CPU seconds (user + system, all threads) used so far by this process plus the server child. The
 * child's comes from /proc/PID/stat (Linux, 100 ticks/s); NaN elsewhere. CPU per token is far less
 * sensitive than wall time to other jobs on a shared machine.
 */
function cpuSeconds(): number {
  const self = process.cpuUsage();
  let childSecs = NaN;
  try {
    const pid = child?.pid;
    if (pid !== undefined) {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      childSecs = (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime: fields 14 and 15 of stat
    }
  } catch {
    childSecs = NaN;
  }
  return (self.user + self.system) / 1e6 + childSecs;
}

/** What one request returned: samples, completion tokens, samples with finish reason `length`. */
type OneRequest = (k: number) => Promise<{ samples: number; completionTokens: number; truncated: number }>;

let nextSeed = 1;
/**
 * C closed-loop clients issue requests until `seconds` have passed; the slice ends when the last
 * in-flight request returns. Request k uses problem k (round robin) and a seed never used before.
 */
async function load(seconds: number, one: OneRequest, into: Tally): Promise<void> {
  const c0 = cpuSeconds();
  const t0 = performance.now();
  const deadline = t0 + seconds * 1000;
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (performance.now() < deadline) {
        const k = nextSeed++;
        const s = performance.now();
        const r = await one(k);
        into.latenciesMs.push(performance.now() - s);
        into.requests++;
        into.samples += r.samples;
        into.completionTokens += r.completionTokens;
        into.truncated += r.truncated;
      }
    }),
  );
  into.secs += (performance.now() - t0) / 1000;
  into.cpuSecs += cpuSeconds() - c0;
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const t = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took over ${ms / 1000} s`)), ms);
  });
  return Promise.race([p, t]).finally(() => clearTimeout(timer));
}

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i];
}

function summary(t: Tally) {
  const lat = [...t.latenciesMs].sort((a, b) => a - b);
  return {
    requests: t.requests,
    samples: t.samples,
    completionTokens: t.completionTokens,
    seconds: round(t.secs, 2),
    requestsPerSec: round(t.requests / t.secs, 3),
    samplesPerSec: round(t.samples / t.secs, 2),
    completionTokensPerSec: round(t.completionTokens / t.secs, 1),
    /** CPU milliseconds (this process + the server child) per 1000 completion tokens. */
    cpuMsPer1kTokens: round((1e6 * t.cpuSecs) / Math.max(1, t.completionTokens), 1),
    meanCompletionTokens: round(t.completionTokens / Math.max(1, t.samples), 1),
    truncatedShare: round(t.truncated / Math.max(1, t.samples), 4),
    latencyMs: { p50: Math.round(quantile(lat, 0.5)), p99: Math.round(quantile(lat, 0.99)), max: Math.round(lat[lat.length - 1] ?? NaN) },
  };
}
const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;

// ---- main ---------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const loadBefore = os.loadavg();
  const engine = resolveEngine(ENGINE).engine;
  // The cache root is anchored at the repository, so the bench finds the cached entry from any cwd.
  const sft = args.checkpoint
    ? { checkpointDir: path.resolve(args.checkpoint), cached: true }
    : await runSft({ quiet: true, engine: ENGINE, cacheDir: path.join(root, '.cache/dissect/sft') });
  const problems = buildSplit('id_test').map((it) => it.problem);
  log(`checkpoint ${sft.checkpointDir}${sft.cached ? ' (cached)' : ''}; ${problems.length} id_test problems; engine ${engine}, ${THREADS} threads`);

  const server = await startServer(sft.checkpointDir);
  let generator: Generator | undefined;
  try {
    log(`server ${server.url}`);
    // What loadGenerator does, with the model's sample() counted: passes and rows per pass show how
    // the generator merged the C concurrent calls.
    const model = await loadModel(sft.checkpointDir, { engine: ENGINE, threads: THREADS });
    const tokFile = path.join(sft.checkpointDir, 'tokenizer.json');
    const tokenizer = existsSync(tokFile) ? new Tokenizer(JSON.parse(readFileSync(tokFile, 'utf8')) as TokenizerSpec) : defaultTokenizer();
    const passes = { count: 0, rows: 0 };
    const sample = model.sample.bind(model);
    model.sample = (prompts: Int32Array[], options: SampleOptions): SampleResult => {
      passes.count++;
      passes.rows += prompts.length;
      return sample(prompts, options);
    };
    generator = createGenerator(model, tokenizer);
    const gen = generator;
    const modelEngine = engineOf(model);
    if (modelEngine !== engine) throw new Error(`in-process engine ${modelEngine} differs from the server's ${engine}`);
    const clients = Array.from({ length: CLIENTS }, () => new OpenAI({ baseURL: server.url, apiKey: 'unused', maxRetries: 0, timeout: REQUEST_TIMEOUT_MS }));
    let rr = 0;
    const viaServer: OneRequest = async (k) => {
      const client = clients[rr++ % CLIENTS];
      const res = await client.chat.completions.create({
        model: 'dissect',
        messages: [{ role: 'user', content: problems[k % problems.length] }],
        n: N,
        max_tokens: MAX_TOKENS,
        temperature: TEMPERATURE,
        top_p: TOP_P,
        seed: k,
      });
      if (res.choices.length !== N || !res.usage) throw new Error(`server answered ${res.choices.length} choices (want ${N}) and usage ${JSON.stringify(res.usage)}`);
      return { samples: res.choices.length, completionTokens: res.usage.completion_tokens, truncated: res.choices.filter((c) => c.finish_reason === 'length').length };
    };
    const inProcess: OneRequest = async (k) => {
      const out = await withTimeout(
        gen.generate({ prompt: formatPrompt(problems[k % problems.length]), n: N, temperature: TEMPERATURE, topP: TOP_P, maxTokens: MAX_TOKENS, seed: k }),
        REQUEST_TIMEOUT_MS,
        'an in-process generate call',
      );
      return { samples: out.length, completionTokens: out.reduce((s, c) => s + c.completionTokens, 0), truncated: out.filter((c) => c.finishReason === 'length').length };
    };

    if (WARMUP > 0) {
      log(`warm-up ${WARMUP} s per path`);
      await load(WARMUP, viaServer, emptyTally());
      await load(WARMUP, inProcess, emptyTally());
    }
    const srv = emptyTally();
    const inp = emptyTally();
    passes.count = 0;
    passes.rows = 0;
    const slice = SECONDS / ROUNDS;
    /** Per round: server tokens/s over in-process tokens/s of the adjacent slices (same background load). */
    const roundRatios: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      const rs = emptyTally();
      const ri = emptyTally();
      const order: [string, OneRequest, Tally][] = [
        ['server', viaServer, rs],
        ['in-process', inProcess, ri],
      ];
      if (r % 2 === 1) order.reverse();
      for (const [name, one, tally] of order) {
        await load(slice, one, tally);
        log(`round ${r + 1}/${ROUNDS}: ${name} ${(tally.completionTokens / tally.secs).toFixed(0)} completion tokens/s`);
      }
      roundRatios.push(rs.completionTokens / rs.secs / (ri.completionTokens / ri.secs));
      for (const [from, to] of [
        [rs, srv],
        [ri, inp],
      ] as const) {
        to.requests += from.requests;
        to.samples += from.samples;
        to.completionTokens += from.completionTokens;
        to.truncated += from.truncated;
        to.secs += from.secs;
        to.cpuSecs += from.cpuSecs;
        to.latenciesMs.push(...from.latenciesMs);
      }
    }
    const sortedRatios = [...roundRatios].sort((a, b) => a - b);
    const loadAfter = os.loadavg();
    const s = summary(srv);
    const b = summary(inp);
    const result = {
      bench: 'serve-throughput',
      clients: CLIENTS,
      seconds: SECONDS,
      rounds: ROUNDS,
      warmupSeconds: WARMUP,
      request: { n: N, maxTokens: MAX_TOKENS, temperature: TEMPERATURE, topP: TOP_P, split: 'id_test' },
      engine,
      threads: THREADS,
      node: process.version,
      cpus: os.availableParallelism(),
      checkpoint: path.relative(root, sft.checkpointDir),
      loadavgBefore: loadBefore.map((x) => round(x, 2)),
      loadavgAfter: loadAfter.map((x) => round(x, 2)),
      server: s,
      inProcess: { ...b, passes: passes.count, meanRowsPerPass: round(passes.rows / Math.max(1, passes.count), 1) },
      /** Server completion tokens/s over in-process completion tokens/s, pooled over all rounds. */
      ratio: round(srv.completionTokens / srv.secs / (inp.completionTokens / inp.secs), 3),
      /** Median over rounds of the per-round ratio (adjacent slices), and the per-round values. */
      ratioMedianOfRounds: round(quantile(sortedRatios, 0.5), 3),
      roundRatios: roundRatios.map((x) => round(x, 3)),
      /** Server CPU per token over in-process CPU per token (1 = HTTP costs no CPU). */
      cpuRatio: round(srv.cpuSecs / srv.completionTokens / (inp.cpuSecs / inp.completionTokens), 3),
    };
    if (args.json) {
      process.stdout.write(`${JSON.stringify(result)}\n`);
    } else {
      const rows: [string, string, string][] = [
        ['', 'server (HTTP)', 'in-process'],
        ['requests', String(s.requests), String(b.requests)],
        ['seconds', s.seconds.toFixed(1), b.seconds.toFixed(1)],
        ['requests/s', s.requestsPerSec.toFixed(2), b.requestsPerSec.toFixed(2)],
        ['samples/s', s.samplesPerSec.toFixed(1), b.samplesPerSec.toFixed(1)],
        ['completion tokens/s', s.completionTokensPerSec.toFixed(0), b.completionTokensPerSec.toFixed(0)],
        ['CPU ms / 1k tokens', s.cpuMsPer1kTokens.toFixed(0), b.cpuMsPer1kTokens.toFixed(0)],
        ['mean tokens/sample', s.meanCompletionTokens.toFixed(1), b.meanCompletionTokens.toFixed(1)],
        ['finish=length', `${(100 * s.truncatedShare).toFixed(1)} %`, `${(100 * b.truncatedShare).toFixed(1)} %`],
        ['latency p50 (ms)', String(s.latencyMs.p50), String(b.latencyMs.p50)],
        ['latency p99 (ms)', String(s.latencyMs.p99), String(b.latencyMs.p99)],
        ['sampling passes', '-', String(passes.count)],
        ['rows per pass', '-', result.inProcess.meanRowsPerPass.toFixed(1)],
      ];
      const w0 = Math.max(...rows.map((r) => r[0].length));
      const w1 = Math.max(...rows.map((r) => r[1].length));
      const w2 = Math.max(...rows.map((r) => r[2].length));
      const lines = [
        `dissect serve throughput: ${CLIENTS} clients x chat n=${N}, max_tokens=${MAX_TOKENS}, temperature=${TEMPERATURE}; ${SECONDS} s per path in ${ROUNDS} alternating slices`,
        `node ${process.version}, engine ${engine} (${THREADS} threads), ${os.availableParallelism()} cpus; load average before ${result.loadavgBefore.join(' ')}, after ${result.loadavgAfter.join(' ')}`,
        ...rows.map((r) => `  ${r[0].padEnd(w0)}  ${r[1].padStart(w1)}  ${r[2].padStart(w2)}`),
        `ratio server / in-process (completion tokens/s): ${result.ratio.toFixed(3)} pooled; median of rounds ${result.ratioMedianOfRounds.toFixed(3)} (rounds ${result.roundRatios.map((x) => x.toFixed(2)).join(' ')})`,
        `CPU per completion token, server / in-process: ${result.cpuRatio.toFixed(3)}`,
      ];
      process.stdout.write(`${lines.join('\n')}\n`);
    }
  } finally {
    generator?.close();
    await server.stop();
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    killChild();
    process.stderr.write(`bench:serve: ${(e as Error)?.stack ?? String(e)}\n`);
    process.exit(1);
  },
);
