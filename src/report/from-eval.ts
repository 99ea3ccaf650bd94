/**
 * `dissect report PATH...` for real models: build the report from evaluation results in any format
 * `dissect stats` reads (a dissect results folder, the paper's `results_details.json`, JSONL of
 * `{problem_id, correct}`), or from a folder whose sub-folders are dissect results folders (one model
 * per benchmark each). Each result becomes one (model, set) pair: the model is the manifest's model
 * (or the folder name), the set its benchmark.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadResults } from '../eval/load-results.js';
import { MANIFEST_FILE } from '../eval/store.js';
import { singleRunStd } from '../study/claims.js';
import type { SetEval } from '../study/measurements.js';
import { fmt } from '../study/verdicts.js';
import { InputError } from '../util/errors.js';
import { evalSections } from './sections.js';
import type { ModelSamples } from './sections.js';
import type { ReportData } from './types.js';

/** Expand the given paths: a folder without a manifest but with result sub-folders stands for them. */
export function expandResultPaths(paths: ReadonlyArray<string>): string[] {
  const out: string[] = [];
  for (const p of paths) {
    if (!existsSync(p)) throw new InputError('no such file or folder', p);
    if (statSync(p).isDirectory() && !existsSync(path.join(p, MANIFEST_FILE))) {
      const subs = readdirSync(p)
        .map((d) => path.join(p, d))
        .filter((d) => statSync(d).isDirectory() && existsSync(path.join(d, MANIFEST_FILE)))
        .sort();
      if (subs.length === 0) throw new InputError(`neither a results folder (${MANIFEST_FILE}) nor a folder of results folders`, p);
      out.push(...subs);
    } else out.push(p);
  }
  return out;
}

/** Build the report of evaluation results. */
export function reportFromEval(paths: ReadonlyArray<string>, options: { title?: string; resamples?: number; errorsAsWrong?: boolean } = {}): ReportData {
  const files = expandResultPaths(paths);
  const models = new Map<string, Record<string, SetEval>>();
  const sources: Array<Record<string, unknown>> = [];
  for (const f of files) {
    const r = loadResults(f, { errorsAsWrong: options.errorsAsWrong });
    const model = r.manifest ? path.basename(r.manifest.backend.model) || r.manifest.backend.model : path.basename(f).replace(/\.(jsonl?|json)$/, '');
    const set = r.manifest?.benchmark.name ?? path.basename(f).replace(/\.(jsonl?|json)$/, '');
    // Missing samples (failed requests) are left out, never counted as wrong (unless --errors-as-wrong).
    const correct = r.input.problems.map((v) => v.filter((x): x is boolean => x !== null));
    const greedy = r.input.greedy && r.input.greedy.some((g) => g !== null) ? r.input.greedy.map((g) => g === true) : null;
    const s: SetEval = { problemIds: r.problemIds, correct, lengths: correct.map(() => []), greedy };
    const sets = models.get(model) ?? {};
    let key = set;
    for (let i = 2; key in sets; i++) key = `${set} (${i})`;
    sets[key] = s;
    models.set(model, sets);
    sources.push({ path: f, format: r.format, model, set: key, problems: correct.length, errors: r.errors, config: r.manifest?.config ?? null });
  }
  const list: ModelSamples[] = [...models].map(([model, sets]) => ({ model, sets }));
  const sections = evalSections(list, { resamples: options.resamples });
  const rows: string[][] = [];
  for (const m of list) {
    for (const [set, s] of Object.entries(m.sets)) {
      const a = sections.accuracy.find((x) => x.model === m.model && x.set === set);
      const pk = sections.passAtK.find((x) => x.model === m.model && x.set === set);
      const ix = Int32Array.from(s.correct.map((_, i) => i).filter((i) => s.correct[i].length > 0));
      const greedyAcc = s.greedy ? s.greedy.filter(Boolean).length / s.greedy.length : NaN;
      const accs = s.correct.map((x) => (x.length ? x.filter(Boolean).length / x.length : NaN));
      rows.push([
        m.model,
        set,
        String(s.correct.length),
        a ? String(a.samples) : '-',
        a ? `${fmt(a.estimate)} [${fmt(a.lo)}, ${fmt(a.hi)}]` : '-',
        pk ? `${fmt(pk.values[pk.values.length - 1])} (k=${pk.ks[pk.ks.length - 1]})` : '-',
        s.greedy ? fmt(greedyAcc) : '-',
        fmt(singleRunStd(s.correct, ix)),
        String(accs.filter((p) => p > 0 && p < 1).length),
      ]);
    }
  }
  return {
    title: options.title ?? `dissect report: ${list.map((m) => m.model).join(', ')}`,
    description:
      `Evaluation results of ${list.length} model(s) on ${rows.length} (model, benchmark) pair(s). Accuracy is avg@n with a bootstrap CI over problems; ` +
      'run std is the standard deviation of a single-sample run score (Σ p(1-p)/N² per problem); uncertain problems have 0 < p < 1.',
    generatedAt: new Date().toISOString(),
    summary: { columns: ['model', 'benchmark', 'problems', 'n', 'avg@n [95% CI]', 'pass@k', 'greedy acc', 'single-run std', 'uncertain'], rows },
    findings: null,
    trainingMetrics: [],
    training: [],
    ...sections,
    config: { sources },
  };
}
