/**
 * Turn a study's measurements and findings into {@link ReportData}: training curves per variant and
 * seed, evaluation sections per checkpoint (seeds pooled as separate models when there are several),
 * the summary table and the configuration.
 */
import type { Claim } from '../study/claims.js';
import type { StudyMeasurements } from '../study/measurements.js';
import { CHECKPOINT_LABELS } from '../study/measurements.js';
import { evalSections } from './sections.js';
import type { ModelSamples } from './sections.js';
import type { ReportData } from './types.js';

/** Training metrics the study report charts, with their titles (verl names, the paper's `zero_adv/*`). */
export const STUDY_TRAINING_METRICS: Array<{ name: string; title: string; range?: [number, number] }> = [
  { name: 'critic/score/mean', title: 'mean score (reward)' },
  { name: 'zero_adv/all_correct_frac', title: 'zero-advantage groups: all correct', range: [0, 1] },
  { name: 'zero_adv/all_wrong_frac', title: 'zero-advantage groups: all wrong', range: [0, 1] },
  { name: 'zero_adv/mixed_frac', title: 'mixed groups (non-zero advantage)', range: [0, 1] },
  { name: 'actor/entropy', title: 'policy entropy' },
  { name: 'response_length/mean', title: 'mean response length (tokens)' },
];

const SET_LABELS: Record<string, string> = { id: 'ID test', ood: 'OOD test', small: '30-problem benchmark' };

/** Model label of a checkpoint evaluation: the variant's label, plus the seed when there are several. */
function modelLabel(checkpoint: keyof typeof CHECKPOINT_LABELS, seed: number, multiSeed: boolean): string {
  return multiSeed && checkpoint !== 'start' ? `${CHECKPOINT_LABELS[checkpoint]} s${seed}` : CHECKPOINT_LABELS[checkpoint];
}

/** Build the study report's data. `resamples` sets the bootstrap size of the accuracy intervals. */
export function reportFromStudy(m: StudyMeasurements, claims: Claim[], config: unknown, options: { resamples?: number; title?: string; wallSeconds?: number } = {}): ReportData {
  const seeds = new Set(m.checkpoints.filter((c) => c.checkpoint !== 'start').map((c) => c.seed));
  const multi = seeds.size > 1;
  const models: ModelSamples[] = m.checkpoints.map((c) => ({
    model: modelLabel(c.checkpoint, c.seed, multi),
    sets: Object.fromEntries(Object.entries(c.sets).map(([k, v]) => [SET_LABELS[k] ?? k, v!])),
  }));
  const sections = evalSections(models, {
    resamples: options.resamples,
    // Spread curves: the start on the small benchmark and on the large ID set (claim 6), and the baseline's first seed.
    spreadFilter: (model, set) =>
      (model === CHECKPOINT_LABELS.start && (set === SET_LABELS.small || set === SET_LABELS.id)) || (model === models.find((x) => x.model.startsWith(CHECKPOINT_LABELS.baseline))?.model && set === SET_LABELS.small),
  });
  const rows: string[][] = [];
  for (const model of models) {
    const cell = (set: string) => {
      const a = sections.accuracy.find((x) => x.model === model.model && x.set === set);
      return a ? `${a.estimate.toFixed(3)} [${a.lo.toFixed(3)}, ${a.hi.toFixed(3)}]` : '-';
    };
    const pk = sections.passAtK.find((x) => x.model === model.model && x.set === SET_LABELS.id);
    const lengths = model.sets[SET_LABELS.id]?.lengths.flat() ?? [];
    rows.push([
      model.model,
      cell(SET_LABELS.id),
      cell(SET_LABELS.ood),
      cell(SET_LABELS.small),
      pk ? `${pk.values[pk.values.length - 1].toFixed(3)} (k=${pk.ks[pk.ks.length - 1]})` : '-',
      lengths.length ? (lengths.reduce((s, v) => s + v, 0) / lengths.length).toFixed(1) : '-',
    ]);
  }
  const verdicts = claims.map((c) => c.verdict);
  const count = (v: string) => verdicts.filter((x) => x === v).length;
  return {
    title: options.title ?? 'dissect study: which claims of arXiv 2506.04913 reproduce on the embedded model',
    description:
      `Cold-start SFT, then ${new Set(m.training.map((t) => t.variant)).size} GRPO variants from the same start over ${seeds.size} seed(s); every checkpoint ` +
      `evaluated in and out of distribution with sampling and greedy decoding. Findings: ${count('reproduced')} reproduced, ` +
      `${count('not reproduced')} not reproduced, ${count('inconclusive')} inconclusive.` +
      (options.wallSeconds !== undefined ? ` Wall time ${Math.round(options.wallSeconds)} s.` : ''),
    generatedAt: new Date().toISOString(),
    summary: { columns: ['checkpoint', 'ID avg acc [95% CI]', 'OOD avg acc [95% CI]', '30-problem avg acc [95% CI]', 'ID pass@k', 'ID mean length'], rows },
    findings: claims,
    trainingMetrics: STUDY_TRAINING_METRICS,
    training: m.training.map((t) => ({
      label: multi ? `${CHECKPOINT_LABELS[t.variant]} s${t.seed}` : CHECKPOINT_LABELS[t.variant],
      steps: t.steps.map((s, i) => (typeof s.step === 'number' ? s.step : i + 1)),
      series: Object.fromEntries(STUDY_TRAINING_METRICS.map(({ name }) => [name, t.steps.map((s) => (typeof s[name] === 'number' && Number.isFinite(s[name]) ? s[name] : null))])),
    })),
    ...sections,
    config,
  };
}
