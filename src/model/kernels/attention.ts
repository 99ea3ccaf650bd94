/**
 * Causal multi-head self-attention over a fused qkv tensor (llm.c `attention_forward` /
 * `attention_backward`), scale 1/sqrt(head size).
 */

/**
 * out[b,t,h*hs+i] = sum_{t2<=t} att[b,h,t,t2] * v[b,t2,h,i], att = softmax_t2(q·k / sqrt(hs)).
 * @param out [B,T,C] @param att [B,NH,T,T] (cache; entries t2>t are 0) @param qkv [B,T,3C]
 */
export function attentionForward(out: Float32Array, att: Float32Array, qkv: Float32Array, B: number, T: number, C: number, NH: number): void {
  const hs = C / NH;
  const C3 = 3 * C;
  const scale = 1 / Math.sqrt(hs);
  for (let b = 0; b < B; b++) {
    for (let h = 0; h < NH; h++) {
      for (let t = 0; t < T; t++) {
        const q = b * T * C3 + t * C3 + h * hs;
        const a = ((b * NH + h) * T + t) * T;
        let max = -Infinity;
        for (let t2 = 0; t2 <= t; t2++) {
          const k = b * T * C3 + t2 * C3 + C + h * hs;
          let s = 0;
          for (let i = 0; i < hs; i++) s += qkv[q + i] * qkv[k + i];
          s *= scale;
          att[a + t2] = s;
          if (s > max) max = s;
        }
        let sum = 0;
        for (let t2 = 0; t2 <= t; t2++) {
          const e = Math.exp(att[a + t2] - max);
          att[a + t2] = e;
          sum += e;
        }
        const inv = 1 / sum;
        for (let t2 = 0; t2 < T; t2++) att[a + t2] = t2 <= t ? att[a + t2] * inv : 0;
        const o = b * T * C + t * C + h * hs;
        for (let i = 0; i < hs; i++) out[o + i] = 0;
        for (let t2 = 0; t2 <= t; t2++) {
          const v = b * T * C3 + t2 * C3 + 2 * C + h * hs;
          const w = att[a + t2];
          for (let i = 0; i < hs; i++) out[o + i] += w * qkv[v + i];
        }
      }
    }
  }
}

/**
 * Accumulates dqkv [B,T,3C] from dout [B,T,C], using the cached att [B,NH,T,T] and qkv.
 * `scratch` must hold at least T floats.
 */
export function attentionBackward(dqkv: Float32Array, dout: Float32Array, qkv: Float32Array, att: Float32Array, scratch: Float32Array, B: number, T: number, C: number, NH: number): void {
  const hs = C / NH;
  const C3 = 3 * C;
  const scale = 1 / Math.sqrt(hs);
  const datt = scratch;
  for (let b = 0; b < B; b++) {
    for (let h = 0; h < NH; h++) {
      for (let t = 0; t < T; t++) {
        const a = ((b * NH + h) * T + t) * T;
        const o = b * T * C + t * C + h * hs;
        const q = b * T * C3 + t * C3 + h * hs;
        let dot = 0;
        for (let t2 = 0; t2 <= t; t2++) {
          const v = b * T * C3 + t2 * C3 + 2 * C + h * hs;
          let s = 0;
          const w = att[a + t2];
          for (let i = 0; i < hs; i++) {
            s += dout[o + i] * qkv[v + i];
            dqkv[v + i] += w * dout[o + i];
          }
          datt[t2] = s;
          dot += w * s;
        }
        for (let t2 = 0; t2 <= t; t2++) {
          const k = b * T * C3 + t2 * C3 + C + h * hs;
          const dpre = att[a + t2] * (datt[t2] - dot) * scale;
          for (let i = 0; i < hs; i++) {
            dqkv[q + i] += dpre * qkv[k + i];
            dqkv[k + i] += dpre * qkv[q + i];
          }
        }
      }
    }
  }
}
