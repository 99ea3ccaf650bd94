/**
 * The record of one generated sample, as stored one JSON object per line in `samples.jsonl`.
 * Field names are snake_case and frozen for a given `STORE_VERSION` (readers: `dissect stats`,
 * `dissect regrade`, `dissect report`, parquet export).
 */
import type { GradeMode } from '../verify/types.js';

/** Version of the results-store layout (manifest + samples.jsonl). */
export const STORE_VERSION = 1;

/** One grader's verdict on a sample. */
export interface StoredGrade {
  correct: boolean;
  extracted: string | null;
  reason: string;
}

/** One sample. `error` non-null means generation failed after all retries: no verdict. */
export interface SampleRecord {
  /** Zero-based problem index in the benchmark file. */
  problem: number;
  /** The benchmark's own id for the problem (or the index as a string). */
  problem_id: string;
  /** `sample` (temperature sampling) or `greedy` (argmax decoding, one per problem). */
  kind: 'sample' | 'greedy';
  /** Sample index within the problem, 0..n-1 (0 for greedy). */
  sample: number;
  /** Run the sample belongs to: floor(sample / (n / runs)). */
  run: number;
  /** Seed sent with the request (per sample: derived from the base seed, problem and sample). */
  seed: number;
  /** First 16 hex digits of sha256 of the prompt. */
  prompt_hash: string;
  /** The completion text (chat: `message.content`), null on error. */
  response: string | null;
  /** A separately returned reasoning trace (`reasoning_content` / `reasoning`), when the server splits it. */
  reasoning: string | null;
  prompt_tokens: number | null;
  completion_tokens: number | null;
  /** `stop`, `length`, ... as returned; null when unknown or on error. */
  finish_reason: string | null;
  /** Wall-clock milliseconds of the successful attempt (or of the last failed one). */
  latency_ms: number;
  /** Endpoint that produced it (URL, or `embedded`). */
  endpoint: string | null;
  /** Requests made for this sample (1 = no retry). */
  attempts: number;
  /** Verdict under the primary grading mode; null on error. */
  correct: boolean | null;
  /** Extracted final answer under the primary mode. */
  extracted: string | null;
  /** Grader reason code under the primary mode. */
  reason: string | null;
  /** Verdicts under every grading mode computed (primary included). */
  grades: Partial<Record<GradeMode, StoredGrade>>;
  /** Error message when generation failed; null otherwise. */
  error: string | null;
  /** ISO time the record was written. */
  time: string;
}

/** Key identifying a sample slot: no two successful records share it. */
export function sampleKey(r: Pick<SampleRecord, 'problem' | 'kind' | 'sample'>): string {
  return `${r.kind === 'greedy' ? 'g' : 's'}:${r.problem}:${r.sample}`;
}
