import { describe, expect, it } from 'vitest';
import { createModel } from './index.js';
import type { ModelConfig, TokenBatch } from './types.js';
import { loadNativeAddon } from './native-engine.js';
import { Rng } from '../util/rng.js';

const native = loadNativeAddon().addon !== null;

function batchOf(rng: Rng, B: number, T: number, V: number, lengths: number[]): TokenBatch {
  const tokens = new Int32Array(B * T).map(() => rng.int(V));
  return { tokens, batch: B, time: T, lengths: Int32Array.from(lengths) };
}

function maxAbs(a: Float32Array): number {
  let m = 0;
  for (const x of a) m = Math.max(m, Math.abs(x));
  return m;
}

// Shapes chosen to hit every code path: vector bodies and scalar tails of the GEMM (dims that are
// and are not multiples of the vector width), several attention row blocks (T > 48), head size 8/32.
const configs: Array<[string, ModelConfig, number, number[]]> = [
  ['odd sizes', { vocabSize: 13, contextLength: 40, dModel: 24, nLayers: 2, nHeads: 3, dMlp: 40 }, 37, [37, 20, 1]],
  ['vector sizes', { vocabSize: 64, contextLength: 80, dModel: 64, nLayers: 2, nHeads: 2, dMlp: 256 }, 70, [70, 64]],
];

describe.skipIf(!native)('native engine vs TypeScript reference', () => {
  it.each(configs)('%s: same weights give the same logp, entropy and gradients', (_name, cfg, T, lengths) => {
    const ts = createModel(cfg, { seed: 3, engine: 'ts' });
    const nat = createModel(cfg, { seed: 3, engine: 'native', threads: 2 });
    expect(Array.from(nat.params)).toEqual(Array.from(ts.params));
    const rng = new Rng(4);
    // Larger weights than the init so the attention is not uniform.
    for (let i = 0; i < ts.params.length; i++) ts.params[i] += 0.1 * rng.normal();
    nat.params.set(ts.params);
    ts.paramsChanged();
    nat.paramsChanged();
    const batch = batchOf(rng, lengths.length, T, cfg.vocabSize, lengths);
    const n = lengths.length * T;
    const a = ts.forward(batch, { temperature: 0.7, entropy: true });
    const b = nat.forward(batch, { temperature: 0.7, entropy: true });
    for (let i = 0; i < n; i++) {
      expect(b.logp[i]).toBeCloseTo(a.logp[i], 4);
      expect((b.entropy as Float32Array)[i]).toBeCloseTo((a.entropy as Float32Array)[i], 4);
    }
    const dLogp = new Float32Array(n).map(() => rng.normal());
    const dEntropy = new Float32Array(n).map(() => 0.3 * rng.normal());
    ts.backward({ dLogp, dEntropy });
    nat.backward({ dLogp, dEntropy });
    const ga = ts.gradients() as Float32Array;
    const gb = nat.gradients() as Float32Array;
    const scale = maxAbs(ga);
    let worst = 0;
    for (let i = 0; i < ga.length; i++) worst = Math.max(worst, Math.abs(ga[i] - gb[i]));
    expect(worst / scale).toBeLessThan(1e-4);
    // logProbs (no cache) agrees with forward.
    const c = nat.logProbs(batch, { temperature: 0.7 });
    for (let i = 0; i < n; i++) expect(c.logp[i]).toBeCloseTo(b.logp[i], 6);
    ts.dispose();
    nat.dispose();
  });

  it('results are bit-identical for 1, 2 and 3 threads (forward, gradients, sampling)', () => {
    const cfg = configs[1][1];
    const outs = [1, 2, 3].map((threads) => {
      const m = createModel(cfg, { seed: 5, engine: 'native', threads });
      const rng = new Rng(6);
      const batch = batchOf(rng, 3, 64, cfg.vocabSize, [64, 50, 64]);
      const f = m.forward(batch, { entropy: true });
      m.backward({ dLogp: new Float32Array(3 * 64).fill(-0.01) });
      const grads = (m.gradients() as Float32Array).slice();
      const s = m.sample([Int32Array.of(1, 2, 3), Int32Array.of(4, 5)], { maxNewTokens: 30, seed: 2, temperature: 1 });
      m.dispose();
      return { f, grads, s };
    });
    for (const o of outs.slice(1)) {
      expect(o.f.logp).toEqual(outs[0].f.logp);
      expect(o.f.entropy).toEqual(outs[0].f.entropy);
      expect(o.grads).toEqual(outs[0].grads);
      expect(o.s).toEqual(outs[0].s);
    }
  });

  it('training updates match the reference engine over several steps', () => {
    const cfg = configs[0][1];
    const ms = (['ts', 'native'] as const).map((engine) => createModel(cfg, { seed: 8, engine, threads: 2 }));
    const batch = batchOf(new Rng(9), 2, 30, cfg.vocabSize, [30, 25]);
    const d = new Float32Array(60).fill(-1 / 60);
    for (let s = 0; s < 5; s++) {
      for (const m of ms) {
        m.forward(batch);
        m.backward({ dLogp: d });
        m.step({ lr: 1e-2, gradClip: 1, weightDecay: 0.1 });
      }
    }
    let worst = 0;
    for (let i = 0; i < ms[0].params.length; i++) worst = Math.max(worst, Math.abs(ms[0].params[i] - ms[1].params[i]));
    expect(worst).toBeLessThan(1e-4);
    for (const m of ms) m.dispose();
  });
});
