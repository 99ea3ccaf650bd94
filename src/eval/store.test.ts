import { afterEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SampleWriter, latestRecords, lockDir, parseSamples, SAMPLES_FILE } from './store.js';
import type { SampleRecord } from './record.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function tmp(): string {
  const d = mkdtempSync(path.join(os.tmpdir(), 'dissect-store-'));
  dirs.push(d);
  return d;
}
function rec(problem: number, sample: number, error: string | null, correct: boolean | null = error ? null : true): SampleRecord {
  return {
    problem, problem_id: String(problem), kind: 'sample', sample, run: 0, seed: 1, prompt_hash: 'h', response: error ? null : 'r', reasoning: null,
    prompt_tokens: null, completion_tokens: null, finish_reason: null, latency_ms: 0, endpoint: null, attempts: 1, correct, extracted: null,
    reason: null, grades: {}, error, time: 't',
  };
}

describe('results store', () => {
  it('ignores a partial last line and reports corrupt complete lines with file:line', () => {
    const a = JSON.stringify(rec(0, 0, null));
    const r = parseSamples(`${a}\n${a.slice(0, 10)}`, 'f');
    expect(r.records).toHaveLength(1);
    expect(r.validBytes).toBe(a.length + 1);
    expect(() => parseSamples(`${a}\n{oops\n`, 'f')).toThrow('f:2');
  });
  it('canonical view: a later success supersedes an error, a later error never hides a success', () => {
    const v = latestRecords([rec(0, 0, 'boom'), rec(0, 0, null), rec(0, 0, 'late'), rec(1, 0, 'x'), rec(1, 0, 'y')]);
    expect(v.map((r) => [r.problem, r.error])).toEqual([
      [0, null],
      [1, 'y'],
    ]);
  });
  it('the writer cuts a crash-torn last line, then appends whole lines', () => {
    const d = tmp();
    const f = path.join(d, SAMPLES_FILE);
    writeFileSync(f, `${JSON.stringify(rec(0, 0, null))}\n{"problem": 0, "sam`);
    const w = SampleWriter.open(d);
    expect(w.existing).toHaveLength(1);
    expect(w.truncatedBytes).toBe(19);
    w.append(rec(0, 1, null));
    w.append(rec(0, 2, null));
    w.close();
    const lines = readFileSync(f, 'utf8').split('\n');
    expect(lines).toHaveLength(4); // three records and the final newline
    expect(lines.slice(0, 3).map((l) => JSON.parse(l).sample)).toEqual([0, 1, 2]);
  });
  it('the lock refuses a second live writer and takes over a dead one', async () => {
    const d = tmp();
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)']);
    try {
      writeFileSync(path.join(d, '.lock'), String(child.pid));
      expect(() => lockDir(d)).toThrow(`in use by process ${child.pid}`);
    } finally {
      child.kill('SIGKILL');
      await new Promise((r) => child.on('exit', r));
    }
    const unlock = lockDir(d); // the holder is dead now
    expect(readFileSync(path.join(d, '.lock'), 'utf8')).toBe(String(process.pid));
    unlock();
  });
});
