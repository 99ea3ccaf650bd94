import type { Command } from 'commander';

/** `dissect bench`. Owned by the model (issue 5). */
export function register(program: Command): void {
  program
    .command('bench')
    .description('Benchmarks (model engine throughput).')
    .action(async () => {
      throw new Error('dissect bench: not implemented yet');
    });
}
