/**
 * The work behind `dissect eval`, `dissect stats` and `dissect regrade` (the command files in
 * src/cli/commands only declare options and lazy-import this module).
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../util/errors.js';
import { createProgress } from '../util/progress.js';
import type { GradeMode } from '../verify/types.js';
import { summarize } from '../stats/summary.js';
import type { StatsReport } from '../stats/summary.js';
import { PAPER_MAX_TOKENS, PAPER_TEMPERATURE, PAPER_TOP_P, loadBenchmark } from './benchmarks.js';
import type { PromptKind } from './benchmarks.js';
import { HttpBackend } from './backends/http.js';
import { EmbeddedBackend } from './backends/embedded.js';
import type { Backend } from './backends/types.js';
import { createPoolGrader, gradedText } from './grader.js';
import type { Grader } from './grader.js';
import { runEval } from './runner.js';
import type { EvalConfig, EvalManifest, EvalProgress } from './runner.js';
import { combineAsRuns, loadResults } from './load-results.js';
import { writeSamplesParquet } from './parquet.js';
import { MANIFEST_FILE, SAMPLES_FILE, latestRecords, lockDir, readManifest, readSamples, writeJsonAtomic } from './store.js';
import type { SampleRecord, StoredGrade } from './record.js';

const MODES: GradeMode[] = ['strict', 'deepscaler'];

function parseMode(v: string, flag: string): GradeMode {
  if (!MODES.includes(v as GradeMode)) throw new InputError(`${flag}: unknown grading mode "${v}", use one of ${MODES.join(', ')}`);
  return v as GradeMode;
}

function int(v: string | undefined, flag: string): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n)) throw new InputError(`${flag} must be an integer, got "${v}"`);
  return n;
}

function float(v: string | undefined, flag: string): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n)) throw new InputError(`${flag} must be a number, got "${v}"`);
  return n;
}

/** Options of `dissect eval` as commander parses them (strings before validation). */
export interface EvalCliOptions {
  bench: string;
  benchFile?: string;
  problemField?: string;
  answerField?: string;
  idField?: string;
  kind?: string;
  limit?: string;
  n?: string;
  runs?: string;
  greedy?: boolean;
  greedyOnly?: boolean;
  temperature?: string;
  topP?: string;
  maxTokens?: string;
  stop?: string[];
  seed?: string;
  attack?: string;
  suffix?: string;
  template?: string;
  mode?: string;
  endpoint?: string[];
  model?: string;
  concurrency?: string;
  timeout?: string;
  stream?: boolean;
  idleTimeout?: string;
  retries?: string;
  extraBody?: string;
  checkpoint?: string;
  batch?: string;
  engine?: string;
  gradeMode?: string;
  gradeModes?: string;
  gradeWorkers?: string;
  errorsAsWrong?: boolean;
  out: string;
  resume?: boolean;
  parquet?: boolean;
  json?: boolean;
  quiet?: boolean;
}

/** Test seam: a grader to use instead of the worker pool (set by tests only). */
export interface EvalCliDeps {
  grader?: Grader;
}

/** `dissect eval`. Returns the process exit code (0 complete, 1 when samples failed). */
export async function evalCommand(o: EvalCliOptions, deps: EvalCliDeps = {}): Promise<number> {
  if (!o.out) throw new InputError('--out DIR is required');
  if (!o.endpoint?.length && !o.checkpoint) throw new InputError('give --endpoint URL (repeatable) or --checkpoint DIR');
  if (o.endpoint?.length && o.checkpoint) throw new InputError('--endpoint and --checkpoint exclude each other');
  if (o.kind !== undefined && o.kind !== 'math' && o.kind !== 'multiple_choice') throw new InputError(`--kind must be math or multiple_choice, got ${o.kind}`);
  const bench = await loadBenchmark(o.bench, {
    file: o.benchFile,
    problemField: o.problemField,
    answerField: o.answerField,
    idField: o.idField,
    kind: o.kind as PromptKind | undefined,
    limit: int(o.limit, '--limit'),
  });
  const attack = int(o.attack, '--attack') ?? 0;
  if (attack !== 0 && attack !== 1 && attack !== 2) throw new InputError(`--attack must be 1 or 2, got ${o.attack}`);
  const suffix = (o.suffix ?? bench.kind) as PromptKind | 'none';
  if (!['math', 'multiple_choice', 'none'].includes(suffix)) throw new InputError(`--suffix must be math, multiple_choice or none, got ${o.suffix}`);
  let template: string | undefined;
  if (o.template !== undefined) {
    try {
      template = readFileSync(o.template, 'utf8');
    } catch (e) {
      throw new InputError(`cannot read template: ${(e as Error).message}`, o.template);
    }
  }
  const mode = (o.mode ?? 'chat') as 'chat' | 'completion';
  if (mode !== 'chat' && mode !== 'completion') throw new InputError(`--mode must be chat or completion, got ${o.mode}`);
  const gradeMode = parseMode(o.gradeMode ?? 'strict', '--grade-mode');
  const gradeModes = [...new Set([gradeMode, ...(o.gradeModes ?? 'strict,deepscaler').split(',').map((m) => parseMode(m.trim(), '--grade-modes'))])];
  const n = int(o.n, '--n') ?? bench.defaultSamples;
  const config: EvalConfig = {
    n,
    runs: int(o.runs, '--runs') ?? 1,
    greedy: Boolean(o.greedy),
    greedyOnly: Boolean(o.greedyOnly),
    temperature: float(o.temperature, '--temperature') ?? PAPER_TEMPERATURE,
    topP: float(o.topP, '--top-p') ?? PAPER_TOP_P,
    maxTokens: int(o.maxTokens, '--max-tokens') ?? PAPER_MAX_TOKENS,
    seed: int(o.seed, '--seed') ?? 0,
    prompt: { suffix, attack, ...(template !== undefined ? { template } : {}) },
    mode,
    gradeMode,
    gradeModes,
  };
  if (o.stop?.length) config.stop = o.stop;
  let extraBody: Record<string, unknown> | undefined;
  if (o.extraBody !== undefined) {
    try {
      extraBody = JSON.parse(o.extraBody) as Record<string, unknown>;
    } catch (e) {
      throw new InputError(`--extra-body is not JSON: ${(e as Error).message}`);
    }
  }
  let backend: Backend;
  if (o.checkpoint) {
    if (!existsSync(o.checkpoint)) throw new InputError(`checkpoint directory not found: ${o.checkpoint}`);
    const engine = (o.engine ?? 'auto') as 'auto' | 'ts' | 'native';
    if (!['auto', 'ts', 'native'].includes(engine)) throw new InputError(`--engine must be auto, ts or native, got ${o.engine}`);
    backend = await EmbeddedBackend.open({ checkpoint: o.checkpoint, batch: int(o.batch, '--batch'), mode, engine });
  } else {
    const hb = new HttpBackend({
      endpoints: o.endpoint ?? [],
      model: o.model,
      mode,
      concurrency: int(o.concurrency, '--concurrency'),
      timeoutMs: (float(o.timeout, '--timeout') ?? 3600) * 1000,
      stream: Boolean(o.stream),
      idleTimeoutMs: (float(o.idleTimeout, '--idle-timeout') ?? 120) * 1000,
      retries: int(o.retries, '--retries'),
      extraBody,
    });
    await hb.init();
    backend = hb;
  }
  const grader = deps.grader ?? (await createPoolGrader({ workers: int(o.gradeWorkers, '--grade-workers') ?? 1 }));
  const abort = new AbortController();
  let interrupts = 0;
  const onSigint = () => {
    interrupts++;
    if (interrupts === 1) {
      process.stderr.write('\ndissect eval: stopping after the requests in flight (Ctrl-C again to quit now; --resume continues)\n');
      abort.abort();
    } else process.exit(130);
  };
  process.on('SIGINT', onSigint);
  const bar = createProgress({ label: `eval ${bench.name}`, total: 1, quiet: o.quiet, fields: ['acc', 'err', 'tput'] });
  let lastDraw = 0;
  const draw = (p: EvalProgress) => {
    const now = performance.now();
    if (now - lastDraw < 200 && p.done < p.total) return;
    lastDraw = now;
    bar.setTotal(p.total);
    const secs = Math.max(1e-3, p.elapsedMs / 1000);
    const tput = p.endpoints.map((e, i) => `${p.endpoints.length > 1 ? `#${i + 1}:` : ''}${(e.ok / secs).toFixed(1)}/s${e.healthy ? '' : '(down)'}`).join(' ');
    bar.update(p.done, { acc: p.graded ? (p.correct / p.graded).toFixed(3) : '-', err: p.errors, tput });
  };
  let result;
  try {
    result = await runEval({ bench, config, backend, grader, outDir: o.out, resume: o.resume, errorsAsWrong: o.errorsAsWrong, onProgress: draw, signal: abort.signal });
  } finally {
    bar.stop();
    process.off('SIGINT', onSigint);
    await backend.close();
    await grader.close();
  }
  if (o.parquet) await writeSamplesParquet(latestRecords(readSamples(o.out)), path.join(o.out, 'samples.parquet'));
  const loaded = loadResults(o.out, { errorsAsWrong: o.errorsAsWrong });
  if ((loaded.input.runMatrix?.[0]?.length ?? 0) <= 1) loaded.input.runMatrix = undefined;
  const report = summarize({ ...loaded.input, seed: config.seed });
  if (o.json) process.stdout.write(`${JSON.stringify(report)}\n`);
  else process.stdout.write(formatSummary(report, result.manifest, loaded.errors));
  return result.manifest.status === 'complete' ? 0 : 1;
}

function pct(x: number): string {
  return Number.isNaN(x) ? '-' : (100 * x).toFixed(1);
}

/** A plain-text summary table of one evaluation (what `dissect eval` prints at the end). */
export function formatSummary(r: StatsReport, m: EvalManifest | undefined, errors: number): string {
  const lines: string[] = [];
  const row = (k: string, v: string) => lines.push(`  ${k.padEnd(22)} ${v}`);
  if (m) {
    lines.push(`${m.benchmark.name} · ${m.backend.model} · ${m.status}`);
    row('folder status', `${m.counts?.done ?? '?'}/${m.counts?.expected ?? '?'} samples, ${m.counts?.errors ?? 0} failed`);
    for (const e of m.endpoint_stats ?? []) row(`  ${e.url}`, `${e.ok} ok, ${e.failures} failed attempts, ${e.completionTokens} completion tokens`);
  }
  row('problems', `${r.problems}`);
  row('samples per problem', `${r.samples_per_problem}${r.samples_min !== r.samples_per_problem ? ` (min ${r.samples_min})` : ''}`);
  if (errors || r.missing_samples) row('failed / missing', `${errors} failed, ${r.missing_samples} not counted (use --errors-as-wrong to count failures as wrong)`);
  row(`avg@${r.samples_per_problem}`, `${pct(r.avg)}  [${pct(r.avg_ci.lower)}, ${pct(r.avg_ci.upper)}] bootstrap ${r.avg_ci.level * 100}% over problems`);
  row('pass@k', Object.entries(r.pass_at_k).map(([k, v]) => `@${k} ${pct(v)}`).join('  '));
  if (r.maj_at_k) row('maj@k', Object.entries(r.maj_at_k).map(([k, v]) => `@${k} ${pct(v)}`).join('  '));
  const ru = r.runs;
  row(
    `runs (${ru.count} × ${ru.samples_per_run})`,
    `mean ${pct(ru.mean)}  std ${pct(ru.std)}  range [${pct(ru.min)}, ${pct(ru.max)}]  t-CI ±${pct(ru.ci.half_width)}`,
  );
  row('runs for ±' + pct(ru.target_half_width), Number.isFinite(ru.runs_needed) ? `${ru.runs_needed}` : '-');
  const u = r.uncertain;
  row('uncertain problems', `${u.count}/${r.problems} (${pct(u.fraction)}%), variance share ${pct(u.variance_share.empirical)}% (binomial ${pct(u.variance_share.expected)}%)`);
  if (r.greedy) row('greedy', `acc ${pct(r.greedy.accuracy)}, flips ${r.greedy.count}/${r.greedy.compared} (${r.greedy.uncertain} uncertain) [${r.greedy.problems.join(', ')}]`);
  const rs = r.responses;
  if (rs?.length && rs.length.count) row('completion tokens', `mean ${rs.length.mean.toFixed(0)}  median ${rs.length.median}  p90 ${rs.length.p90}  max ${rs.length.max}`);
  if (rs?.truncation && rs.truncation.total) row('truncated', `${rs.truncation.truncated}/${rs.truncation.total} (${pct(rs.truncation.rate)}%)`);
  if (rs?.graders && rs.graders.total)
    row(`${rs.graders.first} vs ${rs.graders.second}`, `disagree ${rs.graders.firstOnly + rs.graders.secondOnly}/${rs.graders.total} (${rs.graders.first} only ${rs.graders.firstOnly}, ${rs.graders.second} only ${rs.graders.secondOnly})`);
  return `${lines.join('\n')}\n`;
}

/** Options of `dissect stats`. */
export interface StatsCliOptions {
  runs?: string;
  json?: boolean;
  band?: string;
  level?: string;
  target?: string;
  seed?: string;
  resamples?: string;
  ks?: string;
  errorsAsWrong?: boolean;
  mode?: string;
}

/** `dissect stats PATH...`: prints the table or one JSON object; several paths are independent runs. */
export async function statsCommand(paths: string | string[], o: StatsCliOptions): Promise<number> {
  const list = Array.isArray(paths) ? paths : [paths];
  if (list.length === 0) throw new InputError('give at least one results folder or file');
  const opts = { errorsAsWrong: o.errorsAsWrong, mode: o.mode === undefined ? undefined : parseMode(o.mode, '--mode') };
  const loaded = list.length === 1 ? loadResults(list[0], opts) : combineAsRuns(list.map((p) => loadResults(p, opts)), list);
  const input = loaded.input;
  const runs = int(o.runs, '--runs');
  if (runs !== undefined && list.length > 1) throw new InputError('--runs splits one result into runs; with several paths each path is a run');
  if (runs !== undefined) {
    if (runs < 1) throw new InputError(`--runs must be >= 1, got ${runs}`);
    input.runMatrix = undefined;
    input.runs = runs;
  } else if (!(input.runMatrix && (input.runMatrix[0]?.length ?? 0) > 1)) {
    // No recorded runs (or a single one): single-sample runs.
    input.runMatrix = undefined;
  }
  let band;
  if (o.band !== undefined) {
    const [lo, hi] = o.band.split(',').map(Number);
    if (!(lo >= 0 && hi <= 1 && lo < hi)) throw new InputError(`--band must be LOWER,UPPER with 0 <= LOWER < UPPER <= 1, got ${o.band}`);
    band = { lower: lo, upper: hi };
  }
  let ks: number[] | undefined;
  if (o.ks !== undefined) {
    ks = o.ks.split(',').map((k) => int(k.trim(), '--ks') as number);
    if (ks.some((k) => k < 1)) throw new InputError('--ks values must be >= 1');
  }
  const report = summarize({
    ...input,
    band,
    ks,
    level: float(o.level, '--level'),
    targetHalfWidth: float(o.target, '--target'),
    seed: int(o.seed, '--seed'),
    resamples: int(o.resamples, '--resamples'),
  });
  if (o.json) process.stdout.write(`${JSON.stringify(report)}\n`);
  else process.stdout.write(formatSummary(report, loaded.manifest, loaded.errors));
  return 0;
}

/** Options of `dissect regrade`. */
export interface RegradeCliOptions {
  mode: string;
  modes?: string;
  workers?: string;
  parquet?: boolean;
  quiet?: boolean;
}

/**
 * `dissect regrade DIR --mode M`: re-grade every stored response (no generation) and rewrite
 * `samples.jsonl` atomically with the canonical records; the manifest's grading modes are updated.
 */
export async function regradeCommand(dir: string, o: RegradeCliOptions, deps: EvalCliDeps = {}): Promise<number> {
  if (!existsSync(path.join(dir, MANIFEST_FILE))) throw new InputError(`not a dissect results folder (no ${MANIFEST_FILE})`, dir);
  const mode = parseMode(o.mode, '--mode');
  const modes = [...new Set([mode, ...(o.modes ? o.modes.split(',').map((m) => parseMode(m.trim(), '--modes')) : [])])];
  const unlock = lockDir(dir);
  const grader = deps.grader ?? (await createPoolGrader({ workers: int(o.workers, '--workers') ?? 1 }));
  try {
    const manifest = readManifest<EvalManifest>(dir);
    const { loadBenchmark: load } = await import('./benchmarks.js');
    const bench = await load(manifest.benchmark.file, { file: manifest.benchmark.file, kind: manifest.benchmark.kind as PromptKind }).catch(() => {
      throw new InputError(`cannot read the benchmark file recorded in the manifest: ${manifest.benchmark.file}`, path.join(dir, MANIFEST_FILE));
    });
    if (bench.sha256 !== manifest.benchmark.sha256) throw new InputError(`benchmark file changed since the evaluation: ${bench.file}`, path.join(dir, MANIFEST_FILE));
    const records = latestRecords(readSamples(dir));
    const bar = createProgress({ label: 'regrade', total: records.length, quiet: o.quiet });
    let changed = 0;
    let done = 0;
    const out: SampleRecord[] = [];
    const queue = [...records];
    const work = async () => {
      for (let r = queue.shift(); r; r = queue.shift()) {
        if (r.error === null && r.response !== null) {
          const text = gradedText(r.response, r.reasoning);
          const grades: Partial<Record<GradeMode, StoredGrade>> = { ...r.grades };
          for (const m of modes) {
            const g = await grader.grade(text, bench.problems[r.problem].answer, m, bench.problems[r.problem].unit);
            grades[m] = { correct: g.correct, extracted: g.extracted, reason: g.reason };
          }
          const prim = grades[mode] as StoredGrade;
          if (prim.correct !== r.correct) changed++;
          r = { ...r, grades, correct: prim.correct, extracted: prim.extracted, reason: prim.reason };
        }
        out.push(r);
        bar.update(++done);
      }
    };
    await Promise.all(Array.from({ length: 8 }, work));
    bar.stop();
    out.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'sample' ? -1 : 1) || a.problem - b.problem || a.sample - b.sample);
    const file = path.join(dir, SAMPLES_FILE);
    const tmp = `${file}.regrade-${process.pid}`;
    writeFileSync(tmp, out.map((r) => `${JSON.stringify(r)}\n`).join(''));
    renameSync(tmp, file);
    manifest.config.gradeMode = mode;
    manifest.config.gradeModes = [...new Set([mode, ...modes, ...manifest.config.gradeModes])];
    (manifest as EvalManifest & { regraded?: unknown[] }).regraded = [
      ...((manifest as EvalManifest & { regraded?: unknown[] }).regraded ?? []),
      { at: new Date().toISOString(), mode, modes, changed },
    ];
    writeJsonAtomic(path.join(dir, MANIFEST_FILE), manifest);
    if (o.parquet) await writeSamplesParquet(out, path.join(dir, 'samples.parquet'));
    process.stdout.write(`regraded ${out.filter((r) => r.error === null).length} samples with ${modes.join(', ')}; primary ${mode}; ${changed} verdicts changed\n`);
    return 0;
  } finally {
    await grader.close();
    unlock();
  }
}

