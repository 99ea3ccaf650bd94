/**
 * The `dissect` command line. A thin shell: each command lives in `src/cli/commands/<name>.ts`,
 * declares its options with commander, and lazy-imports the code that does the work, so
 * `dissect --help` stays fast. Only this file turns errors into exit codes.
 */
import { Command, CommanderError } from 'commander';
import { packageVersion } from '../util/manifest.js';
import { commands } from './commands/index.js';

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('dissect')
    .description(
      'Dissect long-chain-of-thought reasoning models (arXiv 2506.04913): grade answers, run GRPO and its ablations ' +
        'on an embedded model, evaluate with many samples and runs, and report which of the paper’s claims reproduce.',
    )
    .version(packageVersion())
    .showHelpAfterError()
    .exitOverride();
  for (const register of commands) register(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version exit with 0; usage errors with 2.
      return e.exitCode === 0 ? 0 : 2;
    }
    const err = e as Error & { exitCode?: number };
    process.stderr.write(`dissect: ${err.name === 'InputError' ? '' : `${err.name}: `}${err.message}\n`);
    if (process.env.DISSECT_DEBUG && err.stack) process.stderr.write(`${err.stack}\n`);
    return typeof err.exitCode === 'number' ? err.exitCode : 1;
  }
}
