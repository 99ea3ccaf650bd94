/**
 * A quick in-process evaluation of a policy on task items: k samples per problem, graded, summarised as
 * pass@1 (mean accuracy), unbiased pass@k, trace length and how often traces verify. Used by `dissect
 * sft` to report where the cold start landed and by its tests; the full evaluation framework is
 * `src/eval`.
 */
import type { PolicyModel } from '../model/types.js';
import type { TaskItem } from '../tasks/datasets.js';
import { formatPrompt } from '../tasks/format.js';
import { VERIFY_HEADER } from '../tasks/solver.js';
import { defaultTokenizer } from '../tasks/tokenizer.js';
import { grade } from '../verify/index.js';

/** Options of {@link quickEval}. */
export interface QuickEvalOptions {
  /** Samples per problem (k). Default 8. */
  samples?: number;
  /** Sampling temperature; 0 = greedy (then `samples` is forced to 1). Default 1. */
  temperature?: number;
  /** Nucleus threshold. Default 1. */
  topP?: number;
  /** Completion token limit. Default 200. */
  maxNewTokens?: number;
  /** Sampling seed. Default 0. */
  seed?: number;
  /** Rows per `sample` call (bounds the KV cache). Default 512. */
  rowsPerCall?: number;
}

/** Summary of a {@link quickEval}. */
export interface QuickEvalResult {
  problems: number;
  samplesPerProblem: number;
  /** Mean accuracy over all samples (avg@k, the pass@1 estimate). */
  pass1: number;
  /** Unbiased pass@k (Chen et al. 2021) for k = 1, 2, 4, ... up to samples. */
  passAtK: Record<string, number>;
  /** Mean completion length in tokens (EOS included). */
  meanCompletionTokens: number;
  /** Mean number of verification passes per sample. */
  meanVerifyPasses: number;
  /** Share of samples that hit the token limit without EOS. */
  truncated: number;
  /** Correct samples per problem, in item order. */
  correctCounts: number[];
  /** Generated tokens per second of wall time. */
  tokensPerSecond: number;
}

/** Unbiased pass@k for one problem with n samples, c correct (1 - C(n-c,k)/C(n,k)). */
function passAtK(n: number, c: number, k: number): number {
  if (n - c < k) return 1;
  let prod = 1;
  for (let i = n - c + 1; i <= n; i++) prod *= 1 - k / i;
  return 1 - prod;
}

/** Grade one completion against a reference answer with the project's verifier. */
export function isCorrect(completion: string, answer: string): boolean {
  return grade(completion, answer, {}).correct;
}

/** Sample and grade `samples` completions per item. */
export function quickEval(model: PolicyModel, items: readonly TaskItem[], options: QuickEvalOptions = {}): QuickEvalResult {
  const temperature = options.temperature ?? 1;
  const k = temperature === 0 ? 1 : (options.samples ?? 8);
  const tok = defaultTokenizer();
  const maxNew = options.maxNewTokens ?? 200;
  const perCall = Math.max(1, options.rowsPerCall ?? 512);
  const rows: Array<{ item: number; prompt: Int32Array }> = [];
  items.forEach((it, i) => {
    const prompt = tok.encode(formatPrompt(it.problem));
    for (let j = 0; j < k; j++) rows.push({ item: i, prompt });
  });
  const correct = new Array<number>(items.length).fill(0);
  let tokens = 0;
  let passes = 0;
  let truncated = 0;
  const t0 = performance.now();
  for (let start = 0, call = 0; start < rows.length; start += perCall, call++) {
    const chunk = rows.slice(start, start + perCall);
    const res = model.sample(
      chunk.map((r) => r.prompt),
      { maxNewTokens: maxNew, temperature, greedy: temperature === 0, topP: options.topP ?? 1, seed: (options.seed ?? 0) * 1000003 + call, stopTokens: [tok.eosId] },
    );
    chunk.forEach((r, j) => {
      const ids = res.tokens[j];
      tokens += ids.length;
      if (res.finishReason[j] === 'length') truncated++;
      const text = tok.decode(ids[ids.length - 1] === tok.eosId ? ids.subarray(0, ids.length - 1) : ids);
      passes += text.split(VERIFY_HEADER).length - 1;
      if (isCorrect(text, items[r.item].answer)) correct[r.item]++;
    });
  }
  const seconds = (performance.now() - t0) / 1000;
  const n = rows.length;
  const passAt: Record<string, number> = {};
  for (let kk = 1; kk <= k; kk *= 2) {
    passAt[String(kk)] = items.length ? correct.reduce((s, c) => s + passAtK(k, c, kk), 0) / items.length : NaN;
  }
  return {
    problems: items.length,
    samplesPerProblem: k,
    pass1: n ? correct.reduce((a, b) => a + b, 0) / n : NaN,
    passAtK: passAt,
    meanCompletionTokens: n ? tokens / n : NaN,
    meanVerifyPasses: n ? passes / n : NaN,
    truncated: n ? truncated / n : NaN,
    correctCounts: correct,
    tokensPerSecond: tokens / Math.max(seconds, 1e-9),
  };
}
