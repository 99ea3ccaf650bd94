/**
 * `npm run bench:model`: the dissect engine and the identical PyTorch model (bench/model/torch_bench.py,
 * Debian python3-torch with OpenBLAS, 2 threads) on the same workloads, back to back, `--rounds` times
 * (default 3) so both see the same machine load; prints every run, the medians and the ratios
 * ours / PyTorch, both per wall-clock second and per CPU second (the latter is insensitive to other
 * load on a shared machine). PyTorch is skipped cleanly when /usr/bin/python3 cannot import torch.
 * PyTorch gets the same OpenMP wait policy as our engine (passive unless OMP_WAIT_POLICY is set), so
 * neither spins on a shared machine.
 * Extra flags are passed to both (e.g. --batch 32 --layers 3); DISSECT_BENCH_PYTHON overrides the
 * interpreter.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchModel, type BenchModelResult } from '../../src/model/bench.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
const flag = (name: string, dflt: number): number => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? Number(argv[i + 1]) : dflt;
};
const rounds = flag('rounds', 3);
const threads = flag('threads', 2);
const shape = {
  vocab: flag('vocab', 64), ctx: flag('ctx', 256), dModel: flag('d-model', 128), layers: flag('layers', 4), heads: flag('heads', 4),
  batch: flag('batch', 16), prompts: flag('prompts', 64), promptLength: flag('prompt-length', 16), newTokens: flag('new-tokens', 240),
  steps: flag('steps', 3),
};
const python = process.env.DISSECT_BENCH_PYTHON ?? '/usr/bin/python3';
const hasTorch = spawnSync(python, ['-c', 'import torch'], { stdio: 'ignore' }).status === 0;
if (!hasTorch) console.log(`PyTorch: skipped (${python} cannot import torch; apt-get install python3-torch libopenblas0-pthread)`);

type Row = Pick<BenchModelResult, 'train_tokens_per_s' | 'sample_tokens_per_s' | 'logprob_ms' | 'train_step_cpu_ms' | 'sample_tokens_per_cpu_s'> & { engine: string };
const ours: Row[] = [];
const torch: Row[] = [];
const fmt = (r: Row) =>
  `${r.engine.padEnd(8)} train ${r.train_tokens_per_s.toFixed(0).padStart(6)} tok/s   sample ${r.sample_tokens_per_s.toFixed(0).padStart(6)} tok/s   logprob ${r.logprob_ms.toFixed(0).padStart(5)} ms` +
  `   | CPU time: step ${r.train_step_cpu_ms.toFixed(0).padStart(6)} ms, sample ${r.sample_tokens_per_cpu_s.toFixed(0).padStart(6)} tok/cpu-s`;

for (let round = 0; round < rounds; round++) {
  const r = benchModel({
    config: { vocabSize: shape.vocab, contextLength: shape.ctx, dModel: shape.dModel, nLayers: shape.layers, nHeads: shape.heads, dMlp: 4 * shape.dModel },
    batch: shape.batch, prompts: shape.prompts, promptLength: shape.promptLength, newTokens: shape.newTokens,
    trainSteps: shape.steps, repeats: 1, engine: 'auto', threads, seed: 1 + round,
  });
  ours.push(r);
  console.log(`round ${round + 1}: ${fmt(r)}   (${r.engine_detail}, ${r.threads} threads)`);
  if (hasTorch) {
    const p = spawnSync(python, [
      path.join(here, 'torch_bench.py'), '--vocab', `${shape.vocab}`, '--ctx', `${shape.ctx}`, '--d-model', `${shape.dModel}`,
      '--layers', `${shape.layers}`, '--heads', `${shape.heads}`, '--batch', `${shape.batch}`, '--prompts', `${shape.prompts}`,
      '--prompt-length', `${shape.promptLength}`, '--new-tokens', `${shape.newTokens}`, '--train-steps', `${shape.steps}`,
      '--threads', `${threads}`,
    ], { encoding: 'utf8', env: { ...process.env, OPENBLAS_NUM_THREADS: `${threads}`, OMP_NUM_THREADS: `${threads}`, OMP_WAIT_POLICY: process.env.OMP_WAIT_POLICY ?? 'passive' } });
    if (p.status !== 0) throw new Error(`torch_bench.py failed: ${p.stderr}`);
    const t = JSON.parse(p.stdout.trim().split('\n').pop() as string) as Row;
    torch.push(t);
    console.log(`round ${round + 1}: ${fmt(t)}`);
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const med = (rows: Row[]): Row => ({
  engine: rows[0].engine,
  train_tokens_per_s: median(rows.map((r) => r.train_tokens_per_s)),
  sample_tokens_per_s: median(rows.map((r) => r.sample_tokens_per_s)),
  logprob_ms: median(rows.map((r) => r.logprob_ms)),
  train_step_cpu_ms: median(rows.map((r) => r.train_step_cpu_ms)),
  sample_tokens_per_cpu_s: median(rows.map((r) => r.sample_tokens_per_cpu_s)),
});
const o = med(ours);
console.log(`median:  ${fmt(o)}`);
const summary: Record<string, unknown> = { ours: o, rounds };
if (hasTorch) {
  const t = med(torch);
  console.log(`median:  ${fmt(t)}`);
  const ratios = {
    train: o.train_tokens_per_s / t.train_tokens_per_s,
    sample: o.sample_tokens_per_s / t.sample_tokens_per_s,
    logprob: t.logprob_ms / o.logprob_ms,
    train_cpu: t.train_step_cpu_ms / o.train_step_cpu_ms,
    sample_cpu: o.sample_tokens_per_cpu_s / t.sample_tokens_per_cpu_s,
  };
  console.log(`ratio ours/PyTorch: train ${ratios.train.toFixed(2)}x   sample ${ratios.sample.toFixed(2)}x   logprob ${ratios.logprob.toFixed(2)}x (speed)`);
  console.log(`ratio per CPU second (compute efficiency, insensitive to other load): train ${ratios.train_cpu.toFixed(2)}x   sample ${ratios.sample_cpu.toFixed(2)}x`);
  Object.assign(summary, { pytorch: t, ratios });
}
console.log(JSON.stringify(summary));
