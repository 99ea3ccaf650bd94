import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { PRESET_NAMES, PRESETS, resolveTrainConfig, rlSettings, RLR_LENGTH_BASE_EMBEDDED } from './train-config.js';
import { InputError } from '../util/errors.js';

function tmpFile(name: string, text: string): string {
  const f = join(mkdtempSync(join(tmpdir(), 'dissect-cfg-')), name);
  writeFileSync(f, text);
  return f;
}

describe('train config', () => {
  it('defaults are the prototype budgets and the paper baseline', () => {
    const c = resolveTrainConfig();
    expect(c.data.train_batch_size).toBe(32);
    expect(c.rollout.n).toBe(8);
    expect(c.rollout.temperature).toBe(1);
    expect(c.optim.lr).toBe(3e-4);
    expect(c.trainer.total_steps).toBe(100);
    expect(c.actor.ppo_mini_batch_size).toBe(32);
    expect(c.actor.ppo_epochs).toBe(1);
    expect(c.rl.adv_estimator).toBe('grpo');
    expect(c.rl.loss_agg_mode).toBe('token-mean');
    expect(c.init).toBe('sft');
  });

  it('has every preset of the issue', () => {
    expect([...PRESET_NAMES].sort()).toEqual(['baseline', 'drgrpo', 'luffy', 'neg', 'nsr', 'pos', 'psr', 'quick', 'rlr', 'w-reinforce'].sort());
    for (const p of PRESET_NAMES) expect(() => resolveTrainConfig({ preset: p })).not.toThrow();
  });

  it('each preset wires the intended knobs', () => {
    const base = rlSettings(resolveTrainConfig({ preset: 'baseline' }));
    expect(base).toMatchObject({ advEstimator: 'grpo', normAdvByStd: true, useKlLoss: true, klLossType: 'low_var_kl', klLossCoef: 0.001, entropyCoeff: 0.001, clipRatioLow: 0.2, clipRatioHigh: 0.2 });
    expect(base.polarity.mode).toBe('both');

    expect(rlSettings(resolveTrainConfig({ preset: 'pos' })).polarity).toEqual({ mode: 'positive_only', reserveRatio: 0, reserveMinNum: 0, worldSize: 8 });
    expect(rlSettings(resolveTrainConfig({ preset: 'neg' })).polarity.mode).toBe('negative_only');

    const rlr = rlSettings(resolveTrainConfig({ preset: 'rlr' }));
    expect(rlr.rlr).toEqual({ enabled: true, corrRatio: 0.75, upperBound: 1, lowerBound: -0.5, lengthBase: RLR_LENGTH_BASE_EMBEDDED });
    expect(rlr).toMatchObject({ useKlLoss: false, useKlInReward: true, entropyCoeff: 0 });

    const luffyCfg = resolveTrainConfig({ preset: 'luffy' });
    const luffy = rlSettings(luffyCfg);
    expect(luffyCfg.rollout.n).toBe(16);
    expect(luffy.injection).toMatchObject({ enabled: true, alpha: 0.125, maxInjectNum: -1 });
    expect(luffy).toMatchObject({ policyLoss: 'luffy', lossAggMode: 'seq-mean-token-sum-norm', truncationMask: 'reference', clipRatioLow: 0.35, clipRatioHigh: 0.35 });
    expect(luffy.repetition).toMatchObject({ enabled: true, maxPenalty: -2 });

    const dr = rlSettings(resolveTrainConfig({ preset: 'drgrpo' }));
    expect(dr).toMatchObject({ normAdvByStd: false, lossAggMode: 'seq-mean-token-sum-norm' });

    expect(rlSettings(resolveTrainConfig({ preset: 'psr' }))).toMatchObject({ advEstimator: 'psr', useKlLoss: false });
    expect(rlSettings(resolveTrainConfig({ preset: 'nsr' }))).toMatchObject({ advEstimator: 'nsr', useKlLoss: false });
    expect(rlSettings(resolveTrainConfig({ preset: 'w-reinforce' }))).toMatchObject({ advEstimator: 'w_reinforce', wReinforceLambda: 0.1 });

    const quick = resolveTrainConfig({ preset: 'quick' });
    expect(quick.trainer.total_steps).toBeLessThanOrEqual(10);
    expect(quick.data.train_batch_size * quick.rollout.n).toBeLessThanOrEqual(64);
  });

  it('combines presets left to right and lets file and --set win', () => {
    const c = resolveTrainConfig({ preset: 'rlr,quick' });
    expect(c.rl.rlr.enable).toBe(true);
    expect(c.trainer.total_steps).toBe(PRESETS.quick.config.trainer && (PRESETS.quick.config.trainer as { total_steps: number }).total_steps);
    const f = tmpFile('c.yaml', 'preset: neg\ntrainer:\n  total_steps: 7\nrollout:\n  n: 4\n');
    const d = resolveTrainConfig({ file: f, set: ['rollout.n=6', 'rl.clip_ratio_high=0.28'] });
    expect(d.rl.polarity.mode).toBe('negative_only');
    expect(d.trainer.total_steps).toBe(7);
    expect(d.rollout.n).toBe(6);
    expect(rlSettings(d)).toMatchObject({ clipRatioLow: 0.2, clipRatioHigh: 0.28 });
  });

  it('rejects unknown keys, bad values and bad presets with one InputError listing what is allowed', () => {
    expect(() => resolveTrainConfig({ set: ['rl.clip_ratoi=0.3'] })).toThrow(/unknown key "clip_ratoi" in rl; allowed: adv_estimator, .*clip_ratio/);
    expect(() => resolveTrainConfig({ set: ['rl.adv_estimator=ppo'] })).toThrow(/allowed: "grpo" \| "rloo"/);
    expect(() => resolveTrainConfig({ set: ['rollout.n=0'] })).toThrow(InputError);
    expect(() => resolveTrainConfig({ preset: 'nope' })).toThrow(/unknown preset "nope"; valid: baseline, pos, neg/);
    const f = tmpFile('bad.yaml', 'rollout:\n  n: 8\n  temprature: 0.6\nactor:\n  ppo_epochs: -1\n');
    let err: InputError | undefined;
    try {
      resolveTrainConfig({ file: f });
    } catch (e) {
      err = e as InputError;
    }
    expect(err).toBeInstanceOf(InputError);
    expect(err!.message).toContain('bad.yaml:');
    expect(err!.message).toMatch(/unknown key "rollout\.temprature"; allowed in rollout: n, temperature/);
    expect(err!.message).toMatch(/actor\.ppo_epochs/);
  });

  it('checks cross-field constraints', () => {
    expect(() => resolveTrainConfig({ set: ['actor.ppo_mini_batch_size=5'] })).toThrow(/must divide data\.train_batch_size/);
    expect(() => resolveTrainConfig({ set: ['rl.policy_loss=luffy'] })).toThrow(/needs injection\.enable/);
    expect(() => resolveTrainConfig({ preset: 'psr', set: ['rl.polarity.mode=positive_only'] })).toThrow(/does not combine/);
  });
});
