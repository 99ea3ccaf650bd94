/**
 * Token + position embedding (llm.c `encoder_forward`/`encoder_backward`).
 */

/**
 * out[b,t,:] = wte[tokens[b,t],:] + wpe[t,:].
 * @param out [B,T,C] @param tokens [B,T] @param wte [V,C] @param wpe [maxT,C]
 */
export function encoderForward(out: Float32Array, tokens: Int32Array, wte: Float32Array, wpe: Float32Array, B: number, T: number, C: number): void {
  for (let b = 0; b < B; b++) {
    for (let t = 0; t < T; t++) {
      const o = (b * T + t) * C;
      const ix = tokens[b * T + t] * C;
      const p = t * C;
      for (let i = 0; i < C; i++) out[o + i] = wte[ix + i] + wpe[p + i];
    }
  }
}

/** Accumulate dwte [V,C] and dwpe [maxT,C] from dout [B,T,C]. */
export function encoderBackward(dwte: Float32Array, dwpe: Float32Array, dout: Float32Array, tokens: Int32Array, B: number, T: number, C: number): void {
  for (let b = 0; b < B; b++) {
    for (let t = 0; t < T; t++) {
      const o = (b * T + t) * C;
      const ix = tokens[b * T + t] * C;
      const p = t * C;
      for (let i = 0; i < C; i++) {
        dwte[ix + i] += dout[o + i];
        dwpe[p + i] += dout[o + i];
      }
    }
  }
}
