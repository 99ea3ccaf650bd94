import type { Command } from 'commander';

/** `dissect stats`. Owned by the evaluation (issue 8). The work is in src/eval/cli.ts. */
export function register(program: Command): void {
  program
    .command('stats')
    .description(
      'Statistics of evaluation results: avg@n, pass@k, maj@k, run spread, uncertain problems, greedy flips. ' +
        "PATH: a dissect results folder, the paper's results_details.json, or JSON lines of {problem_id, correct}; " +
        'several PATHs of the same problems are taken as independent runs (one run each).',
    )
    .argument('<path...>', 'results folders or files')
    .option('--runs <r>', 'split each problem’s samples into R consecutive runs (default: the recorded runs, else single-sample runs)')
    .option('--json', 'print one JSON object (problems, samples_per_problem, avg, pass_at_k, runs, uncertain, ...)')
    .option('--band <lo,hi>', 'uncertain when lo < p < hi', '0,1')
    .option('--level <c>', 'confidence level of the intervals', '0.95')
    .option('--target <h>', 'CI half-width for "runs needed"', '0.01')
    .option('--ks <list>', 'k values for pass@k and maj@k (default: powers of two up to n, and n)')
    .option('--seed <n>', 'bootstrap seed', '0')
    .option('--resamples <n>', 'bootstrap resamples', '10000')
    .option('--errors-as-wrong', 'count failed samples as wrong (the paper did); default: left out')
    .option('--mode <mode>', 'use this grading mode’s verdicts (dissect folders graded with several)')
    .action(async (p: string[], opts) => {
      const { statsCommand } = await import('../../eval/cli.js');
      const code = await statsCommand(p, opts);
      if (code !== 0) process.exitCode = code;
    });
}
