import type { Command } from 'commander';

/** `dissect stats`. Owned by the evaluation (issue 8). */
export function register(program: Command): void {
  program
    .command('stats')
    .description('Statistics of evaluation results: avg@n, pass@k, run spread, uncertain problems.')
    .action(async () => {
      throw new Error('dissect stats: not implemented yet');
    });
}
