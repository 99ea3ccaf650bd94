/**
 * Parquet export of a results folder's samples (one row per sample slot, the canonical view), for
 * pandas / polars / DuckDB. Written with hyparquet-writer (pure JS, no native build; see
 * docs/decisions.md for the measurement).
 */
import { writeFileSync, renameSync } from 'node:fs';
import type { SampleRecord } from './record.js';

/** Write `records` to `file` as parquet (atomically: temp file + rename). Returns the byte size. */
export async function writeSamplesParquet(records: ReadonlyArray<SampleRecord>, file: string): Promise<number> {
  const { parquetWriteBuffer } = await import('hyparquet-writer');
  const col = <K extends keyof SampleRecord>(name: K, type: 'INT32' | 'STRING' | 'BOOLEAN' | 'JSON' | 'DOUBLE') => ({
    name,
    type,
    data: records.map((r) => (r[name] === undefined ? null : r[name])),
  });
  const buf = parquetWriteBuffer({
    columnData: [
      col('problem', 'INT32'),
      col('problem_id', 'STRING'),
      col('kind', 'STRING'),
      col('sample', 'INT32'),
      col('run', 'INT32'),
      col('seed', 'INT32'),
      col('prompt_hash', 'STRING'),
      col('response', 'STRING'),
      col('reasoning', 'STRING'),
      col('prompt_tokens', 'INT32'),
      col('completion_tokens', 'INT32'),
      col('finish_reason', 'STRING'),
      col('latency_ms', 'INT32'),
      col('endpoint', 'STRING'),
      col('attempts', 'INT32'),
      col('correct', 'BOOLEAN'),
      col('extracted', 'STRING'),
      col('reason', 'STRING'),
      col('grades', 'JSON'),
      col('error', 'STRING'),
      col('time', 'STRING'),
    ] as Parameters<typeof parquetWriteBuffer>[0]['columnData'],
  });
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, new Uint8Array(buf));
  renameSync(tmp, file);
  return buf.byteLength;
}
