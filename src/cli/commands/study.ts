import type { Command } from 'commander';

/** `dissect study`: the whole dissection (issue 9). `npm start` runs it with the default preset. */
export function register(program: Command): void {
  program
    .command('study')
    .description(
      'Run the dissection study: cold-start SFT, six GRPO variants (baseline, pos, neg, rlr, luffy, drgrpo) from the same start, ' +
        'evaluation of every checkpoint, then findings.json and report.html.',
    )
    .option('--preset <name>', 'study preset: quick (CI, < 3 min), default (npm start), full (about an hour)', 'default')
    .option('--out <dir>', 'output folder (a previous study there is replaced)', 'runs/study')
    .option('--workers <n>', 'jobs in parallel, one compute thread each (default: min(2, cores))', (v) => Number(v))
    .option('--sft-cache <dir>', 'SFT cache root (default .cache/dissect/sft)')
    .option('--quiet', 'no progress bars')
    .action(async (opts: { preset: string; out: string; workers?: number; sftCache?: string; quiet?: boolean }) => {
      const { runStudy } = await import('../../study/run-study.js');
      const { InputError } = await import('../../util/errors.js');
      if (opts.workers !== undefined && !(Number.isInteger(opts.workers) && opts.workers >= 1)) throw new InputError('--workers must be a positive integer');
      const r = await runStudy({ preset: opts.preset, out: opts.out, quiet: opts.quiet, workers: opts.workers, sftCacheDir: opts.sftCache });
      process.stdout.write(`${r.summary}\n\nfindings: ${r.findingsFile}\nreport:   ${r.reportFile}\nwall time: ${r.wallSeconds.toFixed(0)} s\n`);
    });
}
