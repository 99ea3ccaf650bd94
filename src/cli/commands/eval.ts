import type { Command } from 'commander';

/** `dissect eval`. Owned by the evaluation (issue 8). */
export function register(program: Command): void {
  program
    .command('eval')
    .description('Evaluate a model: many samples, many runs, many endpoints.')
    .action(async () => {
      throw new Error('dissect eval: not implemented yet');
    });
}
