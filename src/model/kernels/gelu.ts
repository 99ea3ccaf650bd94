/**
 * GELU, tanh approximation (GPT-2 `gelu_new`; PyTorch `nn.GELU(approximate='tanh')`; llm.c `gelu_forward`).
 * gelu(x) = 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3))).
 */
const S = Math.sqrt(2 / Math.PI);

/** out[i] = gelu(inp[i]) for i < N. */
export function geluForward(out: Float32Array, inp: Float32Array, N: number): void {
  for (let i = 0; i < N; i++) {
    const x = inp[i];
    out[i] = 0.5 * x * (1 + Math.tanh(S * (x + 0.044715 * x * x * x)));
  }
}

/** Accumulates dinp[i] += gelu'(inp[i]) * dout[i]. */
export function geluBackward(dinp: Float32Array, inp: Float32Array, dout: Float32Array, N: number): void {
  for (let i = 0; i < N; i++) {
    const x = inp[i];
    const u = S * (x + 0.044715 * x * x * x);
    const th = Math.tanh(u);
    const sech2 = 1 - th * th;
    const g = 0.5 * (1 + th) + 0.5 * x * sech2 * S * (1 + 3 * 0.044715 * x * x);
    dinp[i] += g * dout[i];
  }
}
