/**
 * Parameter layout: every weight is a named view into one Float32Array arena (llm.c
 * `fill_in_parameter_sizes` + `malloc_and_point_parameters`). Names and shapes follow PyTorch
 * `nn.Linear`/`nn.Embedding`/`nn.LayerNorm` conventions ([out, in] weights), so a PyTorch user can
 * `load_state_dict` the safetensors file into the equivalent module tree (see docs/decisions.md).
 * The output head is tied to `wte.weight` and has no tensor of its own.
 */
import type { ModelConfig } from './types.js';
import { Rng } from '../util/rng.js';

/** One parameter tensor inside the arena. */
export interface ParamSpec {
  /** PyTorch-style name, e.g. `h.0.attn.c_attn.weight`. */
  name: string;
  shape: number[];
  /** Offset (in floats) into the arena. */
  offset: number;
  size: number;
  /** AdamW weight decay applies (2-D weights and embeddings, not LayerNorm or biases; nanoGPT convention). */
  decay: boolean;
  /** Standard deviation of the normal init; 0 = constant `fill`. */
  initStd: number;
  fill: number;
}

/** Offsets of the tensors of one transformer block. */
export interface LayerOffsets {
  ln1w: number;
  ln1b: number;
  qkvw: number;
  qkvb: number;
  attprojw: number;
  attprojb: number;
  ln2w: number;
  ln2b: number;
  fcw: number;
  fcb: number;
  fcprojw: number;
  fcprojb: number;
}

/** The full layout: tensors in arena order plus direct offsets for the kernels. */
export interface ParamLayout {
  specs: ParamSpec[];
  total: number;
  wte: number;
  wpe: number;
  layers: LayerOffsets[];
  lnfw: number;
  lnfb: number;
}

/**
 * Build the layout. Init follows GPT-2/nanoGPT: N(0, 0.02) for weights and embeddings,
 * N(0, 0.02/sqrt(2L)) for the two residual projections (`c_proj`), zeros for biases, LayerNorm 1/0.
 */
export function paramLayout(c: ModelConfig): ParamLayout {
  const C = c.dModel;
  const specs: ParamSpec[] = [];
  let off = 0;
  const projStd = 0.02 / Math.sqrt(2 * c.nLayers);
  const add = (name: string, shape: number[], kind: 'w' | 'proj' | 'b' | 'lnw' | 'lnb'): number => {
    const size = shape.reduce((a, b) => a * b, 1);
    const spec: ParamSpec = {
      name,
      shape,
      offset: off,
      size,
      decay: kind === 'w' || kind === 'proj',
      initStd: kind === 'w' ? 0.02 : kind === 'proj' ? projStd : 0,
      fill: kind === 'lnw' ? 1 : 0,
    };
    specs.push(spec);
    off += size;
    return spec.offset;
  };
  const wte = add('wte.weight', [c.vocabSize, C], 'w');
  const wpe = add('wpe.weight', [c.contextLength, C], 'w');
  const layers: LayerOffsets[] = [];
  for (let l = 0; l < c.nLayers; l++) {
    const p = `h.${l}.`;
    layers.push({
      ln1w: add(`${p}ln_1.weight`, [C], 'lnw'),
      ln1b: add(`${p}ln_1.bias`, [C], 'lnb'),
      qkvw: add(`${p}attn.c_attn.weight`, [3 * C, C], 'w'),
      qkvb: add(`${p}attn.c_attn.bias`, [3 * C], 'b'),
      attprojw: add(`${p}attn.c_proj.weight`, [C, C], 'proj'),
      attprojb: add(`${p}attn.c_proj.bias`, [C], 'b'),
      ln2w: add(`${p}ln_2.weight`, [C], 'lnw'),
      ln2b: add(`${p}ln_2.bias`, [C], 'lnb'),
      fcw: add(`${p}mlp.c_fc.weight`, [c.dMlp, C], 'w'),
      fcb: add(`${p}mlp.c_fc.bias`, [c.dMlp], 'b'),
      fcprojw: add(`${p}mlp.c_proj.weight`, [C, c.dMlp], 'proj'),
      fcprojb: add(`${p}mlp.c_proj.bias`, [C], 'b'),
    });
  }
  const lnfw = add('ln_f.weight', [C], 'lnw');
  const lnfb = add('ln_f.bias', [C], 'lnb');
  return { specs, total: off, wte, wpe, layers, lnfw, lnfb };
}

/** Fill `params` with the seeded GPT-2 init (deterministic: one Rng stream in arena order). */
export function initParams(layout: ParamLayout, params: Float32Array, seed: number): void {
  const rng = new Rng(seed);
  for (const s of layout.specs) {
    const v = params.subarray(s.offset, s.offset + s.size);
    if (s.initStd > 0) for (let i = 0; i < s.size; i++) v[i] = rng.normal() * s.initStd;
    else v.fill(s.fill);
  }
}

/** 1 where weight decay applies, per float of the arena. */
export function decayMask(layout: ParamLayout): Uint8Array {
  const m = new Uint8Array(layout.total);
  for (const s of layout.specs) if (s.decay) m.fill(1, s.offset, s.offset + s.size);
  return m;
}
