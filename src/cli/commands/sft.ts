import type { Command } from 'commander';

/** `dissect sft`. Owned by the tasks/SFT (issue 6). */
export function register(program: Command): void {
  program
    .command('sft')
    .description('Cold-start SFT of the embedded model on solver traces.')
    .action(async () => {
      throw new Error('dissect sft: not implemented yet');
    });
}
