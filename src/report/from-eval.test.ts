import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Rng } from '../util/rng.js';
import { reportFromEval } from './from-eval.js';
import { renderReportHtml } from './html.js';

/** JSONL of {problem_id, correct}: `problems` problems with accuracy p_i, `n` samples each. */
function writeJsonl(file: string, ps: number[], n: number, seed: number): void {
  const rng = new Rng(seed);
  const lines: string[] = [];
  ps.forEach((p, i) => {
    for (let s = 0; s < n; s++) lines.push(JSON.stringify({ problem_id: `p${i}`, correct: rng.next() < p }));
  });
  writeFileSync(file, `${lines.join('\n')}\n`);
}

describe('report of evaluation results', () => {
  it('builds every section from {problem_id, correct} files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dissect-report-eval-'));
    const a = join(dir, 'aime.jsonl');
    const b = join(dir, 'math.jsonl');
    writeJsonl(a, Array.from({ length: 30 }, (_, i) => i / 29), 16, 1);
    writeJsonl(b, Array.from({ length: 200 }, (_, i) => (i % 10) / 9), 16, 2);
    const data = reportFromEval([a, b], { resamples: 200 });
    expect(data.summary.rows.map((r) => r[1])).toEqual(['aime', 'math']);
    expect(data.accuracy).toHaveLength(2);
    const aime = data.accuracy[0];
    expect(aime.problems).toBe(30);
    expect(aime.lo).toBeLessThan(aime.estimate);
    expect(aime.hi).toBeGreaterThan(aime.estimate);
    expect(data.passAtK[0].ks).toEqual([1, 2, 4, 8, 16]);
    // pass@k never decreases in k.
    for (const c of data.passAtK) for (let i = 1; i < c.values.length; i++) expect(c.values[i]).toBeGreaterThanOrEqual(c.values[i - 1] - 1e-12);
    expect(data.histogram.series[0].counts.reduce((s, x) => s + x, 0)).toBe(30);
    // The 30-problem set spreads more run to run than the 200-problem one.
    const std = data.spread.map((s) => s.std[0]);
    expect(std[0]).toBeGreaterThan(std[1]);
    expect(data.findings).toBeNull();
    const html = renderReportHtml(data);
    expect(html).toContain('No findings');
    expect(html).not.toMatch(/<script[^>]+src=/);
  });

  it('refuses a folder that holds no results', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dissect-report-empty-'));
    expect(() => reportFromEval([dir])).toThrow(/neither a results folder/);
  });
});
