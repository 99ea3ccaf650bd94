/*
 * Kernel-level timing of the native engine (no Node): GEMM GFLOP/s on the model's shapes and the
 * time split of one training step. Build and run: `npm run bench:kernels` (gcc -O3 -march=native).
 * Times are process CPU time (robust to other load on the machine; with threads > 1 they add up).
 * Usage: kernels [threads] [B] [T] [C] [L] [NH] [V]
 */
#define DISSECT_NO_NAPI
#include "../../native/dissect_model.c"
#include <time.h>

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + 1e-9 * ts.tv_nsec;
}

static void fill(float *x, long n, unsigned seed) {
  for (long i = 0; i < n; i++) {
    seed = seed * 1664525u + 1013904223u;
    x[i] = ((seed >> 8) / 16777216.0f - 0.5f) * 0.1f;
  }
}

static void bench_gemm(const char *name, int M, int N, int K, int tn) {
  float *A = malloc(sizeof(float) * (size_t)M * K), *B = malloc(sizeof(float) * (size_t)K * N), *C = malloc(sizeof(float) * (size_t)M * N);
  fill(A, (long)M * K, 1);
  fill(B, (long)K * N, 2);
  int reps = 0;
  double t0 = now(), t;
  do {
    if (tn) gemm(M, N, K, A, 1, M, B, N, C, N, 1, NULL);
    else gemm(M, N, K, A, K, 1, B, N, C, N, 0, NULL);
    reps++;
  } while ((t = now() - t0) < 0.3);
  printf("gemm %-28s M=%5d N=%4d K=%5d  %6.1f GFLOP/s\n", name, M, N, K, 2.0 * M * N * K * reps / t / 1e9);
  free(A);
  free(B);
  free(C);
}

int main(int argc, char **argv) {
  int threads = argc > 1 ? atoi(argv[1]) : 1;
  int B = argc > 2 ? atoi(argv[2]) : 16, T = argc > 3 ? atoi(argv[3]) : 256, C = argc > 4 ? atoi(argv[4]) : 128;
  int L = argc > 5 ? atoi(argv[5]) : 4, NH = argc > 6 ? atoi(argv[6]) : 4, V = argc > 7 ? atoi(argv[7]) : 64;
  g_threads = threads;
  int N = B * T;
  bench_gemm("fwd qkv (NN)", N, 3 * C, C, 0);
  bench_gemm("fwd fc (NN)", N, 4 * C, C, 0);
  bench_gemm("fwd fcproj (NN)", N, C, 4 * C, 0);
  bench_gemm("dW fc (TN)", 4 * C, C, N, 1);
  bench_gemm("dW qkv (TN)", 3 * C, C, N, 1);
  bench_gemm("decode qkv (NN, 64 rows)", 64, 3 * C, C, 0);
  int32_t cfg[6] = {V, T, C, L, NH, 4 * C};
  Ctx *c = ctx_new(cfg, threads);
  float *p = malloc(sizeof(float) * c->total), *g = calloc(c->total, sizeof(float));
  fill(p, c->total, 3);
  Acts *a = &c->train;
  acts_ensure(c, a, B, T, 1);
  for (int i = 0; i < N; i++) a->tokens[i] = i % V;
  for (int b = 0; b < B; b++) a->lengths[b] = T;
  a->temperature = 1.0f;
  float *logp = malloc(sizeof(float) * N), *dl = malloc(sizeof(float) * N);
  for (int i = 0; i < N; i++) dl[i] = -1.0f / N;
  double tf = 0, tb = 0, ta = 0, tab = 0;
  int steps = 3;
  for (int s = 0; s < steps + 1; s++) {
    double t0 = now();
    model_forward(c, a, p);
    head_forward(a, V, logp, NULL);
    double t1 = now();
    model_backward(c, a, p, g, dl, NULL);
    double t2 = now();
    LayerActs *x = &a->layers[0];
    attention_forward(c, x->atty, x->att, x->qkv, B, T, C, NH);
    double t3 = now();
    attention_backward(c, a->dbig1, a->dC, x->qkv, x->att, B, T, C, NH);
    double t4 = now();
    if (s > 0) {
      tf += t1 - t0;
      tb += t2 - t1;
      ta += t3 - t2;
      tab += t4 - t3;
    }
  }
  printf("step: forward %.1f ms, backward %.1f ms (attention per layer: fwd %.1f ms, bwd %.1f ms) -> %.0f tokens/s\n", 1e3 * tf / steps,
         1e3 * tb / steps, 1e3 * ta / steps, 1e3 * tab / steps, N / ((tf + tb) / steps));
  /* KV-cached decoding: 64 sequences, prompt of 16 then 240 new positions (logits only, no sampling) */
  int S = 64, P = T < 256 ? T : 256;
  int32_t *tok = malloc(sizeof(int32_t) * S), *pos = malloc(sizeof(int32_t) * S), *slot = malloc(sizeof(int32_t) * S);
  float *logits = malloc(sizeof(float) * S * V);
  decode_begin(c, S, P);
  double t0 = now();
  for (int t = 0; t < P; t++) {
    for (int i = 0; i < S; i++) {
      tok[i] = (t * 7 + i) % V;
      pos[i] = t;
      slot[i] = i;
    }
    decode_step(c, p, tok, pos, slot, S, logits);
  }
  double td = now() - t0;
  printf("decode: %d sequences x %d positions in %.1f ms -> %.0f tokens/s\n", S, P, 1e3 * td, S * P / td);
  ctx_free(c);
  return 0;
}
