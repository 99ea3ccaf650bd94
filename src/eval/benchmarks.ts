/**
 * Benchmark registry with the paper's defaults, and the loader for benchmark files: the vendored sets
 * in `data/benchmarks/`, GPQA from a user-given path, the synthetic task sets of `src/tasks`, and any
 * user file (JSON, JSONL, parquet) with named problem and answer fields.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from '../util/errors.js';
import { readJsonOrJsonl } from '../util/jsonl.js';
import type { Reference } from '../verify/types.js';

/** Which instruction suffix a benchmark uses (`prompts.json`: `suffix_math` / `suffix_multiple_choice`). */
export type PromptKind = 'math' | 'multiple_choice';

/** A registered benchmark and its paper defaults (arXiv 2506.04913 §5 and the reference eval scripts). */
export interface BenchmarkSpec {
  name: string;
  /** File name in `data/benchmarks/` (or in `../shared/data/benchmarks` for GPQA in development). */
  file: string;
  /** Samples per problem in the paper: 64 AIME/AIME25/AMC, 32 GPQA/Gaokao, 4 MMLU-STEM; 8 elsewhere. */
  samples: number;
  kind: PromptKind;
  /** Number of problems (a check on the file). */
  items: number;
  /** False for GPQA: its authors ask that it not be published in plain text, so it is never vendored. */
  vendored: boolean;
}

/** Temperature of the paper's sampling evaluation. */
export const PAPER_TEMPERATURE = 0.6;
/** Nucleus top_p of the paper's sampling evaluation. */
export const PAPER_TOP_P = 0.95;
/** Maximum generation length of the paper's evaluation (8192 in its "8k" runs). */
export const PAPER_MAX_TOKENS = 32768;

/** The paper's nine evaluation sets, by name. */
export const BENCHMARKS: Record<string, BenchmarkSpec> = {
  aime: { name: 'aime', file: 'aime.json', samples: 64, kind: 'math', items: 30, vendored: true },
  aime25: { name: 'aime25', file: 'aime25.json', samples: 64, kind: 'math', items: 30, vendored: true },
  amc: { name: 'amc', file: 'amc.json', samples: 64, kind: 'math', items: 83, vendored: true },
  math: { name: 'math', file: 'math.json', samples: 8, kind: 'math', items: 500, vendored: true },
  minerva: { name: 'minerva', file: 'minerva.json', samples: 8, kind: 'math', items: 272, vendored: true },
  olympiad_bench: { name: 'olympiad_bench', file: 'olympiad_bench.json', samples: 8, kind: 'math', items: 675, vendored: true },
  gpqa: { name: 'gpqa', file: 'gpqa_diamond.json', samples: 32, kind: 'multiple_choice', items: 198, vendored: false },
  mmlu_stem: { name: 'mmlu_stem', file: 'mmlu_stem.json', samples: 4, kind: 'multiple_choice', items: 3018, vendored: true },
  gaokao: { name: 'gaokao', file: 'gaokao_math_qa.json', samples: 32, kind: 'multiple_choice', items: 351, vendored: true },
};

/** One problem of a benchmark. */
export interface Problem {
  /** Zero-based position in the file: the key of its samples in the results store. */
  index: number;
  /** The file's own id when it has one (`unique_id`, `id`, `idx`), else the index as a string. */
  id: string;
  problem: string;
  answer: Reference;
  /** The unit the answer is asked in, when the file stores it apart (OlympiadBench `unit`); passed to the grader. */
  unit?: string;
}

/** A loaded benchmark. */
export interface LoadedBenchmark {
  name: string;
  file: string;
  /** sha256 of the file's bytes: resume refuses a changed file. */
  sha256: string;
  kind: PromptKind;
  /** Paper default samples per problem (or 1 for user files without a registry entry). */
  defaultSamples: number;
  problems: Problem[];
}

/** Options of {@link loadBenchmark}. */
export interface LoadOptions {
  /** Explicit file; required for GPQA outside a development checkout and for user files. */
  file?: string;
  /** Field holding the problem text. Default `problem`. */
  problemField?: string;
  /** Field holding the reference answer. Default `answer`. */
  answerField?: string;
  /** Field holding an id. Default: the first of `unique_id`, `id`, `idx` present. */
  idField?: string;
  /** Prompt kind for user files. Default `math`. */
  kind?: PromptKind;
  /** Use only the first N problems (smoke runs). */
  limit?: number;
}

/** The package's `data/` directory (works from `src/eval` and `dist/eval`). */
export function dataDir(): string {
  return fileURLToPath(new URL('../../data/', import.meta.url));
}

/** `../shared/data/benchmarks` beside the repo root, when present (development checkouts and CI). */
function sharedBenchmarksDir(): string {
  return path.resolve(dataDir(), '../../shared/data/benchmarks');
}

/** Resolve where a registered benchmark's file is. Throws InputError when GPQA has no file. */
export function benchmarkPath(spec: BenchmarkSpec, file?: string): string {
  if (file) return file;
  if (spec.vendored) return path.join(dataDir(), 'benchmarks', spec.file);
  const shared = path.join(sharedBenchmarksDir(), spec.file);
  if (existsSync(shared)) return shared;
  throw new InputError(
    `${spec.name} is not shipped with dissect (its authors ask that it not be published in plain text); pass its JSON with --bench-file PATH`,
  );
}

async function readRows(file: string): Promise<unknown[]> {
  if (file.endsWith('.parquet')) {
    const { parquetReadObjects } = await import('hyparquet');
    let buf: Buffer;
    try {
      buf = readFileSync(file);
    } catch (e) {
      throw new InputError(`cannot read: ${(e as Error).message}`, file);
    }
    const ab = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
    try {
      return (await parquetReadObjects({ file: ab })) as unknown[];
    } catch (e) {
      throw new InputError(`invalid parquet: ${(e as Error).message}`, file);
    }
  }
  return readJsonOrJsonl(file);
}

function toReference(v: unknown, file: string, line: number, field: string): Reference {
  if (typeof v === 'string' || typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string' || typeof x === 'number')) return v as Array<string | number>;
  throw new InputError(`field "${field}" must be a string, a number or a non-empty list of them, got ${JSON.stringify(v)?.slice(0, 80)}`, file, line);
}

/**
 * Load a benchmark by registry name (`aime`, `gpqa`, ...) or a file path (JSON, JSONL, parquet).
 * Line numbers in errors are 1-based item positions (the line for JSONL).
 */
export async function loadBenchmark(nameOrFile: string, opts: LoadOptions = {}): Promise<LoadedBenchmark> {
  const spec = BENCHMARKS[nameOrFile];
  if (!spec && !opts.file && !existsSync(nameOrFile)) {
    throw new InputError(`unknown benchmark "${nameOrFile}": use one of ${Object.keys(BENCHMARKS).join(', ')} or a JSON/JSONL/parquet file`);
  }
  const file = spec ? benchmarkPath(spec, opts.file) : (opts.file ?? nameOrFile);
  const rows = await readRows(file);
  const sha256 = createHash('sha256').update(readFileSync(file)).digest('hex');
  const pf = opts.problemField ?? 'problem';
  const af = opts.answerField ?? 'answer';
  let problems: Problem[] = rows.map((row, i) => {
    if (typeof row !== 'object' || row === null || Array.isArray(row)) throw new InputError('each item must be an object', file, i + 1);
    const r = row as Record<string, unknown>;
    const text = r[pf];
    if (typeof text !== 'string') throw new InputError(`field "${pf}" missing or not a string (use --problem-field)`, file, i + 1);
    if (!(af in r)) throw new InputError(`field "${af}" missing (use --answer-field)`, file, i + 1);
    const idKey = opts.idField ?? ['unique_id', 'id', 'idx'].find((k) => k in r && (typeof r[k] === 'string' || typeof r[k] === 'number'));
    const id = idKey !== undefined && r[idKey] !== undefined ? String(r[idKey]) : String(i);
    const unit = typeof r.unit === 'string' && r.unit.trim() !== '' ? r.unit.trim() : undefined;
    return { index: i, id, problem: text, answer: toReference(r[af], file, i + 1, af), ...(unit !== undefined ? { unit } : {}) };
  });
  if (problems.length === 0) throw new InputError('benchmark has no problems', file);
  if (opts.limit !== undefined) problems = problems.slice(0, opts.limit);
  return {
    name: spec?.name ?? path.basename(file).replace(/\.(jsonl?|parquet)$/, ''),
    file,
    sha256,
    kind: opts.kind ?? spec?.kind ?? 'math',
    defaultSamples: spec?.samples ?? 1,
    problems,
  };
}
