import { Worker, type WorkerOptions } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';

/**
 * Start a worker thread from a module next to the caller, whether the code runs from built `dist/*.js`
 * or from `src/*.ts` under tsx/vitest. `moduleUrl` is `new URL('./x.js', import.meta.url)`: when the
 * `.js` file does not exist but the `.ts` one does, the worker runs it through tsx.
 */
export function startWorker(moduleUrl: URL, options: WorkerOptions = {}): Worker {
  const jsPath = fileURLToPath(moduleUrl);
  if (existsSync(jsPath)) return new Worker(jsPath, options);
  const tsPath = jsPath.replace(/\.js$/, '.ts');
  if (!existsSync(tsPath)) throw new Error(`worker module not found: ${jsPath} (nor ${tsPath})`);
  return new Worker(tsPath, { ...options, execArgv: [...(options.execArgv ?? []), '--import', 'tsx'] });
}
