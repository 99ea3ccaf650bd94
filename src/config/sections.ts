/**
 * The trainer's own config sections (everything that is not an RL-algorithm knob): start point, data,
 * rollout sampling, actor update batching, optimizer and schedule, validation, checkpoints, verifier,
 * logging. The RL-algorithm knobs come from `src/rl/config.ts` (`rlConfigSchema`) and are composed in
 * `src/config/train-config.ts`. Names follow verl's `ppo_trainer.yaml` where one exists.
 *
 * Defaults are the embedded study's budgets (see `../shared/docs/study-design-notes.md`): 32 prompts x 8
 * samples, temperature 1.0, one on-policy update per batch, lr 3e-4, 100 steps.
 */
import { z } from 'zod';

const posInt = () => z.number().int().positive();
const nonNegInt = () => z.number().int().nonnegative();

/** Where the policy starts. */
export const initSchema = z
  .string()
  .min(1)
  .default('sft')
  .describe(
    'Start policy: "sft" (the cached cold-start SFT checkpoint, built on first use), "random" (a fresh model with model.* settings; tests only) or a checkpoint directory.',
  );

/** Cold-start SFT settings used when init = "sft" (everything else is the SFT default, see `dissect sft --help`). */
export const sftSectionSchema = z
  .strictObject({
    steps: posInt().nullable().default(null).describe('SFT optimizer steps (null = the SFT default). The SFT is cached by a hash of its config, so runs with the same settings share it.'),
    seed: nonNegInt().nullable().default(null).describe('SFT seed (null = the SFT default).'),
    cache_dir: z.string().min(1).nullable().default(null).describe('SFT cache root (null = .cache/dissect/sft under the working directory).'),
  })
  .prefault({});

/** Compute engine, and the architecture used only when init = "random". */
export const modelSectionSchema = z
  .strictObject({
    d_model: posInt().default(64).describe('Width C of a random-init model (init = "random" only).'),
    n_layers: posInt().default(2).describe('Transformer blocks of a random-init model.'),
    n_heads: posInt().default(4).describe('Attention heads of a random-init model (must divide d_model).'),
    context_length: posInt().default(256).describe('Context length of a random-init model.'),
    engine: z
      .enum(['auto', 'native', 'ts'])
      .default('auto')
      .describe('Compute engine: native C kernels when built (auto), or the TypeScript reference. Results agree to float tolerance.'),
  })
  .prefault({});

/** Prompt batches. verl: `data.*`. */
export const dataSectionSchema = z
  .strictObject({
    train_batch_size: posInt()
      .default(32)
      .describe('Prompts drawn per step (verl data.train_batch_size). Each gets rollout.n samples. Default 32 (prototype).'),
    shuffle: z.boolean().default(true).describe('Reshuffle the training prompts every epoch with the seeded RNG (verl data.shuffle).'),
    train_size: nonNegInt()
      .default(0)
      .describe('Training problems drawn from the task\'s train split (0 = the split default, 20000). Small values make the task memorisable; tests use it.'),
    offline_solutions: posInt()
      .default(1)
      .describe('Correct offline solutions available per prompt for injection (the solver writes them; LUFFY data has one per prompt). Caps injections per group.'),
  })
  .prefault({});

/** Rollout sampling. verl: `actor_rollout_ref.rollout.*`. */
export const rolloutSectionSchema = z
  .strictObject({
    n: posInt().default(8).describe('Samples per prompt (GRPO group size; verl rollout.n). Paper 8 (LUFFY runs 16); prototype 8.'),
    temperature: z
      .number()
      .positive()
      .default(1.0)
      .describe('Sampling temperature; every log-prob of the update is taken under logits/temperature, as in verl. Paper 0.6, prototype 1.0.'),
    top_p: z.number().gt(0).lte(1).default(1).describe('Nucleus threshold for rollouts (1 = off). verl rollout.top_p.'),
    top_k: nonNegInt().default(0).describe('Top-k for rollouts (0 = off). verl rollout.top_k (-1 there).'),
    max_response_length: posInt()
      .default(160)
      .describe('Maximum new tokens per response (verl data.max_response_length); a response that reaches it is truncated.'),
  })
  .prefault({});

/** How one batch becomes optimizer steps. verl: `actor_rollout_ref.actor.*`. */
export const actorSectionSchema = z
  .strictObject({
    ppo_mini_batch_size: posInt()
      .default(32)
      .describe('Prompts per optimizer step (verl ppo_mini_batch_size, counted in prompts; x rollout.n samples). Equal to data.train_batch_size = one on-policy update per batch.'),
    ppo_micro_batch_size: posInt()
      .default(64)
      .describe('Samples per forward/backward pass (memory only; gradients are accumulated, the result does not depend on it beyond float rounding).'),
    ppo_epochs: posInt().default(1).describe('Passes over each batch (verl ppo_epochs). 1 = on-policy.'),
    shuffle: z.boolean().default(false).describe('Shuffle samples into mini-batches (verl actor.shuffle); otherwise batch order.'),
    length_grouped_micro_batches: z
      .boolean()
      .default(true)
      .describe('Split each mini-batch into micro-batches of similar lengths (less padding, like verl use_dynamic_bsz). Changes only which rows share a micro-batch token-mean; false = batch order.'),
  })
  .prefault({});

/** AdamW and the learning-rate schedule. verl: `actor.optim.*`. */
export const optimSectionSchema = z
  .strictObject({
    // Measured (docs/training.md, "Tuning"): 20 baseline steps of 16 x 8 from the default SFT (ID avg@4
    // 0.515 on 150 problems): lr 1e-4 -> 0.525, 3e-4 -> 0.485, 1e-3 -> 0.263, 3e-3 collapsed (score 0.05
    // by step 6). Higher rates only hurt; 3e-4 stays the default (the prototype's value).
    lr: z.number().positive().default(3e-4).describe('Peak learning rate. Paper 1e-6 (7B); prototype 3e-4 for the embedded model (1e-3 and above degrade the default SFT start, docs/training.md).'),
    beta1: z.number().gte(0).lt(1).default(0.9).describe('AdamW beta1.'),
    beta2: z.number().gte(0).lt(1).default(0.999).describe('AdamW beta2.'),
    eps: z.number().positive().default(1e-8).describe('AdamW epsilon.'),
    weight_decay: z.number().nonnegative().default(0.01).describe('AdamW decoupled weight decay (verl default 0.01).'),
    grad_clip: z.number().nonnegative().default(1.0).describe('Clip the global gradient norm to this before each step (verl actor.grad_clip 1.0; 0 = off).'),
    warmup_steps: nonNegInt().default(0).describe('Linear warmup over this many optimizer steps (verl lr_warmup_steps).'),
    lr_schedule: z.enum(['constant', 'cosine']).default('constant').describe('After warmup: constant (verl default) or cosine decay to min_lr_ratio * lr.'),
    min_lr_ratio: z.number().gte(0).lte(1).default(0).describe('Final lr of the cosine schedule as a fraction of lr.'),
  })
  .prefault({});

/** Length of the run and how often it validates and saves. verl: `trainer.*`. */
export const trainerSectionSchema = z
  .strictObject({
    total_steps: posInt().default(100).describe('Training steps (batches). Prototype 100.'),
    test_freq: nonNegInt().default(20).describe('Validate every N steps and at the end (0 = only at the end). verl trainer.test_freq.'),
    save_freq: nonNegInt().default(10).describe('Checkpoint every N steps and at the end (0 = only at the end). verl trainer.save_freq.'),
    val_before_train: z.boolean().default(true).describe('Validate the start policy before step 1 (verl trainer.val_before_train).'),
    keep_checkpoints: posInt().default(2).describe('Keep this many most recent checkpoints (older ones are deleted after a new one is complete).'),
  })
  .prefault({});

/** Validation: avg@k on the in-distribution and out-of-distribution test sets. */
export const validationSectionSchema = z
  .strictObject({
    n: posInt().default(4).describe('Samples per validation problem: reports avg@n and pass@n.'),
    temperature: z.number().positive().default(0.6).describe('Validation sampling temperature (paper eval 0.6).'),
    top_p: z.number().gt(0).lte(1).default(0.95).describe('Validation nucleus threshold (paper eval 0.95).'),
    id_split: z.enum(['id_test', 'trap', 'small']).default('id_test').describe('In-distribution test split of src/tasks.'),
    ood_split: z.enum(['ood_long', 'ood_mult']).default('ood_long').describe('Out-of-distribution test split of src/tasks (ood_long: longer chains, as the prototype).'),
    id_size: nonNegInt().default(200).describe('In-distribution test problems (first N of the ID test split; 0 = skip).'),
    ood_size: nonNegInt().default(200).describe('Out-of-distribution test problems (first N of the OOD test split; 0 = skip).'),
  })
  .prefault({});

/** The verifier that turns responses into rewards. */
export const verifierSectionSchema = z
  .strictObject({
    mode: z.enum(['strict', 'deepscaler']).default('strict').describe('Grading rules: strict (dissect) or deepscaler (the paper’s grader, bit-for-bit).'),
    timeout_ms: posInt().default(2000).describe('Hard wall-clock limit per grade in the worker pool; a timeout counts as incorrect.'),
    workers: nonNegInt().default(0).describe('Grading worker threads (0 = grade in-process: fastest for the short synthetic answers, but no timeout).'),
  })
  .prefault({});

/** What is written besides metrics and checkpoints. */
export const loggingSectionSchema = z
  .strictObject({
    save_rollouts: z.boolean().default(false).describe('Write rollouts.jsonl: prompt id, response, correctness, score, reward, advantage per sample (`--save-rollouts`).'),
  })
  .prefault({});
