import type { Command } from 'commander';

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** `dissect train`: GRPO on the embedded model with the paper's ablations (src/train). */
export function register(program: Command): void {
  program
    .command('train')
    .description(
      'GRPO on the embedded model with the paper’s ablations as config switches. Writes metrics.jsonl (verl names + zero_adv/*), ' +
        'checkpoints, the resolved config and a manifest to --out; --resume continues after any stop.',
    )
    .option('--preset <names>', 'preset(s), comma-separated, applied left to right (see --list-presets)')
    .option('-c, --config <file>', 'YAML or JSON config file (may name a preset with a top-level "preset" key)')
    .option('--set <key=value>', 'override one config key (repeatable), e.g. --set rl.clip_ratio=0.28', collect, [])
    .option('--init <dir>', 'start from this checkpoint instead of the cold-start SFT (same as --set init=DIR)')
    .option('--seed <n>', 'seed of the run (same as --set seed=N)')
    .option('--out <dir>', 'output directory (required unless --resume)')
    .option('--resume <dir>', 'continue the run in DIR from its latest checkpoint, with its stored config (--set trainer.total_steps=N may extend it)')
    .option('--save-rollouts', 'also write rollouts.jsonl (prompt id, response, correctness, reward, advantage per sample)')
    .option('--quiet', 'no progress bar')
    .option('--print-config', 'print the resolved config as YAML and exit')
    .option('--list-keys', 'list every config key with its type, default and meaning, and exit')
    .option('--list-presets', 'list the presets and what they set, and exit')
    .action(async (opts: Record<string, unknown>) => {
      const { resolveTrainConfig, PRESETS } = await import('../../config/train-config.js');
      const { listKeys, configToYaml } = await import('../../config/load.js');
      const { trainConfigSchema } = await import('../../config/train-config.js');
      const { InputError } = await import('../../util/errors.js');
      if (opts.listPresets) {
        process.stdout.write(Object.entries(PRESETS).map(([name, p]) => `${name}\n  ${p.description}\n  sets: ${JSON.stringify(p.config)}\n`).join(''));
        return;
      }
      if (opts.listKeys) {
        process.stdout.write(listKeys(trainConfigSchema).map((k) => `${k.key} (${k.type}, default ${JSON.stringify(k.default)})\n  ${k.description}\n`).join(''));
        return;
      }
      const set = [...(opts.set as string[])];
      if (typeof opts.init === 'string') set.push(`init=${opts.init}`);
      if (typeof opts.seed === 'string') set.push(`seed=${opts.seed}`);
      if (opts.saveRollouts) set.push('logging.save_rollouts=true');
      let out = opts.out as string | undefined;
      const resumeDir = opts.resume as string | undefined;
      let config;
      if (resumeDir) {
        const { existsSync } = await import('node:fs');
        const { join } = await import('node:path');
        const stored = join(resumeDir, 'config.json');
        if (!existsSync(stored)) throw new InputError(`--resume: no config.json in ${resumeDir} (not a dissect train output directory)`);
        if (opts.preset || opts.config) throw new InputError('--resume uses the stored config; drop --preset/--config (use --set trainer.total_steps=N to extend the run)');
        if (out && out !== resumeDir) throw new InputError('--resume DIR writes to DIR; drop --out or make it the same directory');
        out = resumeDir;
        config = resolveTrainConfig({ file: stored, set });
      } else {
        config = resolveTrainConfig({ preset: opts.preset as string | undefined, file: opts.config as string | undefined, set });
      }
      if (opts.printConfig) {
        process.stdout.write(configToYaml(config));
        return;
      }
      if (!out) throw new InputError('--out DIR is required (or --resume DIR)');
      const { runTraining } = await import('../../train/run.js');
      const r = await runTraining(config, { out, quiet: Boolean(opts.quiet), resume: Boolean(resumeDir) });
      const last = [...r.history].reverse().find((h) => h.step > 0);
      const summary = {
        out: r.out,
        steps: r.steps,
        checkpoint: r.checkpoint,
        'critic/score/mean': last?.['critic/score/mean'] ?? null,
        validation: r.lastValidation,
      };
      process.stdout.write(`${JSON.stringify(summary)}\n`);
    });
}
