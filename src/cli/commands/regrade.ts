import type { Command } from 'commander';

/** `dissect regrade`. Owned by the evaluation (issue 8). */
export function register(program: Command): void {
  program
    .command('regrade')
    .description('Re-grade stored evaluation samples without regenerating.')
    .action(async () => {
      throw new Error('dissect regrade: not implemented yet');
    });
}
