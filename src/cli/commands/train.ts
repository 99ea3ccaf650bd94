import type { Command } from 'commander';

/** `dissect train`. Owned by the trainer (issue 7). */
export function register(program: Command): void {
  program
    .command('train')
    .description('GRPO training with the paper’s ablations.')
    .action(async () => {
      throw new Error('dissect train: not implemented yet');
    });
}
