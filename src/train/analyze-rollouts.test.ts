import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { analyzeRollouts, FORMAT_FIELDS } from './analyze-rollouts.js';
import { InputError } from '../util/errors.js';

function dump(lines: object[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'dissect-ar-'));
  const f = join(dir, 'r.jsonl');
  writeFileSync(f, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  return f;
}

describe('analyzeRollouts', () => {
  // Hand-computed batch: step 1 has groups a (all correct), b (all wrong), c (mixed 1/2), d (mixed 1/2);
  // step 2 has group a (mixed 1/2) only. Lengths make the token fraction differ from the sample fraction.
  const rows = [
    { step: 1, uid: 'a', correct: true, response_length: 10 },
    { step: 1, uid: 'a', correct: true, response_length: 10 },
    { step: 1, uid: 'b', correct: false, response_length: 30 },
    { step: 1, uid: 'b', correct: false, response_length: 30 },
    { step: 1, uid: 'c', correct: true, response_length: 5 },
    { step: 1, uid: 'c', correct: false, response_length: 5 },
    { step: 1, uid: 'd', correct: false, response_length: 5 },
    { step: 1, uid: 'd', correct: true, response_length: 5 },
    { step: 2, uid: 'a', correct: true, response_length: 8 },
    { step: 2, uid: 'a', correct: false, response_length: 8 },
  ];

  it('computes group fractions and zero-advantage shares per step (binary GRPO advantages)', async () => {
    const f = dump(rows);
    const r = await analyzeRollouts(f, { fields: { ...FORMAT_FIELDS.dissect, advantage: null }, threshold: 0.5 });
    expect(r.advantageSource).toBe('binary_grpo');
    expect(r.steps).toHaveLength(2);
    const s1 = r.steps[0].metrics;
    expect(s1['zero_adv/all_correct_frac']).toBe(0.25);
    expect(s1['zero_adv/all_wrong_frac']).toBe(0.25);
    expect(s1['zero_adv/mixed_frac']).toBe(0.5);
    expect(s1['zero_adv/sample_frac']).toBe(4 / 8);
    expect(s1['zero_adv/token_frac']).toBeCloseTo(80 / 100, 12);
    const s2 = r.steps[1].metrics;
    expect(s2['zero_adv/mixed_frac']).toBe(1);
    expect(s2['zero_adv/sample_frac']).toBe(0);
    expect(r.mean['zero_adv/mixed_frac']).toBe(0.75);
    // Pooled over (step, prompt): 5 groups, 1 all-correct, 1 all-wrong, 3 mixed.
    expect(r.pooled['zero_adv/mixed_frac']).toBeCloseTo(3 / 5, 12);
    expect(r.groups).toBe(5);
  });

  it('uses the dump advantages when present', async () => {
    const f = dump(rows.map((x, i) => ({ ...x, advantage: i === 0 ? 0.3 : 0 })));
    const r = await analyzeRollouts(f, { fields: FORMAT_FIELDS.dissect, threshold: 0.5 });
    expect(r.advantageSource).toBe('dump');
    expect(r.steps[0].metrics['zero_adv/sample_frac']).toBe(7 / 8);
    expect(r.steps[0].metrics['zero_adv/revived_sample_frac']).toBe(1 / 8);
  });

  it('reads a verl-style dump: score threshold, prompt text as id, text length', async () => {
    const f = dump([
      { input: 'p1', output: 'xx', score: 1.0, step: 3 },
      { input: 'p1', output: 'xxxx', score: 0.0, step: 3 },
      { input: 'p2', output: 'x', score: 0.0, step: 3 },
      { input: 'p2', output: 'x', score: -0.5, step: 3 },
    ]);
    const r = await analyzeRollouts(f, { fields: FORMAT_FIELDS.verl, threshold: 0.5 });
    expect(r.steps[0].metrics['zero_adv/all_wrong_frac']).toBe(0.5);
    expect(r.steps[0].metrics['zero_adv/mixed_frac']).toBe(0.5);
    expect(r.steps[0].metrics['zero_adv/token_frac']).toBeCloseTo(2 / 8, 12);
  });

  it('names the line of a sample without correctness', async () => {
    const f = dump([{ uid: 'a', correct: true }, { uid: 'a' }]);
    await expect(analyzeRollouts(f, { fields: FORMAT_FIELDS.dissect, threshold: 0.5 })).rejects.toThrow(InputError);
    await expect(analyzeRollouts(f, { fields: FORMAT_FIELDS.dissect, threshold: 0.5 })).rejects.toThrow(/r\.jsonl:2/);
  });
});
