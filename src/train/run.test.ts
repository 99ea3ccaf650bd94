import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { resolveTrainConfig } from '../config/train-config.js';
import { DivergenceError, InputError } from '../util/errors.js';
import { runTraining, type StepMetrics } from './run.js';
import type { Grader } from './grader.js';

/**
 * A random-init model never writes a correct answer, so the mechanics tests grade with a fixed rule
 * that gives mixed groups (and therefore non-zero advantages and real policy-gradient updates):
 * a response counts as correct iff it has an even number of characters.
 */
const parityGrader: Grader = {
  async gradeMany(items) {
    return items.map((it) => it.response.length % 2 === 0);
  },
  async close() {},
};

const tiny = [
  'init=random',
  'model.d_model=32',
  'model.n_layers=1',
  'model.n_heads=2',
  'model.context_length=96',
  'model.engine=auto',
  'rollout.max_response_length=48',
  'data.train_size=40',
  'data.train_batch_size=4',
  'rollout.n=4',
  'actor.ppo_mini_batch_size=2',
  'actor.ppo_micro_batch_size=3',
  'actor.ppo_epochs=2',
  'trainer.total_steps=4',
  'trainer.save_freq=2',
  'trainer.test_freq=2',
  'validation.id_size=6',
  'validation.ood_size=6',
  'validation.n=2',
  'logging.save_rollouts=true',
];

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'dissect-train-'));
}

/** Metric lines without wall-clock values (timing and throughput differ run to run). */
function comparable(h: StepMetrics[]): Array<Record<string, number>> {
  return h.map((line) => Object.fromEntries(Object.entries(line).filter(([k]) => !k.startsWith('timing_s/') && !k.startsWith('perf/throughput') && !k.startsWith('perf/gen_tokens_per_s'))));
}

describe('runTraining', () => {
  it('writes metrics, rollouts, checkpoints, config and manifest; resumed = uninterrupted', async () => {
    const config = resolveTrainConfig({ set: tiny });
    const a = tmp();
    const full = await runTraining(config, { out: a, quiet: true, grader: parityGrader });
    expect(full.steps).toBe(4);
    for (const f of ['metrics.jsonl', 'rollouts.jsonl', 'config.yaml', 'config.json', 'manifest.json', 'checkpoints/latest', 'checkpoints/step_000004/trainer_state.json']) {
      expect(existsSync(join(a, f)), f).toBe(true);
    }
    // val_before_train line + 4 steps; validation at steps 2 and 4.
    expect(full.history.map((h) => h.step)).toEqual([0, 1, 2, 3, 4]);
    expect(full.history[2]['val/id/avg@2']).toBeTypeOf('number');
    const s1 = full.history[1];
    for (const k of ['critic/score/mean', 'critic/advantages/mean', 'response_length/mean', 'response_length/clip_ratio', 'actor/pg_loss', 'actor/entropy', 'actor/kl_loss', 'actor/pg_clipfrac', 'actor/grad_norm', 'actor/lr', 'timing_s/gen', 'perf/throughput', 'zero_adv/all_correct_frac', 'zero_adv/sample_frac', 'zero_adv/token_frac']) {
      expect(s1[k], k).toBeTypeOf('number');
    }
    expect(s1['zero_adv/all_correct_frac'] + s1['zero_adv/all_wrong_frac'] + s1['zero_adv/mixed_frac']).toBeCloseTo(1, 12);
    // 2 epochs x (4 prompts / 2 per mini-batch) = 4 optimizer steps per training step.
    const state = JSON.parse(readFileSync(join(a, 'checkpoints/step_000004/trainer_state.json'), 'utf8')) as { optimizerSteps: number };
    expect(state.optimizerSteps).toBe(16);
    const rollouts = readFileSync(join(a, 'rollouts.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rollouts).toHaveLength(4 * 16);
    expect(rollouts[0]).toMatchObject({ step: 1, prompt_id: expect.any(String), correct: expect.any(Boolean), advantage: expect.any(Number) });

    // Interrupted after step 3 (checkpoint at 2, metrics and rollouts of step 3 already written), then resumed.
    const b = tmp();
    await runTraining(config, { out: b, quiet: true, grader: parityGrader, stopAfter: 3 });
    await expect(runTraining(config, { out: b, quiet: true, grader: parityGrader })).rejects.toThrow(InputError);
    const resumed = await runTraining(config, { out: b, quiet: true, grader: parityGrader, resume: true });
    expect(comparable(resumed.history)).toEqual(comparable(full.history));
    expect(readFileSync(join(b, 'checkpoints/step_000004/model.safetensors')).equals(readFileSync(join(a, 'checkpoints/step_000004/model.safetensors')))).toBe(true);
    expect(readFileSync(join(b, 'rollouts.jsonl'), 'utf8')).toBe(readFileSync(join(a, 'rollouts.jsonl'), 'utf8'));
  }, 120_000);

  it('dynamic sampling keeps only groups with mixed correctness and refills from more prompts', async () => {
    const config = resolveTrainConfig({ set: [...tiny, 'trainer.total_steps=2', 'trainer.val_before_train=false', 'rl.dynamic_sampling.enable=true', 'rl.dynamic_sampling.max_num_gen_batches=20'] });
    const r = await runTraining(config, { out: tmp(), quiet: true, grader: parityGrader });
    for (const line of r.history) {
      expect(line['zero_adv/mixed_frac']).toBe(1);
      expect(line['dynamic_sampling/kept_groups']).toBe(4);
      expect(line['dynamic_sampling/gen_batches']).toBeGreaterThanOrEqual(1);
      expect(line['actor/num_updated_samples']).toBe(16);
    }
  }, 60_000);

  it('every preset runs through the loop with the real verifier and logs its own counters', async () => {
    // One step per preset on the tiny random model: it never answers correctly, so every group is
    // all-wrong; LUFFY therefore injects the solver's correct traces into every group (re-graded by the
    // verifier, and they must pass), pos keeps nothing and skips the update, neg keeps everything.
    const one = [...tiny.filter((s) => !s.startsWith('rollout.n=') && !s.startsWith('actor.')), 'rollout.n=4', 'actor.ppo_mini_batch_size=4', 'model.context_length=256', 'rollout.max_response_length=160', 'model.engine=auto', 'trainer.total_steps=1', 'trainer.val_before_train=false', 'validation.id_size=0', 'validation.ood_size=0', 'rl.polarity.world_size=1', 'data.offline_solutions=2'];
    const last: Record<string, Record<string, number>> = {};
    for (const preset of ['baseline', 'pos', 'neg', 'rlr', 'luffy', 'drgrpo', 'psr', 'nsr', 'w-reinforce']) {
      const config = resolveTrainConfig({ preset, set: one });
      const r = await runTraining(config, { out: tmp(), quiet: true });
      last[preset] = r.history[r.history.length - 1];
    }
    expect(last.baseline['actor/kl_loss']).toBeTypeOf('number');
    expect(last.luffy['injection/injected_samples']).toBe(8);
    expect(last.luffy['injection/injected_incorrect']).toBe(0);
    expect(last.luffy['injection/rescued_groups']).toBe(4);
    expect(last.luffy['zero_adv/mixed_frac']).toBe(1);
    expect(last.luffy['zero_adv/pre_injection/all_wrong_frac']).toBe(1);
    expect(last.luffy['actor/off_policy_prob']).toBeGreaterThan(0);
    expect(last.pos['actor/skipped_update']).toBe(1);
    expect(last.neg['pruning/kept_samples']).toBe(16);
    expect(last.rlr['rlr/bonus_mean']).toBe(0);
    expect(last.rlr['critic/kl']).toBeTypeOf('number');
    expect(last.psr['critic/advantages/max']).toBe(0);
    expect(last.nsr['critic/advantages/min']).toBe(-1);
    expect(last['w-reinforce']['critic/advantages/min']).toBe(-1);
  }, 180_000);

  it('refuses to resume with a different config', async () => {
    const config = resolveTrainConfig({ set: [...tiny, 'trainer.total_steps=1', 'trainer.val_before_train=false'] });
    const out = tmp();
    await runTraining(config, { out, quiet: true, grader: parityGrader });
    const other = resolveTrainConfig({ set: [...tiny, 'trainer.total_steps=2', 'rl.clip_ratio=0.3'] });
    await expect(runTraining(other, { out, quiet: true, grader: parityGrader, resume: true })).rejects.toThrow(/config differs/);
  }, 60_000);

  it('stops with a DivergenceError on a NaN loss and keeps the last good checkpoint', async () => {
    const config = resolveTrainConfig({ set: [...tiny, 'trainer.save_freq=1', 'trainer.total_steps=8', 'trainer.val_before_train=false', 'optim.lr=1e6', 'optim.grad_clip=0', 'actor.ppo_epochs=1', 'actor.ppo_mini_batch_size=4'] });
    const out = tmp();
    const err = await runTraining(config, { out, quiet: true, grader: parityGrader }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DivergenceError);
    expect((err as Error).message).toMatch(/diverged at step \d+/);
    expect((err as Error).message).toMatch(/last good checkpoint is kept/);
    const latest = readFileSync(join(out, 'checkpoints/latest'), 'utf8').trim();
    expect(existsSync(join(out, 'checkpoints', latest, 'model.safetensors'))).toBe(true);
  }, 60_000);
});
