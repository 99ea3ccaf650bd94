/**
 * Every RL-algorithm knob of the paper (arXiv 2506.04913) and its reference code, as one zod schema.
 * The trainer composes `rlConfigSchema` into the full training config (`src/config`). Names are verl's
 * / the reference's snake_case names where they exist, reused verbatim in logs and the report; the
 * paper's ablations are grouped in sub-objects (`polarity`, `rlr`, `repetition`, `overlong`,
 * `injection`, `dynamic_sampling`, `luffy`).
 *
 * Defaults are the paper's baseline GRPO run (scripts/train/8k_baseline.sh on top of
 * verl/verl/trainer/config/ppo_trainer.yaml): GRPO, clip 0.2, token-mean, KL loss low_var_kl 0.001,
 * entropy 0.001; every ablation off. Where the paper's ablation run uses a value other than the yaml
 * default, the field's default is the paper's value and the yaml value is noted.
 */
import { z } from 'zod';
import { ADV_ESTIMATOR_NAMES } from './advantages.js';
import { LOSS_AGG_MODES } from './aggregation.js';
import { KL_ESTIMATOR_NAMES } from './kl.js';
import { POLICY_LOSS_NAMES } from './losses.js';
import { POLARITY_MODES } from './polarity.js';
import { TRUNCATION_MASK_MODES } from './shaping.js';

const nonNegInt = () => z.number().int().nonnegative();
const posInt = () => z.number().int().positive();

/** Positive-only / negative-only pruning (paper family (a)). Reference: `_rm_neg_samples`, ray_trainer.py. */
export const polarityConfigSchema = z
  .strictObject({
    /** `both` (default), `positive_only` (reference `cut_down_negative_samples`), `negative_only` (`cut_down_positive_samples`). */
    mode: z
      .enum(POLARITY_MODES)
      .default('both')
      .describe('Which samples train: both (default), positive_only (drop incorrect; reference cut_down_negative_samples) or negative_only (drop correct; cut_down_positive_samples). Advantages are computed on the full group first.'),
    /** Probability of keeping a dropped-polarity sample anyway. Reference `cut_down_samples_reserve_ratio`: yaml 0.25, paper scripts 0.0. */
    reserve_ratio: z
      .number()
      .min(0)
      .max(1)
      .default(0)
      .describe('Keep each dropped-polarity sample with this probability (reference cut_down_samples_reserve_ratio; paper 0.0, yaml 0.25).'),
    /** Minimum kept samples, topped up randomly from the dropped polarity. Reference `cut_down_samples_reserve_min_num`: yaml 512, paper 0. */
    reserve_min_num: nonNegInt()
      .default(0)
      .describe('Top up to at least this many kept samples from the dropped polarity (reference cut_down_samples_reserve_min_num; paper 0, yaml 512).'),
    /** Kept count is rounded down to a multiple of this by seeded random removal (reference: the GPU count, 8). */
    world_size: posInt()
      .default(8)
      .describe('Round the kept count down to a multiple of this by seeded random removal, as the reference does for its 8 GPUs; 1 disables the rounding.'),
  })
  .prefault({});

/** Relative length reward. Reference: nested `relative_length_reward`, reward_manager/deepscaler.py; RLR_8k.sh. */
export const rlrConfigSchema = z
  .strictObject({
    /** Add the RLR bonus to correct samples (reference `enble_relative_length_reward`). */
    enable: z.boolean().default(false).describe('Add the relative length reward (reference enble_relative_length_reward).'),
    /** Group accuracy threshold (>=). Paper 0.75; yaml `rlr_args_corr_ratio` 0.5. */
    corr_ratio: z.number().min(0).max(1).default(0.75).describe('Only groups with accuracy >= this get the bonus (rlr_args_corr_ratio; paper 0.75, yaml 0.5).'),
    /** Upper clip. Paper 1; yaml `rlr_args_upper_bound` 0.5. */
    upper_bound: z.number().default(1).describe('Upper clip of the bonus (rlr_args_upper_bound; paper 1, yaml 0.5).'),
    /** Lower clip. Paper -0.5; yaml `rlr_args_lower_bound` -0.5. */
    lower_bound: z.number().default(-0.5).describe('Lower clip of the bonus (rlr_args_lower_bound; paper -0.5).'),
    /** Length unit in tokens. Paper 500; yaml `rlr_args_length_base` 1000. */
    length_base: z.number().positive().default(500).describe('Tokens per unit of bonus: (mean_len - len)/length_base (rlr_args_length_base; paper 500, yaml 1000).'),
  })
  .prefault({});

/** N-gram repetition penalty on incorrect samples. Reference: nested `repetition_reward`, deepscaler.py; Luffy_loss.sh. */
export const repetitionConfigSchema = z
  .strictObject({
    /** Reference `enble_repetition_reward`. */
    enable: z.boolean().default(false).describe('Penalise repeated n-grams in incorrect samples (reference enble_repetition_reward).'),
    /** `rr_args_ngram_size`: yaml 40, paper 40. */
    ngram_size: posInt().default(40).describe('n of the n-grams, over whitespace-split lower-cased words (rr_args_ngram_size; 40).'),
    /** `rr_args_max_penalty`: yaml -0.5, the paper's LUFFY run -2. */
    max_penalty: z.number().max(0).default(-0.5).describe('Penalty at full repetition, (1 - unique/total) * max_penalty (rr_args_max_penalty; yaml -0.5, paper LUFFY run -2).'),
  })
  .prefault({});

/** DAPO soft overlong punishment (arXiv 2503.14476). Not in the reference; verl `reward_model.overlong_buffer`. */
export const overlongConfigSchema = z
  .strictObject({
    enable: z.boolean().default(false).describe('DAPO soft overlong punishment (verl reward_model.overlong_buffer.enable).'),
    /** Buffer L_cache in tokens; DAPO 4096 of 20480 (20 %). null = 20 % of the maximum response length. */
    buffer_len: posInt()
      .nullable()
      .default(null)
      .describe('Soft punishment buffer in tokens (verl overlong_buffer.len; DAPO 4096 of 20480); null = 20% of max_response_length.'),
    penalty_factor: z.number().nonnegative().default(1).describe('Penalty at the hard limit (verl overlong_buffer.penalty_factor, 1.0).'),
  })
  .prefault({});

/** Offline sample injection for hard prompts. Reference: `_inject_offline_samples`, ray_trainer.py; Luffy_loss.sh. */
export const injectionConfigSchema = z
  .strictObject({
    /** Reference `enable_offline_samples`. */
    enable: z.boolean().default(false).describe('Replace incorrect samples of hard prompts by offline solutions (reference enable_offline_samples).'),
    /** Eligibility `acc <= alpha`. Reference `offline_samples_alpha`, paper 0.125. */
    alpha: z.number().min(0).max(1).default(0.125).describe('Groups with accuracy <= alpha get offline samples (offline_samples_alpha; paper 0.125).'),
    /** Replacements per group; <= 0 = unlimited. Reference default -1. */
    max_inject_num: z.number().int().default(-1).describe('At most this many replacements per group; <= 0 means unlimited (max_inject_num; default -1).'),
  })
  .prefault({});

/** DAPO dynamic sampling (arXiv 2503.14476 Sec. 3.2; verl `algorithm.filter_groups`). Not in the reference. */
export const dynamicSamplingConfigSchema = z
  .strictObject({
    enable: z.boolean().default(false).describe('Drop zero-variance groups and refill from more prompts (verl algorithm.filter_groups.enable).'),
    /** `acc` = binary correctness (dissect default), `score` = the shaped score. verl `filter_groups.metric`. */
    metric: z.enum(['acc', 'score']).default('acc').describe('Variance decided on binary correctness (acc) or the shaped score (verl filter_groups.metric).'),
    /** 0 = unbounded. verl `filter_groups.max_num_gen_batches`. */
    max_num_gen_batches: nonNegInt().default(10).describe('Give up refilling after this many generation batches and train on what is there (0 = no bound; verl max_num_gen_batches).'),
  })
  .prefault({});

/** LUFFY loss for injected samples. Reference: `compute_token_on_off_policy_loss`, core_algos.py; dp_actor.py. */
export const luffyConfigSchema = z
  .strictObject({
    /** Policy shaping p/(p+gamma); the reference hard-codes 0.1. */
    gamma: z.number().positive().default(0.1).describe('Off-policy shaping p/(p+gamma) (LUFFY; reference hard-codes 0.1).'),
    /** Clip the on-policy branch like PPO (original LUFFY); the reference leaves it unclipped. */
    clip_on_policy: z.boolean().default(false).describe('Clip the on-policy branch like PPO (original LUFFY); false = the reference (unclipped).'),
    /** Reproduce the reference's micro-batch weight 6/ppo_mini_batch_size (len of a 6-key dict) instead of rows/ppo_mini_batch_size. */
    len_data_bug: z
      .boolean()
      .default(false)
      .describe('Reproduce the reference bug that weights every LUFFY micro-batch by 6/ppo_mini_batch_size (len of a metrics dict) instead of rows/ppo_mini_batch_size.'),
  })
  .prefault({});

/** The RL-algorithm config. See docs/algorithms.md for the table of paper knobs. */
export const rlConfigSchema = z
  .strictObject({
    /** Advantage estimator (`algorithm.adv_estimator`); paper `grpo`. */
    adv_estimator: z
      .enum(ADV_ESTIMATOR_NAMES)
      .default('grpo')
      .describe('Advantage estimator: grpo (paper), rloo, reinforce, reinforce_baseline, psr, nsr, w_reinforce (paper family (b): +1/-1 rewards, no group normalisation).'),
    /** GRPO std normalisation; false = Dr.GRPO. verl `norm_adv_by_std_in_grpo`. */
    norm_adv_by_std_in_grpo: z.boolean().default(true).describe('GRPO: divide by the group std (true, paper); false = Dr.GRPO (verl norm_adv_by_std_in_grpo).'),
    /** GRPO epsilon in (s-mean)/(std+eps). Reference 1e-6. */
    grpo_epsilon: z.number().positive().default(1e-6).describe('GRPO epsilon in (s - mean)/(std + epsilon) (reference 1e-6).'),
    /** W-REINFORCE lambda (arXiv 2506.01347: 0.1). */
    w_reinforce_lambda: z.number().nonnegative().default(0.1).describe('W-REINFORCE weight of correct samples (arXiv 2506.01347: 0.1).'),
    /** Positive-only / negative-only pruning after the group advantages (paper family (a)); off by default. */
    polarity: polarityConfigSchema,
    /** Relative length reward (paper 0.75 / +1 / -0.5 / 500); off by default. */
    rlr: rlrConfigSchema,
    /** N-gram repetition penalty on incorrect samples (reference defaults 40 / -0.5); off by default. */
    repetition: repetitionConfigSchema,
    /** DAPO soft overlong punishment; off by default (not in the reference). */
    overlong: overlongConfigSchema,
    /** Zero the advantage of truncated samples. Reference `mask_truncated_samples` (bool) = `reference`; paper LUFFY run on. */
    mask_truncated_samples: z
      .enum(TRUNCATION_MASK_MODES)
      .default('off')
      .describe('Zero the advantage of truncated samples: off, reference (incorrect AND at max length AND repetition-flagged, the reference code; paper LUFFY run) or plain (every truncated sample).'),
    /** Offline sample injection for groups with accuracy <= alpha (paper 0.125); off by default. */
    injection: injectionConfigSchema,
    /** DAPO dynamic sampling (zero-variance groups dropped and refilled); off by default. */
    dynamic_sampling: dynamicSamplingConfigSchema,
    /** Policy loss (`vanilla` = PPO clip; `luffy` for offline injection with `enable_luffy_loss`). */
    policy_loss: z
      .enum(POLICY_LOSS_NAMES)
      .default('vanilla')
      .describe('Policy loss: vanilla (PPO clip, verl name) or luffy (reference enable_luffy_loss: p/(p+gamma) on injected samples).'),
    /** LUFFY loss settings, used when policy_loss is luffy. */
    luffy: luffyConfigSchema,
    /** Symmetric PPO clip; `actor.clip_ratio` 0.2 (paper LUFFY run 0.35). */
    clip_ratio: z.number().positive().default(0.2).describe('PPO clip range epsilon (actor.clip_ratio; paper 0.2, LUFFY run 0.35).'),
    /** Lower clip (null = clip_ratio). verl `clip_ratio_low`. */
    clip_ratio_low: z.number().positive().nullable().default(null).describe('Lower clip 1 - clip_ratio_low (null = clip_ratio). verl clip_ratio_low.'),
    /** Upper clip (null = clip_ratio); DAPO clip-higher 0.28. verl `clip_ratio_high`. */
    clip_ratio_high: z.number().positive().nullable().default(null).describe('Upper clip 1 + clip_ratio_high (null = clip_ratio; DAPO clip-higher 0.28). verl clip_ratio_high.'),
    /** Dual-clip constant (> 1) for negative advantages (arXiv 1912.09729); null = off (the reference). verl `clip_ratio_c` 3.0. */
    clip_ratio_c: z.number().gt(1).nullable().default(null).describe('Dual-clip bound for A < 0 (verl clip_ratio_c, 3.0 when used); null = off, as the reference.'),
    /** Aggregation; reference token-mean, `loss_remove_token_mean: true` = seq-mean-token-sum-norm. */
    loss_agg_mode: z
      .enum(LOSS_AGG_MODES)
      .default('token-mean')
      .describe('Policy-loss aggregation: token-mean (paper), seq-mean-token-mean, seq-mean-token-sum, seq-mean-token-sum-norm (Dr.GRPO; the reference loss_remove_token_mean, paper LUFFY run).'),
    /** Divisor of seq-mean-token-sum-norm; null = max response length. */
    loss_scale_constant: z.number().positive().nullable().default(null).describe('Divisor of seq-mean-token-sum-norm (null = max response length, as the reference).'),
    /** Entropy bonus coefficient; yaml 0.001 (baseline), RLR / LUFFY runs 0. */
    entropy_coeff: z.number().nonnegative().default(0.001).describe('Entropy bonus coefficient: loss -= entropy_coeff * token-mean entropy (actor.entropy_coeff; paper baseline 0.001, RLR/LUFFY 0).'),
    /** KL loss on (paper baseline). `actor.use_kl_loss`. */
    use_kl_loss: z.boolean().default(true).describe('Add kl_loss_coef * KL(policy || ref) to the loss (actor.use_kl_loss; paper baseline true, RLR/LUFFY false).'),
    /** `actor.kl_loss_coef`, paper 0.001. */
    kl_loss_coef: z.number().nonnegative().default(0.001).describe('Coefficient of the KL loss (actor.kl_loss_coef; paper 0.001).'),
    /** `actor.kl_loss_type`, paper low_var_kl (k3). */
    kl_loss_type: z.enum(KL_ESTIMATOR_NAMES).default('low_var_kl').describe('KL estimator of the loss: kl (k1), abs, mse (k2), low_var_kl (k3, paper, clamped to [-10, 10]).'),
    /** KL in the reward (`apply_kl_penalty`). The reference applies it whenever use_kl_loss is false. */
    use_kl_in_reward: z
      .boolean()
      .default(false)
      .describe('Subtract kl_coef * KL(old || ref) per token from the reward (apply_kl_penalty). The reference does this whenever use_kl_loss is false (its RLR and LUFFY runs).'),
    /** Estimator of the in-reward KL; reference `algorithm.kl_penalty` = kl (k1). */
    kl_penalty: z.enum(KL_ESTIMATOR_NAMES).default('kl').describe('KL estimator in the reward (algorithm.kl_penalty; reference kl = k1).'),
    /** `algorithm.kl_ctrl.kl_coef`, paper 0.001 (fixed controller). */
    kl_coef: z.number().nonnegative().default(0.001).describe('Coefficient of the in-reward KL (algorithm.kl_ctrl.kl_coef; paper 0.001, fixed).'),
  })
  .superRefine((c, ctx) => {
    if (c.polarity.mode !== 'both' && ['psr', 'nsr', 'w_reinforce'].includes(c.adv_estimator)) {
      ctx.addIssue({
        code: 'custom',
        path: ['polarity', 'mode'],
        message: `polarity.mode ${c.polarity.mode} prunes after group advantages; it does not combine with adv_estimator ${c.adv_estimator}, which already selects a polarity`,
      });
    }
    if (c.policy_loss === 'luffy' && !c.injection.enable) {
      ctx.addIssue({ code: 'custom', path: ['policy_loss'], message: 'policy_loss luffy needs injection.enable (it shapes injected offline samples)' });
    }
    if (c.use_kl_loss && c.use_kl_in_reward) {
      ctx.addIssue({ code: 'custom', path: ['use_kl_in_reward'], message: 'use_kl_loss and use_kl_in_reward are exclusive (the reference applies one or the other)' });
    }
  })
  .prefault({});

/** The parsed RL config. */
export type RlConfig = z.infer<typeof rlConfigSchema>;

/** The paper's defaults (`rlConfigSchema.parse({})`). */
export function defaultRlConfig(): RlConfig {
  return rlConfigSchema.parse({});
}
