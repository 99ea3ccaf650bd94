import { afterEach, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBenchmark } from './benchmarks.js';
import { startFakeOpenAI } from './testing/fake-openai.js';
import type { RunningServer } from './testing/fake-openai.js';
import { readSamples, SAMPLES_FILE } from './store.js';
import { sampleKey } from './record.js';
import { evalCommand, regradeCommand, statsCommand } from './cli.js';
import { fakeGrader } from './testing/fake-grader.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsx = path.join(root, 'node_modules/.bin/tsx');
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});
function tmpDir(): string {
  const d = mkdtempSync(path.join(os.tmpdir(), 'dissect-cli-'));
  cleanups.push(() => rmSync(d, { recursive: true, force: true }));
  return d;
}

function dissect(args: string[]) {
  return spawnSync(tsx, [path.join(root, 'src/cli/bin.ts'), ...args], { encoding: 'utf8', timeout: 60_000 });
}

describe('dissect stats', () => {
  it("reads the paper's results_details.json and prints the JSON contract", () => {
    const dir = tmpDir();
    const file = path.join(dir, 'results_details.json');
    // 3 problems x 4 samples, p = 1, 0.5, 0 (hand-computed: avg 0.5, pass@2 (1 + 5/6)/3, pass@4 2/3).
    const flags = [
      [true, true, true, true],
      [false, true, true, false],
      [false, false, false, false],
    ];
    // Responses as the paper stores them (newlines removed); right ones box 1, wrong ones box 2 or nothing.
    const resp = (ok: boolean, j: number) => (ok ? 'so \\boxed{1}' : j % 2 ? 'hmm \\boxed{2}' : 'no idea');
    writeFileSync(file, JSON.stringify(flags.map((f, i) => ({ prompt: `q${i}`, ground_truth: '1', responses: f.map(resp), correct_flags: f, is_correct: f.some(Boolean) }))));
    const r = dissect(['stats', file, '--runs', '2', '--json']);
    expect(r.status).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.problems).toBe(3);
    expect(j.samples_per_problem).toBe(4);
    expect(j.avg).toBeCloseTo(0.5, 12);
    expect(Object.keys(j.pass_at_k)).toEqual(['1', '2', '4']);
    expect(j.pass_at_k['2']).toBeCloseTo((1 + 5 / 6) / 3, 12);
    // runs: run0 = (1 + 0.5 + 0)/3, run1 = (1 + 0.5 + 0)/3
    expect(j.runs).toMatchObject({ count: 2, scores: [0.5, 0.5], mean: 0.5, std: 0 });
    expect(j.uncertain).toMatchObject({ count: 1, problems: [1] });
    expect(j.uncertain.fraction).toBeCloseTo(1 / 3, 12);
    // maj@4: problem 0 votes 1 (right); problem 1 votes 1,1,2 (right; one sample has no answer);
    // problem 2 votes 2,2 (wrong).
    expect(j.maj_at_k['4']).toBeCloseTo(2 / 3, 12);
    expect(j.maj_at_k['1']).toBeCloseTo(j.avg, 12);
  });

  it('reads JSONL of {problem_id, correct} and reports bad lines with file:line (exit 2)', () => {
    const dir = tmpDir();
    const file = path.join(dir, 'v.jsonl');
    const lines = ['a', 'a', 'b', 'b', 'a', 'b'].map((id, i) => JSON.stringify({ problem_id: id, correct: i % 2 === 0 }));
    writeFileSync(file, `${lines.join('\n')}\n`);
    const r = dissect(['stats', file, '--json']);
    expect(r.status).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.problems).toBe(2);
    expect(j.samples_per_problem).toBe(3);
    // a: T F T (2/3), b: T F F (1/3)
    expect(j.avg).toBeCloseTo(0.5, 12);
    expect(j.runs.count).toBe(3); // single-sample runs by default
    expect(j.runs.scores).toEqual([1, 0, 0.5]);
    writeFileSync(file, `${lines[0]}\n{"problem_id": "x"}\n`);
    const bad = dissect(['stats', file]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain(`${file}:2`);
  });
});

describe('dissect stats with several paths (independent runs)', () => {
  it('takes each path as one run', async () => {
    const dir = tmpDir();
    const a = path.join(dir, 'a.jsonl');
    const b = path.join(dir, 'b.jsonl');
    // Run a: p0 T T, p1 F F -> 0.5; run b: p0 T F, p1 F F -> 0.25.
    writeFileSync(a, ['{"problem_id":"p0","correct":true}', '{"problem_id":"p0","correct":true}', '{"problem_id":"p1","correct":false}', '{"problem_id":"p1","correct":false}'].join('\n'));
    writeFileSync(b, ['{"problem_id":"p0","correct":true}', '{"problem_id":"p0","correct":false}', '{"problem_id":"p1","correct":false}', '{"problem_id":"p1","correct":false}'].join('\n'));
    const out: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((c: string) => (out.push(String(c)), true)) as typeof process.stdout.write;
    try {
      await statsCommand([a, b], { json: true });
    } finally {
      process.stdout.write = write;
    }
    const j = JSON.parse(out.join(''));
    expect(j.samples_per_problem).toBe(4);
    expect(j.runs.scores).toEqual([0.5, 0.25]);
    expect(j.avg).toBeCloseTo(0.375, 12);
    const c = path.join(dir, 'c.jsonl');
    writeFileSync(c, '{"problem_id":"p0","correct":true}\n');
    await expect(statsCommand([a, c], { json: true })).rejects.toThrow(/same problems/);
  });
});

describe('dissect eval and regrade (in-process)', () => {
  it('evaluates, prints a summary, writes parquet, and regrades without regenerating', async () => {
    const bench = await loadBenchmark('aime', { limit: 4 });
    const s = await startFakeOpenAI((r) => {
      const p = bench.problems.find((x) => r.prompt.includes(x.problem.slice(0, 60)));
      return { content: `\\boxed{${r.seed !== null && r.seed % 2 ? String(p?.answer) : '0'}}` };
    });
    cleanups.push(() => s.close());
    const dir = path.join(tmpDir(), 'out');
    const out: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((c: string) => (out.push(String(c)), true)) as typeof process.stdout.write;
    try {
      const code = await evalCommand({ bench: 'aime', limit: '4', n: '8', runs: '4', endpoint: [s.url], out: dir, quiet: true, parquet: true, greedy: true }, { grader: fakeGrader() });
      expect(code).toBe(0);
      expect(out.join('')).toMatch(/avg@8/);
      expect(out.join('')).toMatch(/runs \(4 × 2\)/);
      const { parquetReadObjects } = await import('hyparquet');
      const buf = readFileSync(path.join(dir, 'samples.parquet'));
      const rows = await parquetReadObjects({ file: buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer });
      expect(rows).toHaveLength(4 * 9);
      // dissect stats on our own folder: recorded runs, greedy flips, maj@k, both graders.
      out.length = 0;
      await statsCommand(dir, { json: true });
      const j = JSON.parse(out.join(''));
      expect(j.problems).toBe(4);
      expect(j.samples_per_problem).toBe(8);
      expect(j.runs.count).toBe(4);
      expect(j.runs.samples_per_run).toBe(2);
      expect(j.greedy.compared).toBe(4);
      expect(Object.keys(j.maj_at_k)).toEqual(['1', '2', '4', '8']);
      expect(j.responses.graders.total).toBe(4 * 9 - 4);
      const recs = readSamples(dir).filter((r) => r.kind === 'sample');
      expect(j.avg).toBeCloseTo(recs.filter((r) => r.correct).length / recs.length, 12);
      const requests = s.requests();
      // A grader that marks everything wrong: regrade changes every correct verdict, without requests.
      const before = readSamples(dir).filter((r) => r.correct).length;
      const wrong = { ...fakeGrader(), grade: async () => ({ correct: false, extracted: null, reason: 'x' }) };
      out.length = 0;
      await regradeCommand(dir, { mode: 'deepscaler', quiet: true }, { grader: wrong });
      expect(out.join('')).toContain(`${before} verdicts changed`);
      expect(s.requests()).toBe(requests);
      const after = readSamples(dir);
      expect(after.every((r) => r.correct === false && r.grades.deepscaler?.correct === false)).toBe(true);
      expect(after.filter((r) => r.grades.strict?.correct).length).toBe(before);
    } finally {
      process.stdout.write = write;
    }
  });
});

describe('kill -9 and --resume', () => {
  it('never loses or duplicates a sample across repeated SIGKILLs', async () => {
    const bench = await loadBenchmark('aime', { limit: 10 });
    const server: RunningServer = await startFakeOpenAI((r) => {
      const p = bench.problems.find((x) => r.prompt.includes(x.problem.slice(0, 60)));
      return { content: `\\boxed{${r.seed !== null && r.seed % 3 ? String(p?.answer) : '0'}}`, delayMs: 2 };
    });
    cleanups.push(() => server.close());
    const dir = path.join(tmpDir(), 'out');
    const opts = { bench: 'aime', limit: '10', n: '16', runs: '4', endpoint: [server.url], concurrency: '4', out: dir, quiet: true };
    // node --import tsx (not the tsx binary, which forks a child that SIGKILL would orphan).
    const entry = path.join(root, 'src/eval/testing/eval-entry.ts');
    const lineCount = () => (existsSync(path.join(dir, SAMPLES_FILE)) ? readFileSync(path.join(dir, SAMPLES_FILE), 'utf8').split('\n').length - 1 : 0);
    let kills = 0;
    for (const killAt of [15, 60, 110]) {
      const child = spawn(process.execPath, ['--import', 'tsx', entry, JSON.stringify({ ...opts, resume: kills > 0 })], { stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (c) => (stderr += String(c)));
      const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
      const t0 = Date.now();
      while (lineCount() < killAt && Date.now() - t0 < 30_000 && child.exitCode === null) await new Promise((r) => setTimeout(r, 5));
      child.kill('SIGKILL');
      const code = await exited;
      expect(code, stderr).toBeNull(); // killed, not finished
      kills++;
    }
    expect(lineCount()).toBeLessThan(160);
    // Async spawn: the fake server lives in this process, so its event loop must keep running.
    const child = spawn(process.execPath, ['--import', 'tsx', entry, JSON.stringify({ ...opts, resume: true })], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c) => (stderr += String(c)));
    const code = await new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
    expect(code, stderr).toBe(0);
    const recs = readSamples(dir);
    const keys = recs.map(sampleKey);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.length).toBe(160);
    for (const r of recs) expect(r.correct).toBe(r.seed % 3 !== 0);
    const m = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
    expect(m.status).toBe('complete');
    expect(m.sessions).toHaveLength(4);
  });
});
