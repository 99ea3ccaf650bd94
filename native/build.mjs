// Builds the native model engine (native/dissect_model.c -> build/Release/dissect_model.node) with
// npm's bundled node-gyp. Run by the package's `install` script, so `npm ci` builds it. A failed build
// never fails the install (the model then runs on the TypeScript engine and says so once); pass
// --strict (`npm run build:native`) to make it fail. DISSECT_SKIP_NATIVE=1 skips the build.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const strict = process.argv.includes('--strict');
const log = path.join(root, 'build', 'native-build.log');

function done(ok, message) {
  process.stderr.write(`dissect: ${message}\n`);
  process.exit(ok || !strict ? 0 : 1);
}

if (process.env.DISSECT_SKIP_NATIVE === '1') done(false, 'native model engine not built (DISSECT_SKIP_NATIVE=1); the TypeScript engine will be used');

const candidates = [
  process.env.npm_config_node_gyp,
  path.join(path.dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
].filter((p) => p && existsSync(p));
// Outside npm (no npm_config_nodedir), use the headers installed beside node when there are any, so
// node-gyp does not try to download them.
const prefix = path.resolve(path.dirname(process.execPath), '..');
const nodedir = !process.env.npm_config_nodedir && existsSync(path.join(prefix, 'include', 'node', 'node_api.h')) ? [`--nodedir=${prefix}`] : [];
const args = candidates.length > 0 ? [candidates[0], 'rebuild', ...nodedir] : null;
const r = args
  ? spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env: process.env })
  : spawnSync('node-gyp', ['rebuild', ...nodedir], { cwd: root, encoding: 'utf8', env: process.env, shell: process.platform === 'win32' });
mkdirSync(path.dirname(log), { recursive: true });
writeFileSync(log, `${r.stdout ?? ''}\n${r.stderr ?? ''}\n${r.error ? String(r.error) : ''}`);
const built = path.join(root, 'build', 'Release', 'dissect_model.node');
if (r.status === 0 && existsSync(built)) done(true, `built the native model engine (${path.relative(root, built)})`);
const why = r.error ? r.error.message : (r.stderr ?? '').split('\n').filter((l) => /error/i.test(l))[0] ?? `node-gyp exited with ${r.status}`;
done(false, `native model engine not built (${why.trim()}; log: ${path.relative(root, log)}); the slower TypeScript engine will be used`);
