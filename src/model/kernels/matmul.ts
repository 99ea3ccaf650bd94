/**
 * Linear layer with PyTorch `nn.Linear` weight layout [OC, C] (llm.c `matmul_forward_naive` /
 * `matmul_backward`). The reference version: plain loops, no tiling.
 */

/**
 * out[n,o] = bias[o] + sum_i inp[n,i] * weight[o,i].
 * @param out [N,OC] @param inp [N,C] @param weight [OC,C] @param bias [OC] or null
 */
export function matmulForward(out: Float32Array, inp: Float32Array, weight: Float32Array, bias: Float32Array | null, N: number, C: number, OC: number): void {
  for (let n = 0; n < N; n++) {
    const x = n * C;
    for (let o = 0; o < OC; o++) {
      const w = o * C;
      let s = bias ? bias[o] : 0;
      for (let i = 0; i < C; i++) s += inp[x + i] * weight[w + i];
      out[n * OC + o] = s;
    }
  }
}

/**
 * Accumulates dinp [N,C] += dout·weight, dweight [OC,C] += dout^T·inp, dbias [OC] += sum_n dout.
 */
export function matmulBackward(dinp: Float32Array, dweight: Float32Array, dbias: Float32Array | null, dout: Float32Array, inp: Float32Array, weight: Float32Array, N: number, C: number, OC: number): void {
  for (let n = 0; n < N; n++) {
    const x = n * C;
    for (let o = 0; o < OC; o++) {
      const d = dout[n * OC + o];
      if (d === 0) continue;
      const w = o * C;
      for (let i = 0; i < C; i++) {
        dinp[x + i] += d * weight[w + i];
        dweight[w + i] += d * inp[x + i];
      }
      if (dbias) dbias[o] += d;
    }
  }
}
