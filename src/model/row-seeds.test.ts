import { describe, expect, it } from 'vitest';
import { createModel } from './index.js';
import type { GptModel } from './gpt.js';
import type { ModelConfig, SampleOptions, SampleResult } from './types.js';
import { loadNativeAddon } from './native-engine.js';
import { Rng } from '../util/rng.js';
import { createGenerator, supportsRowSeeds } from '../serve/generator.js';
import { defaultTokenizer, formatPrompt } from '../tasks/index.js';

const native = loadNativeAddon().addon !== null;
// Odd sizes so the native GEMM runs vector bodies and scalar tails (rows land in full register tiles
// alone and in tails depending on the batch).
const cfg: ModelConfig = { vocabSize: 13, contextLength: 40, dModel: 24, nLayers: 2, nHeads: 3, dMlp: 40 };

function model(engine: 'ts' | 'native'): GptModel {
  const m = createModel(cfg, { seed: 3, engine, threads: 2 });
  const rng = new Rng(4);
  // Larger weights than the init so the distributions are far from uniform.
  for (let i = 0; i < m.params.length; i++) m.params[i] += 0.1 * rng.normal();
  m.paramsChanged();
  return m;
}

const prompts = [Int32Array.of(1, 2, 3), Int32Array.of(4), Int32Array.of(5, 6, 7, 8, 9), Int32Array.of(2, 2), Int32Array.of(11, 0, 12, 3)];
const seeds = [101, 7, 4242, 0xfffffff0, 55];
const opts: SampleOptions = { maxNewTokens: 30, temperature: 1.3, seed: 1, stopTokens: [0] };

function row(r: SampleResult, i: number) {
  return { tokens: Array.from(r.tokens[i]), logp: Array.from(r.logp[i]), finish: r.finishReason[i] };
}

const engines = native ? (['ts', 'native'] as const) : (['ts'] as const);

describe.each(engines)('rowSeeds (%s engine)', (engine) => {
  it('a row gives the same tokens and logp alone, in a batch of 5 and at another position', () => {
    const m = model(engine);
    const batch = m.sample(prompts, { ...opts, rowSeeds: seeds });
    // Reversed order, different call seed and a longer budget for the others does not matter either.
    const order = [4, 3, 2, 1, 0];
    const reversed = m.sample(order.map((i) => prompts[i]), { ...opts, seed: 99, rowSeeds: order.map((i) => seeds[i]) });
    for (let i = 0; i < prompts.length; i++) {
      const alone = m.sample([prompts[i]], { ...opts, seed: 1000 + i, rowSeeds: [seeds[i]] });
      expect(row(batch, i)).toEqual(row(alone, 0));
      expect(row(reversed, order.indexOf(i))).toEqual(row(alone, 0));
      // In a batch of 3 with copies of itself under other seeds.
      const mixed = m.sample([prompts[0], prompts[i], prompts[i]], { ...opts, rowSeeds: [3, seeds[i], 17] });
      expect(row(mixed, 1)).toEqual(row(alone, 0));
    }
    // Different seeds on the same prompt give different samples (the seed is used).
    const two = m.sample([prompts[0], prompts[0]], { ...opts, maxNewTokens: 20, stopTokens: [], rowSeeds: [1, 2] });
    expect(row(two, 0).tokens).not.toEqual(row(two, 1).tokens);
    m.dispose();
  });

  it('top-k / top-p draws are per row too', () => {
    const m = model(engine);
    const o = { ...opts, topK: 6, topP: 0.8 };
    const batch = m.sample(prompts, { ...o, rowSeeds: seeds });
    for (let i = 0; i < prompts.length; i++) expect(row(batch, i)).toEqual(row(m.sample([prompts[i]], { ...o, rowSeeds: [seeds[i]] }), 0));
    m.dispose();
  });

  it('greedy decoding ignores seeds; absent rowSeeds keeps the call-seed streams', () => {
    const m = model(engine);
    const g = { maxNewTokens: 12, greedy: true, seed: 1 };
    expect(m.sample(prompts, { ...g, rowSeeds: seeds })).toEqual(m.sample(prompts, g));
    // Without rowSeeds, row i is the i-th fork of Rng(seed): the rows shift with the batch.
    const a = m.sample([prompts[0], prompts[0]], { ...opts, stopTokens: [] });
    const b = m.sample([prompts[0], prompts[0]], { ...opts, stopTokens: [] });
    expect(a).toEqual(b);
    const single = m.sample([prompts[0]], { ...opts, stopTokens: [] });
    expect(row(a, 0)).toEqual(row(single, 0));
    expect(row(a, 1)).not.toEqual(row(single, 0));
    m.dispose();
  });

  it('rejects rowSeeds of the wrong length or non-integers', () => {
    const m = model(engine);
    expect(() => m.sample(prompts, { ...opts, rowSeeds: [1, 2] })).toThrow(/one seed per prompt/);
    expect(() => m.sample([prompts[0]], { ...opts, rowSeeds: [1.5] })).toThrow(/rowSeeds\[0\]/);
    m.dispose();
  });
});

describe.skipIf(!native)('rowSeeds: native engine vs TypeScript reference', () => {
  it('same rowSeeds give the same tokens and (to float tolerance) logp', () => {
    const ts = model('ts');
    const nat = model('native');
    const a = ts.sample(prompts, { ...opts, rowSeeds: seeds });
    const b = nat.sample(prompts, { ...opts, rowSeeds: seeds });
    expect(b.tokens).toEqual(a.tokens);
    expect(b.finishReason).toEqual(a.finishReason);
    for (let i = 0; i < prompts.length; i++) {
      for (let t = 0; t < a.logp[i].length; t++) expect(b.logp[i][t]).toBeCloseTo(a.logp[i][t], 4);
    }
    ts.dispose();
    nat.dispose();
  });
});

describe.each(engines)('the server generator over the %s engine', (engine) => {
  it('detects per-row seeds and merges concurrent requests into one pass with the same samples as alone', async () => {
    const tok = defaultTokenizer();
    const m = createModel({ vocabSize: tok.vocabSize, contextLength: 48, dModel: 32, nLayers: 1, nHeads: 2, dMlp: 64 }, { seed: 5, engine });
    expect(supportsRowSeeds(m)).toBe(true);
    let calls = 0;
    const sample = m.sample.bind(m);
    m.sample = (p, o) => {
      calls++;
      return sample(p, o);
    };
    const g = createGenerator(m, tok);
    const reqs = Array.from({ length: 6 }, (_, i) => ({ n: 1 + (i % 3), temperature: 1, topP: 1, maxTokens: 5 + i, seed: 10 + i, prompt: formatPrompt(`Compute ${i}+2.`) }));
    const before = calls;
    const together = await Promise.all(reqs.map((r) => g.generate(r)));
    expect(calls - before).toBe(1);
    for (let i = 0; i < reqs.length; i++) {
      const alone = await g.generate(reqs[i]);
      expect(together[i]).toEqual(alone);
    }
    g.close();
  });
});
