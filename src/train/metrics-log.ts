/**
 * Append-only JSONL logs of a run (`metrics.jsonl`, `rollouts.jsonl`). Lines are appended
 * synchronously, one complete line per write, so a kill -9 loses at most a partial last line; on
 * resume {@link truncateJsonlAfterStep} drops every line past the checkpoint (and any partial line), so
 * the resumed run re-writes them and the file ends as an uninterrupted run's would.
 */
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';

/** Append one object as a JSON line. */
export function appendJsonl(file: string, record: object): void {
  appendFileSync(file, `${JSON.stringify(record)}\n`);
}

/** Append many objects as JSON lines in one write. */
export function appendJsonlMany(file: string, records: object[]): void {
  if (records.length === 0) return;
  appendFileSync(file, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
}

/**
 * Keep only complete lines whose numeric `step` field is <= `step` (lines without a step are kept).
 * A missing file is left missing.
 */
export function truncateJsonlAfterStep(file: string, step: number): void {
  if (!existsSync(file)) return;
  const text = readFileSync(file, 'utf8');
  const kept: string[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch {
      continue; // a partial line from a killed writer
    }
    const s = (v as { step?: unknown }).step;
    if (typeof s === 'number' && s > step) continue;
    kept.push(line);
  }
  writeFileSync(file, kept.length ? `${kept.join('\n')}\n` : '');
}
