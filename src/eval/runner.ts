/**
 * The evaluation runner: plans every (problem, sample) slot, skips the ones already in the results
 * store (resume), sends the rest to a backend with `capacity` calls in flight, grades each response and
 * appends it to `samples.jsonl`. Samples are issued sample-major (sample 0 of every problem, then
 * sample 1, ...), so run r (samples [r·n/R, (r+1)·n/R)) is complete before run r+1 starts and a
 * stopped evaluation holds whole runs.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createManifest } from '../util/manifest.js';
import type { RunManifest } from '../util/manifest.js';
import { InputError } from '../util/errors.js';
import type { GradeMode } from '../verify/types.js';
import type { LoadedBenchmark, Problem } from './benchmarks.js';
import type { PromptOptions } from './prompts.js';
import { buildPrompt, promptHash } from './prompts.js';
import type { Backend, EndpointStats } from './backends/types.js';
import { GenerationError } from './backends/types.js';
import type { Grader } from './grader.js';
import { gradedText } from './grader.js';
import type { SampleRecord, StoredGrade } from './record.js';
import { STORE_VERSION, sampleKey } from './record.js';
import { MANIFEST_FILE, SampleWriter, latestRecords, lockDir, readManifest, writeJsonAtomic } from './store.js';
import { sampleSeed } from './seeds.js';

/** What decides which samples an evaluation draws; a resume must match it exactly. */
export interface EvalConfig {
  /** Samples per problem n (paper default per benchmark). */
  n: number;
  /** Runs R: sample s belongs to run floor(s / (n/R)); n must be divisible by R. */
  runs: number;
  /** Also draw one greedy (temperature 0) sample per problem. */
  greedy: boolean;
  /** Only the greedy sample (n is ignored). */
  greedyOnly: boolean;
  temperature: number;
  topP: number;
  maxTokens: number;
  stop?: string[];
  /** Base seed; each sample's seed is derived from it (see `seeds.ts`). */
  seed: number;
  prompt: PromptOptions;
  /** chat or completion requests (HTTP). */
  mode: 'chat' | 'completion';
  /** Primary grading mode (the verdict stats use). */
  gradeMode: GradeMode;
  /** Every mode to grade with (includes the primary); two modes give the disagreement counts. */
  gradeModes: GradeMode[];
}

/** The manifest of a results folder. */
export interface EvalManifest extends RunManifest {
  store_version: number;
  status: 'running' | 'complete' | 'incomplete';
  benchmark: { name: string; file: string; sha256: string; problems: number; kind: string };
  config: EvalConfig;
  /** Whether failed samples count as wrong in summaries (`--errors-as-wrong`, the paper's behaviour). */
  errors_as_wrong: boolean;
  backend: { kind: string; model: string; endpoints: string[] };
  /** Start and end of every session that wrote to the folder (first run and resumes). */
  sessions: Array<{ startedAt: string; endedAt?: string; generated?: number; errors?: number }>;
  endpoint_stats?: EndpointStats[];
  counts?: { expected: number; done: number; errors: number };
}

/** Live progress of a run. */
export interface EvalProgress {
  total: number;
  done: number;
  errors: number;
  correct: number;
  graded: number;
  endpoints: EndpointStats[];
  elapsedMs: number;
  /** Samples generated in this session (excludes those found on resume). */
  generatedThisSession: number;
}

/** Inputs of {@link runEval}. */
export interface RunEvalOptions {
  bench: LoadedBenchmark;
  config: EvalConfig;
  backend: Backend;
  grader: Grader;
  outDir: string;
  /** Continue an existing folder (must match its config). Without it the folder must not hold samples. */
  resume?: boolean;
  errorsAsWrong?: boolean;
  /** Called after every written sample (throttle on your side). */
  onProgress?: (p: EvalProgress) => void;
  /** Stop early (e.g. SIGINT): in-flight calls finish and are written, nothing new starts. */
  signal?: AbortSignal;
}

/** What a run did. */
export interface EvalResult {
  outDir: string;
  manifest: EvalManifest;
  /** Samples found on disk at start. */
  resumed: number;
  generated: number;
  errors: number;
  /** Bytes of a partial last line cut on open (a crash mid-write). */
  truncatedBytes: number;
}

interface Job {
  problem: Problem;
  kind: 'sample' | 'greedy';
  /** Sample indices this call produces (consecutive, starting at `first`). */
  first: number;
  count: number;
  /** Which of them to write (those not yet on disk). */
  missing: Set<number>;
}

/** Check a loaded config against the one in a manifest; returns the differing keys. */
function configDiff(a: EvalConfig, b: EvalConfig): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof EvalConfig>;
  const out: string[] = [];
  for (const k of keys) if (JSON.stringify(a[k]) !== JSON.stringify(b[k])) out.push(`${k}: ${JSON.stringify(b[k])} on disk vs ${JSON.stringify(a[k])} now`);
  return out;
}

/** Validate a config; throws InputError on nonsense. */
export function validateConfig(c: EvalConfig): void {
  if (!Number.isInteger(c.n) || c.n < 1) throw new InputError(`--n must be a positive integer, got ${c.n}`);
  if (!Number.isInteger(c.runs) || c.runs < 1) throw new InputError(`--runs must be a positive integer, got ${c.runs}`);
  if (c.n % c.runs !== 0) throw new InputError(`--n (${c.n}) must be divisible by --runs (${c.runs})`);
  if (!(c.temperature >= 0)) throw new InputError(`--temperature must be >= 0, got ${c.temperature}`);
  if (!(c.topP > 0 && c.topP <= 1)) throw new InputError(`--top-p must be in (0, 1], got ${c.topP}`);
  if (!Number.isInteger(c.maxTokens) || c.maxTokens < 1) throw new InputError(`--max-tokens must be a positive integer, got ${c.maxTokens}`);
  if (!c.gradeModes.includes(c.gradeMode)) throw new Error('gradeModes must include gradeMode');
}

/**
 * Run (or resume) an evaluation into `outDir`. Never loses or duplicates a sample across crashes: see
 * `store.ts`. Failed generations are written as error records and retried on the next resume.
 */
export async function runEval(opts: RunEvalOptions): Promise<EvalResult> {
  const { bench, config, backend, grader, outDir } = opts;
  validateConfig(config);
  const manifestPath = path.join(outDir, MANIFEST_FILE);
  const hasManifest = existsSync(manifestPath);
  let manifest: EvalManifest;
  const unlock = (() => {
    if (hasManifest && !opts.resume) {
      throw new InputError(`${outDir} already holds an evaluation: add --resume to continue it, or choose a new --out`);
    }
    return lockDir(outDir);
  })();
  const now = new Date().toISOString();
  try {
    if (hasManifest) {
      manifest = readManifest<EvalManifest>(outDir);
      if (manifest.store_version !== STORE_VERSION) throw new InputError(`store version ${manifest.store_version}, expected ${STORE_VERSION}`, manifestPath);
      if (manifest.benchmark.sha256 !== bench.sha256 || manifest.benchmark.problems !== bench.problems.length) {
        throw new InputError(`benchmark differs from the one on disk (${manifest.benchmark.file}, ${manifest.benchmark.problems} problems)`, manifestPath);
      }
      const diff = configDiff(config, manifest.config);
      if (diff.length) throw new InputError(`--resume with a different configuration: ${diff.join('; ')}`, manifestPath);
      manifest.status = 'running';
      manifest.sessions.push({ startedAt: now });
      manifest.command = process.argv.slice(1);
    } else {
      manifest = {
        ...createManifest({ sample: config.seed }),
        store_version: STORE_VERSION,
        status: 'running',
        benchmark: { name: bench.name, file: bench.file, sha256: bench.sha256, problems: bench.problems.length, kind: bench.kind },
        config,
        errors_as_wrong: opts.errorsAsWrong ?? false,
        backend: { kind: backend.kind, model: backend.model, endpoints: backend.stats().map((s) => s.url) },
        sessions: [{ startedAt: now }],
      };
    }
  } catch (e) {
    unlock();
    throw e;
  }
  const writer = SampleWriter.open(outDir);
  writeJsonAtomic(manifestPath, manifest);

  try {
    // Slots already done (successful records); errors are retried.
    const done = new Set<string>();
    for (const r of writer.existing) if (r.error === null) done.add(sampleKey(r));
    const resumed = done.size;
    // Slots whose latest record is an error (cleared when a success is written).
    const failed = new Set<string>();
    for (const r of writer.existing) if (r.error !== null && !done.has(sampleKey(r))) failed.add(sampleKey(r));
    const n = config.greedyOnly ? 0 : config.n;
    const perRun = config.n / config.runs;
    const jobs: Job[] = [];
    if (config.greedy || config.greedyOnly) {
      for (const p of bench.problems) {
        if (!done.has(sampleKey({ problem: p.index, kind: 'greedy', sample: 0 }))) jobs.push({ problem: p, kind: 'greedy', first: 0, count: 1, missing: new Set([0]) });
      }
    }
    const B = Math.max(1, backend.maxCount);
    for (let chunk = 0; chunk * B < n; chunk++) {
      const first = chunk * B;
      const count = Math.min(B, n - first);
      for (const p of bench.problems) {
        const missing = new Set<number>();
        for (let s = first; s < first + count; s++) if (!done.has(sampleKey({ problem: p.index, kind: 'sample', sample: s }))) missing.add(s);
        if (missing.size) jobs.push({ problem: p, kind: 'sample', first, count, missing });
      }
    }
    const expected = bench.problems.length * (n + (config.greedy || config.greedyOnly ? 1 : 0));
    const prompts = new Map<number, { text: string; hash: string }>();
    const promptOf = (p: Problem) => {
      let v = prompts.get(p.index);
      if (!v) {
        const text = buildPrompt(p.problem, config.prompt);
        v = { text, hash: promptHash(text) };
        prompts.set(p.index, v);
      }
      return v;
    };

    const t0 = performance.now();
    const prog: EvalProgress = {
      total: expected,
      done: done.size,
      errors: 0,
      correct: 0,
      graded: 0,
      endpoints: backend.stats(),
      elapsedMs: 0,
      generatedThisSession: 0,
    };
    for (const r of latestRecords(writer.existing)) {
      if (r.error === null && r.kind === 'sample' && r.correct !== null) {
        prog.graded++;
        if (r.correct) prog.correct++;
      }
    }
    let generated = 0;
    let errors = 0;

    const gradeAll = async (text: string, problem: Problem) => {
      const grades: Partial<Record<GradeMode, StoredGrade>> = {};
      for (const mode of config.gradeModes) {
        const g = await grader.grade(text, problem.answer, mode, problem.unit);
        grades[mode] = { correct: g.correct, extracted: g.extracted, reason: g.reason };
      }
      return grades;
    };

    const runJob = async (job: Job) => {
      const greedy = job.kind === 'greedy';
      const seed = sampleSeed(config.seed, job.problem.index, greedy ? -1 : job.first);
      const prompt = promptOf(job.problem);
      // Fields every record of this job carries, whether the sample succeeded or failed.
      const identity = (s: number) => ({
        problem: job.problem.index,
        problem_id: job.problem.id,
        kind: job.kind,
        sample: s,
        run: greedy ? 0 : Math.floor(s / perRun),
        seed,
        prompt_hash: prompt.hash,
      });
      try {
        const res = await backend.generate({
          prompt: prompt.text,
          count: job.count,
          seed,
          temperature: greedy ? 0 : config.temperature,
          topP: greedy ? 1 : config.topP,
          maxTokens: config.maxTokens,
          stop: config.stop,
        });
        if (res.generations.length !== job.count) throw new GenerationError(`asked for ${job.count} samples, got ${res.generations.length}`, res.attempts, res.endpoint, res.latencyMs);
        for (let j = 0; j < job.count; j++) {
          const s = job.first + j;
          if (!job.missing.has(s)) continue;
          const g = res.generations[j];
          const grades = await gradeAll(gradedText(g.text, g.reasoning), job.problem);
          const primary = grades[config.gradeMode] as StoredGrade;
          const rec: SampleRecord = {
            ...identity(s),
            response: g.text,
            reasoning: g.reasoning,
            prompt_tokens: g.promptTokens,
            completion_tokens: g.completionTokens,
            finish_reason: g.finishReason,
            latency_ms: Math.round(res.latencyMs),
            endpoint: res.endpoint,
            attempts: res.attempts,
            correct: primary.correct,
            extracted: primary.extracted,
            reason: primary.reason,
            grades,
            error: null,
            time: new Date().toISOString(),
          };
          writer.append(rec);
          done.add(sampleKey(rec));
          failed.delete(sampleKey(rec));
          generated++;
          prog.done++;
          prog.generatedThisSession++;
          if (!greedy) {
            prog.graded++;
            if (rec.correct) prog.correct++;
          }
        }
      } catch (e) {
        if (!(e instanceof GenerationError)) throw e;
        for (const s of job.missing) {
          failed.add(sampleKey({ problem: job.problem.index, kind: job.kind, sample: s }));
          writer.append({
            ...identity(s),
            response: null,
            reasoning: null,
            prompt_tokens: null,
            completion_tokens: null,
            finish_reason: null,
            latency_ms: Math.round(e.latencyMs),
            endpoint: e.endpoint,
            attempts: e.attempts,
            correct: null,
            extracted: null,
            reason: null,
            grades: {},
            error: e.message,
            time: new Date().toISOString(),
          });
          errors++;
          prog.errors++;
        }
      }
      if (opts.onProgress) {
        prog.endpoints = backend.stats();
        prog.elapsedMs = performance.now() - t0;
        opts.onProgress(prog);
      }
    };

    let next = 0;
    const worker = async () => {
      while (next < jobs.length && !opts.signal?.aborted) {
        const job = jobs[next++];
        await runJob(job);
      }
    };
    opts.onProgress?.(prog);
    await Promise.all(Array.from({ length: Math.max(1, Math.min(backend.capacity, jobs.length)) }, worker));

    writer.close();
    const ok = done.size;
    const errs = failed.size;
    const complete = ok === expected;
    const end = new Date().toISOString();
    manifest.status = complete ? 'complete' : 'incomplete';
    manifest.endedAt = end;
    const sess = manifest.sessions[manifest.sessions.length - 1];
    sess.endedAt = end;
    sess.generated = generated;
    sess.errors = errors;
    manifest.endpoint_stats = backend.stats();
    manifest.counts = { expected, done: ok, errors: errs };
    if (backend.model && !manifest.backend.model) manifest.backend.model = backend.model;
    writeJsonAtomic(manifestPath, manifest);
    return { outDir, manifest, resumed, generated, errors, truncatedBytes: writer.truncatedBytes };
  } finally {
    writer.close();
    unlock();
  }
}
