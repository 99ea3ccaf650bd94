import type { Command } from 'commander';

/** `dissect grade`: the verifier over JSON lines. Owned by the verifier (issue 3). */
export function register(program: Command): void {
  program
    .command('grade')
    .description('Grade model responses against references (JSON lines in, one verdict per line out).')
    .option('--jsonl [file]', 'read JSON lines with fields `response` and `reference` from FILE or stdin')
    .action(async () => {
      throw new Error('dissect grade: not implemented yet');
    });
}
