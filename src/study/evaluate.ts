/**
 * Evaluate one embedded checkpoint on the task's splits for the study: n temperature samples per
 * problem plus one greedy response, graded by the project's verifier in strict mode (through the trainer's grader, `src/train/grader.ts`), with
 * response lengths. Samples are drawn in large batched KV-cached `sample` calls (hundreds of rows), the
 * embedded engine's fast path; the per-problem results are saved as JSON beside the study.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { loadModel } from '../model/index.js';
import type { PolicyModel } from '../model/types.js';
import { buildSplit, defaultTokenizer, formatPrompt } from '../tasks/index.js';
import type { SplitName, TaskItem } from '../tasks/index.js';
import { createGrader } from '../train/grader.js';
import type { Grader } from '../train/grader.js';
import type { SetEval, SetName } from './measurements.js';

/** What to evaluate on one set. */
export interface SetSpec {
  set: SetName;
  split: SplitName;
  /** Problems (first N of the split). */
  size: number;
  /** Temperature samples per problem. */
  samples: number;
}

/** Sampling settings shared by every set (the study presets use the rollout temperature 1.0, top_p 1). */
export interface EvalSettings {
  temperature: number;
  topP: number;
  maxNewTokens: number;
  /** Rows per `sample` call (bounds the KV cache memory). */
  rowsPerCall: number;
  seed: number;
}

/** Draw and grade samples for the given items: [problem][sample] correctness and lengths. */
async function sampleItems(model: PolicyModel, grader: Grader, items: TaskItem[], n: number, s: EvalSettings, greedy: boolean, seed: number, onRows: (rows: number) => void): Promise<{ correct: boolean[][]; lengths: number[][] }> {
  const tok = defaultTokenizer();
  const k = greedy ? 1 : n;
  const rows: Array<{ item: number; prompt: Int32Array }> = [];
  items.forEach((it, i) => {
    const prompt = tok.encode(formatPrompt(it.problem));
    for (let j = 0; j < k; j++) rows.push({ item: i, prompt });
  });
  const correct = items.map(() => [] as boolean[]);
  const lengths = items.map(() => [] as number[]);
  for (let start = 0, call = 0; start < rows.length; start += s.rowsPerCall, call++) {
    const chunk = rows.slice(start, start + s.rowsPerCall);
    const res = model.sample(
      chunk.map((r) => r.prompt),
      { maxNewTokens: s.maxNewTokens, temperature: s.temperature, topP: s.topP, greedy, seed: seed * 1000003 + call, stopTokens: [tok.eosId] },
    );
    const texts = chunk.map((_, j) => {
      const ids = res.tokens[j];
      return tok.decode(ids[ids.length - 1] === tok.eosId ? ids.subarray(0, ids.length - 1) : ids);
    });
    const verdicts = await grader.gradeMany(chunk.map((r, j) => ({ response: texts[j], reference: items[r.item].answer })));
    chunk.forEach((r, j) => {
      correct[r.item].push(verdicts[j]);
      lengths[r.item].push(res.tokens[j].length);
    });
    onRows(chunk.length);
  }
  return { correct, lengths };
}

/** Total sampled rows (temperature samples plus greedy) of an evaluation, for progress bars. */
export function evalRows(sets: ReadonlyArray<SetSpec>): number {
  return sets.reduce((s, x) => s + x.size * (x.samples + 1), 0);
}

/**
 * Evaluate the checkpoint in `dir` on every set; writes `{ [set]: SetEval }` to `outFile` and returns it.
 * `onRows` reports sampled rows as they finish.
 */
export async function evaluateCheckpoint(dir: string, sets: ReadonlyArray<SetSpec>, settings: EvalSettings, outFile: string, onRows: (rows: number) => void = () => {}): Promise<Partial<Record<SetName, SetEval>>> {
  const model = await loadModel(dir);
  const grader = await createGrader({ mode: 'strict', timeout_ms: 2000, workers: 0 });
  try {
    const out: Partial<Record<SetName, SetEval>> = {};
    for (const spec of sets) {
      const items = buildSplit(spec.split, { size: spec.size });
      const sampled = await sampleItems(model, grader, items, spec.samples, settings, false, settings.seed, onRows);
      const greedy = await sampleItems(model, grader, items, 1, settings, true, settings.seed + 1, onRows);
      out[spec.set] = { problemIds: items.map((it) => it.id), correct: sampled.correct, lengths: sampled.lengths, greedy: greedy.correct.map((c) => c[0]) };
    }
    mkdirSync(dirname(outFile), { recursive: true });
    writeFileSync(outFile, JSON.stringify(out));
    return out;
  } finally {
    await grader.close();
    model.dispose();
  }
}
