/**
 * The pure TypeScript reference engine: llm.c's `train_gpt2.c` CPU reference ported to Float32Arrays.
 * Readable and slow; the native engine is checked against it.
 */
import type { Backend } from './backend.js';
import type { ModelConfig } from './types.js';
import { paramLayout, type ParamLayout } from './params.js';
import { encoderBackward, encoderForward } from './kernels/encoder.js';
import { layernormBackward, layernormForward } from './kernels/layernorm.js';
import { matmulBackward, matmulForward } from './kernels/matmul.js';
import { attentionBackward, attentionForward } from './kernels/attention.js';
import { geluBackward, geluForward } from './kernels/gelu.js';
import { headBackward, headForward } from './kernels/head.js';
import { adamwStep, globalNorm, type AdamWSettings } from './adamw.js';

/** Activations of one transformer block, [B,T,...] views of the arena. */
interface LayerActs {
  ln1: Float32Array;
  ln1Mean: Float32Array;
  ln1Rstd: Float32Array;
  qkv: Float32Array;
  atty: Float32Array;
  att: Float32Array;
  attproj: Float32Array;
  res2: Float32Array;
  ln2: Float32Array;
  ln2Mean: Float32Array;
  ln2Rstd: Float32Array;
  fch: Float32Array;
  fchGelu: Float32Array;
  fcproj: Float32Array;
  res3: Float32Array;
}

/** All activations of a forward over [B,T] (one arena, llm.c `malloc_and_point_activations`). */
interface Acts {
  B: number;
  T: number;
  encoded: Float32Array;
  layers: LayerActs[];
  lnf: Float32Array;
  lnfMean: Float32Array;
  lnfRstd: Float32Array;
  logits: Float32Array;
  probs: Float32Array;
  lse: Float32Array;
  ent: Float32Array;
  tokens: Int32Array;
  lengths: Int32Array;
  temperature: number;
}

function allocActs(c: ModelConfig, B: number, T: number): Acts {
  const N = B * T;
  const C = c.dModel;
  const F = c.dMlp;
  const perLayer: Array<[keyof LayerActs, number]> = [
    ['ln1', N * C], ['ln1Mean', N], ['ln1Rstd', N], ['qkv', N * 3 * C], ['atty', N * C],
    ['att', B * c.nHeads * T * T], ['attproj', N * C], ['res2', N * C], ['ln2', N * C], ['ln2Mean', N],
    ['ln2Rstd', N], ['fch', N * F], ['fchGelu', N * F], ['fcproj', N * C], ['res3', N * C],
  ];
  const layerSize = perLayer.reduce((a, [, s]) => a + s, 0);
  const V = c.vocabSize;
  const arena = new Float32Array(N * C + c.nLayers * layerSize + N * C + 2 * N + 2 * N * V + 2 * N);
  let off = 0;
  const take = (n: number): Float32Array => {
    const v = arena.subarray(off, off + n);
    off += n;
    return v;
  };
  const encoded = take(N * C);
  const layers: LayerActs[] = [];
  for (let l = 0; l < c.nLayers; l++) {
    const la = {} as LayerActs;
    for (const [k, s] of perLayer) la[k] = take(s);
    layers.push(la);
  }
  return {
    B, T, encoded, layers,
    lnf: take(N * C), lnfMean: take(N), lnfRstd: take(N), logits: take(N * V), probs: take(N * V), lse: take(N), ent: take(N),
    tokens: new Int32Array(N), lengths: new Int32Array(B), temperature: 1,
  };
}

/** KV cache: per layer, keys and values [slots, maxT, C]. */
interface KvCache {
  slots: number;
  maxT: number;
  k: Float32Array[];
  v: Float32Array[];
}

/** The TypeScript reference {@link Backend}. */
export class TsBackend implements Backend {
  readonly name = 'ts' as const;
  private readonly layout: ParamLayout;
  private train: Acts | null = null;
  private infer: Acts | null = null;
  private kv: KvCache | null = null;

  constructor(private readonly config: ModelConfig) {
    this.layout = paramLayout(config);
  }

  private acts(keep: boolean, B: number, T: number): Acts {
    const cur = keep ? this.train : this.infer;
    if (cur && cur.B === B && cur.T === T) return cur;
    const a = allocActs(this.config, B, T);
    if (keep) this.train = a;
    else this.infer = a;
    return a;
  }

  private view(params: Float32Array, off: number, n: number): Float32Array {
    return params.subarray(off, off + n);
  }

  forward(params: Float32Array, tokens: Int32Array, lengths: Int32Array, B: number, T: number, temperature: number, logp: Float32Array, entropy: Float32Array | null, keep: boolean): void {
    const a = this.acts(keep, B, T);
    this.forwardLogits(a, params, tokens, lengths, B, T);
    a.temperature = temperature;
    headForward(logp, entropy, a.probs, a.lse, a.ent, a.logits, a.tokens, { B, T, V: this.config.vocabSize, lengths: a.lengths, temperature });
  }

  /** Untempered logits [B,T,V] of every position (the uncached reference for sampling tests). */
  logits(params: Float32Array, tokens: Int32Array, B: number, T: number): Float32Array {
    const a = this.acts(false, B, T);
    const lengths = new Int32Array(B).fill(T);
    this.forwardLogits(a, params, tokens, lengths, B, T);
    return a.logits.slice();
  }

  private forwardLogits(a: Acts, params: Float32Array, tokens: Int32Array, lengths: Int32Array, B: number, T: number): void {
    const c = this.config;
    const L = this.layout;
    const C = c.dModel;
    const F = c.dMlp;
    const V = c.vocabSize;
    const N = B * T;
    const p = (off: number, n: number) => this.view(params, off, n);
    a.tokens.set(tokens.subarray(0, N));
    a.lengths.set(lengths.subarray(0, B));
    encoderForward(a.encoded, a.tokens, p(L.wte, V * C), p(L.wpe, c.contextLength * C), B, T, C);
    let residual = a.encoded;
    for (let l = 0; l < c.nLayers; l++) {
      const w = L.layers[l];
      const x = a.layers[l];
      layernormForward(x.ln1, x.ln1Mean, x.ln1Rstd, residual, p(w.ln1w, C), p(w.ln1b, C), N, C);
      matmulForward(x.qkv, x.ln1, p(w.qkvw, 3 * C * C), p(w.qkvb, 3 * C), N, C, 3 * C);
      attentionForward(x.atty, x.att, x.qkv, B, T, C, c.nHeads);
      matmulForward(x.attproj, x.atty, p(w.attprojw, C * C), p(w.attprojb, C), N, C, C);
      for (let i = 0; i < N * C; i++) x.res2[i] = residual[i] + x.attproj[i];
      layernormForward(x.ln2, x.ln2Mean, x.ln2Rstd, x.res2, p(w.ln2w, C), p(w.ln2b, C), N, C);
      matmulForward(x.fch, x.ln2, p(w.fcw, F * C), p(w.fcb, F), N, C, F);
      geluForward(x.fchGelu, x.fch, N * F);
      matmulForward(x.fcproj, x.fchGelu, p(w.fcprojw, C * F), p(w.fcprojb, C), N, F, C);
      for (let i = 0; i < N * C; i++) x.res3[i] = x.res2[i] + x.fcproj[i];
      residual = x.res3;
    }
    layernormForward(a.lnf, a.lnfMean, a.lnfRstd, residual, p(L.lnfw, C), p(L.lnfb, C), N, C);
    matmulForward(a.logits, a.lnf, p(L.wte, V * C), null, N, C, V);
  }

  backward(params: Float32Array, grads: Float32Array, dLogp: Float32Array, dEntropy: Float32Array | null): void {
    const a = this.train;
    if (!a) throw new Error('backward called before forward');
    const c = this.config;
    const L = this.layout;
    const { B, T } = a;
    const C = c.dModel;
    const F = c.dMlp;
    const V = c.vocabSize;
    const N = B * T;
    const p = (off: number, n: number) => this.view(params, off, n);
    const g = (off: number, n: number) => this.view(grads, off, n);
    const dlogits = new Float32Array(N * V);
    headBackward(dlogits, dLogp, dEntropy, a.probs, a.lse, a.ent, a.logits, a.tokens, { B, T, V, lengths: a.lengths, temperature: a.temperature });
    const dlnf = new Float32Array(N * C);
    matmulBackward(dlnf, g(L.wte, V * C), null, dlogits, a.lnf, p(L.wte, V * C), N, C, V);
    const dres = new Float32Array(N * C);
    const last = c.nLayers > 0 ? a.layers[c.nLayers - 1].res3 : a.encoded;
    layernormBackward(dres, g(L.lnfw, C), g(L.lnfb, C), dlnf, last, p(L.lnfw, C), a.lnfMean, a.lnfRstd, N, C);
    const dA = new Float32Array(N * F);
    const dB = new Float32Array(N * F);
    const dC = new Float32Array(N * 3 * C);
    const dD = new Float32Array(N * C);
    const scratch = new Float32Array(T);
    for (let l = c.nLayers - 1; l >= 0; l--) {
      const w = L.layers[l];
      const x = a.layers[l];
      const residual = l === 0 ? a.encoded : a.layers[l - 1].res3;
      dA.fill(0);
      matmulBackward(dA, g(w.fcprojw, C * F), g(w.fcprojb, C), dres, x.fchGelu, p(w.fcprojw, C * F), N, F, C);
      dB.fill(0);
      geluBackward(dB, x.fch, dA, N * F);
      dD.fill(0);
      matmulBackward(dD, g(w.fcw, F * C), g(w.fcb, F), dB, x.ln2, p(w.fcw, F * C), N, C, F);
      layernormBackward(dres, g(w.ln2w, C), g(w.ln2b, C), dD, x.res2, p(w.ln2w, C), x.ln2Mean, x.ln2Rstd, N, C);
      dD.fill(0);
      matmulBackward(dD, g(w.attprojw, C * C), g(w.attprojb, C), dres, x.atty, p(w.attprojw, C * C), N, C, C);
      dC.fill(0);
      attentionBackward(dC, dD, x.qkv, x.att, scratch, B, T, C, c.nHeads);
      dD.fill(0);
      matmulBackward(dD, g(w.qkvw, 3 * C * C), g(w.qkvb, 3 * C), dC, x.ln1, p(w.qkvw, 3 * C * C), N, C, 3 * C);
      layernormBackward(dres, g(w.ln1w, C), g(w.ln1b, C), dD, residual, p(w.ln1w, C), x.ln1Mean, x.ln1Rstd, N, C);
    }
    encoderBackward(g(L.wte, V * C), g(L.wpe, c.contextLength * C), dres, a.tokens, B, T, C);
  }

  sumSquares(grads: Float32Array): number {
    const n = globalNorm(grads);
    return n * n;
  }

  adamw(params: Float32Array, grads: Float32Array, m: Float32Array, v: Float32Array, decay: Uint8Array, o: AdamWSettings, step: number, gradScale: number): void {
    adamwStep(params, grads, m, v, decay, o, step, gradScale);
  }

  paramsChanged(): void {}

  decodeBegin(_params: Float32Array, slots: number, maxT: number): void {
    const n = slots * maxT * this.config.dModel;
    const k: Float32Array[] = [];
    const v: Float32Array[] = [];
    for (let l = 0; l < this.config.nLayers; l++) {
      k.push(new Float32Array(n));
      v.push(new Float32Array(n));
    }
    this.kv = { slots, maxT, k, v };
  }

  decodeStep(params: Float32Array, tokens: Int32Array, pos: Int32Array, slots: Int32Array, n: number, logits: Float32Array): void {
    const kv = this.kv;
    if (!kv) throw new Error('decodeStep called before decodeBegin');
    const c = this.config;
    const L = this.layout;
    const C = c.dModel;
    const F = c.dMlp;
    const V = c.vocabSize;
    const NH = c.nHeads;
    const hs = C / NH;
    const scale = 1 / Math.sqrt(hs);
    const p = (off: number, len: number) => this.view(params, off, len);
    const x = new Float32Array(n * C);
    const ln = new Float32Array(n * C);
    const mean = new Float32Array(n);
    const rstd = new Float32Array(n);
    const qkv = new Float32Array(n * 3 * C);
    const y = new Float32Array(n * C);
    const proj = new Float32Array(n * C);
    const fch = new Float32Array(n * F);
    const att = new Float32Array(kv.maxT);
    const wte = p(L.wte, V * C);
    const wpe = p(L.wpe, c.contextLength * C);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < C; j++) x[i * C + j] = wte[tokens[i] * C + j] + wpe[pos[i] * C + j];
    }
    for (let l = 0; l < c.nLayers; l++) {
      const w = L.layers[l];
      layernormForward(ln, mean, rstd, x, p(w.ln1w, C), p(w.ln1b, C), n, C);
      matmulForward(qkv, ln, p(w.qkvw, 3 * C * C), p(w.qkvb, 3 * C), n, C, 3 * C);
      const K = kv.k[l];
      const Vc = kv.v[l];
      for (let i = 0; i < n; i++) {
        const base = (slots[i] * kv.maxT + pos[i]) * C;
        for (let j = 0; j < C; j++) {
          K[base + j] = qkv[i * 3 * C + C + j];
          Vc[base + j] = qkv[i * 3 * C + 2 * C + j];
        }
        const s0 = slots[i] * kv.maxT * C;
        for (let h = 0; h < NH; h++) {
          let max = -Infinity;
          for (let t2 = 0; t2 <= pos[i]; t2++) {
            let s = 0;
            for (let d = 0; d < hs; d++) s += qkv[i * 3 * C + h * hs + d] * K[s0 + t2 * C + h * hs + d];
            s *= scale;
            att[t2] = s;
            if (s > max) max = s;
          }
          let sum = 0;
          for (let t2 = 0; t2 <= pos[i]; t2++) {
            att[t2] = Math.exp(att[t2] - max);
            sum += att[t2];
          }
          for (let d = 0; d < hs; d++) {
            let s = 0;
            for (let t2 = 0; t2 <= pos[i]; t2++) s += att[t2] * Vc[s0 + t2 * C + h * hs + d];
            y[i * C + h * hs + d] = s / sum;
          }
        }
      }
      matmulForward(proj, y, p(w.attprojw, C * C), p(w.attprojb, C), n, C, C);
      for (let i = 0; i < n * C; i++) x[i] += proj[i];
      layernormForward(ln, mean, rstd, x, p(w.ln2w, C), p(w.ln2b, C), n, C);
      matmulForward(fch, ln, p(w.fcw, F * C), p(w.fcb, F), n, C, F);
      geluForward(fch, fch, n * F);
      matmulForward(proj, fch, p(w.fcprojw, C * F), p(w.fcprojb, C), n, F, C);
      for (let i = 0; i < n * C; i++) x[i] += proj[i];
    }
    layernormForward(ln, mean, rstd, x, p(L.lnfw, C), p(L.lnfb, C), n, C);
    matmulForward(logits, ln, wte, null, n, C, V);
  }

  decodeEnd(): void {
    this.kv = null;
  }

  dispose(): void {
    this.train = null;
    this.infer = null;
    this.kv = null;
  }
}
