import type { Command } from 'commander';
import { InputError } from '../../util/errors.js';

/** `dissect serve`: an OpenAI-compatible HTTP API over an embedded checkpoint (src/serve). */
export function register(program: Command): void {
  program
    .command('serve')
    .description('Serve a checkpoint over an OpenAI-compatible HTTP API (/v1/models, /v1/chat/completions, /v1/completions).')
    .requiredOption('--checkpoint <dir>', 'checkpoint directory (e.g. the `model/` folder printed by `dissect sft`)')
    .option('--port <n>', 'port; 0 picks a free one', '8000')
    .option('--host <host>', 'interface to bind', '127.0.0.1')
    .option('--model-name <id>', 'model id reported by /v1/models', 'dissect')
    .option('--engine <name>', 'model engine: auto, native or ts', 'auto')
    .option('--threads <n>', 'kernel threads of the native engine')
    .option('--max-body-bytes <n>', 'largest request body', String(1 << 20))
    .option('--max-batch-rows <n>', 'largest number of sequences in one sampling pass', '256')
    .action(async (opts: { checkpoint: string; port: string; host: string; modelName: string; engine: string; threads?: string; maxBodyBytes: string; maxBatchRows: string }) => {
      const int = (v: string, name: string, min: number) => {
        const n = Number(v);
        if (!Number.isInteger(n) || n < min) throw new InputError(`--${name} must be an integer >= ${min}, got ${v}`);
        return n;
      };
      const port = int(opts.port, 'port', 0);
      if (port > 65535) throw new InputError(`--port must be <= 65535, got ${port}`);
      if (!['auto', 'native', 'ts'].includes(opts.engine)) throw new InputError(`--engine must be auto, native or ts, got ${opts.engine}`);
      const { existsSync } = await import('node:fs');
      if (!existsSync(opts.checkpoint)) throw new InputError(`checkpoint directory not found: ${opts.checkpoint}`);
      const { loadGenerator } = await import('../../serve/generator.js');
      const { createApiServer } = await import('../../serve/server.js');
      const generator = await loadGenerator(opts.checkpoint, {
        engine: opts.engine as 'auto' | 'native' | 'ts',
        threads: opts.threads !== undefined ? int(opts.threads, 'threads', 1) : undefined,
        maxBatchRows: int(opts.maxBatchRows, 'max-batch-rows', 1),
      });
      const server = await createApiServer(generator, opts.host, port, { modelName: opts.modelName, maxBodyBytes: int(opts.maxBodyBytes, 'max-body-bytes', 1024) });
      process.stdout.write(`${server.url}\n`);
      process.stderr.write(`dissect serve: ${opts.checkpoint} as '${opts.modelName}' on ${server.url} (Ctrl-C to stop)\n`);
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          void server.close().then(() => {
            generator.close();
            resolve();
          });
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
    });
}
