import { Option, type Command } from 'commander';
import { InputError } from '../../util/errors.js';

/** Positive integer flag value or InputError naming the flag. */
function posInt(flag: string, v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InputError(`--${flag} must be a positive integer, got ${v}`);
  return n;
}

/** `dissect bench`. Owned by the model (issue 5). */
export function register(program: Command): void {
  const bench = program.command('bench').description('Benchmarks (model engine throughput).');
  bench
    .command('model')
    .description(
      'Time the embedded model engine: training tokens/s (forward + backward + AdamW on a batch of full-context sequences), ' +
        'KV-cached sampling tokens/s (--prompts prompts of --prompt-length tokens, --new-tokens each) and one logProbs call (ms). ' +
        'Medians of --repeats runs. `npm run bench:model` also runs the identical PyTorch model and prints the ratios.',
    )
    .option('--vocab <n>', 'vocabulary size', '64')
    .option('--ctx <n>', 'context length = training sequence length', '256')
    .option('--d-model <n>', 'model width', '128')
    .option('--layers <n>', 'transformer blocks', '4')
    .option('--heads <n>', 'attention heads', '4')
    .option('--mlp <n>', 'MLP width (default 4 x d-model)')
    .option('--batch <n>', 'training batch (sequences)', '16')
    .option('--prompts <n>', 'sampling: prompts decoded together', '64')
    .option('--prompt-length <n>', 'sampling: tokens per prompt', '16')
    .option('--new-tokens <n>', 'sampling: new tokens per prompt', '240')
    .option('--steps <n>', 'timed training steps per repeat', '3')
    .option('--repeats <n>', 'repeats (the median is reported)', '3')
    .addOption(new Option('--engine <engine>', 'compute engine').choices(['auto', 'native', 'ts']).default('auto'))
    .option('--threads <n>', 'native engine threads (default min(2, cpus))')
    .option('--seed <n>', 'seed of weights, data and sampling', '1')
    .option('--json', 'print one JSON object')
    .action(async (o: Record<string, string | boolean | undefined>) => {
      const { benchModel } = await import('../../model/bench.js');
      const { validateModelConfig } = await import('../../model/config.js');
      const s = (k: string) => String(o[k]);
      const dModel = posInt('d-model', s('dModel'));
      const config = {
        vocabSize: posInt('vocab', s('vocab')),
        contextLength: posInt('ctx', s('ctx')),
        dModel,
        nLayers: posInt('layers', s('layers')),
        nHeads: posInt('heads', s('heads')),
        dMlp: o.mlp === undefined ? 4 * dModel : posInt('mlp', s('mlp')),
      };
      try {
        validateModelConfig(config);
      } catch (e) {
        throw new InputError((e as Error).message);
      }
      if (config.contextLength < 2) throw new InputError('--ctx must be at least 2');
      const r = benchModel({
        config,
        batch: posInt('batch', s('batch')),
        prompts: posInt('prompts', s('prompts')),
        promptLength: posInt('prompt-length', s('promptLength')),
        newTokens: posInt('new-tokens', s('newTokens')),
        trainSteps: posInt('steps', s('steps')),
        repeats: posInt('repeats', s('repeats')),
        engine: s('engine') as 'auto' | 'native' | 'ts',
        threads: o.threads === undefined ? undefined : posInt('threads', s('threads')),
        seed: Number(s('seed')),
      });
      if (o.json) {
        process.stdout.write(`${JSON.stringify(r)}\n`);
        return;
      }
      process.stdout.write(
        `engine               ${r.engine} (${r.engine_detail}), threads ${r.threads}\n` +
          `parameters           ${r.parameters}\n` +
          `train_tokens_per_s   ${r.train_tokens_per_s.toFixed(0)} (step ${r.train_step_ms.toFixed(0)} ms, batch ${r.batch} x ${config.contextLength})\n` +
          `sample_tokens_per_s  ${r.sample_tokens_per_s.toFixed(0)} (${r.sample_prompts} prompts x ${r.sample_new_tokens} new tokens, KV cache)\n` +
          `logprob_ms           ${r.logprob_ms.toFixed(1)}\n`,
      );
    });
}
