import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

function dissect(args: string[], input?: string) {
  const r = spawnSync('npx', ['tsx', 'src/cli/bin.ts', 'grade', ...args], { cwd: root, input, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const line = (response: string, reference: unknown, extra: Record<string, unknown> = {}) => JSON.stringify({ id: 'x', response, reference, ...extra });

describe('dissect grade (subprocess)', () => {
  it('prints exactly one verdict per input line, in order, from stdin; --mode switches the rules', () => {
    const input = [
      line('</think>\\boxed{\\frac{1}{2}}', '0.5'),
      line('</think>\\boxed{3} or \\boxed{5}', '3'),
      '',
      line('</think>The answer is (C).', 'C'),
      line('</think>\\boxed{2/4}', '\\frac{1}{2}'),
      line('<think>\\boxed{5}', 5),
    ].join('\n');
    const r = dissect(['--jsonl', '--workers', '1'], input);
    expect(r.code).toBe(0);
    expect(r.out).toBe('true\nfalse\ntrue\ntrue\nfalse\n');
    const ds = dissect(['--jsonl', '-', '--workers', '0', '--mode', 'deepscaler'], input);
    // the paper's grader: last box wins, no final-statement fallback, no unreduced fractions
    expect(ds.out).toBe('true\nfalse\nfalse\nfalse\nfalse\n');
  });

  it('--explain prints verdict, extracted answer and reason; reads a file; a missing file is exit 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dissect-grade-'));
    const file = join(dir, 'in.jsonl');
    writeFileSync(file, `${line('</think>Final Answer: $42$', 42)}\n${line('no answer here', '1')}\n`);
    const r = dissect(['--jsonl', file, '--explain', '--workers', '0']);
    expect(r.code).toBe(0);
    const rows = r.out.trim().split('\n').map((l) => JSON.parse(l) as { verdict: boolean; extracted: string | null; reason: string });
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ verdict: true, extracted: '42' });
    expect(rows[1]).toMatchObject({ verdict: false, extracted: null, reason: 'no_answer' });
    const missing = dissect(['--jsonl', join(dir, 'missing.jsonl'), '--workers', '0']);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/missing\.jsonl/);
  });

  it('an optional "unit" field names the unit the problem asks for (OlympiadBench): another explicit unit is wrong', () => {
    const input = [
      line('</think>\\boxed{45 \\text{ seconds}}', '45', { unit: 'minutes' }),
      line('</think>\\boxed{45 \\text{ minutes}}', '45', { unit: 'minutes' }),
      line('</think>\\boxed{45}', '45', { unit: 'minutes' }),
      line('</think>\\boxed{45 \\text{ seconds}}', '45'),
    ].join('\n');
    for (const workers of ['0', '1']) {
      const r = dissect(['--jsonl', '--workers', workers], input);
      expect(r.code).toBe(0);
      expect(r.out).toBe('false\ntrue\ntrue\ntrue\n');
    }
    const bad = dissect(['--jsonl', '--workers', '0'], line('</think>\\boxed{1}', '1', { unit: 3 }));
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/unit/);
  });

  it('a malformed line is an input error naming the line (exit 2) unless --skip-bad', () => {
    const input = `${line('</think>\\boxed{1}', '1')}\n{"response": 3}\n${line('</think>\\boxed{2}', '2')}\n`;
    const bad = dissect(['--jsonl', '--workers', '0'], input);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/<stdin>:2: .*response/);
    const skip = dissect(['--jsonl', '--workers', '0', '--skip-bad'], input);
    expect(skip.code).toBe(0);
    expect(skip.out).toBe('true\nfalse\ntrue\n');
    expect(skip.err).toMatch(/<stdin>:2/);
  });

  it('enforces the hard timeout from outside the worker: a slow grade prints false with reason timeout', () => {
    // 30 points with repeating decimals (each parsed by the Compute Engine on first sight): ~10 ms in a
    // fresh worker, ten times the 1 ms budget.
    const pairs = Array.from({ length: 30 }, (_, i) => `(0.\\overline{${i + 1}}, ${i})`);
    const input = line(`</think>\\boxed{${pairs.join(', ')}}`, [...pairs].reverse().join(','));
    const r = dissect(['--jsonl', '--workers', '1', '--timeout-ms', '1', '--explain'], input);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ verdict: false, extracted: null, reason: 'timeout' });
  });
});
