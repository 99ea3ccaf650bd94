import type { Command } from 'commander';

/** `dissect study`. Owned by the study (issue 9). */
export function register(program: Command): void {
  program
    .command('study')
    .description('Run the whole dissection study and write its report.')
    .action(async () => {
      throw new Error('dissect study: not implemented yet');
    });
}
