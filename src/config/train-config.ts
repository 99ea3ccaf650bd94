/**
 * The one config schema of `dissect train`: the trainer's sections (`src/config/sections.ts`) plus the
 * RL-algorithm knobs of `src/rl/config.ts` under `rl`. Presets named after the paper's scripts, scaled to
 * the embedded model, and the resolution order `preset(s) < config file < --set` live here too.
 */
import { z } from 'zod';
import { rlConfigSchema, type RlConfig } from '../rl/config.js';
import type { LossAggMode } from '../rl/aggregation.js';
import type { AdvEstimatorName } from '../rl/advantages.js';
import type { PolicyLossName } from '../rl/losses.js';
import type { PolarityMode } from '../rl/polarity.js';
import type { TruncationMaskMode } from '../rl/shaping.js';
import { InputError } from '../util/errors.js';
import { applySet, deepMerge, readConfigFile, validateConfig, type ConfigSource, type RawConfig } from './load.js';
import {
  actorSectionSchema,
  dataSectionSchema,
  initSchema,
  loggingSectionSchema,
  modelSectionSchema,
  optimSectionSchema,
  rolloutSectionSchema,
  sftSectionSchema,
  trainerSectionSchema,
  validationSectionSchema,
  verifierSectionSchema,
} from './sections.js';

/** The full training config. Every key is documented in its schema (`dissect train --list-keys`). */
export const trainConfigSchema = z
  .strictObject({
    seed: z.number().int().nonnegative().default(1).describe('Seed of everything random in the run (prompt order, sampling, pruning, init of a random model).'),
    init: initSchema,
    sft: sftSectionSchema,
    model: modelSectionSchema,
    data: dataSectionSchema,
    rollout: rolloutSectionSchema,
    actor: actorSectionSchema,
    optim: optimSectionSchema,
    trainer: trainerSectionSchema,
    validation: validationSectionSchema,
    verifier: verifierSectionSchema,
    logging: loggingSectionSchema,
    rl: rlConfigSchema,
  })
  .superRefine((c, ctx) => {
    if (c.data.train_batch_size % c.actor.ppo_mini_batch_size !== 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['actor', 'ppo_mini_batch_size'],
        message: `must divide data.train_batch_size (${c.data.train_batch_size}), as verl requires; got ${c.actor.ppo_mini_batch_size}`,
      });
    }
    if (c.init === 'random' && c.model.d_model % c.model.n_heads !== 0) {
      ctx.addIssue({ code: 'custom', path: ['model', 'n_heads'], message: `must divide model.d_model (${c.model.d_model})` });
    }
  });

/** The resolved training config. */
export type TrainConfig = z.output<typeof trainConfigSchema>;

// ---------------------------------------------------------------------------------------------------
// Presets

/**
 * RLR length unit scaled to the embedded task: the paper uses 500 tokens at an 8192-token response
 * limit; 500 * 160/8192 = 9.8, rounded to 10 tokens (about half a verification pass of the task's traces).
 */
export const RLR_LENGTH_BASE_EMBEDDED = 10;

/**
 * Repetition n-gram size scaled to the embedded task: the reference's 40 words never occur in traces of
 * 5-20 whitespace-separated words, so the LUFFY preset uses 4.
 */
export const REPETITION_NGRAM_EMBEDDED = 4;

/** KL-free runs of the reference scripts (RLR_8k.sh, Luffy_loss.sh): no KL loss, so KL moves into the reward, no entropy bonus. */
const klInRewardNoEntropy = { use_kl_loss: false, use_kl_in_reward: true, entropy_coeff: 0 };

/** What each preset sets (a partial raw config merged under the config file and --set). */
export const PRESETS: Readonly<Record<string, { description: string; config: RawConfig }>> = {
  baseline: {
    description: 'GRPO as scripts/train/8k_baseline.sh: clip 0.2, token-mean, KL loss low_var_kl 0.001, entropy 0.001 (the schema defaults).',
    config: {},
  },
  pos: {
    description: 'Positive samples only: advantages on the full group, then incorrect samples removed (reference cut_down_negative_samples, reserve 0, world size 8).',
    config: { rl: { polarity: { mode: 'positive_only', reserve_ratio: 0, reserve_min_num: 0 } } },
  },
  neg: {
    description: 'Negative samples only: advantages on the full group, then correct samples removed (reference cut_down_positive_samples).',
    config: { rl: { polarity: { mode: 'negative_only', reserve_ratio: 0, reserve_min_num: 0 } } },
  },
  rlr: {
    description: `Relative length reward as RLR_8k.sh: corr_ratio 0.75, upper 1, lower -0.5, length_base ${RLR_LENGTH_BASE_EMBEDDED} (500 scaled to the task), KL in reward, no entropy bonus.`,
    config: {
      rl: { rlr: { enable: true, corr_ratio: 0.75, upper_bound: 1, lower_bound: -0.5, length_base: RLR_LENGTH_BASE_EMBEDDED }, ...klInRewardNoEntropy },
    },
  },
  luffy: {
    description:
      'Offline injection as Luffy_loss.sh: alpha 0.125, n 16, LUFFY loss, Dr.GRPO normaliser (seq-mean-token-sum-norm), reference truncation masking, clip 0.35, repetition penalty -2 (n-gram scaled to 4), KL in reward, no entropy bonus.',
    config: {
      rollout: { n: 16 },
      rl: {
        injection: { enable: true, alpha: 0.125, max_inject_num: -1 },
        policy_loss: 'luffy',
        loss_agg_mode: 'seq-mean-token-sum-norm',
        mask_truncated_samples: 'reference',
        clip_ratio: 0.35,
        repetition: { enable: true, ngram_size: REPETITION_NGRAM_EMBEDDED, max_penalty: -2 },
        ...klInRewardNoEntropy,
      },
    },
  },
  drgrpo: {
    description: 'Dr.GRPO (arXiv 2503.20783): no std normalisation of advantages, constant loss normaliser (seq-mean-token-sum-norm by max response length).',
    config: { rl: { norm_adv_by_std_in_grpo: false, loss_agg_mode: 'seq-mean-token-sum-norm' } },
  },
  psr: {
    description: 'PSR (arXiv 2506.01347): correct samples +1, incorrect 0, no group normalisation, no KL loss, no entropy bonus.',
    config: { rl: { adv_estimator: 'psr', use_kl_loss: false, entropy_coeff: 0 } },
  },
  nsr: {
    description: 'NSR (arXiv 2506.01347): incorrect samples -1, correct 0, no group normalisation, no KL loss, no entropy bonus.',
    config: { rl: { adv_estimator: 'nsr', use_kl_loss: false, entropy_coeff: 0 } },
  },
  'w-reinforce': {
    description: 'W-REINFORCE (arXiv 2506.01347): correct +0.1, incorrect -1, no group normalisation, no KL loss, no entropy bonus.',
    config: { rl: { adv_estimator: 'w_reinforce', w_reinforce_lambda: 0.1, use_kl_loss: false, entropy_coeff: 0 } },
  },
  quick: {
    description: 'A minimal baseline run for tests and CI: 6 steps of 8 prompts x 4 samples, validation on 50+50 problems x 2 at the end.',
    config: {
      data: { train_batch_size: 8 },
      rollout: { n: 4 },
      actor: { ppo_mini_batch_size: 8, ppo_micro_batch_size: 32 },
      trainer: { total_steps: 6, test_freq: 0, save_freq: 3, val_before_train: true },
      validation: { n: 2, id_size: 50, ood_size: 50 },
    },
  },
};

/** Names of the presets. */
export const PRESET_NAMES: readonly string[] = Object.keys(PRESETS);

/** Merge presets given as `a,b` (applied left to right). Unknown names raise listing the valid ones. */
export function presetConfig(names: string): RawConfig {
  let raw: RawConfig = {};
  for (const name of names.split(',').map((s) => s.trim()).filter(Boolean)) {
    const p = PRESETS[name];
    if (!p) throw new InputError(`unknown preset ${JSON.stringify(name)}; valid: ${PRESET_NAMES.join(', ')} (combine with commas, e.g. rlr,quick)`);
    raw = deepMerge(raw, p.config);
  }
  return raw;
}

/** Inputs of {@link resolveTrainConfig}, in increasing precedence. */
export interface ResolveOptions {
  /** Preset name(s), comma-separated. A config file may also name them with a top-level `preset` key. */
  preset?: string;
  /** YAML or JSON config file. */
  file?: string;
  /** A raw config object (the programmatic equivalent of a file). */
  raw?: RawConfig;
  /** `key.path=value` overrides. */
  set?: string[];
}

/**
 * Resolve a config: presets, then the file (or `raw`), then `--set` overrides, validated against
 * {@link trainConfigSchema} with defaults filled in. All problems are reported in one InputError.
 */
export function resolveTrainConfig(options: ResolveOptions = {}): TrainConfig {
  const sources: ConfigSource[] = [];
  let fileRaw: RawConfig = {};
  if (options.file) {
    const f = readConfigFile(options.file);
    fileRaw = f.raw;
    sources.push(f.source);
  }
  if (options.raw) fileRaw = deepMerge(fileRaw, options.raw);
  let presetNames = options.preset;
  if (typeof fileRaw.preset === 'string') {
    presetNames = presetNames ? `${fileRaw.preset},${presetNames}` : fileRaw.preset;
  } else if (fileRaw.preset !== undefined) {
    throw new InputError(`preset must be a string naming presets (${PRESET_NAMES.join(', ')})`, options.file);
  }
  const { preset: _ignored, ...rest } = fileRaw;
  let raw = deepMerge(presetNames ? presetConfig(presetNames) : {}, rest);
  for (const s of options.set ?? []) raw = applySet(raw, trainConfigSchema, s);
  return validateConfig(trainConfigSchema, raw, sources);
}

// ---------------------------------------------------------------------------------------------------
// The RL knobs as the algorithm uses them

/** The RL knobs in the shape `src/train/algorithm.ts` consumes (clip defaults resolved). */
export interface RlSettings {
  advEstimator: AdvEstimatorName;
  normAdvByStd: boolean;
  grpoEpsilon: number;
  wReinforceLambda: number;
  polarity: { mode: PolarityMode; reserveRatio: number; reserveMinNum: number; worldSize: number };
  rlr: { enabled: boolean; corrRatio: number; upperBound: number; lowerBound: number; lengthBase: number };
  repetition: { enabled: boolean; ngramSize: number; maxPenalty: number };
  overlong: { enabled: boolean; bufferLen: number; penaltyFactor: number };
  truncationMask: TruncationMaskMode;
  injection: { enabled: boolean; alpha: number; maxInjectNum: number; offlinePerPrompt: number };
  policyLoss: PolicyLossName;
  luffyGamma: number;
  luffyClipOnPolicy: boolean;
  luffyLenDataBug: boolean;
  clipRatioLow: number;
  clipRatioHigh: number;
  clipRatioC: number | null;
  lossAggMode: LossAggMode;
  lossScaleConstant: number | null;
  entropyCoeff: number;
  useKlLoss: boolean;
  klLossCoef: number;
  klLossType: string;
  useKlInReward: boolean;
  klPenalty: string;
  klCoef: number;
}

/** Map the resolved config's `rl` section (and the few trainer knobs it depends on) to {@link RlSettings}. */
export function rlSettings(config: TrainConfig): RlSettings {
  const r: RlConfig = config.rl;
  const maxLen = config.rollout.max_response_length;
  return {
    advEstimator: r.adv_estimator,
    normAdvByStd: r.norm_adv_by_std_in_grpo,
    grpoEpsilon: r.grpo_epsilon,
    wReinforceLambda: r.w_reinforce_lambda,
    polarity: { mode: r.polarity.mode, reserveRatio: r.polarity.reserve_ratio, reserveMinNum: r.polarity.reserve_min_num, worldSize: r.polarity.world_size },
    rlr: { enabled: r.rlr.enable, corrRatio: r.rlr.corr_ratio, upperBound: r.rlr.upper_bound, lowerBound: r.rlr.lower_bound, lengthBase: r.rlr.length_base },
    repetition: { enabled: r.repetition.enable, ngramSize: r.repetition.ngram_size, maxPenalty: r.repetition.max_penalty },
    overlong: { enabled: r.overlong.enable, bufferLen: r.overlong.buffer_len ?? Math.max(1, Math.round(0.2 * maxLen)), penaltyFactor: r.overlong.penalty_factor },
    truncationMask: r.mask_truncated_samples,
    injection: { enabled: r.injection.enable, alpha: r.injection.alpha, maxInjectNum: r.injection.max_inject_num, offlinePerPrompt: config.data.offline_solutions },
    policyLoss: r.policy_loss,
    luffyGamma: r.luffy.gamma,
    luffyClipOnPolicy: r.luffy.clip_on_policy,
    luffyLenDataBug: r.luffy.len_data_bug,
    clipRatioLow: r.clip_ratio_low ?? r.clip_ratio,
    clipRatioHigh: r.clip_ratio_high ?? r.clip_ratio,
    clipRatioC: r.clip_ratio_c,
    lossAggMode: r.loss_agg_mode,
    lossScaleConstant: r.loss_scale_constant,
    entropyCoeff: r.entropy_coeff,
    useKlLoss: r.use_kl_loss,
    klLossCoef: r.kl_loss_coef,
    klLossType: r.kl_loss_type,
    useKlInReward: r.use_kl_in_reward,
    klPenalty: r.kl_penalty,
    klCoef: r.kl_coef,
  };
}
