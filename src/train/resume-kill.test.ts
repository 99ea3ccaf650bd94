import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(repo, 'src/cli/bin.ts');

// A tiny random-init run through the real CLI and the real verifier. A random model earns no reward,
// but the entropy bonus and the KL loss still move the weights at every step, so any state lost in a
// kill -9 (weights, AdamW moments, RNG, data cursor) shows up in later metrics and weights.
const args = [
  '--set', 'init=random', '--set', 'model.d_model=32', '--set', 'model.n_layers=1', '--set', 'model.n_heads=2',
  '--set', 'model.context_length=96', '--set', 'rollout.max_response_length=48',
  '--set', 'data.train_size=40', '--set', 'data.train_batch_size=4', '--set', 'rollout.n=4',
  '--set', 'actor.ppo_mini_batch_size=4', '--set', 'trainer.total_steps=16', '--set', 'trainer.save_freq=2',
  '--set', 'trainer.test_freq=0', '--set', 'validation.id_size=4', '--set', 'validation.ood_size=0',
  '--set', 'rl.entropy_coeff=0.05', '--quiet',
];

function metricLines(dir: string): Array<Record<string, number>> {
  return readFileSync(join(dir, 'metrics.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, number>)
    .map((o) => Object.fromEntries(Object.entries(o).filter(([k]) => !k.startsWith('timing_s/') && k !== 'perf/throughput' && k !== 'perf/gen_tokens_per_s')));
}

describe('dissect train --resume after kill -9', () => {
  it('ends with the same metrics and weights as an uninterrupted run', async () => {
    const a = mkdtempSync(join(tmpdir(), 'dissect-kill-a-'));
    const b = mkdtempSync(join(tmpdir(), 'dissect-kill-b-'));
    const full = spawnSync(process.execPath, ['--import', 'tsx', bin, 'train', ...args, '--out', a], { cwd: repo, encoding: 'utf8' });
    expect(full.status, full.stderr).toBe(0);

    const child = spawn(process.execPath, ['--import', 'tsx', bin, 'train', ...args, '--out', b], { cwd: repo, stdio: 'ignore' });
    const exited = new Promise<void>((res) => child.on('exit', () => res()));
    // Kill as soon as step 5 is logged: checkpoint 4 exists, step 5 is past it.
    const deadline = Date.now() + 90_000;
    while (Date.now() < deadline) {
      const f = join(b, 'metrics.jsonl');
      if (existsSync(f) && /"step":5[,}]/.test(readFileSync(f, 'utf8'))) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    child.kill('SIGKILL');
    await exited;
    const before = readFileSync(join(b, 'metrics.jsonl'), 'utf8').trim().split('\n').length;
    expect(before).toBeLessThan(17); // killed before the end (val line + 16 steps)

    const resumed = spawnSync(process.execPath, ['--import', 'tsx', bin, 'train', '--resume', b, '--quiet'], { cwd: repo, encoding: 'utf8' });
    expect(resumed.status, resumed.stderr).toBe(0);
    expect(metricLines(b)).toEqual(metricLines(a));
    const wa = readFileSync(join(a, 'checkpoints/step_000016/model.safetensors'));
    const wb = readFileSync(join(b, 'checkpoints/step_000016/model.safetensors'));
    expect(wb.equals(wa)).toBe(true);
  }, 240_000);
});
