/**
 * `dissect analyze-rollouts`: the paper's zero-advantage diagnostics for any rollout dump that has a
 * prompt id and a per-sample correctness or score, so users of other trainers get the diagnostic on
 * their own runs. Formats: ours (`rollouts.jsonl` from `dissect train --save-rollouts`), verl's
 * `trainer.rollout_data_dir` JSONL (`input`, `output`, `score`, `step`) and TRL completion logs
 * (`prompt`, `completion`, `reward`, `advantage`); any field can be renamed with a flag.
 *
 * Samples are grouped by (step, prompt id); correctness is `correct` when present, else
 * `score > threshold`. Without an advantage field the advantage is recomputed as binary GRPO on
 * correctness (what a plain GRPO run would give), so `sample_frac` is then the binary share.
 */
import { streamJsonl } from '../util/jsonl.js';
import { InputError } from '../util/errors.js';
import { zeroAdvantageDiagnostics } from '../rl/diagnostics.js';
import { grpoAdvantage } from '../rl/advantages.js';
import type { Metrics } from '../rl/types.js';

/** Known dump layouts (field names). */
export const ROLLOUT_FORMATS = ['dissect', 'verl', 'trl'] as const;
export type RolloutFormat = (typeof ROLLOUT_FORMATS)[number];

/** Field names of a dump; null = absent. */
export interface RolloutFields {
  id: string;
  correct: string | null;
  score: string | null;
  step: string | null;
  advantage: string | null;
  /** Response length in tokens; when absent, `response` text length (characters) is used, else 1. */
  length: string | null;
  response: string | null;
}

/** Field names of each known format. */
export const FORMAT_FIELDS: Readonly<Record<RolloutFormat, RolloutFields>> = {
  dissect: { id: 'uid', correct: 'correct', score: 'score', step: 'step', advantage: 'advantage', length: 'response_length', response: 'response' },
  verl: { id: 'input', correct: null, score: 'score', step: 'step', advantage: null, length: null, response: 'output' },
  trl: { id: 'prompt', correct: null, score: 'reward', step: 'step', advantage: 'advantage', length: null, response: 'completion' },
};

export interface AnalyzeOptions {
  fields: RolloutFields;
  /** score > threshold counts as correct when there is no correctness field. Default 0.5. */
  threshold: number;
  /** Recompute advantages as binary GRPO even when the dump has an advantage field. */
  recomputeAdvantage?: boolean;
}

/** Diagnostics of one step and of the whole dump. */
export interface AnalyzeResult {
  file: string;
  samples: number;
  groups: number;
  /** Whether advantages came from the dump (else recomputed as binary GRPO). */
  advantageSource: 'dump' | 'binary_grpo';
  /** Per step (or one entry `step: null` when the dump has no step field). */
  steps: Array<{ step: number | string | null; samples: number; groups: number; metrics: Metrics }>;
  /** Mean of each metric over steps (each step weighs the same, as the paper's curves average). */
  mean: Metrics;
  /** The metrics over all groups pooled. */
  pooled: Metrics;
}

function get(o: Record<string, unknown>, path: string): unknown {
  if (path in o) return o[path];
  let cur: unknown = o;
  for (const p of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[p];
  }
  return cur;
}

interface Sample {
  step: number | string | null;
  uid: string;
  correct: boolean;
  advantage: number | null;
  length: number;
}

/** Read a dump and compute the diagnostics. Bad lines raise an InputError naming the line. */
export async function analyzeRollouts(file: string, options: AnalyzeOptions): Promise<AnalyzeResult> {
  const f = options.fields;
  const samples: Sample[] = [];
  let sawAdvantage = true;
  for await (const line of streamJsonl(file)) {
    if (!line.ok) throw new InputError(`invalid JSON line: ${line.error}`, file, line.line);
    const o = line.value as Record<string, unknown>;
    if (o === null || typeof o !== 'object' || Array.isArray(o)) throw new InputError('expected a JSON object per line', file, line.line);
    const idv = get(o, f.id);
    if (idv === undefined || idv === null) throw new InputError(`missing prompt id field ${JSON.stringify(f.id)} (set it with --id-field)`, file, line.line);
    const uid = typeof idv === 'string' ? idv : JSON.stringify(idv);
    let correct: boolean;
    const cv = f.correct ? get(o, f.correct) : undefined;
    if (typeof cv === 'boolean') correct = cv;
    else if (typeof cv === 'number') correct = cv > options.threshold;
    else {
      const sv = f.score ? get(o, f.score) : undefined;
      if (typeof sv !== 'number' && typeof sv !== 'boolean') {
        throw new InputError(
          `no correctness: field ${JSON.stringify(f.correct)} is not a boolean and score field ${JSON.stringify(f.score)} is not a number (set --correct-field or --score-field)`,
          file,
          line.line,
        );
      }
      correct = typeof sv === 'boolean' ? sv : sv > options.threshold;
    }
    const av = f.advantage && !options.recomputeAdvantage ? get(o, f.advantage) : undefined;
    const advantage = typeof av === 'number' ? av : null;
    if (advantage === null) sawAdvantage = false;
    const lv = f.length ? get(o, f.length) : undefined;
    const rv = f.response ? get(o, f.response) : undefined;
    const length = typeof lv === 'number' ? lv : typeof rv === 'string' ? rv.length : 1;
    const stv = f.step ? get(o, f.step) : undefined;
    const step = typeof stv === 'number' || typeof stv === 'string' ? stv : null;
    samples.push({ step, uid, correct, advantage, length });
  }
  if (samples.length === 0) throw new InputError('no samples in the dump', file);
  const useDump = sawAdvantage && !options.recomputeAdvantage;

  const byStep = new Map<string, Sample[]>();
  for (const s of samples) {
    const k = JSON.stringify(s.step);
    let list = byStep.get(k);
    if (!list) byStep.set(k, (list = []));
    list.push(s);
  }
  const steps: AnalyzeResult['steps'] = [];
  let totalGroups = 0;
  for (const list of byStep.values()) {
    const m = diagnose(list, useDump);
    const groups = new Set(list.map((s) => s.uid)).size;
    totalGroups += groups;
    steps.push({ step: list[0].step, samples: list.length, groups, metrics: m });
  }
  // Pooled: groups keyed by (step, uid) so the same prompt at two steps stays two groups.
  const pooled = diagnose(
    samples.map((s) => ({ ...s, uid: `${JSON.stringify(s.step)}\u0000${s.uid}` })),
    useDump,
  );
  const meanM: Metrics = {};
  for (const k of Object.keys(steps[0].metrics)) {
    meanM[k] = steps.reduce((a, s) => a + s.metrics[k], 0) / steps.length;
  }
  return { file, samples: samples.length, groups: totalGroups, advantageSource: useDump ? 'dump' : 'binary_grpo', steps, mean: meanM, pooled };
}

function diagnose(list: Sample[], useDump: boolean): Metrics {
  const uid = list.map((s) => s.uid);
  const correct = list.map((s) => s.correct);
  const advantage = useDump
    ? list.map((s) => s.advantage as number)
    : Array.from(grpoAdvantage({ uid, score: correct.map((c) => (c ? 1 : 0)) }));
  return zeroAdvantageDiagnostics({ uid, correct, advantage, responseLength: list.map((s) => s.length) });
}

/** A plain-text table of the per-step diagnostics and their mean. */
export function formatAnalysis(r: AnalyzeResult): string {
  const cols = ['zero_adv/all_correct_frac', 'zero_adv/all_wrong_frac', 'zero_adv/mixed_frac', 'zero_adv/sample_frac', 'zero_adv/token_frac'];
  const short = ['all_correct', 'all_wrong', 'mixed', 'zero_samples', 'zero_tokens'];
  const lines: string[] = [];
  lines.push(`${r.file}: ${r.samples} samples, ${r.groups} groups, ${r.steps.length} step(s); advantages: ${r.advantageSource === 'dump' ? 'from the dump' : 'binary GRPO on correctness'}`);
  lines.push(['step'.padEnd(8), 'groups'.padStart(7), ...short.map((s) => s.padStart(13))].join(''));
  const row = (label: string, groups: string, m: Metrics) =>
    [label.padEnd(8), groups.padStart(7), ...cols.map((c) => (m[c] ?? 0).toFixed(3).padStart(13))].join('');
  const shown = r.steps.length > 40 ? [...r.steps.slice(0, 20), null, ...r.steps.slice(-20)] : r.steps;
  for (const s of shown) lines.push(s === null ? '...' : row(String(s.step ?? '-'), String(s.groups), s.metrics));
  if (r.steps.length > 1) lines.push(row('mean', '', r.mean));
  return lines.join('\n');
}
