// eslint-disable-next-line no-restricted-imports -- the test (not the pure core) reads the shared golden vectors
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { gradeDeepscaler, mathdNormalize, sympyNormalize } from './index.js';

interface Case {
  name: string;
  ground_truth: string | number | Array<string | number> | null;
  ground_truth_type: string;
  ground_truth_python_str?: string;
  train_input: string;
  eval_input: string;
  train: { result?: boolean; timeout?: boolean };
  eval: { result?: boolean; timeout?: boolean };
  debug: { per_ground_truth?: Array<{ ground_truth: string; mathd_normalized: string; sympy_normalized: string }> };
}

const file = fileURLToPath(new URL('../../../../shared/conformance/deepscaler_verifier.json', import.meta.url));
const cases = (JSON.parse(readFileSync(file, 'utf8')) as { cases: Case[] }).cases;

/** Ground truth with its Python type preserved: floats as their Python str, ints as Python int text. */
function reference(c: Case): string | number | Array<string | number> | null {
  if (c.ground_truth_type === 'float') return c.ground_truth_python_str ?? String(c.ground_truth);
  if (c.ground_truth_type === 'int') return String(c.ground_truth);
  return c.ground_truth;
}

describe('deepscaler mode: conformance with the reference grader (304 cases)', () => {
  it('has all the cases', () => expect(cases.length).toBe(304));
  for (const c of cases) {
    const expected = c.eval.timeout ? false : c.eval.result;
    it(`${c.name} eval path`, () => {
      expect(gradeDeepscaler(c.eval_input, reference(c)).correct).toBe(expected);
    });
    it(`${c.name} train path`, () => {
      expect(gradeDeepscaler(c.train_input, reference(c)).correct).toBe(c.train.timeout ? false : c.train.result);
    });
    for (const g of c.debug.per_ground_truth ?? []) {
      it(`${c.name} normalisations of ${JSON.stringify(g.ground_truth)}`, () => {
        expect(mathdNormalize(g.ground_truth)).toBe(g.mathd_normalized);
        expect(sympyNormalize(g.ground_truth)).toBe(g.sympy_normalized);
      });
    }
  }
  it('stringifies JS numbers as Python floats (AMC 142.0)', () => {
    expect(gradeDeepscaler('r</think>\\boxed{142.0}', 142).correct).toBe(true);
    expect(gradeDeepscaler('r</think>\\boxed{142}', 142).correct).toBe(true);
  });
});
