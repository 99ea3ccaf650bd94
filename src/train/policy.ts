/**
 * The start policy of a run and model loading. The start weights are copied into `OUT/init/`
 * WITHOUT optimizer state, so RL starts with a fresh AdamW as verl does (the SFT optimizer moments would
 * otherwise leak into the first RL steps), and the frozen KL reference is loaded from the same place,
 * also after a resume.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { PolicyModel } from '../model/types.js';
import { createModel, loadModel, type EngineChoice } from '../model/index.js';
import { CHECKPOINT_FILES } from '../model/gpt.js';
import { InputError } from '../util/errors.js';
import type { TrainConfig } from '../config/train-config.js';
import type { TaskSource } from './task-source.js';

/** Where the start weights came from and where the run's copy lives. */
export interface StartPolicy {
  /** `OUT/init`: weights + config, no optimizer state. */
  dir: string;
  /** The SFT checkpoint, the --init directory, or `random`. */
  source: string;
}

/** Copy a checkpoint's files except the optimizer state into `dest`. */
function copyWeights(src: string, dest: string): void {
  if (!existsSync(join(src, CHECKPOINT_FILES.weights)) || !existsSync(join(src, CHECKPOINT_FILES.config))) {
    throw new InputError(`not a model checkpoint (needs ${CHECKPOINT_FILES.weights} and ${CHECKPOINT_FILES.config})`, src);
  }
  mkdirSync(dest, { recursive: true });
  for (const f of readdirSync(src)) {
    if (f === CHECKPOINT_FILES.optimizer || f === 'trainer_state.json') continue;
    const p = join(src, f);
    if (statSync(p).isFile()) copyFileSync(p, join(dest, f));
  }
}

/**
 * Resolve `config.init` to weights in `OUT/init` (reused when already there, e.g. on resume):
 * `sft` runs (or reuses the cache of) the cold-start SFT, `random` writes a fresh model of
 * `config.model` seeded by `config.seed`, anything else is a checkpoint directory.
 */
export async function startPolicy(config: TrainConfig, task: TaskSource, out: string, quiet: boolean): Promise<StartPolicy> {
  const dir = join(out, 'init');
  const ready = existsSync(join(dir, CHECKPOINT_FILES.weights)) && existsSync(join(dir, CHECKPOINT_FILES.config));
  if (config.init === 'random') {
    if (!ready) {
      const m = config.model;
      const model = createModel(
        { vocabSize: task.vocabSize, contextLength: m.context_length, dModel: m.d_model, nLayers: m.n_layers, nHeads: m.n_heads, dMlp: 4 * m.d_model },
        { seed: config.seed, engine: config.model.engine as EngineChoice },
      );
      await model.save(dir);
      model.dispose();
    }
    return { dir, source: 'random' };
  }
  if (config.init === 'sft') {
    const { runSft } = await import('../sft/index.js');
    const overrides: { steps?: number; seed?: number } = {};
    if (config.sft.steps !== null) overrides.steps = config.sft.steps;
    if (config.sft.seed !== null) overrides.seed = config.sft.seed;
    const sft = await runSft({ config: overrides, cacheDir: config.sft.cache_dir ?? undefined, quiet, engine: config.model.engine });
    if (!ready) copyWeights(sft.checkpointDir, dir);
    return { dir, source: sft.checkpointDir };
  }
  const src = resolve(config.init);
  if (!existsSync(src)) throw new InputError(`init checkpoint not found: ${src}`);
  if (!ready) copyWeights(src, dir);
  return { dir, source: src };
}

/** Load a checkpoint (weights and, when present, optimizer state) with the configured engine. */
export async function loadCheckpointModel(dir: string, engine: string): Promise<PolicyModel> {
  return loadModel(dir, { engine: engine as EngineChoice });
}
