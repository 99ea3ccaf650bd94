import type { Command } from 'commander';

const collect = (v: string, prev: string[] = []) => [...prev, v];

/** `dissect eval`. Owned by the evaluation (issue 8). The work is in src/eval/cli.ts. */
export function register(program: Command): void {
  program
    .command('eval')
    .description(
      'Evaluate a model: many samples, many runs, many OpenAI-compatible endpoints (or an embedded checkpoint), crash-safe. ' +
        'Writes DIR/manifest.json and an append-only DIR/samples.jsonl; prints a summary table.',
    )
    .requiredOption('--bench <name|file>', 'aime, aime25, amc, math, minerva, olympiad_bench, gpqa, mmlu_stem, gaokao, or a JSON/JSONL/parquet file')
    .option('--bench-file <path>', 'file for a registered benchmark (required for gpqa, which dissect does not ship)')
    .option('--problem-field <name>', 'field with the problem text (user files)', 'problem')
    .option('--answer-field <name>', 'field with the reference answer (user files)', 'answer')
    .option('--id-field <name>', 'field with a problem id (default: unique_id, id or idx when present)')
    .option('--kind <kind>', 'prompt suffix kind for user files: math or multiple_choice (default math)')
    .option('--limit <n>', 'use only the first N problems')
    .option('--n <n>', 'samples per problem (paper: 64 aime/aime25/amc, 32 gpqa/gaokao, 4 mmlu_stem, 8 others)')
    .option('--runs <r>', 'split the n samples into R consecutive runs of n/R (run-to-run spread)', '1')
    .option('--greedy', 'also draw one greedy (temperature 0) sample per problem, for the flip analysis')
    .option('--greedy-only', 'only the greedy sample')
    .option('--temperature <t>', 'sampling temperature (paper 0.6)')
    .option('--top-p <p>', 'nucleus top_p (paper 0.95)')
    .option('--max-tokens <n>', 'maximum generated tokens (paper 32768)')
    .option('--stop <s>', 'stop string (repeatable)', collect)
    .option('--seed <n>', 'base seed; each sample gets a seed derived from it', '0')
    .option('--attack <k>', "robustness attack prefix 1 ('add 1') or 2 ('multiply by 7') of the paper")
    .option('--suffix <kind>', 'instruction suffix: math, multiple_choice or none (default: the benchmark kind)')
    .option('--template <file>', 'custom prompt template with {problem} (and optionally {suffix}, {attack})')
    .option('--mode <mode>', 'chat (/v1/chat/completions) or completion (/v1/completions)', 'chat')
    .option('--endpoint <url>', 'OpenAI-compatible base URL (repeatable; load-balanced)', collect)
    .option('--model <name>', 'model name for requests (default: first id of GET /v1/models)')
    .option('--concurrency <n>', 'requests in flight per endpoint', '16')
    .option('--timeout <s>', 'whole-request timeout in seconds', '3600')
    .option('--stream', 'stream responses (vLLM); a connection silent for --idle-timeout is cut and retried')
    .option('--idle-timeout <s>', 'with --stream: longest pause between chunks in seconds', '120')
    .option('--retries <n>', 'retries per sample (exponential backoff with jitter)', '6')
    .option('--extra-body <json>', 'JSON merged into every request body (e.g. \'{"top_k":20}\')')
    .option('--checkpoint <dir>', 'evaluate an embedded checkpoint in-process instead of endpoints')
    .option('--batch <n>', 'samples per call with --checkpoint', '16')
    .option('--engine <name>', 'engine of the embedded model with --checkpoint: auto, native or ts', 'auto')
    .option('--grade-mode <mode>', 'primary verdict: strict (dissect) or deepscaler (the paper)', 'strict')
    .option('--grade-modes <list>', 'every mode to grade with (for the disagreement counts)', 'strict,deepscaler')
    .option('--grade-workers <n>', 'grading worker threads per mode', '1')
    .option('--errors-as-wrong', 'count failed samples as wrong in summaries (the paper did); default: reported apart')
    .requiredOption('--out <dir>', 'results folder')
    .option('--resume', 'continue the evaluation in --out (after a stop or a crash)')
    .option('--parquet', 'also write DIR/samples.parquet at the end')
    .option('--json', 'print the summary as one JSON object (the `dissect stats --json` object)')
    .option('--quiet', 'no progress bar')
    .action(async (opts) => {
      const { evalCommand } = await import('../../eval/cli.js');
      const code = await evalCommand(opts);
      if (code !== 0) process.exitCode = code;
    });
}
