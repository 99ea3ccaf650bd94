import type { Command } from 'commander';
import { InputError } from '../../util/errors.js';

interface SftCliOptions {
  steps?: string;
  batchSize?: string;
  lr?: string;
  seed?: string;
  dModel?: string;
  layers?: string;
  cacheDir?: string;
  force?: boolean;
  resume: boolean;
  engine: string;
  threads?: string;
  eval: string;
  samples: string;
  exportData?: string;
  quiet?: boolean;
  json?: boolean;
}

/** `dissect sft`: cold-start SFT of the embedded model on solver traces (src/sft), cached by content hash. */
export function register(program: Command): void {
  program
    .command('sft')
    .description('Cold-start SFT of the embedded model on synthetic reasoning traces; cached by a content hash of config and data. Prints the checkpoint directory.')
    .option('--steps <n>', 'optimizer steps (default 800)')
    .option('--batch-size <n>', 'sequences per step (default 32)')
    .option('--lr <x>', 'peak learning rate (default 3e-3)')
    .option('--seed <n>', 'seed of the init and the data (default 0)')
    .option('--d-model <n>', 'model width (default 128)')
    .option('--layers <n>', 'transformer blocks (default 3)')
    .option('--cache-dir <dir>', 'root of the SFT cache (default .cache/dissect/sft)')
    .option('--force', 'retrain even when the cache has this SFT')
    .option('--no-resume', 'start over instead of resuming an interrupted run')
    .option('--engine <name>', 'model engine: auto, native or ts', 'auto')
    .option('--threads <n>', 'kernel threads of the native engine')
    .option('--eval <n>', 'after training, evaluate on n problems of each test split (0 = skip)', '0')
    .option('--samples <k>', 'samples per problem for --eval', '8')
    .option('--export-data <dir>', 'write every split as <dir>/<split>.jsonl (problem, answer) and exit')
    .option('--quiet', 'no progress bar')
    .option('--json', 'print the result as JSON instead of the checkpoint path')
    .action(async (o: SftCliOptions) => {
      const int = (v: string | undefined, name: string, min: number): number | undefined => {
        if (v === undefined) return undefined;
        const n = Number(v);
        if (!Number.isInteger(n) || n < min) throw new InputError(`--${name} must be an integer >= ${min}, got ${v}`);
        return n;
      };
      if (o.exportData) {
        const { SPLIT_NAMES, buildSplit, writeItemsJsonl } = await import('../../tasks/datasets.js');
        const { join } = await import('node:path');
        for (const name of SPLIT_NAMES) {
          const file = join(o.exportData, `${name}.jsonl`);
          const items = buildSplit(name);
          writeItemsJsonl(file, items);
          process.stdout.write(`${file}\t${items.length}\n`);
        }
        return;
      }
      if (!['auto', 'native', 'ts'].includes(o.engine)) throw new InputError(`--engine must be auto, native or ts, got ${o.engine}`);
      let lr: number | undefined;
      if (o.lr !== undefined) {
        lr = Number(o.lr);
        if (!(lr > 0)) throw new InputError(`--lr must be a positive number, got ${o.lr}`);
      }
      const dModel = int(o.dModel, 'd-model', 8);
      const nLayers = int(o.layers, 'layers', 1);
      const { runSft, quickEval } = await import('../../sft/index.js');
      const result = await runSft({
        config: {
          steps: int(o.steps, 'steps', 1),
          batchSize: int(o.batchSize, 'batch-size', 1),
          lr,
          seed: int(o.seed, 'seed', 0),
          model: { ...(dModel ? { dModel, dMlp: 4 * dModel } : {}), ...(nLayers ? { nLayers } : {}) },
        },
        cacheDir: o.cacheDir,
        force: o.force,
        resume: o.resume,
        engine: o.engine as 'auto' | 'native' | 'ts',
        threads: int(o.threads, 'threads', 1),
        quiet: o.quiet,
      });
      const evals: Record<string, unknown> = {};
      const nEval = int(o.eval, 'eval', 0) ?? 0;
      if (nEval > 0) {
        const { loadModel } = await import('../../model/index.js');
        const { buildSplit, EVAL_SPLITS } = await import('../../tasks/datasets.js');
        const model = await loadModel(result.checkpointDir, { engine: o.engine as 'auto' | 'native' | 'ts' });
        const samples = int(o.samples, 'samples', 1) ?? 8;
        for (const name of EVAL_SPLITS) {
          const items = buildSplit(name).slice(0, nEval);
          const r = quickEval(model, items, { samples, temperature: 1, seed: 1 });
          const { correctCounts: _c, ...summary } = r;
          evals[name] = summary;
          if (!o.json) {
            process.stderr.write(
              `${name.padEnd(9)} pass@1 ${r.pass1.toFixed(3)}  pass@${samples} ${(r.passAtK[String(samples)] ?? NaN).toFixed(3)}  ` +
                `mean tokens ${r.meanCompletionTokens.toFixed(1)}  verify passes ${r.meanVerifyPasses.toFixed(2)}\n`,
            );
          }
        }
        model.dispose();
      }
      if (o.json) {
        process.stdout.write(`${JSON.stringify({ ...result, eval: evals }, null, 2)}\n`);
      } else {
        const m = result.metrics;
        process.stderr.write(
          `sft ${result.cached ? 'cached' : 'trained'}: ${m.steps} steps, loss ${m.finalLoss.toFixed(3)}, ${m.wallSeconds.toFixed(1)} s, ` +
            `${Math.round(m.tokensPerSecond)} tok/s, ${m.parameterCount} parameters (${m.engine})\n`,
        );
        process.stdout.write(`${result.checkpointDir}\n`);
      }
    });
}
