/**
 * The GRPO trainer's programmatic API (what `dissect train` and the study call):
 * resolve a config from presets / a file / overrides, then run or resume training.
 *
 *   const config = resolveTrainConfig({ preset: 'neg', set: ['seed=2'] });
 *   const result = await runTraining(config, { out: 'runs/neg', quiet: true });
 */
export { runTraining, validate, type RunOptions, type StepMetrics, type TrainResult } from './run.js';
export { resolveTrainConfig, trainConfigSchema, PRESETS, PRESET_NAMES, rlSettings, type TrainConfig, type ResolveOptions } from '../config/train-config.js';
export { analyzeRollouts, formatAnalysis, FORMAT_FIELDS, ROLLOUT_FORMATS, type AnalyzeResult, type RolloutFields } from './analyze-rollouts.js';
export { latestCheckpoint, type TrainerState } from './checkpoint.js';
export type { Grader } from './grader.js';
export type { TaskSource, TrainProblem } from './task-source.js';
