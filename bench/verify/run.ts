/**
 * `npm run bench:verify`: verifier throughput and latency.
 *
 * Inputs: >= 5,000 responses built (seeded) from the reference answers of ../shared/data/benchmarks/*.json:
 * for every problem one correct response (the reference boxed), one equivalent-form response
 * (`\dfrac`, decimal, zero padding, `(C)`, units, a "Final Answer:" line, ...) and one wrong response
 * (another problem's answer), each after a ~1.5 kB reasoning trace and `</think>`.
 *
 * Measures, in one command on the same inputs:
 * - dissect `grade` in-process, strict and deepscaler modes: grades/s, p50/p99 latency (after warm-up);
 * - the GradePool (worker threads with hard timeouts): grades/s of a batch, p50/p99 round trip;
 * - the DeepScaleR grader in Python (bench/verify/deepscaler_grader.py; sympy + pylatexenc from Debian's
 *   python3-sympy python3-pylatexenc) when /usr/bin/python3 can import them (skipped cleanly otherwise):
 *   grades/s, p50/p99 of its per-item times, the throughput ratio, and the verdict agreement of
 *   dissect's deepscaler mode with it.
 * Env: BENCH_VERIFY_PYTHON (python executable, default /usr/bin/python3), BENCH_VERIFY_WORKERS (pool size).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildItems, REASONING, SEED, type Item } from './inputs.js';
import { grade, warmUp } from '../../src/verify/index.js';
import { clearParseMemo } from '../../src/verify/strict/scalar.js';
import { GradePool } from '../../src/pool/grade-pool.js';
import type { GradeMode, Reference } from '../../src/verify/types.js';
import { pyFloatStr } from '../../src/verify/deepscaler/python.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const PY = process.env.BENCH_VERIFY_PYTHON ?? '/usr/bin/python3';

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

interface Stats {
  label: string;
  n: number;
  perSec: number;
  p50: number;
  p99: number;
  max: number;
}

function summarize(label: string, times: number[], wallMs: number): Stats {
  const s = [...times].sort((a, b) => a - b);
  return { label, n: times.length, perSec: (times.length / wallMs) * 1000, p50: pct(s, 50), p99: pct(s, 99), max: s[s.length - 1] };
}

/**
 * One warm-up pass (JIT, the Compute Engine's tables: the steady state of a long RL or eval run), then
 * PASSES timed passes with the parse memo emptied before each (so repeated references do not make the
 * pass cheaper than a first sight of the data); the median pass by throughput is reported. The median
 * damps the noise of a shared machine.
 */
const PASSES = 3;
function benchLibrary(items: Item[], mode: GradeMode): { stats: Stats; cold: Stats; verdicts: boolean[] } {
  const coldTimes: number[] = [];
  const c0 = performance.now();
  for (const it of items) {
    const a = performance.now();
    grade(it.response, it.reference, { mode });
    coldTimes.push(performance.now() - a);
  }
  const wall = performance.now() - c0;
  // The very first call loads the LaTeX parser's tables (once per process): reported separately.
  const cold = summarize(`dissect ${mode} (in-process, first pass)`, coldTimes.slice(1), wall - coldTimes[0]);
  cold.label += ` [first call ${coldTimes[0].toFixed(0)} ms]`;
  const passes: Array<{ stats: Stats; verdicts: boolean[] }> = [];
  for (let p = 0; p < PASSES; p++) {
    clearParseMemo();
    const times: number[] = [];
    const verdicts: boolean[] = [];
    const t0 = performance.now();
    for (const it of items) {
      const a = performance.now();
      verdicts.push(grade(it.response, it.reference, { mode }).correct);
      times.push(performance.now() - a);
    }
    passes.push({ stats: summarize(`dissect ${mode} (in-process, median of ${PASSES} passes)`, times, performance.now() - t0), verdicts });
  }
  passes.sort((a, b) => a.stats.perSec - b.stats.perSec);
  return { ...passes[Math.floor(PASSES / 2)], cold };
}

async function benchPool(items: Item[]): Promise<Stats[]> {
  const workers = process.env.BENCH_VERIFY_WORKERS ? Number(process.env.BENCH_VERIFY_WORKERS) : undefined;
  const pool = new GradePool({ workers, timeoutMs: 2000 });
  try {
    await pool.gradeBatch(items.slice(0, 300)); // workers start and warm up
    const t0 = performance.now();
    const res = await pool.gradeBatch(items);
    const wall = performance.now() - t0;
    const timeouts = res.filter((r) => r.reason === 'timeout').length;
    const batch: Stats = { label: `GradePool batch (${pool.workers} worker${pool.workers > 1 ? 's' : ''}, ${timeouts} timeouts)`, n: items.length, perSec: (items.length / wall) * 1000, p50: NaN, p99: NaN, max: NaN };
    const rt: number[] = [];
    const t1 = performance.now();
    for (const it of items.slice(0, 1500)) {
      const a = performance.now();
      await pool.grade(it.response, it.reference);
      rt.push(performance.now() - a);
    }
    return [batch, summarize('GradePool one at a time (round trip, worker memo warm)', rt, performance.now() - t1)];
  } finally {
    await pool.close();
  }
}

function benchPython(items: Item[]): { stats: Stats; verdicts: Array<boolean | null> } | { skipped: string } {
  if (!existsSync(PY)) return { skipped: `${PY} not found` };
  const probe = spawnSync(PY, ['-c', 'import sympy, pylatexenc'], { encoding: 'utf8' });
  if (probe.status !== 0) return { skipped: `${PY} cannot import sympy and pylatexenc (Debian: apt-get install python3-sympy python3-pylatexenc)` };
  // Numbers go over as Python floats (`4.0`), as the paper's AMC data is stored; JSON.stringify would write `4`.
  const refJson = (r: Reference): string =>
    typeof r === 'number' ? pyFloatStr(r) : Array.isArray(r) ? `[${r.map((x) => (typeof x === 'number' ? pyFloatStr(x) : JSON.stringify(x))).join(',')}]` : JSON.stringify(r);
  const input = items.map((it) => `{"response": ${JSON.stringify(it.response)}, "reference": ${refJson(it.reference)}}`).join('\n');
  const t0 = performance.now();
  const r = spawnSync(PY, [path.join(here, 'deepscaler_grader.py'), '--timeout', '5'], { input, encoding: 'utf8', maxBuffer: 1 << 28 });
  const wall = performance.now() - t0;
  if (r.status !== 0) return { skipped: `python grader failed: ${r.stderr.slice(0, 300)}` };
  const rows = r.stdout.trim().split('\n').map((l) => l.split(' '));
  const times = rows.map((x) => Number(x[1]) * 1000);
  const verdicts = rows.map((x) => (x[0] === 'timeout' ? null : x[0] === 'true'));
  const busy = times.reduce((a, b) => a + b, 0);
  const stats = summarize('DeepScaleR grader (Python, sympy)', times, busy);
  stats.label += ` [wall incl. start-up ${(wall / 1000).toFixed(1)} s]`;
  return { stats, verdicts };
}

function row(s: Stats): string {
  const f = (x: number) => (Number.isFinite(x) ? x.toFixed(3).padStart(9) : '        -');
  return `${s.label.padEnd(62)} ${String(s.n).padStart(6)} ${s.perSec.toFixed(0).padStart(9)} ${f(s.p50)} ${f(s.p99)} ${f(s.max)}`;
}

async function main(): Promise<void> {
  const items = buildItems();
  const w0 = performance.now();
  warmUp();
  const warm = performance.now() - w0;
  const kinds = { correct: 0, equivalent: 0, wrong: 0 };
  for (const it of items) kinds[it.kind]++;
  console.log(`bench:verify — ${items.length} responses from ../shared/data/benchmarks (${kinds.correct} correct, ${kinds.equivalent} equivalent-form, ${kinds.wrong} wrong), seed ${SEED}`);
  console.log(`parser start-up (warmUp(), once per process): ${warm.toFixed(0)} ms`);
  const strict = benchLibrary(items, 'strict');
  const ds = benchLibrary(items, 'deepscaler');
  const pool = await benchPool(items);
  const py = benchPython(items);
  console.log(`\n${'path'.padEnd(62)} ${'n'.padStart(6)} ${'grades/s'.padStart(9)} ${'p50 ms'.padStart(9)} ${'p99 ms'.padStart(9)} ${'max ms'.padStart(9)}`);
  for (const s of [strict.cold, strict.stats, ds.cold, ds.stats, ...pool]) console.log(row(s));
  const acc = (v: boolean[], kind: Item['kind']) => {
    const idx = items.map((it, i) => (it.kind === kind ? i : -1)).filter((i) => i >= 0);
    return `${((idx.filter((i) => v[i]).length / idx.length) * 100).toFixed(1)}%`;
  };
  console.log(`\naccepted by strict:     correct ${acc(strict.verdicts, 'correct')}, equivalent-form ${acc(strict.verdicts, 'equivalent')}, wrong ${acc(strict.verdicts, 'wrong')}`);
  console.log(`accepted by deepscaler: correct ${acc(ds.verdicts, 'correct')}, equivalent-form ${acc(ds.verdicts, 'equivalent')}, wrong ${acc(ds.verdicts, 'wrong')}`);
  if ('skipped' in py) {
    console.log(`\nPython DeepScaleR comparison skipped: ${py.skipped}`);
    return;
  }
  console.log(row(py.stats));
  let agree = 0;
  let decided = 0;
  py.verdicts.forEach((v, i) => {
    if (v === null) return;
    decided++;
    if (v === ds.verdicts[i]) agree++;
  });
  console.log(`\ndissect deepscaler mode vs the Python grader: ${agree}/${decided} verdicts agree (${py.verdicts.length - decided} Python timeouts)`);
  if (process.env.BENCH_VERIFY_DUMP) {
    const { writeFileSync } = await import('node:fs');
    const rows = items
      .map((it, i) => ({ ...it, response: it.response.slice(REASONING.length), python: py.verdicts[i], deepscaler: ds.verdicts[i], strict: strict.verdicts[i] }))
      .filter((r) => r.python !== r.deepscaler || (r.kind !== 'wrong' && !r.strict));
    writeFileSync(process.env.BENCH_VERIFY_DUMP, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
    console.log(`wrote ${rows.length} disagreements / strict rejections of correct forms to ${process.env.BENCH_VERIFY_DUMP}`);
  }
  console.log(`throughput ratio strict / Python:     ${(strict.stats.perSec / py.stats.perSec).toFixed(1)}x steady, ${(strict.cold.perSec / py.stats.perSec).toFixed(1)}x first pass   (target >= 10x; strict p99 ${strict.stats.p99.toFixed(3)} ms steady, ${strict.cold.p99.toFixed(3)} ms first pass; target < 5 ms)`);
  console.log(`throughput ratio deepscaler / Python: ${(ds.stats.perSec / py.stats.perSec).toFixed(1)}x`);
}

await main();
