import { Worker, type WorkerOptions } from 'node:worker_threads';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { existsSync } from 'node:fs';

/**
 * Start a worker thread from a module next to the caller, whether the code runs from built `dist/*.js`
 * or from `src/*.ts` under tsx/vitest. `moduleUrl` is `new URL('./x.js', import.meta.url)`.
 *
 * When the `.js` file does not exist but the `.ts` one does, the worker first registers tsx's ESM hooks
 * and then imports the module: Node 20 worker threads do not apply `--import tsx` from `execArgv`
 * (they fail with ERR_UNKNOWN_FILE_EXTENSION), so the registration happens inside the worker.
 */
export function startWorker(moduleUrl: URL, options: WorkerOptions = {}): Worker {
  const jsPath = fileURLToPath(moduleUrl);
  if (existsSync(jsPath)) return new Worker(jsPath, options);
  const tsPath = jsPath.replace(/\.js$/, '.ts');
  if (!existsSync(tsPath)) throw new Error(`worker module not found: ${jsPath} (nor ${tsPath})`);
  const href = JSON.stringify(pathToFileURL(tsPath).href);
  // Resolved here, so the worker finds tsx whatever its working directory.
  const api = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const code =
    `import(${api}).then(({ register }) => { register(); return import(${href}); })` +
    `.catch((e) => { console.error(e); process.exit(1); });`;
  return new Worker(code, { ...options, eval: true });
}
