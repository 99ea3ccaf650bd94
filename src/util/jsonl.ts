import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { InputError } from './errors.js';

/**
 * Parse a whole JSON or JSONL text. A `.json` file (or text starting with `[`) is one JSON array;
 * anything else is JSON lines, blank lines skipped. Errors name the file and the 1-based line.
 */
export function parseJsonOrJsonl(text: string, file: string): unknown[] {
  const trimmed = text.trimStart();
  if (file.endsWith('.json') || trimmed.startsWith('[')) {
    try {
      const v: unknown = JSON.parse(text);
      if (!Array.isArray(v)) throw new InputError('expected a JSON array', file, 1);
      return v;
    } catch (e) {
      if (e instanceof InputError) throw e;
      throw new InputError(`invalid JSON: ${(e as Error).message}`, file, lineOfJsonError(text, e as Error));
    }
  }
  const out: unknown[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '') continue;
    try {
      out.push(JSON.parse(line));
    } catch (e) {
      throw new InputError(`invalid JSON line: ${(e as Error).message}`, file, i + 1);
    }
  }
  return out;
}

/** Read and parse a JSON/JSONL file (see {@link parseJsonOrJsonl}). */
export function readJsonOrJsonl(file: string): unknown[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new InputError(`cannot read: ${(e as Error).message}`, file);
  }
  return parseJsonOrJsonl(text, file);
}

/** One parsed line of a JSONL stream, or the reason it did not parse. */
export type JsonlLine = { line: number; ok: true; value: unknown } | { line: number; ok: false; error: string };

/**
 * Stream JSON lines from a file or stdin (`file` undefined or `-`), in order, blank lines skipped.
 * Never throws on a bad line: the caller decides (error with the line number, or skip).
 */
export async function* streamJsonl(file?: string): AsyncGenerator<JsonlLine> {
  const input = file && file !== '-' ? createReadStream(file, 'utf8') : process.stdin;
  const rl = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  for await (const raw of rl) {
    n++;
    if (raw.trim() === '') continue;
    try {
      yield { line: n, ok: true, value: JSON.parse(raw) };
    } catch (e) {
      yield { line: n, ok: false, error: (e as Error).message };
    }
  }
}

function lineOfJsonError(text: string, e: Error): number | undefined {
  const m = /position (\d+)/.exec(e.message);
  if (!m) return undefined;
  const pos = Number(m[1]);
  let line = 1;
  for (let i = 0; i < pos && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
