import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createModel, loadModel, type GptModel } from './index.js';
import type { ModelConfig, TokenBatch } from './types.js';
import { paramLayout } from './params.js';
import { TsBackend } from './ts-engine.js';
import { pickScratch, pickToken } from './sampling.js';
import { loadNativeAddon } from './native-engine.js';
import { decodeSafetensors } from './safetensors.js';
import { Rng } from '../util/rng.js';
import { DivergenceError } from '../util/errors.js';

const tiny: ModelConfig = { vocabSize: 7, contextLength: 12, dModel: 8, nLayers: 2, nHeads: 2, dMlp: 12 };
const engines: Array<'ts' | 'native'> = loadNativeAddon().addon ? ['ts', 'native'] : ['ts'];

function randomBatch(rng: Rng, B: number, T: number, V: number, lengths?: number[]): TokenBatch {
  const tokens = new Int32Array(B * T);
  for (let i = 0; i < tokens.length; i++) tokens[i] = rng.int(V);
  return { tokens, batch: B, time: T, lengths: lengths ? Int32Array.from(lengths) : undefined };
}

/** loss = sum a*logp + sum b*entropy, accumulated in float64. */
function lossOf(m: GptModel, batch: TokenBatch, a: Float32Array, b: Float32Array, temperature: number): number {
  const r = m.logProbs(batch, { temperature, entropy: true });
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * r.logp[i] + b[i] * (r.entropy as Float32Array)[i];
  return s;
}

describe.each(engines)('%s engine', (engine) => {
  const make = (cfg = tiny, seed = 1) => createModel(cfg, { seed, engine, threads: 2 });

  it('gradients match finite differences (logp and entropy terms, padding, temperature)', () => {
    const m = make();
    // Bigger weights than the GPT-2 init so every path carries signal.
    const rng = new Rng(5);
    for (let i = 0; i < m.params.length; i++) m.params[i] += 0.3 * rng.normal();
    m.paramsChanged();
    const batch = randomBatch(rng, 2, 7, tiny.vocabSize, [7, 5]);
    const a = new Float32Array(14).map(() => rng.normal());
    const b = new Float32Array(14).map(() => 0.5 * rng.normal());
    const T = 0.8;
    m.zeroGrad();
    m.forward(batch, { temperature: T, entropy: true });
    m.backward({ dLogp: a, dEntropy: b });
    const g = (m.gradients() as Float32Array).slice();
    // Directional derivative along a random direction restricted to each tensor.
    for (const spec of paramLayout(tiny).specs) {
      const d = new Float32Array(m.params.length);
      for (let i = spec.offset; i < spec.offset + spec.size; i++) d[i] = rng.normal();
      let analytic = 0;
      for (let i = 0; i < d.length; i++) analytic += g[i] * d[i];
      const eps = 1e-2;
      const base = m.params.slice();
      const at = (sgn: number) => {
        for (let i = 0; i < d.length; i++) m.params[i] = base[i] + sgn * eps * d[i];
        m.paramsChanged();
        return lossOf(m, batch, a, b, T);
      };
      const numeric = (at(1) - at(-1)) / (2 * eps);
      m.params.set(base);
      m.paramsChanged();
      expect(Math.abs(analytic - numeric), `${spec.name}: analytic ${analytic} numeric ${numeric}`).toBeLessThan(2e-3 + 2e-2 * Math.abs(numeric));
    }
    m.dispose();
  });

  it('padding does not change the valid positions, and padded entries are 0', () => {
    const m = make();
    const rng = new Rng(3);
    const batch = randomBatch(rng, 2, 9, tiny.vocabSize, [9, 4]);
    batch.tokens[9 + 6] = -5; // garbage in padding is ignored
    const full = m.logProbs(batch, { entropy: true });
    const alone = m.logProbs({ tokens: batch.tokens.slice(9, 13), batch: 1, time: 4 }, { entropy: true });
    for (let t = 0; t < 4; t++) expect(full.logp[9 + t]).toBeCloseTo(alone.logp[t], 5);
    for (let t = 4; t < 9; t++) expect(full.logp[9 + t]).toBe(0);
    expect(full.logp[0]).toBe(0);
    m.dispose();
  });

  it('KV-cache sampling equals uncached sampling with the reference forward', () => {
    const m = make({ ...tiny, vocabSize: 11 }, 4);
    const ref = new TsBackend(m.config);
    const prompts = [Int32Array.of(1, 2, 3), Int32Array.of(4), Int32Array.of(5, 6, 7, 8, 9)];
    for (const opts of [
      { maxNewTokens: 6, seed: 9, temperature: 0.9 },
      { maxNewTokens: 6, seed: 10, temperature: 1.3, topK: 4, topP: 0.8 },
      { maxNewTokens: 6, seed: 11, greedy: true },
    ]) {
      const res = m.sample(prompts, opts);
      const root = new Rng(opts.seed);
      const scratch = pickScratch(11);
      prompts.forEach((p, i) => {
        const rng = root.fork();
        const seq = Array.from(p);
        const limit = Math.min(m.config.contextLength, p.length + opts.maxNewTokens);
        const toks: number[] = [];
        while (seq.length < limit) {
          const logits = ref.logits(m.params, Int32Array.from(seq), 1, seq.length);
          const { token, logp } = pickToken(logits, (seq.length - 1) * 11, 11, { greedy: !!opts.greedy, temperature: opts.greedy ? 1 : opts.temperature ?? 1, topK: opts.topK ?? 0, topP: opts.topP ?? 1 }, rng, scratch);
          expect(res.logp[i][toks.length]).toBeCloseTo(logp, 4);
          toks.push(token);
          seq.push(token);
        }
        expect(Array.from(res.tokens[i])).toEqual(toks);
        expect(res.finishReason[i]).toBe('length');
      });
      // The reported log-probs are the model's log-probs of the completion under the same temperature.
      const temperature = opts.greedy ? 1 : opts.temperature;
      const seq = Int32Array.from([...prompts[0], ...res.tokens[0]]);
      const lp = m.logProbs({ tokens: seq, batch: 1, time: seq.length }, { temperature });
      for (let k = 0; k < res.tokens[0].length; k++) expect(res.logp[0][k]).toBeCloseTo(lp.logp[prompts[0].length + k], 4);
    }
    m.dispose();
  });

  it('logProbs of a batch larger than one chunk equals the single-pass forward', () => {
    const m = make();
    const B = 2100;
    const T = 8;
    const lengths = Array.from({ length: B }, (_, i) => 1 + (i % T));
    const batch = randomBatch(new Rng(12), B, T, tiny.vocabSize, lengths);
    const chunked = m.logProbs(batch, { entropy: true, temperature: 1.2 });
    const whole = m.forward(batch, { entropy: true, temperature: 1.2 });
    expect(chunked.logp).toEqual(whole.logp);
    expect(chunked.entropy).toEqual(whole.entropy);
    m.dispose();
  });

  it('stops at stop tokens and at the context length; same seed gives the same samples', () => {
    const m = make();
    const prompts = [Int32Array.of(1, 2), Int32Array.from({ length: 11 }, (_, i) => i % 7), Int32Array.from({ length: 12 }, () => 3)];
    const a = m.sample(prompts, { maxNewTokens: 20, seed: 3, stopTokens: [0] });
    const b = m.sample(prompts, { maxNewTokens: 20, seed: 3, stopTokens: [0] });
    expect(a).toEqual(b);
    expect(a.tokens[1].length).toBe(1); // 11 + 1 = contextLength 12
    expect(a.tokens[2].length).toBe(0);
    expect(a.finishReason[2]).toBe('length');
    const t0 = Array.from(a.tokens[0]);
    if (t0.includes(0)) {
      expect(t0.indexOf(0)).toBe(t0.length - 1);
      expect(a.finishReason[0]).toBe('stop');
    } else {
      expect(t0.length).toBe(10);
      expect(a.finishReason[0]).toBe('length');
    }
    const stopAll = m.sample([Int32Array.of(1)], { maxNewTokens: 5, seed: 1, stopTokens: [0, 1, 2, 3, 4, 5, 6] });
    expect(stopAll.tokens[0].length).toBe(1);
    expect(stopAll.finishReason[0]).toBe('stop');
    m.dispose();
  });

  it('loss falls on a memorisation task', () => {
    const cfg: ModelConfig = { vocabSize: 10, contextLength: 16, dModel: 16, nLayers: 2, nHeads: 2, dMlp: 32 };
    const m = make(cfg, 7);
    const batch = randomBatch(new Rng(8), 4, 16, 10);
    const n = 4 * 16;
    const nll = () => -m.logProbs(batch).logp.reduce((s, x) => s + x, 0) / (4 * 15);
    const before = nll();
    const d = new Float32Array(n).fill(-1 / (4 * 15));
    for (let s = 0; s < 80; s++) {
      m.forward(batch);
      m.backward({ dLogp: d });
      m.step({ lr: 1e-2, gradClip: 1 });
    }
    const after = nll();
    expect(before).toBeGreaterThan(2);
    expect(after).toBeLessThan(0.3 * before);
    m.dispose();
  });

  it('save/load round trip: weights, config, optimizer state and resume', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dissect-model-'));
    try {
      const m = make(tiny, 2);
      const batch = randomBatch(new Rng(1), 2, 8, tiny.vocabSize);
      const d = new Float32Array(16).fill(-0.1);
      const train = (x: GptModel) => {
        x.forward(batch);
        x.backward({ dLogp: d });
        return x.step({ lr: 1e-2, weightDecay: 0.1, gradClip: 0.5 });
      };
      train(m);
      train(m);
      await m.save(dir);
      const l = await loadModel(dir, { engine, threads: 1 });
      expect(l.config).toEqual(m.config);
      expect(l.optimizerStep).toBe(2);
      expect(Array.from(l.params)).toEqual(Array.from(m.params));
      expect(train(l).gradNorm).toBeCloseTo(train(m).gradNorm, 5);
      for (let i = 0; i < m.params.length; i++) expect(l.params[i]).toBeCloseTo(m.params[i], 6);
      const st = decodeSafetensors(readFileSync(path.join(dir, 'model.safetensors')));
      expect(st.tensors.get('h.0.attn.c_attn.weight')?.shape).toEqual([24, 8]);
      expect(st.tensors.get('wte.weight')?.shape).toEqual([7, 8]);
      expect(st.tensors.has('lm_head.weight')).toBe(false);
      expect(JSON.parse(readFileSync(path.join(dir, 'config.json'), 'utf8')).dModel).toBe(8);
      l.dispose();
      m.dispose();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects bad input with the numbers, and a non-finite gradient with DivergenceError', () => {
    const m = make();
    expect(() => m.logProbs({ tokens: Int32Array.of(1, 9), batch: 1, time: 2 })).toThrow(/token 9 at \[0,1\] outside \[0, 7\)/);
    expect(() => m.logProbs({ tokens: new Int32Array(13), batch: 1, time: 13 })).toThrow(/time 13 exceeds contextLength 12/);
    expect(() => m.logProbs({ tokens: new Int32Array(4), batch: 1, time: 4, lengths: Int32Array.of(5) })).toThrow(/lengths\[0\]=5/);
    expect(() => m.logProbs({ tokens: new Int32Array(4), batch: 1, time: 4 }, { temperature: 0 })).toThrow(/temperature/);
    expect(() => m.backward({ dLogp: new Float32Array(4) })).toThrow(/before forward/);
    expect(() => m.sample([new Int32Array(0)], { maxNewTokens: 2, seed: 1 })).toThrow(/prompt 0 is empty/);
    expect(() => m.sample([Int32Array.of(1)], { maxNewTokens: 2, seed: 1, topP: 0 })).toThrow(/topP/);
    expect(m.sample([Int32Array.of(1)], { maxNewTokens: 0, seed: 1 })).toEqual({ tokens: [new Int32Array(0)], logp: [new Float32Array(0)], finishReason: ['length'] });
    m.forward({ tokens: Int32Array.of(1, 2, 3), batch: 1, time: 3 });
    m.backward({ dLogp: Float32Array.of(0, NaN, 1) });
    expect(() => m.step({ lr: 1e-3 })).toThrow(DivergenceError);
    expect(m.gradients()?.every((g) => g === 0)).toBe(true);
    m.dispose();
  });

  it('is deterministic given the seed; clones are frozen copies', () => {
    const a = make(tiny, 5);
    const b = make(tiny, 5);
    expect(Array.from(a.params)).toEqual(Array.from(b.params));
    const c = a.clone();
    const batch = randomBatch(new Rng(2), 1, 6, tiny.vocabSize);
    expect(c.logProbs(batch).logp).toEqual(a.logProbs(batch).logp);
    expect(() => c.backward({ dLogp: new Float32Array(6) })).toThrow(/frozen/);
    a.forward(batch);
    a.backward({ dLogp: new Float32Array(6).fill(-1) });
    a.step({ lr: 0.1 });
    expect(c.logProbs(batch).logp).not.toEqual(a.logProbs(batch).logp);
    for (const x of [a, b, c]) x.dispose();
  });
});
