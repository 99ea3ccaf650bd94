/**
 * Crash-safe checkpoints of a training run. Layout under the run's `--out` directory:
 *
 *   checkpoints/step_000010/   model files (weights, config, optimizer state; written by PolicyModel.save)
 *                              + trainer_state.json (step, RNG state, data cursor, optimizer step count)
 *   checkpoints/latest         name of the newest complete checkpoint
 *
 * A checkpoint is written into a temporary directory and renamed into place, then `latest` is replaced
 * by an atomic rename, so a kill -9 at any moment leaves the previous checkpoint intact and `latest`
 * always names a complete one.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PolicyModel } from '../model/types.js';
import type { DataCursor } from './data-cursor.js';

/** Version of trainer_state.json; bump when its fields change meaning. */
export const TRAINER_STATE_VERSION = 1;

/** Everything besides the model needed to continue a run exactly. */
export interface TrainerState {
  version: number;
  /** Completed training steps. */
  step: number;
  /** Optimizer steps taken so far (drives the lr schedule). */
  optimizerSteps: number;
  /** State of the run's master RNG (src/util/rng.ts). */
  rng: number[];
  /** Position in the training prompts. */
  cursor: DataCursor;
  /** Hash of the resolved config minus keys allowed to change on resume. */
  configHash: string;
}

/** Directory holding the checkpoints of a run. */
export function checkpointsDir(out: string): string {
  return join(out, 'checkpoints');
}

/** Directory name of the checkpoint after `step` steps. */
export function checkpointName(step: number): string {
  return `step_${String(step).padStart(6, '0')}`;
}

/**
 * Save model + trainer state atomically and point `latest` at it; then delete all but the newest `keep`
 * checkpoints. Returns the checkpoint directory.
 */
export async function saveCheckpoint(out: string, model: PolicyModel, state: TrainerState, keep: number): Promise<string> {
  const root = checkpointsDir(out);
  mkdirSync(root, { recursive: true });
  const name = checkpointName(state.step);
  const final = join(root, name);
  const tmp = join(root, `.tmp-${name}-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  await model.save(tmp);
  writeFileSync(join(tmp, 'trainer_state.json'), `${JSON.stringify(state, null, 2)}\n`);
  rmSync(final, { recursive: true, force: true });
  renameSync(tmp, final);
  const latestTmp = join(root, `.latest-${process.pid}`);
  writeFileSync(latestTmp, `${name}\n`);
  renameSync(latestTmp, join(root, 'latest'));
  pruneCheckpoints(root, keep, name);
  return final;
}

function pruneCheckpoints(root: string, keep: number, newest: string): void {
  const names = readdirSync(root)
    .filter((n) => /^step_\d+$/.test(n))
    .sort();
  const drop = names.slice(0, Math.max(0, names.length - keep)).filter((n) => n !== newest);
  for (const n of drop) rmSync(join(root, n), { recursive: true, force: true });
  for (const n of readdirSync(root)) if (n.startsWith('.tmp-') || n.startsWith('.latest-')) rmSync(join(root, n), { recursive: true, force: true });
}

/** The newest complete checkpoint of a run, or null when none was written yet. */
export function latestCheckpoint(out: string): { dir: string; state: TrainerState } | null {
  const root = checkpointsDir(out);
  const pointer = join(root, 'latest');
  if (!existsSync(pointer)) return null;
  const name = readFileSync(pointer, 'utf8').trim();
  const dir = join(root, name);
  const statePath = join(dir, 'trainer_state.json');
  if (!existsSync(statePath)) throw new Error(`checkpoint ${dir} named by ${pointer} has no trainer_state.json`);
  const state = JSON.parse(readFileSync(statePath, 'utf8')) as TrainerState;
  if (state.version !== TRAINER_STATE_VERSION) {
    throw new Error(`checkpoint ${dir}: trainer_state version ${state.version}, this dissect reads ${TRAINER_STATE_VERSION}`);
  }
  return { dir, state };
}
