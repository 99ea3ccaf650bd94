import type { Command } from 'commander';

/** `dissect regrade`. Owned by the evaluation (issue 8). The work is in src/eval/cli.ts. */
export function register(program: Command): void {
  program
    .command('regrade')
    .description('Re-grade the stored samples of a results folder without regenerating (rewrites samples.jsonl atomically).')
    .argument('<dir>', 'results folder of `dissect eval`')
    .requiredOption('--mode <mode>', 'primary grading mode: strict or deepscaler')
    .option('--modes <list>', 'also grade with these modes (comma-separated)')
    .option('--workers <n>', 'grading worker threads per mode', '1')
    .option('--parquet', 'also rewrite DIR/samples.parquet')
    .option('--quiet', 'no progress bar')
    .action(async (dir: string, opts) => {
      const { regradeCommand } = await import('../../eval/cli.js');
      const code = await regradeCommand(dir, opts);
      if (code !== 0) process.exitCode = code;
    });
}
