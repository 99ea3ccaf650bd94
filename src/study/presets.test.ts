import { describe, expect, it } from 'vitest';
import { resolveTrainConfig } from '../config/train-config.js';
import { InputError } from '../util/errors.js';
import { STUDY_PRESET_NAMES, studyPreset } from './presets.js';
import { VARIANTS } from './measurements.js';
import { formatTable } from './run-study.js';

describe('study presets', () => {
  it('unknown names raise listing the valid ones', () => {
    expect(() => studyPreset('nope')).toThrow(InputError);
    expect(() => studyPreset('nope')).toThrow(/quick, default, full/);
  });

  it('every preset trains all six variants with overrides the trainer accepts, identical across variants', () => {
    for (const name of STUDY_PRESET_NAMES) {
      const p = studyPreset(name);
      expect(p.variants).toEqual([...VARIANTS]);
      const configs = p.variants.map((v) => resolveTrainConfig({ preset: v, set: [...p.trainSet, 'init=/nonexistent'] }));
      // Same budget for every variant: steps, prompts, group size.
      for (const c of configs) {
        expect(c.trainer.total_steps).toBe(configs[0].trainer.total_steps);
        expect(c.data.train_batch_size).toBe(configs[0].data.train_batch_size);
        expect(c.rollout.n).toBe(configs[0].rollout.n);
      }
      expect(p.sets.map((s) => s.set)).toEqual(['id', 'ood', 'small']);
      expect(p.sets.find((s) => s.set === 'small')?.size).toBe(30);
    }
  });

  it('the default study trains every variant without KL (no reference pass; measured in docs/training.md)', () => {
    const p = studyPreset('default');
    for (const v of p.variants) {
      const c = resolveTrainConfig({ preset: v, set: [...p.trainSet, 'init=/nonexistent'] });
      expect(c.rl.use_kl_loss).toBe(false);
      expect(c.rl.use_kl_in_reward).toBe(false);
    }
    // The trainer presets themselves keep the paper's KL.
    expect(resolveTrainConfig({ preset: 'baseline' }).rl.use_kl_loss).toBe(true);
  });

  it('returns a copy (callers may not alter the registry)', () => {
    const a = studyPreset('quick');
    a.seeds.push(99);
    expect(studyPreset('quick').seeds).toEqual([1]);
  });
});

describe('formatTable', () => {
  it('aligns columns', () => {
    expect(formatTable(['a', 'bb'], [['xxx', 'y']])).toBe('a    bb\n---  --\nxxx  y');
  });
});
