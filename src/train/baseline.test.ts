import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { resolveTrainConfig } from '../config/train-config.js';
import { runTraining } from './run.js';

/**
 * End to end: cold-start SFT (cached under .cache/dissect/sft, shared with the study and the SFT tests),
 * then the `baseline` preset, validated on 200 in-distribution test problems x 8 samples before and
 * after (same sampling seeds both times). Passes when the gain exceeds 0.05: twice a conservative
 * standard error of the difference (binomial worst case 0.25 per sample over 1600 samples per side,
 * variance doubled for the correlation of samples within a problem).
 *
 * About 6 minutes on 2 cores plus the SFT when not cached (measured from the same start: ID avg@8
 * 0.501 -> 0.556 after 100 steps, +0.024 after 60), so it runs only with
 * DISSECT_SLOW_TESTS=1 (not in the default suite; see docs/training.md). DISSECT_BASELINE_STEPS overrides the steps.
 */
const slow = process.env.DISSECT_SLOW_TESTS === '1';

describe.skipIf(!slow)('baseline GRPO', () => {
  it('raises in-distribution accuracy over the SFT start', async () => {
    const steps = Number(process.env.DISSECT_BASELINE_STEPS ?? 100);
    const config = resolveTrainConfig({
      preset: 'baseline',
      set: [`trainer.total_steps=${steps}`, 'trainer.test_freq=0', 'trainer.save_freq=0', 'validation.n=8', 'validation.id_size=200', 'validation.ood_size=0', 'logging.save_rollouts=false'],
    });
    const out = mkdtempSync(join(tmpdir(), 'dissect-baseline-'));
    const r = await runTraining(config, { out, quiet: true });
    const start = r.history[0]['val/id/avg@8'];
    const end = r.history[r.history.length - 1]['val/id/avg@8'];
    // Standard error of a difference of two avg@8 over 200 problems, bounded by the binomial worst case
    // per sample (0.5^2 / 1600 per side) inflated x2 for within-problem correlation.
    const se = Math.sqrt(2 * (2 * 0.25) / 1600);
    process.stdout.write(`baseline: ID avg@8 ${start.toFixed(3)} -> ${end.toFixed(3)} after ${steps} steps (2 SE = ${(2 * se).toFixed(3)})\n`);
    expect(end - start).toBeGreaterThan(2 * se);
  }, 3_600_000);
});
