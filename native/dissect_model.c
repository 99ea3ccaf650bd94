/*
 * dissect native model engine: a fixed-architecture GPT (pre-LayerNorm, learned positions,
 * tanh-GELU MLP, causal attention, head tied to wte) with hand-written forward and backward
 * kernels in the style of llm.c `train_gpt2.c`, exposed to Node through N-API.
 *
 * Contract (mirrors src/model/backend.ts and the TypeScript reference src/model/ts-engine.ts):
 * - weights live in a JS Float32Array in the layout of src/model/params.ts (PyTorch nn.Linear
 *   [out, in] weights); this file never owns them, it only reads them (and writes gradients).
 * - every kernel is an `*_forward` / `*_backward` pair over flat float buffers with explicit shapes.
 * - all matrix products go through one register-tiled GEMM (`gemm`), written with GCC vector
 *   extensions so it compiles to AVX-512, AVX2 or SSE depending on -march, with scalar tails.
 * - threads (OpenMP) split work so that every output element is computed by exactly one thread in a
 *   fixed order: results are bit-identical for any thread count.
 */
#ifndef DISSECT_NO_NAPI
#include <node_api.h>
#else
#include <stdbool.h>
#endif
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef _OPENMP
#include <omp.h>
#else
static int omp_get_thread_num(void) { return 0; }
#endif

/* ------------------------------------------------------------------------------------------------
 * vector type and fast math */

#if defined(__AVX512F__)
#define VW 16
#define ISA "avx512"
#elif defined(__AVX__)
#define VW 8
#define ISA "avx2"
#else
#define VW 4
#define ISA "sse"
#endif
typedef float vf __attribute__((vector_size(VW * 4), aligned(4), may_alias));
typedef int32_t vi __attribute__((vector_size(VW * 4), aligned(4), may_alias));

static inline vf vload(const float *p) { return *(const vf *)p; }
static inline void vstore(float *p, vf v) { *(vf *)p = v; }
#if VW == 16
#define SPLAT(x) ((vf){x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x})
#elif VW == 8
#define SPLAT(x) ((vf){x, x, x, x, x, x, x, x})
#else
#define SPLAT(x) ((vf){x, x, x, x})
#endif
static inline vf vsplat(float x) { return SPLAT(x); }
/* lane-wise select: m is all-ones where true (result of a vector comparison) */
static inline vf vsel(vi m, vf a, vf b) { return (vf)((m & (vi)a) | (~m & (vi)b)); }
static inline vf vmax(vf a, vf b) { return vsel(a > b, a, b); }
static inline vf vmin(vf a, vf b) { return vsel(a < b, a, b); }

/* exp(x): round-to-nearest range reduction x = k ln2 + r, Cephes expf polynomial for exp(r), 2^k by
 * exponent bits (about 2 ulp); inputs are clamped to [-87.3, 88.3] (exp(-87.3) is the smallest normal). */
static inline vf vexp(vf x) {
  x = vmin(vmax(x, vsplat(-87.3f)), vsplat(88.3f));
  vf k = x * 1.44269504088896341f + 12582912.0f; /* 1.5 * 2^23: rounds k to an integer in the low bits */
  vi ki = (vi)k - 0x4B400000;
  k = k - 12582912.0f;
  vf r = x - k * 0.693359375f;
  r = r + k * 2.12194440e-4f;
  vf z = r * r;
  vf y = vsplat(1.9875691500E-4f);
  y = y * r + 1.3981999507E-3f;
  y = y * r + 8.3334519073E-3f;
  y = y * r + 4.1665795894E-2f;
  y = y * r + 1.6666665459E-1f;
  y = y * r + 5.0000001201E-1f;
  y = y * z + r + 1.0f;
  return y * (vf)((ki + 127) << 23);
}

/* tanh(x) by a rational approximation (Eigen `generic_fast_tanh_float`), clamped to +-7.9. */
static inline vf vtanh(vf x) {
  x = vmin(vmax(x, vsplat(-7.90531110763549805f)), vsplat(7.90531110763549805f));
  vf x2 = x * x;
  vf p = vsplat(-2.76076847742355e-16f);
  p = p * x2 + 2.00018790482477e-13f;
  p = p * x2 + -8.60467152213735e-11f;
  p = p * x2 + 5.12229709037114e-08f;
  p = p * x2 + 1.48572235717979e-05f;
  p = p * x2 + 6.37261928875436e-04f;
  p = p * x2 + 4.89352455891786e-03f;
  p = p * x;
  vf q = vsplat(1.19825839466702e-06f);
  q = q * x2 + 1.18534705686654e-04f;
  q = q * x2 + 2.26843463243900e-03f;
  q = q * x2 + 4.89352518554385e-03f;
  return p / q;
}

/* Scalar versions through one lane, so tails compute exactly what the vector body does. */
static inline float sexp(float x) { return vexp(vsplat(x))[0]; }
static inline float stanh(float x) { return vtanh(vsplat(x))[0]; }

/* ------------------------------------------------------------------------------------------------
 * threads */

static int g_threads = 1;

/* ------------------------------------------------------------------------------------------------
 * GEMM: C[M,N] (op)= A[M,K] · B[K,N]
 *   A(i,k) = A[i*ars + k*acs]  (ars=lda, acs=1: row-major; ars=1, acs=lda: A stored transposed)
 *   B(k,j) = B[k*ldb + j]      (rows contiguous)
 *   C(i,j) = C[i*ldc + j]
 *   mode 0: C = A·B; 1: C += A·B; 2: C = A·B + bias[j]
 * Register tile MR x (2 vectors); K blocked by KC, M by MC (a multiple of MR). Each element is a sequential sum over k
 * (per KC block, blocks added in order), whatever the tiling or thread split. */

/* rows of the register tile: 8 x 2 vectors = 16 accumulators with AVX-512's 32 registers (measured
 * 95-120 vs 55-105 GFLOP/s for 6 rows on the forward shapes), 6 x 2 = 12 with AVX2's 16 */
#if VW == 16
#define MR 8
#else
#define MR 6
#endif
static inline int round_up(int x, int m) { return (x + m - 1) / m * m; }
#define KC 256
#define MC 96

static inline __attribute__((always_inline)) void ukernel(const int mr, const int nv, int K, const float *A, long ars, long acs,
                                                           const float *B, long ldb, float *C, long ldc, int mode, const float *bias) {
  vf acc[MR][2];
  for (int r = 0; r < mr; r++)
    for (int v = 0; v < nv; v++) acc[r][v] = vsplat(0.0f);
  for (int k = 0; k < K; k++) {
    const float *b = B + (long)k * ldb;
    const float *a = A + (long)k * acs;
    vf b0 = vload(b);
    vf b1 = nv > 1 ? vload(b + VW) : vsplat(0.0f);
    for (int r = 0; r < mr; r++) {
      vf av = vsplat(a[r * ars]);
      acc[r][0] += av * b0;
      if (nv > 1) acc[r][1] += av * b1;
    }
  }
  for (int r = 0; r < mr; r++) {
    for (int v = 0; v < nv; v++) {
      float *c = C + r * ldc + v * VW;
      vf o = acc[r][v];
      if (mode == 1) o += vload(c);
      else if (mode == 2) o += vload(bias + v * VW);
      vstore(c, o);
    }
  }
}

static void gemm_st(int M, int N, int K, const float *A, long ars, long acs, const float *B, long ldb, float *C, long ldc, int mode,
                    const float *bias) {
  if (K == 0) {
    for (int i = 0; i < M; i++)
      for (int j = 0; j < N; j++)
        if (mode != 1) C[(long)i * ldc + j] = mode == 2 ? bias[j] : 0.0f;
    return;
  }
  for (int k0 = 0; k0 < K; k0 += KC) {
    int kc = K - k0 < KC ? K - k0 : KC;
    int m = k0 == 0 ? mode : 1;
    const float *Ak = A + (long)k0 * acs;
    const float *Bk = B + (long)k0 * ldb;
    for (int i0 = 0; i0 < M; i0 += MC) {
      int mc = M - i0 < MC ? M - i0 : MC;
      int j = 0;
      for (; j + 2 * VW <= N; j += 2 * VW) {
        const float *bj = bias ? bias + j : NULL;
        int i = 0;
        for (; i + MR <= mc; i += MR)
          ukernel(MR, 2, kc, Ak + (long)(i0 + i) * ars, ars, acs, Bk + j, ldb, C + (long)(i0 + i) * ldc + j, ldc, m, bj);
        for (; i < mc; i++) ukernel(1, 2, kc, Ak + (long)(i0 + i) * ars, ars, acs, Bk + j, ldb, C + (long)(i0 + i) * ldc + j, ldc, m, bj);
      }
      for (; j + VW <= N; j += VW) {
        const float *bj = bias ? bias + j : NULL;
        int i = 0;
        for (; i + MR <= mc; i += MR)
          ukernel(MR, 1, kc, Ak + (long)(i0 + i) * ars, ars, acs, Bk + j, ldb, C + (long)(i0 + i) * ldc + j, ldc, m, bj);
        for (; i < mc; i++) ukernel(1, 1, kc, Ak + (long)(i0 + i) * ars, ars, acs, Bk + j, ldb, C + (long)(i0 + i) * ldc + j, ldc, m, bj);
      }
      for (; j < N; j++) {
        for (int i = 0; i < mc; i++) {
          const float *a = Ak + (long)(i0 + i) * ars;
          float s = 0.0f;
          for (int k = 0; k < kc; k++) s += a[(long)k * acs] * Bk[(long)k * ldb + j];
          float *c = C + (long)(i0 + i) * ldc + j;
          if (m == 1) s += *c;
          else if (m == 2) s += bias[j];
          *c = s;
        }
      }
    }
  }
}

/* Multi-threaded GEMM: tasks are row blocks (multiples of MR) or, for short M, column blocks (multiples
 * of 2*VW), handed out dynamically so that a descheduled thread on a shared machine does not stall the
 * others. Every element is computed by the same code path in the same order whatever the split. */
static void gemm(int M, int N, int K, const float *A, long ars, long acs, const float *B, long ldb, float *C, long ldc, int mode,
                 const float *bias) {
  int nt = g_threads;
  if (nt <= 1 || (double)M * N * K < 65536.0) {
    gemm_st(M, N, K, A, ars, acs, B, ldb, C, ldc, mode, bias);
    return;
  }
  int rb = M, cb = N;
  if (M >= 4 * nt * MR) {
    rb = round_up((M + 8 * nt - 1) / (8 * nt), MR);
    if (rb < 4 * MR) rb = 4 * MR;
  } else {
    cb = round_up((N + 4 * nt - 1) / (4 * nt), 2 * VW);
  }
  int mt = (M + rb - 1) / rb, ct = (N + cb - 1) / cb;
#pragma omp parallel for num_threads(nt) schedule(dynamic, 1)
  for (int task = 0; task < mt * ct; task++) {
    int i0 = (task / ct) * rb, j0 = (task % ct) * cb;
    int mc = M - i0 < rb ? M - i0 : rb, nc = N - j0 < cb ? N - j0 : cb;
    gemm_st(mc, nc, K, A + (long)i0 * ars, ars, acs, B + j0, ldb, C + (long)i0 * ldc + j0, ldc, mode, bias ? bias + j0 : NULL);
  }
}

/* Column tasks of 2*VW columns for reductions over rows (each column summed in row order). */
#define COLS_PER_TASK (2 * VW)

/* out[OC] (+)= sum over N rows of in[N, OC] */
static void colsum_accumulate(float *out, const float *in, int N, int OC) {
  int tasks = (OC + COLS_PER_TASK - 1) / COLS_PER_TASK;
#pragma omp parallel for num_threads(g_threads) schedule(dynamic, 1)
  for (int th = 0; th < tasks; th++) {
    int c0 = th * COLS_PER_TASK, c1 = c0 + COLS_PER_TASK < OC ? c0 + COLS_PER_TASK : OC;
    for (int n = 0; n < N; n++) {
      const float *r = in + (long)n * OC;
      for (int c = c0; c < c1; c++) out[c] += r[c];
    }
  }
}

/* ------------------------------------------------------------------------------------------------
 * model shapes and parameter offsets (same order as src/model/params.ts) */

typedef struct {
  long ln1w, ln1b, qkvw, qkvb, attprojw, attprojb, ln2w, ln2b, fcw, fcb, fcprojw, fcprojb;
} LayerOff;

typedef struct {
  float *ln1, *ln1_mean, *ln1_rstd, *qkv, *atty, *att, *attproj, *res2, *ln2, *ln2_mean, *ln2_rstd, *fch, *fch_gelu, *fcproj, *res3;
} LayerActs;

typedef struct {
  int B, T;
  size_t cap;
  float *mem;
  float *encoded, *lnf, *lnf_mean, *lnf_rstd, *logits, *probs, *lse, *ent;
  LayerActs *layers;
  int32_t *tokens, *lengths;
  float temperature;
  /* backward scratch (train arena only) */
  float *dres, *dbig1, *dbig2, *dC, *dlogits;
} Acts;

typedef struct {
  int V, maxT, C, L, NH, F, threads;
  long wte, wpe, lnfw, lnfb, total;
  LayerOff *lay;
  /* transposed weights [in, out] for the forward GEMMs; rebuilt when dirty */
  float *wt;
  float **qkvT, **attprojT, **fcT, **fcprojT, *wteT;
  int dirty;
  Acts train, infer;
  /* per-thread attention scratch */
  float *ascratch;
  size_t ascratch_cap;
  /* KV cache */
  int kv_slots, kv_maxT;
  float *kcache, *vcache;
  float *dec; /* decode scratch */
  size_t dec_cap;
} Ctx;

static void layout_params(Ctx *c) {
  long off = 0, C = c->C, F = c->F;
  c->wte = off; off += (long)c->V * C;
  c->wpe = off; off += (long)c->maxT * C;
  for (int l = 0; l < c->L; l++) {
    LayerOff *o = &c->lay[l];
    o->ln1w = off; off += C;
    o->ln1b = off; off += C;
    o->qkvw = off; off += 3 * C * C;
    o->qkvb = off; off += 3 * C;
    o->attprojw = off; off += C * C;
    o->attprojb = off; off += C;
    o->ln2w = off; off += C;
    o->ln2b = off; off += C;
    o->fcw = off; off += F * C;
    o->fcb = off; off += F;
    o->fcprojw = off; off += C * F;
    o->fcprojb = off; off += C;
  }
  c->lnfw = off; off += C;
  c->lnfb = off; off += C;
  c->total = off;
}

/* dst[cols, rows] = src[rows, cols]^T */
static void transpose(float *dst, const float *src, int rows, int cols) {
  for (int i = 0; i < rows; i++)
    for (int j = 0; j < cols; j++) dst[(long)j * rows + i] = src[(long)i * cols + j];
}

static void refresh_weights(Ctx *c, const float *p) {
  if (!c->dirty) return;
  int C = c->C, F = c->F;
#pragma omp parallel for num_threads(g_threads) schedule(static, 1)
  for (int l = 0; l < c->L; l++) {
    LayerOff *o = &c->lay[l];
    transpose(c->qkvT[l], p + o->qkvw, 3 * C, C);
    transpose(c->attprojT[l], p + o->attprojw, C, C);
    transpose(c->fcT[l], p + o->fcw, F, C);
    transpose(c->fcprojT[l], p + o->fcprojw, C, F);
  }
  transpose(c->wteT, p + c->wte, c->V, C);
  c->dirty = 0;
}

/* ------------------------------------------------------------------------------------------------
 * encoder */

/* out [N,C] = wte[tokens] + wpe[t], N = B*T */
static void encoder_forward(float *out, const int32_t *tokens, const float *wte, const float *wpe, int B, int T, int C) {
#pragma omp parallel for num_threads(g_threads) schedule(dynamic, 32)
  for (int n = 0; n < B * T; n++) {
    const float *a = wte + (long)tokens[n] * C, *b = wpe + (long)(n % T) * C;
    float *o = out + (long)n * C;
    for (int i = 0; i < C; i++) o[i] = a[i] + b[i];
  }
}

/* dwte [V,C], dwpe [maxT,C] += scatter of dout [N,C]; split by channel, rows in order. */
static void encoder_backward(float *dwte, float *dwpe, const float *dout, const int32_t *tokens, int B, int T, int C) {
  int tasks = (C + COLS_PER_TASK - 1) / COLS_PER_TASK;
#pragma omp parallel for num_threads(g_threads) schedule(dynamic, 1)
  for (int th = 0; th < tasks; th++) {
    int c0 = th * COLS_PER_TASK, c1 = c0 + COLS_PER_TASK < C ? c0 + COLS_PER_TASK : C;
    for (int n = 0; n < B * T; n++) {
      const float *d = dout + (long)n * C;
      float *a = dwte + (long)tokens[n] * C, *b = dwpe + (long)(n % T) * C;
      for (int i = c0; i < c1; i++) {
        a[i] += d[i];
        b[i] += d[i];
      }
    }
  }
}

/* ------------------------------------------------------------------------------------------------
 * layernorm (eps 1e-5) */

/* out [N,C]; caches mean, rstd [N] */
static void layernorm_forward(float *out, float *mean, float *rstd, const float *inp, const float *w, const float *b, int N, int C) {
#pragma omp parallel for num_threads(g_threads) schedule(dynamic, 32) if ((long)N * C >= 65536)
  for (int n = 0; n < N; n++) {
    const float *x = inp + (long)n * C;
    float m = 0.0f;
#pragma omp simd reduction(+ : m)
    for (int i = 0; i < C; i++) m += x[i];
    m /= C;
    float v = 0.0f;
#pragma omp simd reduction(+ : v)
    for (int i = 0; i < C; i++) v += (x[i] - m) * (x[i] - m);
    v /= C;
    float s = 1.0f / sqrtf(v + 1e-5f);
    float *o = out + (long)n * C;
    for (int i = 0; i < C; i++) o[i] = (x[i] - m) * s * w[i] + b[i];
    if (mean) mean[n] = m;
    if (rstd) rstd[n] = s;
  }
}

/* dinp [N,C] += ..., dw, db [C] += ... */
static void layernorm_backward(float *dinp, float *dw, float *db, const float *dout, const float *inp, const float *w, const float *mean,
                               const float *rstd, int N, int C) {
#pragma omp parallel for num_threads(g_threads) schedule(dynamic, 32)
  for (int n = 0; n < N; n++) {
    const float *x = inp + (long)n * C, *d = dout + (long)n * C;
    float m = mean[n], s = rstd[n];
    float dm = 0.0f, dnm = 0.0f;
#pragma omp simd reduction(+ : dm, dnm)
    for (int i = 0; i < C; i++) {
      float norm = (x[i] - m) * s;
      float dn = w[i] * d[i];
      dm += dn;
      dnm += dn * norm;
    }
    dm /= C;
    dnm /= C;
    float *di = dinp + (long)n * C;
    for (int i = 0; i < C; i++) {
      float norm = (x[i] - m) * s;
      di[i] += (w[i] * d[i] - dm - norm * dnm) * s;
    }
  }
  int tasks = (C + COLS_PER_TASK - 1) / COLS_PER_TASK;
#pragma omp parallel for num_threads(g_threads) schedule(dynamic, 1)
  for (int th = 0; th < tasks; th++) {
    int c0 = th * COLS_PER_TASK, c1 = c0 + COLS_PER_TASK < C ? c0 + COLS_PER_TASK : C;
    for (int n = 0; n < N; n++) {
      const float *x = inp + (long)n * C, *d = dout + (long)n * C;
      float m = mean[n], s = rstd[n];
      for (int i = c0; i < c1; i++) {
        dw[i] += (x[i] - m) * s * d[i];
        db[i] += d[i];
      }
    }
  }
}

/* ------------------------------------------------------------------------------------------------
 * GELU (tanh approximation) */

#define GELU_S 0.7978845608028654f

static void gelu_forward(float *out, const float *inp, long N) {
  long nv = N / VW * VW;
#pragma omp parallel for num_threads(g_threads) schedule(dynamic, 256) if (N >= 65536)
  for (long i = 0; i < nv; i += VW) {
    vf x = vload(inp + i);
    vstore(out + i, 0.5f * x * (1.0f + vtanh(GELU_S * (x + 0.044715f * x * x * x))));
  }
  for (long i = nv; i < N; i++) {
    float x = inp[i];
    out[i] = 0.5f * x * (1.0f + stanh(GELU_S * (x + 0.044715f * x * x * x)));
  }
}

/* dinp = gelu'(inp) * dout (overwrites) */
static void gelu_backward(float *dinp, const float *inp, const float *dout, long N) {
  long nv = N / VW * VW;
#pragma omp parallel for num_threads(g_threads) schedule(dynamic, 256)
  for (long i = 0; i < nv; i += VW) {
    vf x = vload(inp + i);
    vf th = vtanh(GELU_S * (x + 0.044715f * x * x * x));
    vf g = 0.5f * (1.0f + th) + 0.5f * x * (1.0f - th * th) * GELU_S * (1.0f + 3.0f * 0.044715f * x * x);
    vstore(dinp + i, g * vload(dout + i));
  }
  for (long i = nv; i < N; i++) {
    float x = inp[i];
    float th = stanh(GELU_S * (x + 0.044715f * x * x * x));
    float g = 0.5f * (1.0f + th) + 0.5f * x * (1.0f - th * th) * GELU_S * (1.0f + 3.0f * 0.044715f * x * x);
    dinp[i] = g * dout[i];
  }
}

/* ------------------------------------------------------------------------------------------------
 * softmax helpers over one row */

static float row_max(const float *x, int n) {
  vf mv = vsplat(-INFINITY);
  int i = 0;
  for (; i + VW <= n; i += VW) mv = vmax(mv, vload(x + i));
  float m = -INFINITY;
  for (int l = 0; l < VW; l++) m = mv[l] > m ? mv[l] : m;
  for (; i < n; i++) m = x[i] > m ? x[i] : m;
  return m;
}

/* x[i] = exp(scale*x[i] - shift) for i<n; returns the sum (vector lanes then tail, fixed order) */
static float row_exp(float *x, int n, float scale, float shift) {
  vf acc = vsplat(0.0f);
  int i = 0;
  for (; i + VW <= n; i += VW) {
    vf e = vexp(vload(x + i) * scale - shift);
    vstore(x + i, e);
    acc += e;
  }
  float s = 0.0f;
  for (int l = 0; l < VW; l++) s += acc[l];
  for (; i < n; i++) {
    x[i] = sexp(x[i] * scale - shift);
    s += x[i];
  }
  return s;
}

/* ------------------------------------------------------------------------------------------------
 * attention: per (b,h) pair, three GEMMs over a scratch score matrix S [T, Tp] */

#define ARB 48 /* attention row block (multiple of MR) */

static size_t attn_scratch_per_thread(int T, int hs) {
  int Tp = round_up(T, 2 * VW);
  return (size_t)T * Tp + (size_t)hs * Tp;
}

static float *attn_scratch(Ctx *c, int T, int hs) {
  size_t need = attn_scratch_per_thread(T, hs) * (size_t)g_threads;
  if (need > c->ascratch_cap) {
    free(c->ascratch);
    c->ascratch = malloc(need * sizeof(float));
    c->ascratch_cap = c->ascratch ? need : 0;
  }
  return c->ascratch;
}

/* out [B,T,C] (head h at columns h*hs), att [B,NH,T,T] (cache), qkv [B,T,3C] */
static void attention_forward(Ctx *c, float *out, float *att, const float *qkv, int B, int T, int C, int NH) {
  int hs = C / NH, Tp = round_up(T, 2 * VW);
  long C3 = 3L * C;
  float scale = 1.0f / sqrtf((float)hs);
  float *scr = attn_scratch(c, T, hs);
  size_t per = attn_scratch_per_thread(T, hs);
#pragma omp parallel for num_threads(g_threads) schedule(dynamic, 1)
  for (int bh = 0; bh < B * NH; bh++) {
    int b = bh / NH, h = bh % NH;
    float *S = scr + per * omp_get_thread_num();
    float *KT = S + (size_t)T * Tp;
    const float *q = qkv + (long)b * T * C3 + h * hs;
    const float *k = q + C, *v = q + 2 * C;
    for (int d = 0; d < hs; d++) {
      for (int t = 0; t < T; t++) KT[(long)d * Tp + t] = k[t * C3 + d];
      for (int t = T; t < Tp; t++) KT[(long)d * Tp + t] = 0.0f;
    }
    float *A = att + (long)bh * T * T;
    for (int r0 = 0; r0 < T; r0 += ARB) {
      int r1 = r0 + ARB < T ? r0 + ARB : T;
      int nc = round_up(r1, 2 * VW);
      gemm_st(r1 - r0, nc, hs, q + r0 * C3, C3, 1, KT, Tp, S + (long)r0 * Tp, Tp, 0, NULL);
      for (int t = r0; t < r1; t++) {
        float *s = S + (long)t * Tp;
        float mx = row_max(s, t + 1) * scale;
        float sum = row_exp(s, t + 1, scale, mx);
        float inv = 1.0f / sum;
        float *a = A + (long)t * T;
#pragma omp simd
        for (int j = 0; j <= t; j++) a[j] = s[j] * inv;
        for (int j = t + 1; j < T; j++) a[j] = 0.0f;
      }
      gemm_st(r1 - r0, hs, r1, A + (long)r0 * T, T, 1, v, C3, out + ((long)b * T + r0) * C + h * hs, C, 0, NULL);
    }
  }
}

/* dqkv [B,T,3C] = gradient of the attention wrt qkv (overwrites), from dout [B,T,C] */
static void attention_backward(Ctx *c, float *dqkv, const float *dout, const float *qkv, const float *att, int B, int T, int C, int NH) {
  int hs = C / NH, Tp = round_up(T, 2 * VW);
  long C3 = 3L * C;
  float scale = 1.0f / sqrtf((float)hs);
  float *scr = attn_scratch(c, T, hs);
  size_t per = attn_scratch_per_thread(T, hs);
#pragma omp parallel for num_threads(g_threads) schedule(dynamic, 1)
  for (int bh = 0; bh < B * NH; bh++) {
    int b = bh / NH, h = bh % NH;
    float *dS = scr + per * omp_get_thread_num();
    float *VT = dS + (size_t)T * Tp;
    const float *q = qkv + (long)b * T * C3 + h * hs;
    const float *k = q + C, *v = q + 2 * C;
    float *dq = dqkv + (long)b * T * C3 + h * hs;
    float *dk = dq + C, *dv = dq + 2 * C;
    const float *dy = dout + (long)b * T * C + h * hs;
    const float *A = att + (long)bh * T * T;
    for (int d = 0; d < hs; d++) {
      for (int t = 0; t < T; t++) VT[(long)d * Tp + t] = v[t * C3 + d];
      for (int t = T; t < Tp; t++) VT[(long)d * Tp + t] = 0.0f;
    }
    for (int r0 = 0; r0 < T; r0 += ARB) {
      int r1 = r0 + ARB < T ? r0 + ARB : T;
      int nc = round_up(r1, 2 * VW);
      /* dP = dY · V^T */
      gemm_st(r1 - r0, nc, hs, dy + (long)r0 * C, C, 1, VT, Tp, dS + (long)r0 * Tp, Tp, 0, NULL);
      for (int t = r0; t < r1; t++) {
        float *ds = dS + (long)t * Tp;
        const float *a = A + (long)t * T;
        float dot = 0.0f;
#pragma omp simd reduction(+ : dot)
        for (int j = 0; j <= t; j++) dot += a[j] * ds[j];
#pragma omp simd
        for (int j = 0; j <= t; j++) ds[j] = a[j] * (ds[j] - dot) * scale;
        for (int j = t + 1; j < Tp; j++) ds[j] = 0.0f;
      }
    }
    for (int r0 = 0; r0 < T; r0 += ARB) {
      int r1 = r0 + ARB < T ? r0 + ARB : T;
      /* dQ = dS · K (rows r0..r1 need keys 0..r1) */
      gemm_st(r1 - r0, hs, r1, dS + (long)r0 * Tp, Tp, 1, k, C3, dq + r0 * C3, C3, 0, NULL);
      /* dK[t2] = sum_{t >= t2} dS[t,t2] Q[t];  dV[t2] = sum_{t >= t2} P[t,t2] dY[t] */
      gemm_st(r1 - r0, hs, T - r0, dS + (long)r0 * Tp + r0, 1, Tp, q + r0 * C3, C3, dk + r0 * C3, C3, 0, NULL);
      gemm_st(r1 - r0, hs, T - r0, A + (long)r0 * T + r0, 1, T, dy + (long)r0 * C, C, dv + r0 * C3, C3, 0, NULL);
    }
  }
}

/* ------------------------------------------------------------------------------------------------
 * head: logp / entropy under temperature (see src/model/kernels/head.ts for the formulas) */

static void head_forward(Acts *a, int V, float *logp, float *entropy) {
  int B = a->B, T = a->T;
  float invT = 1.0f / a->temperature;
  memset(logp, 0, sizeof(float) * B * T);
  if (entropy) memset(entropy, 0, sizeof(float) * B * T);
#pragma omp parallel for num_threads(g_threads) schedule(dynamic, 32)
  for (int n = 0; n < B * T; n++) {
    int b = n / T, t = n % T;
    if (t + 1 >= a->lengths[b]) continue;
    const float *z = a->logits + (long)n * V;
    float *p = a->probs + (long)n * V;
    memcpy(p, z, sizeof(float) * V);
    float mx = row_max(p, V) * invT;
    float sum = row_exp(p, V, invT, mx);
    float lse = mx + logf(sum);
    float inv = 1.0f / sum, pq = 0.0f;
    for (int i = 0; i < V; i++) {
      p[i] *= inv;
      pq += p[i] * z[i] * invT;
    }
    a->lse[n] = lse;
    a->ent[n] = lse - pq;
    logp[n + 1] = z[a->tokens[n + 1]] * invT - lse;
    if (entropy) entropy[n + 1] = lse - pq;
  }
}

static void head_backward(Acts *a, int V, float *dlogits, const float *dlogp, const float *dent) {
  int B = a->B, T = a->T;
  float invT = 1.0f / a->temperature;
#pragma omp parallel for num_threads(g_threads) schedule(dynamic, 32)
  for (int n = 0; n < B * T; n++) {
    int b = n / T, t = n % T;
    float *d = dlogits + (long)n * V;
    float g = 0.0f, h = 0.0f;
    if (t + 1 < a->lengths[b]) {
      g = dlogp[n + 1];
      h = dent ? dent[n + 1] : 0.0f;
    }
    if (g == 0.0f && h == 0.0f) {
      memset(d, 0, sizeof(float) * V);
      continue;
    }
    const float *p = a->probs + (long)n * V, *z = a->logits + (long)n * V;
    float lse = a->lse[n], H = a->ent[n];
    for (int i = 0; i < V; i++) {
      float dq = -g * p[i] - h * p[i] * (z[i] * invT - lse + H);
      d[i] = dq * invT;
    }
    d[a->tokens[n + 1]] += g * invT;
  }
}

/* ------------------------------------------------------------------------------------------------
 * activations arena */

static void acts_free(Acts *a) {
  free(a->mem);
  free(a->layers);
  free(a->tokens);
  free(a->lengths);
  memset(a, 0, sizeof(*a));
}

static int acts_ensure(Ctx *c, Acts *a, int B, int T, int train) {
  if (a->mem && a->B == B && a->T == T) return 1;
  long N = (long)B * T, C = c->C, F = c->F, V = c->V, L = c->L;
  long perLayer = N * C + 2 * N + N * 3 * C + N * C + (long)B * c->NH * T * T + 3 * N * C + N * C + 2 * N + 2 * N * F + 2 * N * C;
  long big = F > 3 * C ? F : 3 * C;
  size_t need = (size_t)(N * C + L * perLayer + N * C + 2 * N + 2 * N * V + 2 * N);
  if (train) need += (size_t)(N * C + N * big + N * big + N * C + N * V);
  if (need > a->cap || !a->mem) {
    free(a->mem);
    a->mem = malloc(need * sizeof(float));
    a->cap = a->mem ? need : 0;
    if (!a->mem) return 0;
  }
  free(a->layers);
  free(a->tokens);
  free(a->lengths);
  a->layers = calloc((size_t)L, sizeof(LayerActs));
  a->tokens = malloc(sizeof(int32_t) * N);
  a->lengths = malloc(sizeof(int32_t) * B);
  if (!a->layers || !a->tokens || !a->lengths) return 0;
  float *p = a->mem;
#define TAKE(n) (p += (n), p - (n))
  a->encoded = TAKE(N * C);
  for (int l = 0; l < L; l++) {
    LayerActs *x = &a->layers[l];
    x->ln1 = TAKE(N * C);
    x->ln1_mean = TAKE(N);
    x->ln1_rstd = TAKE(N);
    x->qkv = TAKE(N * 3 * C);
    x->atty = TAKE(N * C);
    x->att = TAKE((long)B * c->NH * T * T);
    x->attproj = TAKE(N * C);
    x->res2 = TAKE(N * C);
    x->ln2 = TAKE(N * C);
    x->ln2_mean = TAKE(N);
    x->ln2_rstd = TAKE(N);
    x->fch = TAKE(N * F);
    x->fch_gelu = TAKE(N * F);
    x->fcproj = TAKE(N * C);
    x->res3 = TAKE(N * C);
  }
  a->lnf = TAKE(N * C);
  a->lnf_mean = TAKE(N);
  a->lnf_rstd = TAKE(N);
  a->logits = TAKE(N * V);
  a->probs = TAKE(N * V);
  a->lse = TAKE(N);
  a->ent = TAKE(N);
  if (train) {
    a->dres = TAKE(N * C);
    a->dbig1 = TAKE(N * big);
    a->dbig2 = TAKE(N * big);
    a->dC = TAKE(N * C);
    a->dlogits = TAKE(N * V);
  }
#undef TAKE
  a->B = B;
  a->T = T;
  return 1;
}

/* ------------------------------------------------------------------------------------------------
 * model forward / backward */

static void add_into(float *out, const float *a, const float *b, long n) {
#pragma omp parallel for num_threads(g_threads) schedule(dynamic, 4096)
  for (long i = 0; i < n; i++) out[i] = a[i] + b[i];
}

static void model_forward(Ctx *c, Acts *a, const float *p) {
  int B = a->B, T = a->T, C = c->C, F = c->F, V = c->V, NH = c->NH;
  int N = B * T;
  refresh_weights(c, p);
  encoder_forward(a->encoded, a->tokens, p + c->wte, p + c->wpe, B, T, C);
  const float *res = a->encoded;
  for (int l = 0; l < c->L; l++) {
    LayerOff *o = &c->lay[l];
    LayerActs *x = &a->layers[l];
    layernorm_forward(x->ln1, x->ln1_mean, x->ln1_rstd, res, p + o->ln1w, p + o->ln1b, N, C);
    gemm(N, 3 * C, C, x->ln1, C, 1, c->qkvT[l], 3 * C, x->qkv, 3 * C, 2, p + o->qkvb);
    attention_forward(c, x->atty, x->att, x->qkv, B, T, C, NH);
    gemm(N, C, C, x->atty, C, 1, c->attprojT[l], C, x->attproj, C, 2, p + o->attprojb);
    add_into(x->res2, res, x->attproj, (long)N * C);
    layernorm_forward(x->ln2, x->ln2_mean, x->ln2_rstd, x->res2, p + o->ln2w, p + o->ln2b, N, C);
    gemm(N, F, C, x->ln2, C, 1, c->fcT[l], F, x->fch, F, 2, p + o->fcb);
    gelu_forward(x->fch_gelu, x->fch, (long)N * F);
    gemm(N, C, F, x->fch_gelu, F, 1, c->fcprojT[l], C, x->fcproj, C, 2, p + o->fcprojb);
    add_into(x->res3, x->res2, x->fcproj, (long)N * C);
    res = x->res3;
  }
  layernorm_forward(a->lnf, a->lnf_mean, a->lnf_rstd, res, p + c->lnfw, p + c->lnfb, N, C);
  gemm(N, V, C, a->lnf, C, 1, c->wteT, V, a->logits, V, 0, NULL);
}

/* Linear backward: dinp [N,IC] (op)= dout [N,OC] · W [OC,IC]; dW [OC,IC] += dout^T · inp; db += colsum(dout) */
static void linear_backward(float *dinp, int dinp_mode, float *dW, float *db, const float *dout, const float *inp, const float *W, int N, int IC,
                            int OC) {
  gemm(N, IC, OC, dout, OC, 1, W, IC, dinp, IC, dinp_mode, NULL);
  gemm(OC, IC, N, dout, 1, OC, inp, IC, dW, IC, 1, NULL);
  if (db) colsum_accumulate(db, dout, N, OC);
}

static void model_backward(Ctx *c, Acts *a, const float *p, float *g, const float *dlogp, const float *dent) {
  int B = a->B, T = a->T, C = c->C, F = c->F, V = c->V, NH = c->NH;
  int N = B * T;
  head_backward(a, V, a->dlogits, dlogp, dent);
  float *dres = a->dres, *dln = a->dC;
  /* logits = lnf · wte^T */
  linear_backward(dln, 0, g + c->wte, NULL, a->dlogits, a->lnf, p + c->wte, N, C, V);
  memset(dres, 0, sizeof(float) * N * C);
  const float *last = c->L > 0 ? a->layers[c->L - 1].res3 : a->encoded;
  layernorm_backward(dres, g + c->lnfw, g + c->lnfb, dln, last, p + c->lnfw, a->lnf_mean, a->lnf_rstd, N, C);
  for (int l = c->L - 1; l >= 0; l--) {
    LayerOff *o = &c->lay[l];
    LayerActs *x = &a->layers[l];
    const float *res = l == 0 ? a->encoded : a->layers[l - 1].res3;
    /* MLP */
    linear_backward(a->dbig1, 0, g + o->fcprojw, g + o->fcprojb, dres, x->fch_gelu, p + o->fcprojw, N, F, C);
    gelu_backward(a->dbig2, x->fch, a->dbig1, (long)N * F);
    linear_backward(dln, 0, g + o->fcw, g + o->fcb, a->dbig2, x->ln2, p + o->fcw, N, C, F);
    layernorm_backward(dres, g + o->ln2w, g + o->ln2b, dln, x->res2, p + o->ln2w, x->ln2_mean, x->ln2_rstd, N, C);
    /* attention */
    linear_backward(dln, 0, g + o->attprojw, g + o->attprojb, dres, x->atty, p + o->attprojw, N, C, C);
    attention_backward(c, a->dbig1, dln, x->qkv, x->att, B, T, C, NH);
    linear_backward(a->dbig2, 0, g + o->qkvw, g + o->qkvb, a->dbig1, x->ln1, p + o->qkvw, N, C, 3 * C);
    layernorm_backward(dres, g + o->ln1w, g + o->ln1b, a->dbig2, res, p + o->ln1w, x->ln1_mean, x->ln1_rstd, N, C);
  }
  encoder_backward(g + c->wte, g + c->wpe, dres, a->tokens, B, T, C);
}

/* ------------------------------------------------------------------------------------------------
 * KV-cached decoding */

static int decode_begin(Ctx *c, int slots, int maxT) {
  free(c->kcache);
  free(c->vcache);
  size_t n = (size_t)c->L * slots * maxT * c->C;
  c->kcache = malloc(n * sizeof(float));
  c->vcache = malloc(n * sizeof(float));
  c->kv_slots = slots;
  c->kv_maxT = maxT;
  return c->kcache && c->vcache;
}

static void decode_end(Ctx *c) {
  free(c->kcache);
  free(c->vcache);
  c->kcache = c->vcache = NULL;
  c->kv_slots = c->kv_maxT = 0;
}

static int decode_step(Ctx *c, const float *p, const int32_t *tok, const int32_t *pos, const int32_t *slot, int n, float *logits) {
  int C = c->C, F = c->F, V = c->V, NH = c->NH, hs = C / NH, maxT = c->kv_maxT;
  long C3 = 3L * C;
  size_t need = (size_t)n * (C + C + 3 * C + C + C + F) + (size_t)g_threads * maxT + 2 * (size_t)n;
  if (need > c->dec_cap) {
    free(c->dec);
    c->dec = malloc(need * sizeof(float));
    c->dec_cap = c->dec ? need : 0;
    if (!c->dec) return 0;
  }
  refresh_weights(c, p);
  float *x = c->dec, *ln = x + (long)n * C, *qkv = ln + (long)n * C, *y = qkv + (long)n * C3, *proj = y + (long)n * C, *fch = proj + (long)n * C;
  float *sc = fch + (long)n * F;
  float scale = 1.0f / sqrtf((float)hs);
  for (int i = 0; i < n; i++)
    for (int j = 0; j < C; j++) x[(long)i * C + j] = p[c->wte + (long)tok[i] * C + j] + p[c->wpe + (long)pos[i] * C + j];
  for (int l = 0; l < c->L; l++) {
    LayerOff *o = &c->lay[l];
    float *K = c->kcache + (size_t)l * c->kv_slots * maxT * C, *Vc = c->vcache + (size_t)l * c->kv_slots * maxT * C;
    layernorm_forward(ln, NULL, NULL, x, p + o->ln1w, p + o->ln1b, n, C);
    gemm(n, 3 * C, C, ln, C, 1, c->qkvT[l], 3 * C, qkv, 3 * C, 2, p + o->qkvb);
    /* Cache layouts per slot: keys transposed [channel][position], values [head][position][hs], so
     * both the scores (one cached key row per channel) and the weighted value sum stream contiguous
     * memory: decoding reads the whole cache every step and is bandwidth-bound. */
    for (int i = 0; i < n; i++) {
      float *kt = K + (long)slot[i] * C * maxT + pos[i];
      const float *k = qkv + i * C3 + C, *v = qkv + i * C3 + 2 * C;
      for (int j = 0; j < C; j++) kt[(long)j * maxT] = k[j];
      for (int h = 0; h < NH; h++) memcpy(Vc + (((long)slot[i] * NH + h) * maxT + pos[i]) * hs, v + h * hs, sizeof(float) * hs);
    }
#pragma omp parallel for num_threads(g_threads) schedule(dynamic, 4) if (n * NH > 1)
    for (int ih = 0; ih < n * NH; ih++) {
      int i = ih / NH, h = ih % NH, P = pos[i] + 1;
      float *s = sc + (long)omp_get_thread_num() * maxT;
      const float *q = qkv + i * C3 + h * hs;
      const float *kt = K + ((long)slot[i] * C + h * hs) * maxT, *v0 = Vc + ((long)slot[i] * NH + h) * maxT * hs;
      for (int t = 0; t < P; t++) s[t] = 0.0f;
      for (int e = 0; e < hs; e++) {
        const float *kr = kt + (long)e * maxT;
        float qe = q[e];
        for (int t = 0; t < P; t++) s[t] += qe * kr[t];
      }
      float mx = row_max(s, P) * scale;
      float inv = 1.0f / row_exp(s, P, scale, mx);
      float *yy = y + (long)i * C + h * hs;
      for (int e = 0; e < hs; e++) yy[e] = 0.0f;
      for (int t = 0; t < P; t++) {
        const float *vv = v0 + (long)t * hs;
        float w = s[t] * inv;
        for (int e = 0; e < hs; e++) yy[e] += w * vv[e];
      }
    }
    gemm(n, C, C, y, C, 1, c->attprojT[l], C, proj, C, 2, p + o->attprojb);
    for (long i = 0; i < (long)n * C; i++) x[i] += proj[i];
    layernorm_forward(ln, NULL, NULL, x, p + o->ln2w, p + o->ln2b, n, C);
    gemm(n, F, C, ln, C, 1, c->fcT[l], F, fch, F, 2, p + o->fcb);
    gelu_forward(fch, fch, (long)n * F);
    gemm(n, C, F, fch, F, 1, c->fcprojT[l], C, proj, C, 2, p + o->fcprojb);
    for (long i = 0; i < (long)n * C; i++) x[i] += proj[i];
  }
  layernorm_forward(ln, NULL, NULL, x, p + c->lnfw, p + c->lnfb, n, C);
  gemm(n, V, C, ln, C, 1, c->wteT, V, logits, V, 0, NULL);
  return 1;
}

/* ------------------------------------------------------------------------------------------------
 * context lifetime */

static void ctx_free(Ctx *c) {
  if (!c) return;
  acts_free(&c->train);
  acts_free(&c->infer);
  decode_end(c);
  free(c->lay);
  free(c->wt);
  free(c->qkvT);
  free(c->attprojT);
  free(c->fcT);
  free(c->fcprojT);
  free(c->ascratch);
  free(c->dec);
  free(c);
}

static Ctx *ctx_new(const int32_t *cfg, int threads) {
  Ctx *c = calloc(1, sizeof(Ctx));
  if (!c) return NULL;
  c->V = cfg[0];
  c->maxT = cfg[1];
  c->C = cfg[2];
  c->L = cfg[3];
  c->NH = cfg[4];
  c->F = cfg[5];
  c->threads = threads;
  c->lay = calloc((size_t)c->L + 1, sizeof(LayerOff));
  c->qkvT = calloc((size_t)c->L + 1, sizeof(float *));
  c->attprojT = calloc((size_t)c->L + 1, sizeof(float *));
  c->fcT = calloc((size_t)c->L + 1, sizeof(float *));
  c->fcprojT = calloc((size_t)c->L + 1, sizeof(float *));
  long C = c->C, F = c->F;
  long per = 3 * C * C + C * C + F * C + C * F;
  c->wt = malloc(sizeof(float) * (size_t)(c->L * per + (long)c->V * C));
  if (!c->lay || !c->qkvT || !c->attprojT || !c->fcT || !c->fcprojT || !c->wt) {
    ctx_free(c);
    return NULL;
  }
  float *w = c->wt;
  for (int l = 0; l < c->L; l++) {
    c->qkvT[l] = w; w += 3 * C * C;
    c->attprojT[l] = w; w += C * C;
    c->fcT[l] = w; w += F * C;
    c->fcprojT[l] = w; w += C * F;
  }
  c->wteT = w;
  c->dirty = 1;
  layout_params(c);
  return c;
}

/* ------------------------------------------------------------------------------------------------
 * optimizer: global gradient norm and AdamW (same formulas as src/model/adamw.ts) */

#define NORM_CHUNK 65536

/* sum of squares of g[0..n), accumulated in double per fixed chunk, chunks added in order */
static double sum_squares(const float *g, long n) {
  long chunks = (n + NORM_CHUNK - 1) / NORM_CHUNK;
  double *part = malloc(sizeof(double) * (size_t)(chunks > 0 ? chunks : 1));
  if (!part) return NAN;
#pragma omp parallel for num_threads(g_threads) schedule(dynamic, 1)
  for (long ch = 0; ch < chunks; ch++) {
    long i0 = ch * NORM_CHUNK, i1 = i0 + NORM_CHUNK < n ? i0 + NORM_CHUNK : n;
    double s = 0.0;
    for (long i = i0; i < i1; i++) s += (double)g[i] * g[i];
    part[ch] = s;
  }
  double total = 0.0;
  for (long ch = 0; ch < chunks; ch++) total += part[ch];
  free(part);
  return total;
}

/* one AdamW step over the arena; decay[i] = 1 where weight decay applies; gscale = clip factor */
static void adamw(float *p, const float *g, float *m, float *v, const uint8_t *decay, long n, float lr, float b1, float b2, float eps,
                  float wd, int step, float gscale) {
  float bc1 = 1.0f - powf(b1, (float)step), bc2 = 1.0f - powf(b2, (float)step);
  float step_size = lr / bc1, sbc2 = sqrtf(bc2), wdf = 1.0f - lr * wd;
#pragma omp parallel for num_threads(g_threads) schedule(dynamic, 16384) if (n >= 65536)
  for (long i = 0; i < n; i++) {
    float gi = g[i] * gscale;
    m[i] = b1 * m[i] + (1.0f - b1) * gi;
    v[i] = b2 * v[i] + (1.0f - b2) * gi * gi;
    float pi = decay[i] ? p[i] * wdf : p[i];
    p[i] = pi - step_size * m[i] / (sqrtf(v[i]) / sbc2 + eps);
  }
}

/* ------------------------------------------------------------------------------------------------
 * N-API glue (left out when the file is included by the C kernel benchmark, bench/model/kernels.c) */
#ifndef DISSECT_NO_NAPI

#define CHECK(call)                                                      \
  do {                                                                   \
    if ((call) != napi_ok) {                                             \
      napi_throw_error(env, NULL, "dissect_model: N-API call failed: " #call); \
      return NULL;                                                       \
    }                                                                    \
  } while (0)
#define FAIL(msg)                              \
  do {                                         \
    napi_throw_error(env, NULL, msg);          \
    return NULL;                               \
  } while (0)

static void finalize_ctx(napi_env env, void *data, void *hint) {
  (void)env;
  (void)hint;
  ctx_free((Ctx *)data);
}

static int get_args(napi_env env, napi_callback_info info, size_t n, napi_value *argv) {
  size_t argc = n;
  if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok || argc < n) return 0;
  return 1;
}

static Ctx *get_ctx(napi_env env, napi_value v) {
  void *p = NULL;
  if (napi_get_value_external(env, v, &p) != napi_ok || !p) return NULL;
  Ctx *c = (Ctx *)p;
  g_threads = c->threads;
  return c;
}

/* Typed array data with type and minimum length checks; null/undefined allowed when optional. */
static void *get_array(napi_env env, napi_value v, napi_typedarray_type want, size_t min_len, int optional, int *ok) {
  napi_valuetype vt;
  *ok = 0;
  if (napi_typeof(env, v, &vt) != napi_ok) return NULL;
  if (optional && (vt == napi_null || vt == napi_undefined)) {
    *ok = 1;
    return NULL;
  }
  bool is;
  if (napi_is_typedarray(env, v, &is) != napi_ok || !is) return NULL;
  napi_typedarray_type t;
  size_t len;
  void *data;
  if (napi_get_typedarray_info(env, v, &t, &len, &data, NULL, NULL) != napi_ok || t != want || len < min_len) return NULL;
  *ok = 1;
  return data;
}

static int get_int(napi_env env, napi_value v) {
  int32_t x = 0;
  napi_get_value_int32(env, v, &x);
  return x;
}

static napi_value js_create(napi_env env, napi_callback_info info) {
  napi_value argv[2];
  if (!get_args(env, info, 2, argv)) FAIL("create(config, threads): missing arguments");
  int ok;
  int32_t *cfg = get_array(env, argv[0], napi_int32_array, 6, 0, &ok);
  if (!ok) FAIL("create: config must be an Int32Array of 6");
  int threads = get_int(env, argv[1]);
  if (threads < 1) threads = 1;
  for (int i = 0; i < 6; i++)
    if (cfg[i] < 1) FAIL("create: config entries must be positive");
  if (cfg[2] % cfg[4] != 0) FAIL("create: dModel must be divisible by nHeads");
  Ctx *c = ctx_new(cfg, threads);
  if (!c) FAIL("create: out of memory");
  napi_value ext;
  CHECK(napi_create_external(env, c, finalize_ctx, NULL, &ext));
  return ext;
}

static napi_value js_forward(napi_env env, napi_callback_info info) {
  napi_value argv[10];
  if (!get_args(env, info, 10, argv)) FAIL("forward: missing arguments");
  Ctx *c = get_ctx(env, argv[0]);
  if (!c) FAIL("forward: invalid context");
  int B = get_int(env, argv[4]), T = get_int(env, argv[5]);
  if (B < 1 || T < 1 || T > c->maxT) FAIL("forward: invalid B or T");
  double temperature = 1;
  napi_get_value_double(env, argv[6], &temperature);
  bool keep = false;
  napi_get_value_bool(env, argv[9], &keep);
  int ok1, ok2, ok3, ok4, ok5;
  float *p = get_array(env, argv[1], napi_float32_array, (size_t)c->total, 0, &ok1);
  int32_t *tokens = get_array(env, argv[2], napi_int32_array, (size_t)B * T, 0, &ok2);
  int32_t *lengths = get_array(env, argv[3], napi_int32_array, (size_t)B, 0, &ok3);
  float *logp = get_array(env, argv[7], napi_float32_array, (size_t)B * T, 0, &ok4);
  float *ent = get_array(env, argv[8], napi_float32_array, (size_t)B * T, 1, &ok5);
  if (!ok1 || !ok2 || !ok3 || !ok4 || !ok5) FAIL("forward: argument arrays have the wrong type or length");
  for (int i = 0; i < B * T; i++)
    if (tokens[i] < 0 || tokens[i] >= c->V) FAIL("forward: token id out of range");
  for (int b = 0; b < B; b++)
    if (lengths[b] < 0 || lengths[b] > T) FAIL("forward: lengths must be in [0, T]");
  Acts *a = keep ? &c->train : &c->infer;
  if (!acts_ensure(c, a, B, T, keep)) FAIL("forward: out of memory for activations");
  memcpy(a->tokens, tokens, sizeof(int32_t) * B * T);
  memcpy(a->lengths, lengths, sizeof(int32_t) * B);
  a->temperature = (float)temperature;
  model_forward(c, a, p);
  head_forward(a, c->V, logp, ent);
  return NULL;
}

static napi_value js_backward(napi_env env, napi_callback_info info) {
  napi_value argv[5];
  if (!get_args(env, info, 5, argv)) FAIL("backward: missing arguments");
  Ctx *c = get_ctx(env, argv[0]);
  if (!c) FAIL("backward: invalid context");
  Acts *a = &c->train;
  if (!a->mem || !a->dres) FAIL("backward called before forward");
  size_t n = (size_t)a->B * a->T;
  int ok1, ok2, ok3, ok4;
  float *p = get_array(env, argv[1], napi_float32_array, (size_t)c->total, 0, &ok1);
  float *g = get_array(env, argv[2], napi_float32_array, (size_t)c->total, 0, &ok2);
  float *dl = get_array(env, argv[3], napi_float32_array, n, 0, &ok3);
  float *de = get_array(env, argv[4], napi_float32_array, n, 1, &ok4);
  if (!ok1 || !ok2 || !ok3 || !ok4) FAIL("backward: argument arrays have the wrong type or length");
  refresh_weights(c, p);
  model_backward(c, a, p, g, dl, de);
  return NULL;
}

static napi_value js_sum_squares(napi_env env, napi_callback_info info) {
  napi_value argv[2];
  if (!get_args(env, info, 2, argv)) FAIL("sumSquares: missing arguments");
  Ctx *c = get_ctx(env, argv[0]);
  if (!c) FAIL("sumSquares: invalid context");
  int ok;
  float *g = get_array(env, argv[1], napi_float32_array, (size_t)c->total, 0, &ok);
  if (!ok) FAIL("sumSquares: gradients must be a Float32Array of the parameter count");
  napi_value r;
  CHECK(napi_create_double(env, sum_squares(g, c->total), &r));
  return r;
}

static napi_value js_adamw(napi_env env, napi_callback_info info) {
  napi_value argv[7];
  if (!get_args(env, info, 7, argv)) FAIL("adamw: missing arguments");
  Ctx *c = get_ctx(env, argv[0]);
  if (!c) FAIL("adamw: invalid context");
  int ok1, ok2, ok3, ok4, ok5, ok6;
  size_t n = (size_t)c->total;
  float *p = get_array(env, argv[1], napi_float32_array, n, 0, &ok1);
  float *g = get_array(env, argv[2], napi_float32_array, n, 0, &ok2);
  float *m = get_array(env, argv[3], napi_float32_array, n, 0, &ok3);
  float *v = get_array(env, argv[4], napi_float32_array, n, 0, &ok4);
  uint8_t *decay = get_array(env, argv[5], napi_uint8_array, n, 0, &ok5);
  /* settings: lr, beta1, beta2, eps, weightDecay, step, gradScale */
  double *st = get_array(env, argv[6], napi_float64_array, 7, 0, &ok6);
  if (!ok1 || !ok2 || !ok3 || !ok4 || !ok5 || !ok6) FAIL("adamw: argument arrays have the wrong type or length");
  adamw(p, g, m, v, decay, c->total, (float)st[0], (float)st[1], (float)st[2], (float)st[3], (float)st[4], (int)st[5], (float)st[6]);
  c->dirty = 1;
  return NULL;
}

static napi_value js_params_changed(napi_env env, napi_callback_info info) {
  napi_value argv[1];
  if (!get_args(env, info, 1, argv)) FAIL("paramsChanged: missing arguments");
  Ctx *c = get_ctx(env, argv[0]);
  if (!c) FAIL("paramsChanged: invalid context");
  c->dirty = 1;
  return NULL;
}

static napi_value js_decode_begin(napi_env env, napi_callback_info info) {
  napi_value argv[4];
  if (!get_args(env, info, 4, argv)) FAIL("decodeBegin: missing arguments");
  Ctx *c = get_ctx(env, argv[0]);
  if (!c) FAIL("decodeBegin: invalid context");
  int slots = get_int(env, argv[2]), maxT = get_int(env, argv[3]);
  if (slots < 1 || maxT < 1 || maxT > c->maxT) FAIL("decodeBegin: invalid slots or maxT");
  if (!decode_begin(c, slots, maxT)) FAIL("decodeBegin: out of memory for the KV cache");
  return NULL;
}

static napi_value js_decode_step(napi_env env, napi_callback_info info) {
  napi_value argv[7];
  if (!get_args(env, info, 7, argv)) FAIL("decodeStep: missing arguments");
  Ctx *c = get_ctx(env, argv[0]);
  if (!c) FAIL("decodeStep: invalid context");
  if (!c->kcache) FAIL("decodeStep called before decodeBegin");
  int n = get_int(env, argv[5]);
  if (n < 1 || (long)n > (long)c->kv_slots * c->kv_maxT) FAIL("decodeStep: invalid n");
  int ok1, ok2, ok3, ok4, ok5;
  float *p = get_array(env, argv[1], napi_float32_array, (size_t)c->total, 0, &ok1);
  int32_t *tok = get_array(env, argv[2], napi_int32_array, (size_t)n, 0, &ok2);
  int32_t *pos = get_array(env, argv[3], napi_int32_array, (size_t)n, 0, &ok3);
  int32_t *slot = get_array(env, argv[4], napi_int32_array, (size_t)n, 0, &ok4);
  float *logits = get_array(env, argv[6], napi_float32_array, (size_t)n * c->V, 0, &ok5);
  if (!ok1 || !ok2 || !ok3 || !ok4 || !ok5) FAIL("decodeStep: argument arrays have the wrong type or length");
  for (int i = 0; i < n; i++) {
    if (tok[i] < 0 || tok[i] >= c->V) FAIL("decodeStep: token id out of range");
    if (pos[i] < 0 || pos[i] >= c->kv_maxT) FAIL("decodeStep: position out of range");
    if (slot[i] < 0 || slot[i] >= c->kv_slots) FAIL("decodeStep: slot out of range");
  }
  if (!decode_step(c, p, tok, pos, slot, n, logits)) FAIL("decodeStep: out of memory");
  return NULL;
}

static napi_value js_decode_end(napi_env env, napi_callback_info info) {
  napi_value argv[1];
  if (!get_args(env, info, 1, argv)) FAIL("decodeEnd: missing arguments");
  Ctx *c = get_ctx(env, argv[0]);
  if (!c) FAIL("decodeEnd: invalid context");
  decode_end(c);
  return NULL;
}

static napi_value js_destroy(napi_env env, napi_callback_info info) {
  napi_value argv[1];
  if (!get_args(env, info, 1, argv)) FAIL("destroy: missing arguments");
  Ctx *c = get_ctx(env, argv[0]);
  if (!c) FAIL("destroy: invalid context");
  /* Free the big buffers now; the struct itself goes with the external's finalizer. */
  acts_free(&c->train);
  acts_free(&c->infer);
  decode_end(c);
  free(c->ascratch);
  c->ascratch = NULL;
  c->ascratch_cap = 0;
  free(c->dec);
  c->dec = NULL;
  c->dec_cap = 0;
  return NULL;
}

static napi_value js_build_info(napi_env env, napi_callback_info info) {
  (void)info;
  char buf[160];
#ifdef _OPENMP
  const char *omp = "openmp";
#else
  const char *omp = "no-openmp";
#endif
#ifdef __VERSION__
  snprintf(buf, sizeof buf, "native C (%s, %d-float vectors, %s, gcc %s)", ISA, VW, omp, __VERSION__);
#else
  snprintf(buf, sizeof buf, "native C (%s, %d-float vectors, %s)", ISA, VW, omp);
#endif
  napi_value s;
  CHECK(napi_create_string_utf8(env, buf, NAPI_AUTO_LENGTH, &s));
  return s;
}

static napi_value init(napi_env env, napi_value exports) {
  napi_property_descriptor props[] = {
      {"create", NULL, js_create, NULL, NULL, NULL, napi_default, NULL},
      {"forward", NULL, js_forward, NULL, NULL, NULL, napi_default, NULL},
      {"backward", NULL, js_backward, NULL, NULL, NULL, napi_default, NULL},
      {"paramsChanged", NULL, js_params_changed, NULL, NULL, NULL, napi_default, NULL},
      {"sumSquares", NULL, js_sum_squares, NULL, NULL, NULL, napi_default, NULL},
      {"adamw", NULL, js_adamw, NULL, NULL, NULL, napi_default, NULL},
      {"decodeBegin", NULL, js_decode_begin, NULL, NULL, NULL, napi_default, NULL},
      {"decodeStep", NULL, js_decode_step, NULL, NULL, NULL, napi_default, NULL},
      {"decodeEnd", NULL, js_decode_end, NULL, NULL, NULL, napi_default, NULL},
      {"destroy", NULL, js_destroy, NULL, NULL, NULL, napi_default, NULL},
      {"buildInfo", NULL, js_build_info, NULL, NULL, NULL, napi_default, NULL},
  };
  if (napi_define_properties(env, exports, sizeof props / sizeof props[0], props) != napi_ok) return NULL;
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, init)
#endif
