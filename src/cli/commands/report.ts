import type { Command } from 'commander';

/** `dissect report`: the HTML report of a study folder or of evaluation results (issue 9). */
export function register(program: Command): void {
  program
    .command('report')
    .description(
      'Build the self-contained HTML report of a study folder (dissect study --out), of evaluation results ' +
        '(dissect results folders, the paper\'s results_details.json, JSONL of {problem_id, correct}), or of a folder of results folders.',
    )
    .argument('<paths...>', 'study folder, or one or more results folders/files')
    .option('--out <file>', 'output HTML file (default: report.html inside the first folder, or beside the first file)')
    .option('--title <text>', 'page title')
    .option('--errors-as-wrong', 'count failed samples as wrong (the paper\'s behaviour) instead of leaving them out')
    .option('--recompute-findings', 'study folders: recompute findings.json from the stored measurements with the current decision rules')
    .action(async (paths: string[], opts: { out?: string; title?: string; errorsAsWrong?: boolean; recomputeFindings?: boolean }) => {
      const { writeFileSync, statSync } = await import('node:fs');
      const path = await import('node:path');
      const { renderReportHtml } = await import('../../report/html.js');
      const { packageVersion } = await import('../../util/manifest.js');
      const { isStudyFolder, loadStudy } = await import('../../study/run-study.js');
      let data;
      if (paths.length === 1 && isStudyFolder(paths[0])) {
        const { reportFromStudy } = await import('../../report/from-study.js');
        const s = loadStudy(paths[0]);
        if (opts.recomputeFindings) {
          const { computeClaims } = await import('../../study/claims.js');
          const { DEFAULT_CLAIM_PARAMS } = await import('../../study/measurements.js');
          const params = { ...DEFAULT_CLAIM_PARAMS, resamples: s.record.preset.resamples };
          s.claims = computeClaims(s.measurements, params);
          writeFileSync(path.join(paths[0], 'findings.json'), JSON.stringify({ claims: s.claims, params, preset: s.record.preset.name }, null, 2));
        }
        data = reportFromStudy(s.measurements, s.claims, s.record, { resamples: s.record.preset.resamples, wallSeconds: s.record.wallSeconds, title: opts.title });
      } else {
        const { reportFromEval } = await import('../../report/from-eval.js');
        data = reportFromEval(paths, { title: opts.title, errorsAsWrong: opts.errorsAsWrong });
      }
      const first = paths[0];
      const out = opts.out ?? (statSync(first).isDirectory() ? path.join(first, 'report.html') : path.join(path.dirname(first), 'report.html'));
      writeFileSync(out, renderReportHtml(data, `dissect ${packageVersion()}`));
      process.stdout.write(`report: ${out}\n`);
    });
}
