import { Option, type Command } from 'commander';

/** `dissect grade`: the verifier over JSON lines. Owned by the verifier (issue 3). The work is in src/pool/grade-cli.ts. */
export function register(program: Command): void {
  program
    .command('grade')
    .description(
      'Grade model responses against references. Reads JSON lines {"response": ..., "reference": ...} (other fields ignored) ' +
        'and prints exactly one line per input line, in order: true or false (--explain: a JSON object with verdict, extracted, reason).',
    )
    .option('--jsonl [file]', 'read JSON lines from FILE, or stdin when FILE is omitted or -')
    .option('--explain', 'print {"verdict", "extracted", "reason"} per line instead of true/false')
    .addOption(new Option('--mode <mode>', 'grading rules: strict (dissect) or deepscaler (the paper’s grader, verdict for verdict)').choices(['strict', 'deepscaler']).default('strict'))
    .option('--timeout-ms <ms>', 'hard wall-clock limit per response; a timeout counts as false', '2000')
    .option('--workers <n>', 'grading worker threads (0: grade in this thread, no hard timeout)', 'auto')
    .option('--skip-bad', 'print false (reason bad_input) for a malformed line instead of stopping with exit code 2')
    .action(async (opts: { jsonl?: string | boolean; explain?: boolean; mode: 'strict' | 'deepscaler'; timeoutMs: string; workers: string; skipBad?: boolean }) => {
      const { gradeCommand } = await import('../../pool/grade-cli.js');
      await gradeCommand({
        file: typeof opts.jsonl === 'string' ? opts.jsonl : undefined,
        explain: opts.explain === true,
        mode: opts.mode,
        timeoutMs: opts.timeoutMs,
        workers: opts.workers,
        skipBad: opts.skipBad === true,
      });
    });
}
