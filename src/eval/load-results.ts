/**
 * Read evaluation results from any of the formats `dissect stats` accepts, into the inputs of
 * `summarize` (src/stats):
 * - a dissect results folder (`manifest.json` + `samples.jsonl`);
 * - the paper's `results_details.json`: a list of `{prompt, ground_truth, responses, correct_flags, ...}`
 *   (`eval_vllm_multi_ports_passk.py` of the reference code);
 * - JSON lines of `{problem_id, correct}` (optional `run`, `extracted`, `completion_tokens`,
 *   `finish_reason`): one line per sample, samples in line order, problems in first-seen order.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../util/errors.js';
import { readJsonOrJsonl } from '../util/jsonl.js';
import type { StatsInput } from '../stats/summary.js';
import type { VoteSample } from '../stats/maj-at-k.js';
import type { GradeMode } from '../verify/types.js';
import { answersEquivalent, extractAnswer } from '../verify/index.js';
import type { SampleRecord } from './record.js';
import { MANIFEST_FILE, latestRecords, readManifest, readSamples } from './store.js';
import type { EvalManifest } from './runner.js';

/** What was read, ready for `summarize`. */
export interface LoadedResults {
  format: 'dissect' | 'paper' | 'jsonl';
  /** `summarize` input (without options such as band or seed). */
  input: StatsInput;
  /** Problem ids by index. */
  problemIds: string[];
  /** Runs recorded in the source (dissect manifests), if any. */
  runs?: number;
  manifest?: EvalManifest;
  /** Failed samples (errors) seen. */
  errors: number;
  /** Completion tokens of each problem's successful samples, by problem index (dissect folders only). */
  lengths?: number[][];
}

/** Options of {@link loadResults}. */
export interface LoadResultsOptions {
  /** Count failed samples as wrong instead of leaving them out (the paper's behaviour). */
  errorsAsWrong?: boolean;
  /** Use this grading mode's verdicts (dissect folders); default: the folder's primary mode. */
  mode?: GradeMode;
}

function verdictOf(r: SampleRecord, mode: GradeMode | undefined, errorsAsWrong: boolean): boolean | null {
  if (r.error !== null) return errorsAsWrong ? false : null;
  if (mode) return r.grades[mode]?.correct ?? null;
  return r.correct;
}

/** Build stats input from dissect sample records (canonical view: one record per slot). */
export function inputFromRecords(
  recs: ReadonlyArray<SampleRecord>,
  problems: number,
  opts: LoadResultsOptions & { modes?: GradeMode[] } = {},
): StatsInput & { errors: number; lengths: number[][] } {
  const ewr = opts.errorsAsWrong ?? false;
  const all = latestRecords(recs);
  const verdicts: Array<Array<boolean | null>> = Array.from({ length: problems }, () => []);
  const votes: VoteSample[][] = Array.from({ length: problems }, () => []);
  const runsBy: Array<Map<number, Array<boolean | null>>> = Array.from({ length: problems }, () => new Map());
  const greedy: Array<boolean | null> = Array.from({ length: problems }, () => null);
  let hasGreedy = false;
  const tokens: number[] = [];
  const lengths: number[][] = Array.from({ length: problems }, () => []);
  const finish: Array<string | null> = [];
  const [m1, m2] = opts.modes ?? [];
  const ga: Array<boolean | null> = [];
  const gb: Array<boolean | null> = [];
  let errors = 0;
  for (const r of all) {
    if (r.problem < 0 || r.problem >= problems) continue;
    if (r.error !== null) errors++;
    const v = verdictOf(r, opts.mode, ewr);
    if (r.kind === 'greedy') {
      greedy[r.problem] = v;
      hasGreedy = true;
      continue;
    }
    verdicts[r.problem][r.sample] = v;
    const mode = opts.mode;
    votes[r.problem][r.sample] = { extracted: r.error === null ? (mode ? (r.grades[mode]?.extracted ?? null) : r.extracted) : null, correct: v };
    let run = runsBy[r.problem].get(r.run);
    if (!run) runsBy[r.problem].set(r.run, (run = []));
    run.push(v);
    if (r.error === null) {
      if (r.completion_tokens !== null) {
        tokens.push(r.completion_tokens);
        lengths[r.problem].push(r.completion_tokens);
      }
      finish.push(r.finish_reason);
      if (m1 && m2) {
        ga.push(r.grades[m1]?.correct ?? null);
        gb.push(r.grades[m2]?.correct ?? null);
      }
    }
  }
  // Missing slots (never generated) are null.
  for (let i = 0; i < problems; i++) {
    for (let s = 0; s < verdicts[i].length; s++) {
      if (verdicts[i][s] === undefined) verdicts[i][s] = null;
      if (votes[i][s] === undefined) votes[i][s] = { extracted: null, correct: null };
    }
  }
  const runIds = [...new Set(runsBy.flatMap((m) => [...m.keys()]))].sort((a, b) => a - b);
  const runMatrix = runsBy.map((m) => runIds.map((id) => m.get(id) ?? []));
  return {
    problems: verdicts,
    runMatrix: runIds.length ? runMatrix : undefined,
    greedy: hasGreedy ? greedy : undefined,
    responses: {
      completionTokens: tokens,
      finishReasons: finish,
      graders: m1 && m2 ? { first: m1, second: m2, a: ga, b: gb } : undefined,
    },
    votes: { samples: votes, equivalent: answersEquivalent },
    errors,
    lengths,
  };
}

function loadDissect(dir: string, opts: LoadResultsOptions): LoadedResults {
  const manifest = readManifest<EvalManifest>(dir);
  const recs = readSamples(dir);
  const P = manifest.benchmark.problems;
  const modes = manifest.config.gradeModes;
  const input = inputFromRecords(recs, P, {
    ...opts,
    errorsAsWrong: opts.errorsAsWrong ?? manifest.errors_as_wrong,
    modes: modes.length >= 2 ? modes : undefined,
  });
  const ids: string[] = Array.from({ length: P }, (_, i) => String(i));
  for (const r of recs) ids[r.problem] = r.problem_id;
  const { errors, lengths, ...rest } = input;
  return { format: 'dissect', input: rest, problemIds: ids, runs: manifest.config.runs, manifest, errors, lengths };
}

function loadPaper(rows: unknown[], file: string): LoadedResults {
  const problems: boolean[][] = [];
  const votes: VoteSample[][] = [];
  let withResponses = true;
  rows.forEach((row, i) => {
    const r = row as { correct_flags?: unknown; responses?: unknown };
    if (!Array.isArray(r?.correct_flags)) throw new InputError('expected correct_flags (a list of booleans)', file, i + 1);
    const flags = r.correct_flags.map((x) => x === true);
    problems.push(flags);
    const resp = Array.isArray(r.responses) && r.responses.length === flags.length ? r.responses : null;
    if (!resp) withResponses = false;
    // maj@k from the stored responses: the answer strict extraction finds (the file removed newlines).
    else votes.push(resp.map((x, j) => ({ extracted: typeof x === 'string' ? extractAnswer(x) : null, correct: flags[j] })));
  });
  const input: StatsInput = { problems };
  if (withResponses && rows.length) input.votes = { samples: votes, equivalent: answersEquivalent };
  return { format: 'paper', input, problemIds: problems.map((_, i) => String(i)), errors: 0 };
}

function loadJsonl(rows: unknown[], file: string): LoadedResults {
  const index = new Map<string, number>();
  const problems: boolean[][] = [];
  const runs: Array<Map<number, boolean[]>> = [];
  const votes: VoteSample[][] = [];
  let anyRun = false;
  let anyExtracted = false;
  const tokens: number[] = [];
  const finish: Array<string | null> = [];
  rows.forEach((row, i) => {
    const r = row as { problem_id?: unknown; correct?: unknown; run?: unknown; extracted?: unknown; completion_tokens?: unknown; finish_reason?: unknown };
    if (r === null || typeof r !== 'object') throw new InputError('expected an object {problem_id, correct}', file, i + 1);
    if (typeof r.problem_id !== 'string' && typeof r.problem_id !== 'number') throw new InputError('problem_id missing (string or number)', file, i + 1);
    if (typeof r.correct !== 'boolean' && r.correct !== 0 && r.correct !== 1) throw new InputError('correct must be a boolean (or 0/1)', file, i + 1);
    const key = String(r.problem_id);
    let p = index.get(key);
    if (p === undefined) {
      p = problems.length;
      index.set(key, p);
      problems.push([]);
      runs.push(new Map());
      votes.push([]);
    }
    const c = r.correct === true || r.correct === 1;
    problems[p].push(c);
    if (typeof r.extracted === 'string' || r.extracted === null) anyExtracted = true;
    votes[p].push({ extracted: typeof r.extracted === 'string' ? r.extracted : null, correct: c });
    if (typeof r.run === 'number') {
      anyRun = true;
      let list = runs[p].get(r.run);
      if (!list) runs[p].set(r.run, (list = []));
      list.push(c);
    }
    if (typeof r.completion_tokens === 'number') tokens.push(r.completion_tokens);
    if (typeof r.finish_reason === 'string') finish.push(r.finish_reason);
  });
  let runMatrix: boolean[][][] | undefined;
  if (anyRun) {
    const ids = [...new Set(runs.flatMap((m) => [...m.keys()]))].sort((a, b) => a - b);
    runMatrix = runs.map((m) => ids.map((id) => m.get(id) ?? []));
  }
  const input: StatsInput = { problems, runMatrix };
  if (anyExtracted) input.votes = { samples: votes, equivalent: answersEquivalent };
  if (tokens.length || finish.length) input.responses = { completionTokens: tokens.length ? tokens : undefined, finishReasons: finish.length ? finish : undefined };
  return { format: 'jsonl', input, problemIds: [...index.keys()], errors: 0 };
}

/** Detect the format of `p` and load it. Throws InputError (with file and line) on bad input. */
export function loadResults(p: string, opts: LoadResultsOptions = {}): LoadedResults {
  if (!existsSync(p)) throw new InputError('no such file or folder', p);
  if (statSync(p).isDirectory()) {
    if (!existsSync(path.join(p, MANIFEST_FILE))) throw new InputError(`not a dissect results folder (no ${MANIFEST_FILE})`, p);
    return loadDissect(p, opts);
  }
  const rows = readJsonOrJsonl(p);
  if (rows.length === 0) throw new InputError('no results in file', p);
  const first = rows[0] as Record<string, unknown>;
  if (first && typeof first === 'object' && 'correct_flags' in first) return loadPaper(rows, p);
  return loadJsonl(rows, p);
}

/**
 * Several results of the same problems as true independent runs (e.g. `dissect eval` with different
 * `--seed`s into different folders): run r is source r. Per problem, the verdicts are concatenated in
 * source order; `runMatrix[i][r]` holds source r's verdicts of problem i. Greedy verdicts, votes and
 * response diagnostics come from all sources. Throws InputError when the problem counts differ.
 */
export function combineAsRuns(sources: ReadonlyArray<LoadedResults>, paths: ReadonlyArray<string>): LoadedResults {
  const P = sources[0].input.problems.length;
  sources.forEach((s, k) => {
    if (s.input.problems.length !== P) throw new InputError(`has ${s.input.problems.length} problems, ${paths[0]} has ${P}: runs must cover the same problems`, paths[k]);
  });
  const problems = Array.from({ length: P }, (_, i) => sources.flatMap((s) => [...s.input.problems[i]]));
  const runMatrix = Array.from({ length: P }, (_, i) => sources.map((s) => [...s.input.problems[i]]));
  const input: StatsInput = { problems, runMatrix };
  if (sources.every((s) => s.input.votes)) {
    input.votes = {
      samples: Array.from({ length: P }, (_, i) => sources.flatMap((s) => [...(s.input.votes?.samples[i] ?? [])])),
      equivalent: answersEquivalent,
    };
  }
  const greedy = sources.find((s) => s.input.greedy)?.input.greedy;
  if (greedy) input.greedy = greedy;
  const tokens = sources.flatMap((s) => [...(s.input.responses?.completionTokens ?? [])]);
  const finish = sources.flatMap((s) => [...(s.input.responses?.finishReasons ?? [])]);
  if (tokens.length || finish.length) input.responses = { completionTokens: tokens, finishReasons: finish };
  return { format: sources[0].format, input, problemIds: sources[0].problemIds, errors: sources.reduce((a, s) => a + s.errors, 0) };
}
