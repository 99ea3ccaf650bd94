/**
 * The dissection study end to end (`dissect study`, `npm start`): cold-start SFT (cached), the six
 * variants trained from the same start and seeds in worker threads (one per core), every checkpoint
 * evaluated in and out of distribution with sampling and greedy decoding, then the findings computed
 * from the measurements and the HTML report written.
 *
 * Output folder:
 *   study.json      what ran: preset, seeds, trainer overrides, SFT checkpoint, per-job timings, manifest
 *   runs/<job>/     each training run (metrics.jsonl, checkpoints, config) and its eval.json
 *   findings.json   { claims: [{ id, claim, verdict, evidence }], params }
 *   report.html     the self-contained report
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import { InputError } from '../util/errors.js';
import { createManifest } from '../util/manifest.js';
import { createProgress } from '../util/progress.js';
import { readJsonOrJsonl } from '../util/jsonl.js';
import { startWorker } from '../util/worker.js';
import { computeClaims } from './claims.js';
import type { Claim } from './claims.js';
import { evalRows } from './evaluate.js';
import type { CheckpointEval, CheckpointName, SetEval, SetName, StudyMeasurements, TrainingLog, Variant } from './measurements.js';
import { DEFAULT_CLAIM_PARAMS } from './measurements.js';
import { studyPreset } from './presets.js';
import type { StudyPreset } from './presets.js';
import type { StudyJob, StudyJobResult } from './worker.js';

/** Options of {@link runStudy}. */
export interface StudyOptions {
  /** Study preset name (quick, default, full). */
  preset: string;
  /** Output folder. */
  out: string;
  /** No progress bars. */
  quiet?: boolean;
  /** Worker threads running jobs in parallel (default: min(2, cores)). */
  workers?: number;
  /** SFT cache root (default: the SFT module's default, `.cache/dissect/sft`). */
  sftCacheDir?: string;
}

/** What {@link runStudy} produced. */
export interface StudyResult {
  out: string;
  findingsFile: string;
  reportFile: string;
  claims: Claim[];
  wallSeconds: number;
  /** Plain-text summary table (checkpoints and verdicts). */
  summary: string;
}

const MARKER = 'study.json';

/** Prepare the output folder: a previous study there is replaced; any other non-empty folder is refused. */
function prepareOut(out: string): void {
  if (existsSync(out) && readdirSync(out).length > 0) {
    if (!existsSync(join(out, MARKER))) throw new InputError(`${out} is not empty and holds no study (${MARKER}); choose another --out`);
    for (const f of ['runs', 'findings.json', 'report.html', MARKER]) rmSync(join(out, f), { recursive: true, force: true });
  }
  mkdirSync(out, { recursive: true });
}

/** Run one job in a worker thread with one compute thread; `onMessage` sees its progress messages. */
function runJob(job: StudyJob, engine: string, onMessage: (m: { type: string; rows?: number }) => void): Promise<StudyJobResult> {
  return new Promise((resolvePromise, reject) => {
    const w = startWorker(new URL('./worker.js', import.meta.url), { workerData: job, env: { ...process.env, DISSECT_THREADS: '1', DISSECT_ENGINE: engine } });
    let settled = false;
    w.on('message', (m: { type: string; rows?: number; result?: StudyJobResult; message?: string; stack?: string }) => {
      if (m.type === 'done') {
        settled = true;
        resolvePromise(m.result!);
        void w.terminate();
      } else if (m.type === 'error') {
        settled = true;
        if (process.env.DISSECT_DEBUG && m.stack) process.stderr.write(`${m.stack}\n`);
        reject(new Error(`study job ${job.name} failed: ${m.message}`));
        void w.terminate();
      } else onMessage(m);
    });
    w.on('error', (e) => {
      if (!settled) reject(new Error(`study job ${job.name} crashed: ${e.message}`));
      settled = true;
    });
    w.on('exit', (code) => {
      if (!settled) reject(new Error(`study job ${job.name} exited with code ${code}`));
      settled = true;
    });
  });
}

/** Run jobs with at most `parallel` at a time, in the given order. */
async function runPool<T, R>(items: T[], parallel: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(parallel, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]);
    }
  });
  await Promise.all(lanes);
  return results;
}

function readTraining(file: string, variant: Variant, seed: number): TrainingLog {
  const steps = readJsonOrJsonl(file).filter((x): x is Record<string, number> => typeof x === 'object' && x !== null);
  return { variant, seed, steps };
}

/** Pad a table of strings into aligned columns. */
export function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** The jobs of a preset: the start checkpoint's evaluation and every variant x seed, longest first. */
function planJobs(preset: StudyPreset, sftDir: string, out: string, engine: string): StudyJob[] {
  const jobs: StudyJob[] = [];
  // luffy first: injection and the LUFFY loss make it the longest job; the start's evaluation fills the end.
  const order = [...preset.variants].sort((a, b) => Number(b === 'luffy') - Number(a === 'luffy'));
  for (const seed of preset.seeds) {
    for (const v of order) {
      jobs.push({ name: `${v}-s${seed}`, preset: v, seed, set: [...preset.trainSet, `model.engine=${engine}`], init: sftDir, out: join(out, 'runs', `${v}-s${seed}`), sets: preset.sets, eval: preset.eval });
    }
  }
  jobs.push({ name: 'start', preset: null, seed: 0, set: [], init: sftDir, out: join(out, 'runs', 'start'), sets: preset.sets, eval: preset.eval });
  return jobs;
}

/** Measurements from what the jobs wrote (eval.json and metrics.jsonl of each job). */
function measurementsOf(jobs: ReadonlyArray<Pick<StudyJob, 'preset' | 'seed' | 'out'>>, results: ReadonlyArray<Pick<StudyJobResult, 'evalFile' | 'metricsFile'>>): StudyMeasurements {
  const checkpoints: CheckpointEval[] = [];
  const training: TrainingLog[] = [];
  jobs.forEach((job, i) => {
    const res = results[i];
    if (!existsSync(res.evalFile)) throw new InputError('evaluation results missing (interrupted study?)', res.evalFile);
    const sets = JSON.parse(readFileSync(res.evalFile, 'utf8')) as Partial<Record<SetName, SetEval>>;
    const cp: CheckpointName = job.preset === null ? 'start' : (job.preset as Variant);
    checkpoints.push({ checkpoint: cp, seed: job.seed, dir: job.out, sets });
    if (res.metricsFile) training.push(readTraining(res.metricsFile, job.preset as Variant, job.seed));
  });
  // The start first (it runs last, but reads first in tables and charts).
  checkpoints.sort((a, b) => Number(b.checkpoint === 'start') - Number(a.checkpoint === 'start'));
  return { checkpoints, training };
}

/** A finished study folder read back: its record (study.json), measurements and findings. */
export interface LoadedStudy {
  record: { preset: StudyPreset; jobs: StudyJobResult[]; wallSeconds?: number } & Record<string, unknown>;
  measurements: StudyMeasurements;
  claims: Claim[];
}

/** Whether `dir` holds a study (its study.json). */
export function isStudyFolder(dir: string): boolean {
  return existsSync(join(dir, MARKER));
}

/** Read a finished study folder (for `dissect report`). */
export function loadStudy(dir: string): LoadedStudy {
  const file = join(dir, MARKER);
  const record = JSON.parse(readFileSync(file, 'utf8')) as LoadedStudy['record'];
  if (!Array.isArray(record.jobs)) throw new InputError('the study did not finish (no jobs recorded)', file);
  const jobs = record.jobs.map((j) => {
    const m = /^(.*)-s(\d+)$/.exec(j.name);
    return { preset: j.name === 'start' || !m ? null : m[1], seed: j.name === 'start' || !m ? 0 : Number(m[2]), out: dirname(j.evalFile) };
  });
  const findingsFile = join(dir, 'findings.json');
  if (!existsSync(findingsFile)) throw new InputError('findings.json missing (the study did not finish)', dir);
  const claims = (JSON.parse(readFileSync(findingsFile, 'utf8')) as { claims: Claim[] }).claims;
  return { record, measurements: measurementsOf(jobs, record.jobs), claims };
}

/** Run the whole study. */
export async function runStudy(options: StudyOptions): Promise<StudyResult> {
  const t0 = performance.now();
  const preset = studyPreset(options.preset);
  const out = resolve(options.out);
  prepareOut(out);
  const manifest = createManifest({ ...Object.fromEntries(preset.seeds.map((s) => [`train_${s}`, s])), eval: preset.eval.seed, bootstrap: DEFAULT_CLAIM_PARAMS.seed });
  const record: Record<string, unknown> = { preset, manifest };
  writeFileSync(join(out, MARKER), JSON.stringify(record, null, 2));

  // 1. Cold-start SFT (cached by content hash), both cores.
  const { runSft } = await import('../sft/index.js');
  const tSft = performance.now();
  const sft = await runSft({ config: preset.sftSteps !== null ? { steps: preset.sftSteps } : {}, cacheDir: options.sftCacheDir, quiet: options.quiet });
  record.sft = { checkpoint: sft.checkpointDir, hash: sft.hash, cached: sft.cached, seconds: (performance.now() - tSft) / 1000, metrics: sft.metrics };

  // 2-3. Train every variant and evaluate every checkpoint, two jobs at a time. The engine is resolved
  // once here and pinned in every job, so a worker never silently falls back to a slower engine.
  const { resolveEngine } = await import('../model/index.js');
  const engine = resolveEngine().engine;
  record.engine = engine;
  const jobs = planJobs(preset, sft.checkpointDir, out, engine);
  const steps = Number(/trainer\.total_steps=(\d+)/.exec(preset.trainSet.join(' '))?.[1] ?? 0);
  const rows = evalRows(preset.sets);
  // Progress units: one per training step, one per 64 evaluation rows.
  const unitsOf = (j: StudyJob) => (j.preset ? steps : 0) + Math.ceil(rows / 64);
  const total = jobs.reduce((s, j) => s + unitsOf(j), 0);
  const bar = createProgress({ label: 'study', total, quiet: options.quiet, fields: ['running', 'done'] });
  let units = 0;
  const running = new Set<string>();
  let done = 0;
  const rowCarry = new Map<string, number>();
  const tick = () => bar.update(Math.min(units, total), { running: [...running].join(',') || '-', done: `${done}/${jobs.length}` });
  const parallel = options.workers ?? Math.max(1, Math.min(2, availableParallelism()));
  const results = await runPool(jobs, parallel, async (job) => {
    running.add(job.name);
    tick();
    const r = await runJob(job, engine, (m) => {
      if (m.type === 'step') units++;
      else if (m.type === 'rows') {
        const carry = (rowCarry.get(job.name) ?? 0) + (m.rows ?? 0);
        units += Math.floor(carry / 64);
        rowCarry.set(job.name, carry % 64);
      }
      tick();
    });
    running.delete(job.name);
    done++;
    tick();
    return r;
  });
  bar.stop();
  record.jobs = results;

  const measurements = measurementsOf(jobs, results);

  // 4. Findings and report.
  const params = { ...DEFAULT_CLAIM_PARAMS, resamples: preset.resamples };
  const claims = computeClaims(measurements, params);
  const findingsFile = join(out, 'findings.json');
  writeFileSync(findingsFile, JSON.stringify({ claims, params, preset: preset.name }, null, 2));
  const wallSeconds = (performance.now() - t0) / 1000;
  manifest.endedAt = new Date().toISOString();
  record.wallSeconds = wallSeconds;
  writeFileSync(join(out, MARKER), JSON.stringify(record, null, 2));
  const { reportFromStudy } = await import('../report/from-study.js');
  const { renderReportHtml } = await import('../report/html.js');
  const data = reportFromStudy(measurements, claims, { preset, sft: record.sft, jobs: results, params }, { resamples: preset.resamples, wallSeconds });
  const reportFile = join(out, 'report.html');
  writeFileSync(reportFile, renderReportHtml(data, `dissect ${manifest.version}`));

  const summary = [
    formatTable(data.summary.columns, data.summary.rows),
    '',
    formatTable(['claim', 'verdict'], claims.map((c) => [c.id, c.verdict])),
  ].join('\n');
  return { out, findingsFile, reportFile, claims, wallSeconds, summary };
}

