// eslint-disable-next-line no-restricted-imports -- the test (not the pure core) reads the case tables
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answersEquivalent, extractAnswer, grade } from './index.js';
import type { Reference } from './types.js';

/** A response is a string or a compact generated one (megabyte inputs stay out of the repository). */
type Generated = { parts: Array<string | { repeat: string; times: number }> };
interface Case {
  category: string;
  response: string | Generated;
  reference: Reference;
  expected: boolean;
  note?: string;
  /** The unit the problem asks for, when the benchmark stores it (OlympiadBench `unit`): GradeOptions.unit. */
  unit?: string;
}

function expand(r: string | Generated): string {
  if (typeof r === 'string') return r;
  return r.parts.map((p) => (typeof p === 'string' ? p : p.repeat.repeat(p.times))).join('');
}

const dir = new URL('./cases/', import.meta.url);
const tables = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => ({ file: f, cases: (JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as { cases: Case[] }).cases }));

describe('strict grading: case tables (src/verify/cases/*.json)', () => {
  it('has several hundred cases with true and false ones in every table', () => {
    const all = tables.flatMap((t) => t.cases);
    expect(all.length).toBeGreaterThanOrEqual(500);
    for (const t of tables) {
      expect(t.cases.some((c) => c.expected), t.file).toBe(true);
      expect(t.cases.some((c) => !c.expected), t.file).toBe(true);
    }
  });
  for (const t of tables) {
    describe(t.file, () => {
      t.cases.forEach((c, i) => {
        const text = expand(c.response);
        const label = `${i} ${c.category}: ${JSON.stringify(text.length > 80 ? `…${text.slice(-60)}` : text)} vs ${JSON.stringify(c.reference).slice(0, 60)}${c.note ? ` (${c.note})` : ''}`;
        it(label, () => {
          const r = grade(text, c.reference, c.unit === undefined ? {} : { unit: c.unit });
          expect(r.correct, `${r.reason} extracted=${JSON.stringify(r.extracted)?.slice(0, 80)}`).toBe(c.expected);
        });
      });
    });
  }
});

describe('extractAnswer and answersEquivalent', () => {
  it('extracts the final answer per mode', () => {
    expect(extractAnswer('<think>\\boxed{1}</think> so \\boxed{\\frac12}')).toBe('\\frac12');
    expect(extractAnswer('<think>unclosed \\boxed{1}')).toBeNull();
    expect(extractAnswer('</think> \\boxed{3} or \\boxed{5}')).toBeNull();
    expect(extractAnswer('a</think>\\boxed{1}</think>\\boxed{2}', { mode: 'deepscaler' })).toBe('1');
  });
  it('is a symmetric equivalence for maj@k clustering', () => {
    expect(answersEquivalent('\\frac12', '0.5')).toBe(true);
    expect(answersEquivalent('0.5', '\\frac12')).toBe(true);
    expect(answersEquivalent('\\{1,2\\}', '2, 1')).toBe(true);
    expect(answersEquivalent('3', '4')).toBe(false);
    expect(answersEquivalent('\\sqrt3', '1.732')).toBe(false);
    expect(answersEquivalent('1.732', '\\sqrt3')).toBe(false);
  });
  it('never throws on odd input', () => {
    expect(grade(undefined as unknown as string, '1').correct).toBe(false);
    expect(grade('</think>\\boxed{1}', [] as unknown as Reference).correct).toBe(false);
    expect(grade('</think>\\boxed{1}', null as unknown as Reference).correct).toBe(false);
  });
});
