import type { Command } from 'commander';

/** `dissect serve`. Owned by the tasks/serve (issue 6). */
export function register(program: Command): void {
  program
    .command('serve')
    .description('Serve a checkpoint over an OpenAI-compatible HTTP API.')
    .action(async () => {
      throw new Error('dissect serve: not implemented yet');
    });
}
