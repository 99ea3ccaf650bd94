import type { Command } from 'commander';

/** `dissect analyze-rollouts`. Owned by the trainer (issue 7). */
export function register(program: Command): void {
  program
    .command('analyze-rollouts')
    .description('Zero-advantage diagnostics of any rollout dump.')
    .action(async () => {
      throw new Error('dissect analyze-rollouts: not implemented yet');
    });
}
