/**
 * The results store of one evaluation: a folder with `manifest.json` and an append-only
 * `samples.jsonl`. Crash safety: each record is one `write` of a whole line to a file opened with
 * O_APPEND, so a kill -9 can at worst leave one partial last line; opening for resume truncates the
 * file after its last newline and rebuilds the set of finished samples from the complete lines. A
 * failed sample (an `error` record) is retried on resume; a later success supersedes it. A lock file
 * with the writer's pid stops two writers on one folder.
 */
import { closeSync, existsSync, fstatSync, ftruncateSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../util/errors.js';
import type { SampleRecord } from './record.js';
import { sampleKey } from './record.js';

/** The manifest of a results folder. */
export const MANIFEST_FILE = 'manifest.json';
/** The append-only samples file of a results folder. */
export const SAMPLES_FILE = 'samples.jsonl';
const LOCK_FILE = '.lock';

/** Write a JSON file atomically (temp file + rename), so readers never see half a manifest. */
export function writeJsonAtomic(file: string, value: unknown): void {
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, `${JSON.stringify(value, null, 2)}\n`);
  renameSync(tmp, file);
}

/** Read and parse `manifest.json` of a results folder. */
export function readManifest<T>(dir: string): T {
  const file = path.join(dir, MANIFEST_FILE);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (e) {
    throw new InputError(`not a dissect results folder (cannot read manifest): ${(e as Error).message}`, file);
  }
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Take the folder's writer lock; throws InputError when another live process holds it. */
export function lockDir(dir: string): () => void {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, LOCK_FILE);
  if (existsSync(file)) {
    const pid = Number(readFileSync(file, 'utf8').trim());
    if (Number.isInteger(pid) && pid !== process.pid && pidAlive(pid)) {
      throw new InputError(`results folder is in use by process ${pid} (delete ${file} if that process is not writing here)`, dir);
    }
  }
  writeFileSync(file, String(process.pid));
  return () => rmSync(file, { force: true });
}

/**
 * Parse `samples.jsonl` text. A partial last line (no trailing newline) is ignored and its byte offset
 * returned as `validBytes`, so the writer can cut it; a malformed complete line is an InputError.
 */
export function parseSamples(text: string, file: string): { records: SampleRecord[]; validBytes: number } {
  const lastNl = text.lastIndexOf('\n');
  const complete = lastNl < 0 ? '' : text.slice(0, lastNl + 1);
  const records: SampleRecord[] = [];
  let line = 0;
  for (const raw of complete.split('\n')) {
    line++;
    if (raw.trim() === '') continue;
    try {
      records.push(JSON.parse(raw) as SampleRecord);
    } catch (e) {
      throw new InputError(`corrupt sample record: ${(e as Error).message}`, file, line);
    }
  }
  return { records, validBytes: Buffer.byteLength(complete) };
}

/** Read every complete record of a results folder, in file order. */
export function readSamples(dir: string): SampleRecord[] {
  const file = path.join(dir, SAMPLES_FILE);
  if (!existsSync(file)) return [];
  return parseSamples(readFileSync(file, 'utf8'), file).records;
}

/**
 * The canonical view of a record list: one record per sample slot, the last success if there is one,
 * else the last error. Order: greedy after sampling, then by problem and sample index.
 */
export function latestRecords(records: ReadonlyArray<SampleRecord>): SampleRecord[] {
  const best = new Map<string, SampleRecord>();
  for (const r of records) {
    const k = sampleKey(r);
    const prev = best.get(k);
    if (!prev || r.error === null || prev.error !== null) best.set(k, r);
  }
  return [...best.values()].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'sample' ? -1 : 1) || a.problem - b.problem || a.sample - b.sample);
}

/** Append-only writer of `samples.jsonl`. */
export class SampleWriter {
  private fd: number;
  private pending: string[] = [];
  private scheduled = false;
  /** Records found in the file when it was opened (after cutting a partial last line). */
  readonly existing: SampleRecord[];
  /** Bytes cut from a partial last line on open (0 when the file was clean). */
  readonly truncatedBytes: number;

  private constructor(fd: number, existing: SampleRecord[], truncated: number) {
    this.fd = fd;
    this.existing = existing;
    this.truncatedBytes = truncated;
  }

  /** Open (creating) `dir/samples.jsonl` for appending; cuts a partial last line left by a crash. */
  static open(dir: string): SampleWriter {
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, SAMPLES_FILE);
    const fd = openSync(file, 'a+');
    const size = fstatSync(fd).size;
    const buf = Buffer.alloc(size);
    let off = 0;
    while (off < size) {
      const n = readSync(fd, buf, off, size - off, off);
      if (n === 0) break;
      off += n;
    }
    const { records, validBytes } = parseSamples(buf.toString('utf8', 0, off), file);
    if (validBytes < size) ftruncateSync(fd, validBytes);
    return new SampleWriter(fd, records, size - validBytes);
  }

  /**
   * Append one record as one line. Records appended in the same event-loop turn are written together
   * with one write call at the next turn (or on close); each is a whole line, so a crash loses at most
   * the unwritten records (regenerated on resume), never half of one that a later line follows.
   */
  append(r: SampleRecord): void {
    this.pending.push(`${JSON.stringify(r)}\n`);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.flush());
    }
  }

  /** Write every pending record now. */
  flush(): void {
    this.scheduled = false;
    if (this.pending.length === 0 || this.fd < 0) return;
    const data = Buffer.from(this.pending.join(''));
    this.pending = [];
    let off = 0;
    while (off < data.length) off += writeSync(this.fd, data, off, data.length - off);
  }

  close(): void {
    this.flush();
    if (this.fd >= 0) closeSync(this.fd);
    this.fd = -1;
  }
}
