import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultTokenizer } from '../tasks/tokenizer.js';
import { CHUNK, SftData, resolveSftConfig, runSft, sftHash, type SftOverrides } from './index.js';

const tiny: SftOverrides = { steps: 6, batchSize: 8, warmupSteps: 2, model: { dModel: 32, nLayers: 1, nHeads: 2, dMlp: 64, contextLength: 160 }, trainProblems: 500 };
const root = mkdtempSync(join(tmpdir(), 'dissect-sft-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('sft config and data', () => {
  it('hashes equal configs equally and any change differently', () => {
    const a = resolveSftConfig(tiny);
    expect(sftHash(a)).toBe(sftHash(resolveSftConfig(tiny)));
    expect(sftHash(resolveSftConfig({ ...tiny, lr: 1e-3 }))).not.toBe(sftHash(a));
    expect(sftHash(resolveSftConfig({ ...tiny, mix: { correct: 1, left_to_right: 0, drop_sign: 0 } }))).not.toBe(sftHash(a));
    expect(sftHash(resolveSftConfig({ ...tiny, seed: 1 }))).not.toBe(sftHash(a));
  });
  it('weights the computed digit of each step by resultWeight', () => {
    const c = resolveSftConfig({ ...tiny, resultWeight: 4 });
    const b = new SftData(c).batch(0);
    const tok = defaultTokenizer();
    let weighted = 0;
    for (let i = 1; i < b.mask.length; i++) {
      if (b.mask[i] === 4) {
        weighted++;
        expect(tok.tokens[b.tokens[i - 1]]).toMatch(/^\d[-+*]\d=$/);
        expect(/^[0-9]$/.test(tok.tokens[b.tokens[i]])).toBe(true);
      }
    }
    expect(weighted).toBeGreaterThan(b.batch);
    expect(b.lossWeight).toBe(b.lossTokens + 3 * weighted);
  });
  it('rejects bad values naming the field', () => {
    expect(() => resolveSftConfig({ steps: 0 })).toThrow(/steps/);
    expect(() => resolveSftConfig({ model: { vocabSize: 7 } })).toThrow(/vocabSize/);
    expect(() => resolveSftConfig({ model: { contextLength: 64 } })).toThrow(/contextLength/);
  });
  it('builds deterministic, length-sorted batches with a completion-only mask', () => {
    const c = resolveSftConfig(tiny);
    const d1 = new SftData(c);
    const d2 = new SftData(c);
    for (const step of [0, 3, CHUNK + 1]) {
      const a = d1.batch(step);
      const b = d2.batch(step);
      expect(Array.from(a.tokens)).toEqual(Array.from(b.tokens));
      const lengths = Array.from(a.lengths!);
      // Within a chunk, batches hold neighbours in length order: the spread stays small.
      expect(Math.max(...lengths) - Math.min(...lengths)).toBeLessThan(40);
      let masked = 0;
      for (let i = 0; i < a.mask.length; i++) masked += a.mask[i];
      expect(masked).toBe(a.lossWeight);
      // The first masked position of each row is the <think> token right after the prompt.
      for (let r = 0; r < a.batch; r++) {
        const row = Array.from(a.mask.subarray(r * a.time, (r + 1) * a.time));
        const first = row.indexOf(1);
        expect(a.tokens[r * a.time + first]).toBe(5);
      }
    }
  });
});

describe('runSft', () => {
  it('caches by content hash, retrains with force, and resumes to the same weights', async () => {
    const dir = join(root, 'a');
    const first = await runSft({ config: tiny, cacheDir: dir, quiet: true, checkpointEvery: 2 });
    expect(first.cached).toBe(false);
    expect(first.metrics.steps).toBe(6);
    const metrics = readFileSync(join(first.runDir, 'metrics.jsonl'), 'utf8').trim().split('\n');
    expect(metrics).toHaveLength(6);
    const again = await runSft({ config: tiny, cacheDir: dir, quiet: true });
    expect(again.cached).toBe(true);
    expect(again.checkpointDir).toBe(first.checkpointDir);
    const weights = readFileSync(join(first.checkpointDir, 'model.safetensors'));

    // Interrupt a fresh run after step 5 (the resume checkpoint is at step 4), then resume.
    const dirB = join(root, 'b');
    await expect(
      runSft({
        config: tiny,
        cacheDir: dirB,
        quiet: true,
        checkpointEvery: 2,
        onStep: (m) => {
          if (m.step === 5) throw new Error('interrupted');
        },
      }),
    ).rejects.toThrow('interrupted');
    const resumed = await runSft({ config: tiny, cacheDir: dirB, quiet: true, checkpointEvery: 2 });
    expect(resumed.cached).toBe(false);
    expect(readFileSync(join(resumed.runDir, 'metrics.jsonl'), 'utf8').trim().split('\n')).toHaveLength(6);
    expect(readFileSync(join(resumed.checkpointDir, 'model.safetensors')).equals(weights)).toBe(true);

    const forced = await runSft({ config: tiny, cacheDir: dir, quiet: true, force: true });
    expect(forced.cached).toBe(false);
    expect(readFileSync(join(forced.checkpointDir, 'model.safetensors')).equals(weights)).toBe(true);
  });
});
