/**
 * `dissect grade --jsonl`: JSON lines in, one verdict line out per input line, in input order,
 * graded on the worker pool (hard timeout per response) with a bounded number in flight.
 */
import { InputError } from '../util/errors.js';
import { streamJsonl } from '../util/jsonl.js';
import type { GradeMode, GradeResult, Reference } from '../verify/types.js';

/** Parsed options of the command. */
export interface GradeCommandOptions {
  /** JSONL file; stdin when undefined or `-`. */
  file?: string;
  explain: boolean;
  mode: GradeMode;
  /** Per-response hard timeout in ms (string from the command line). */
  timeoutMs: string;
  /** Worker threads: a number, `0` (grade in this thread) or `auto`. */
  workers: string;
  skipBad: boolean;
}

function isReference(v: unknown): v is Reference {
  if (typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v))) return true;
  return Array.isArray(v) && v.every((x) => typeof x === 'string' || (typeof x === 'number' && Number.isFinite(x)));
}

/** Validate one parsed line; the error text when it is not a gradable item. */
export function checkItem(v: unknown): { response: string; reference: Reference; unit?: string } | string {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return 'expected a JSON object with "response" and "reference"';
  const o = v as Record<string, unknown>;
  if (typeof o.response !== 'string') return 'field "response" must be a string';
  if (!isReference(o.reference)) return 'field "reference" must be a string, a number or a list of strings/numbers';
  if (o.unit !== undefined && o.unit !== null && typeof o.unit !== 'string') return 'field "unit" must be a string when present';
  return typeof o.unit === 'string' && o.unit.trim() !== '' ? { response: o.response, reference: o.reference, unit: o.unit } : { response: o.response, reference: o.reference };
}

function formatLine(r: GradeResult, explain: boolean): string {
  return explain ? JSON.stringify({ verdict: r.correct, extracted: r.extracted, reason: r.reason }) : r.correct ? 'true' : 'false';
}

/** Run the command; throws InputError (exit 2) for bad flags or a malformed line without --skip-bad. */
export async function gradeCommand(opts: GradeCommandOptions): Promise<void> {
  const timeoutMs = Number(opts.timeoutMs);
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) throw new InputError(`--timeout-ms must be a positive number, got ${opts.timeoutMs}`);
  let workers: number | undefined;
  if (opts.workers !== 'auto') {
    workers = Number(opts.workers);
    if (!Number.isInteger(workers) || workers < 0 || workers > 256) throw new InputError(`--workers must be an integer 0..256 or auto, got ${opts.workers}`);
  }
  const file = opts.file && opts.file !== '-' ? opts.file : undefined;
  const label = file ?? '<stdin>';

  let gradeOne: (response: string, reference: Reference, unit?: string) => Promise<GradeResult>;
  let close: () => Promise<void>;
  let window = 64;
  if (workers === 0) {
    const { grade } = await import('../verify/index.js');
    gradeOne = async (response, reference, unit) => grade(response, reference, { mode: opts.mode, unit });
    close = async () => {};
  } else {
    const { GradePool } = await import('./grade-pool.js');
    const pool = new GradePool({ workers, timeoutMs, mode: opts.mode });
    window = pool.workers * 8;
    gradeOne = (response, reference, unit) => pool.grade(response, reference, unit === undefined ? undefined : { unit });
    close = () => pool.close();
  }

  const pending: Array<Promise<string>> = [];
  let out = '';
  const flush = async (force: boolean) => {
    if (out.length > 65536 || (force && out.length > 0)) {
      const chunk = out;
      out = '';
      if (!process.stdout.write(chunk)) await new Promise<void>((r) => process.stdout.once('drain', () => r()));
    }
  };
  try {
    if (file !== undefined) {
      const { existsSync } = await import('node:fs');
      if (!existsSync(file)) throw new InputError('cannot read: no such file', file);
    }
    for await (const line of streamJsonl(file)) {
      const item = line.ok ? checkItem(line.value) : `invalid JSON: ${line.error}`;
      if (typeof item === 'string') {
        if (!opts.skipBad) throw new InputError(item, label, line.line);
        process.stderr.write(`dissect grade: ${label}:${line.line}: ${item} (skipped: printed false)\n`);
        pending.push(Promise.resolve(formatLine({ correct: false, extracted: null, reason: `bad_input: ${item}` }, opts.explain)));
      } else {
        pending.push(gradeOne(item.response, item.reference, item.unit).then((r) => formatLine(r, opts.explain)));
      }
      while (pending.length >= window) {
        out += `${await pending.shift()!}\n`;
        await flush(false);
      }
    }
    while (pending.length > 0) out += `${await pending.shift()!}\n`;
    await flush(true);
  } finally {
    await flush(true).catch(() => undefined);
    await Promise.allSettled(pending);
    await close();
  }
}
