/**
 * Worker thread of the study: trains one variant (or none, for the start checkpoint) and evaluates the
 * resulting checkpoint. The study runs two of these at once, one per core, each with one compute
 * thread (`DISSECT_THREADS=1` in the worker's environment): the prototype found one process per core
 * faster than one process with two threads. Messages to the parent: `{ type: 'step' }` after each
 * training step, `{ type: 'rows', rows }` as evaluation rows finish, `{ type: 'done', result }` or
 * `{ type: 'error', message }`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { join } from 'node:path';
import { evaluateCheckpoint } from './evaluate.js';
import type { EvalSettings, SetSpec } from './evaluate.js';

/** A job for the worker. */
export interface StudyJob {
  /** Label, e.g. `neg-s1` or `start`. */
  name: string;
  /** Trainer preset of the variant; null to evaluate `init` as is (the start checkpoint). */
  preset: string | null;
  seed: number;
  /** `key=value` trainer overrides. */
  set: string[];
  /** Start checkpoint directory. */
  init: string;
  /** Output directory of this job (training run; `eval.json` inside). */
  out: string;
  sets: SetSpec[];
  eval: EvalSettings;
}

/** What a job produced. */
export interface StudyJobResult {
  name: string;
  checkpoint: string;
  evalFile: string;
  metricsFile: string | null;
  trainSeconds: number;
  evalSeconds: number;
}

async function run(job: StudyJob): Promise<StudyJobResult> {
  const post = (m: unknown) => parentPort?.postMessage(m);
  let checkpoint = job.init;
  let metricsFile: string | null = null;
  const t0 = performance.now();
  if (job.preset !== null) {
    const { resolveTrainConfig } = await import('../config/train-config.js');
    const { runTraining } = await import('../train/run.js');
    const config = resolveTrainConfig({ preset: job.preset, set: [...job.set, `seed=${job.seed}`, `init=${job.init}`] });
    const res = await runTraining(config, { out: job.out, quiet: true, onStep: () => post({ type: 'step' }) });
    checkpoint = res.checkpoint;
    metricsFile = join(job.out, 'metrics.jsonl');
  }
  const t1 = performance.now();
  const evalFile = join(job.out, 'eval.json');
  await evaluateCheckpoint(checkpoint, job.sets, { ...job.eval, seed: job.eval.seed + job.seed }, evalFile, (rows) => post({ type: 'rows', rows }));
  return { name: job.name, checkpoint, evalFile, metricsFile, trainSeconds: (t1 - t0) / 1000, evalSeconds: (performance.now() - t1) / 1000 };
}

if (parentPort && workerData) {
  run(workerData as StudyJob).then(
    (result) => parentPort!.postMessage({ type: 'done', result }),
    (e: Error) => parentPort!.postMessage({ type: 'error', message: `${e.name}: ${e.message}`, stack: e.stack }),
  );
}
