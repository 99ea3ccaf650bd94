import type { Command } from 'commander';

/** `dissect report`. Owned by the study (issue 9). */
export function register(program: Command): void {
  program
    .command('report')
    .description('Build the HTML report of an evaluation or study folder.')
    .action(async () => {
      throw new Error('dissect report: not implemented yet');
    });
}
