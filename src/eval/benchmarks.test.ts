import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BENCHMARKS, loadBenchmark } from './benchmarks.js';
import { buildPrompt, promptHash, promptTexts } from './prompts.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function tmp(): string {
  const d = mkdtempSync(path.join(os.tmpdir(), 'dissect-bench-'));
  dirs.push(d);
  return d;
}
const sharedGpqa = fileURLToPath(new URL('../../../shared/data/benchmarks/gpqa_diamond.json', import.meta.url));

describe('benchmark registry', () => {
  it('loads every vendored set with the documented sizes and answer shapes', async () => {
    for (const spec of Object.values(BENCHMARKS)) {
      if (!spec.vendored) continue;
      const b = await loadBenchmark(spec.name);
      expect(b.problems.length, spec.name).toBe(spec.items);
      expect(b.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
    const amc = await loadBenchmark('amc');
    expect(typeof amc.problems[0].answer).toBe('number');
    expect(Array.isArray((await loadBenchmark('minerva')).problems[0].answer)).toBe(true);
    expect((await loadBenchmark('math')).problems[0].id).toMatch(/test\//);
    expect(BENCHMARKS.aime.samples).toBe(64);
    expect(BENCHMARKS.gpqa.samples).toBe(32);
    expect(BENCHMARKS.mmlu_stem.samples).toBe(4);
  });
  it('does not ship GPQA: it is read from --bench-file (or ../shared in development)', async () => {
    expect(existsSync(fileURLToPath(new URL('../../data/benchmarks/gpqa_diamond.json', import.meta.url)))).toBe(false);
    if (existsSync(sharedGpqa)) {
      const g = await loadBenchmark('gpqa');
      expect(g.problems).toHaveLength(198);
      expect(g.kind).toBe('multiple_choice');
    }
    const d = tmp();
    const f = path.join(d, 'g.json');
    writeFileSync(f, JSON.stringify([{ problem: 'Q (A) 1 (B) 2', answer: 'B' }]));
    const g = await loadBenchmark('gpqa', { file: f });
    expect(g.problems[0].answer).toBe('B');
    expect(g.defaultSamples).toBe(32);
  });
  it('reads user JSONL and parquet with named fields, and reports bad items with file:line', async () => {
    const d = tmp();
    const jl = path.join(d, 'tasks.jsonl');
    writeFileSync(jl, '{"q": "1+1?", "a": "2", "id": "t1"}\n\n{"q": "2+2?", "a": 4, "id": "t2"}\n');
    const b = await loadBenchmark(jl, { problemField: 'q', answerField: 'a' });
    expect(b.problems.map((p) => [p.id, p.problem, p.answer])).toEqual([
      ['t1', '1+1?', '2'],
      ['t2', '2+2?', 4],
    ]);
    expect(b.name).toBe('tasks');
    await expect(loadBenchmark(jl)).rejects.toThrow(`${jl}:1: field "problem" missing`);
    const { parquetWriteBuffer } = await import('hyparquet-writer');
    const pq = path.join(d, 't.parquet');
    const buf = parquetWriteBuffer({ columnData: [
      { name: 'problem', data: ['a', 'b'], type: 'STRING' },
      { name: 'answer', data: ['1', '2'], type: 'STRING' },
    ] });
    writeFileSync(pq, new Uint8Array(buf));
    expect((await loadBenchmark(pq)).problems.map((p) => p.answer)).toEqual(['1', '2']);
    await expect(loadBenchmark('nope')).rejects.toThrow(/unknown benchmark "nope"/);
  });
});

describe('prompts', () => {
  it("builds the paper's prompt: attack + problem + suffix, stripped", () => {
    const t = promptTexts();
    expect(buildPrompt('  What is 1+1?', { suffix: 'math', attack: 0 })).toBe(`What is 1+1?${t.suffix_math}`);
    expect(buildPrompt('Q', { suffix: 'multiple_choice', attack: 0 })).toBe(`Q${t.suffix_multiple_choice}`);
    const a1 = buildPrompt('Q', { suffix: 'math', attack: 1 });
    expect(a1.startsWith(t.attack_1.trimStart().slice(0, 50))).toBe(true);
    expect(a1.endsWith(`Q${t.suffix_math}`)).toBe(true);
    expect(buildPrompt('Q', { suffix: 'math', attack: 2 })).toContain('multiplication by 7');
    expect(buildPrompt('Q', { suffix: 'none', attack: 0 })).toBe('Q');
    expect(buildPrompt('Q', { suffix: 'math', attack: 0, template: '<|user|>{problem}{suffix}<|assistant|>' })).toBe(`<|user|>Q${t.suffix_math}<|assistant|>`);
    expect(() => buildPrompt('Q', { suffix: 'math', attack: 0, template: 'no placeholder' })).toThrow(/\{problem\}/);
    expect(promptHash('a')).not.toBe(promptHash('b'));
  });
});
