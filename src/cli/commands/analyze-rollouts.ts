import type { Command } from 'commander';

/** `dissect analyze-rollouts FILE`: zero-advantage diagnostics of any rollout dump (ours, verl, TRL). */
export function register(program: Command): void {
  program
    .command('analyze-rollouts')
    .description(
      'Zero-advantage diagnostics (all-correct / all-wrong / mixed groups, zero-advantage samples and tokens) of any rollout dump ' +
        'with a prompt id and a correctness or score per sample: dissect rollouts.jsonl, verl rollout_data_dir JSONL, TRL logs.',
    )
    .argument('<file>', 'JSONL rollout dump ("-" for stdin)')
    .option('--format <name>', 'field layout: dissect | verl | trl', 'dissect')
    .option('--id-field <name>', 'prompt id field (samples of one prompt at one step form a group)')
    .option('--correct-field <name>', 'boolean correctness field')
    .option('--score-field <name>', 'numeric score field, used when there is no correctness field')
    .option('--threshold <x>', 'score > x counts as correct', '0.5')
    .option('--step-field <name>', 'training step field ("" = none: one batch)')
    .option('--advantage-field <name>', 'advantage field ("" = recompute binary GRPO advantages)')
    .option('--length-field <name>', 'response length field (tokens); default: response text length')
    .option('--json', 'print one JSON object instead of a table')
    .action(async (file: string, opts: Record<string, string | boolean | undefined>) => {
      const { analyzeRollouts, formatAnalysis, FORMAT_FIELDS, ROLLOUT_FORMATS } = await import('../../train/analyze-rollouts.js');
      const { InputError } = await import('../../util/errors.js');
      const format = String(opts.format);
      if (!(ROLLOUT_FORMATS as readonly string[]).includes(format)) {
        throw new InputError(`--format ${format}: unknown; valid: ${ROLLOUT_FORMATS.join(', ')}`);
      }
      const fields = { ...FORMAT_FIELDS[format as keyof typeof FORMAT_FIELDS] };
      const pick = (v: string | boolean | undefined): string | null | undefined => (typeof v === 'string' ? (v === '' ? null : v) : undefined);
      const id = pick(opts.idField);
      if (id) fields.id = id;
      if (opts.correctField !== undefined) fields.correct = pick(opts.correctField) ?? null;
      if (opts.scoreField !== undefined) fields.score = pick(opts.scoreField) ?? null;
      if (opts.stepField !== undefined) fields.step = pick(opts.stepField) ?? null;
      if (opts.advantageField !== undefined) fields.advantage = pick(opts.advantageField) ?? null;
      if (opts.lengthField !== undefined) fields.length = pick(opts.lengthField) ?? null;
      const threshold = Number(opts.threshold);
      if (!Number.isFinite(threshold)) throw new InputError(`--threshold must be a number, got ${String(opts.threshold)}`);
      const r = await analyzeRollouts(file, { fields, threshold });
      process.stdout.write(opts.json ? `${JSON.stringify(r)}\n` : `${formatAnalysis(r)}\n`);
    });
}
