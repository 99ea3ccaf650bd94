/**
 * AdamW with global-norm gradient clipping over flat arenas, matching PyTorch `torch.optim.AdamW`
 * (decoupled decay: p *= 1 - lr*wd, then p -= lr/bc1 * m / (sqrt(v)/sqrt(bc2) + eps)) and
 * `torch.nn.utils.clip_grad_norm_` (scale = maxNorm / (norm + 1e-6) when norm > maxNorm).
 */

/** Resolved AdamW settings. */
export interface AdamWSettings {
  lr: number;
  beta1: number;
  beta2: number;
  eps: number;
  weightDecay: number;
  gradClip: number;
}

/**
 * Defaults: betas (0.9, 0.999), eps 1e-8, weight decay 0.01 (verl actor optim defaults,
 * `verl/trainer/config/actor/actor.yaml`), no clipping unless asked.
 */
export const ADAMW_DEFAULTS = { beta1: 0.9, beta2: 0.999, eps: 1e-8, weightDecay: 0.01, gradClip: 0 } as const;

/** Global L2 norm of `g` (accumulated in float64). */
export function globalNorm(g: Float32Array): number {
  let s = 0;
  for (let i = 0; i < g.length; i++) s += g[i] * g[i];
  return Math.sqrt(s);
}

/**
 * One AdamW step (`step` is 1-based, after increment). `decay[i]` = 1 where weight decay applies.
 * `gradScale` multiplies every gradient first (the clipping factor).
 */
export function adamwStep(params: Float32Array, grads: Float32Array, m: Float32Array, v: Float32Array, decay: Uint8Array, o: AdamWSettings, step: number, gradScale: number): void {
  const bc1 = 1 - Math.pow(o.beta1, step);
  const bc2 = 1 - Math.pow(o.beta2, step);
  const stepSize = o.lr / bc1;
  const sbc2 = Math.sqrt(bc2);
  const wdf = 1 - o.lr * o.weightDecay;
  for (let i = 0; i < params.length; i++) {
    const g = grads[i] * gradScale;
    m[i] = o.beta1 * m[i] + (1 - o.beta1) * g;
    v[i] = o.beta2 * v[i] + (1 - o.beta2) * g * g;
    let p = params[i];
    if (decay[i]) p *= wdf;
    params[i] = p - (stepSize * m[i]) / (Math.sqrt(v[i]) / sbc2 + o.eps);
  }
}
