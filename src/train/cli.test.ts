import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(repo, 'src/cli/bin.ts');
const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', bin, ...args], { cwd: repo, encoding: 'utf8' });

describe('dissect train / analyze-rollouts CLI contract', () => {
  it('config errors exit 2 with one message listing what is allowed; --print-config resolves presets', () => {
    const bad = run('train', '--preset', 'quick', '--set', 'rollout.temprature=0.6', '--out', '/tmp/never-written');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/unknown key "temprature" in rollout; allowed: n, temperature, top_p/);
    const preset = run('train', '--preset', 'nope', '--print-config');
    expect(preset.status).toBe(2);
    expect(preset.stderr).toMatch(/unknown preset "nope"/);
    const ok = run('train', '--preset', 'rlr,quick', '--set', 'seed=7', '--print-config');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/^seed: 7$/m);
    expect(ok.stdout).toMatch(/length_base: 10$/m);
    expect(ok.stdout).toMatch(/total_steps: 6$/m);
    const noOut = run('train', '--preset', 'quick');
    expect(noOut.status).toBe(2);
    const missing = run('analyze-rollouts', join(repo, 'package.json'), '--format', 'nope');
    expect(missing.status).toBe(2);
  }, 60_000);
});
