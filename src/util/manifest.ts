import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';

/** What every output folder records about how it was made. */
export interface RunManifest {
  tool: 'dissect';
  version: string;
  /** git commit of the dissect checkout, when available. */
  revision: string | null;
  command: string[];
  /** Every seed used, by role (e.g. `{ train: 1, sample: 2 }`). */
  seeds: Record<string, number>;
  node: string;
  platform: string;
  cpus: number;
  startedAt: string;
  endedAt?: string;
}

let cachedVersion: string | undefined;
/** The package version from package.json. */
export function packageVersion(): string {
  if (cachedVersion) return cachedVersion;
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  cachedVersion = pkg.version;
  return cachedVersion;
}

function gitRevision(): string | null {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], {
      cwd: new URL('../..', import.meta.url),
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .toString()
      .trim();
  } catch {
    return null;
  }
}

/** Start a manifest for a run; fill `endedAt` when it finishes. */
export function createManifest(seeds: Record<string, number>): RunManifest {
  return {
    tool: 'dissect',
    version: packageVersion(),
    revision: gitRevision(),
    command: process.argv.slice(1),
    seeds,
    node: process.version,
    platform: `${os.platform()}-${os.arch()}`,
    cpus: os.cpus().length,
    startedAt: new Date().toISOString(),
  };
}
