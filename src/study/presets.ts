/**
 * Study presets: how much training and evaluation each `dissect study --preset` buys. Every variant
 * of a preset trains with the same overrides (same steps, batch, group size, seeds) from the same SFT
 * start, so the variants differ only in the knobs their trainer preset sets.
 */
import { InputError } from '../util/errors.js';
import type { Variant } from './measurements.js';
import { VARIANTS } from './measurements.js';
import type { EvalSettings, SetSpec } from './evaluate.js';

/** One study preset. */
export interface StudyPreset {
  name: StudyPresetName;
  description: string;
  /** Training seeds; every variant trains once per seed. */
  seeds: number[];
  variants: Variant[];
  /** Cold-start SFT optimizer steps (null = the SFT default). Cached by content hash. */
  sftSteps: number | null;
  /** `key=value` trainer overrides applied to every variant (after its preset). */
  trainSet: string[];
  /** Problem sets every checkpoint is evaluated on. */
  sets: SetSpec[];
  eval: EvalSettings;
  /** Bootstrap resamples of the findings. */
  resamples: number;
}

/** Names of the study presets. */
export type StudyPresetName = 'quick' | 'default' | 'full';
export const STUDY_PRESET_NAMES: readonly StudyPresetName[] = ['quick', 'default', 'full'];

/**
 * Evaluation sampling at the rollout temperature (1.0, top_p 1), as the paper evaluates at its rollout
 * temperature (0.6, top_p 0.95): the study measures the policy that RL trained. At 0.6 the embedded start
 * policy's slips mostly vanish, so that setting would mostly measure the systematic bugs (greedy decoding,
 * also reported, is the limit of that). 160 tokens = the trainer's response limit.
 */
const ROLLOUT_EVAL = { temperature: 1.0, topP: 1.0, maxNewTokens: 160, rowsPerCall: 512, seed: 1234 };

/**
 * KL-free overrides of the `default` study (scaled preset, documented in docs/study.md). The paper's KL
 * (loss 0.001 for GRPO/pos/neg/Dr.GRPO, in-reward for RLR/LUFFY) costs a reference forward pass per step
 * (plus an old-log-prob pass when it is in the reward) and did nothing measurable in a 30-step run:
 * 20 baseline steps of 16 x 8 from the default SFT, lr 3e-4: ID avg@4 (150 problems) 0.485 with the KL
 * loss vs 0.480 without, 1.96 vs 1.54 s per step (docs/training.md). In the reward it also turns the
 * all-correct / all-wrong groups' tiny KL differences into O(1) advantages (std normalisation), i.e. noise.
 */
const NO_KL = ['rl.use_kl_loss=false', 'rl.use_kl_in_reward=false'];

/** Budget-scaled trainer overrides shared by every variant (no mid-run validation: the study evaluates). */
function trainOverrides(steps: number, prompts: number, n: number, extra: string[] = []): string[] {
  return [
    `trainer.total_steps=${steps}`,
    `data.train_batch_size=${prompts}`,
    `actor.ppo_mini_batch_size=${prompts}`,
    `rollout.n=${n}`,
    'trainer.test_freq=0',
    'trainer.save_freq=0',
    'trainer.val_before_train=false',
    'validation.id_size=0',
    'validation.ood_size=0',
    ...extra,
  ];
}

const PRESETS: Record<StudyPresetName, StudyPreset> = {
  quick: {
    name: 'quick',
    description: 'CI smoke run (< 3 min on 2 cores): 15-step SFT, 4 steps per variant, 100 problems x 4 samples per checkpoint. Exercises the whole pipeline; its verdicts are inconclusive by design (the start policy is at the floor).',
    seeds: [1],
    variants: [...VARIANTS],
    sftSteps: 15,
    trainSet: trainOverrides(4, 8, 4),
    sets: [
      { set: 'id', split: 'id_test', size: 40, samples: 4 },
      { set: 'ood', split: 'ood_long', size: 30, samples: 4 },
      { set: 'small', split: 'small', size: 30, samples: 4 },
    ],
    eval: { ...ROLLOUT_EVAL, maxNewTokens: 120 },
    resamples: 300,
  },
  default: {
    name: 'default',
    description: '`npm start` (10 min budget on 2 cores, fresh SFT included): default SFT, 6 variants x 1 seed, 50 KL-free steps of 16 prompts x 8, 300 ID + 200 OOD problems x 8 samples, small benchmark x 32.',
    seeds: [1],
    variants: [...VARIANTS],
    sftSteps: null,
    // Budget (docs/study.md): `npm ci && npm start` on a clean clone took 363 s on a quiet machine
    // (study 338 s incl. a 119 s fresh SFT), 460 s at load 3. The study's group size 8 applies to luffy
    // too (the paper's 16 would double its sampling).
    trainSet: trainOverrides(50, 16, 8, NO_KL),
    sets: [
      // 300 ID problems x 8: the paired 95% CI of a variant difference was +-0.027 at 500 problems in the
      // previous default run, so about +-0.035 here (problem noise dominates; it scales as 1/sqrt(problems)).
      { set: 'id', split: 'id_test', size: 300, samples: 8 },
      { set: 'ood', split: 'ood_long', size: 200, samples: 8 },
      { set: 'small', split: 'small', size: 30, samples: 32 },
    ],
    eval: ROLLOUT_EVAL,
    resamples: 1000,
  },
  full: {
    name: 'full',
    description: 'Closer to the prototype (about an hour): 2 seeds, 100 steps of 32 prompts x 8, 500 + 500 problems x 16, small benchmark x 64.',
    seeds: [1, 2],
    variants: [...VARIANTS],
    sftSteps: null,
    trainSet: trainOverrides(100, 32, 8),
    sets: [
      { set: 'id', split: 'id_test', size: 500, samples: 16 },
      { set: 'ood', split: 'ood_long', size: 500, samples: 16 },
      { set: 'small', split: 'small', size: 30, samples: 64 },
    ],
    eval: ROLLOUT_EVAL,
    resamples: 2000,
  },
};

/** The preset of a name; unknown names raise listing the valid ones. */
export function studyPreset(name: string): StudyPreset {
  const p = (PRESETS as Record<string, StudyPreset | undefined>)[name];
  if (!p) throw new InputError(`unknown study preset ${JSON.stringify(name)}; valid: ${STUDY_PRESET_NAMES.join(', ')}`);
  return structuredClone(p);
}
