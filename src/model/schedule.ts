/**
 * Learning-rate schedule: linear warmup then cosine decay (nanoGPT `train.py: get_lr`).
 */

/** Schedule settings. */
export interface LrSchedule {
  /** Peak learning rate. */
  lr: number;
  /** Linear warmup steps from 0 to `lr` (default 0). */
  warmupSteps?: number;
  /** Step at which the cosine reaches `minLr`; after it the rate stays at `minLr`. 0/undefined = constant after warmup. */
  decaySteps?: number;
  /** Floor of the cosine (default 0.1 * lr, nanoGPT `min_lr`). */
  minLr?: number;
}

/**
 * Learning rate at 0-based `step`: (1) warmup: lr * (step+1)/warmup; (2) past decaySteps: minLr;
 * (3) in between: minLr + 0.5 (1 + cos(pi * ratio)) (lr - minLr), ratio = (step-warmup)/(decay-warmup).
 */
export function learningRate(s: LrSchedule, step: number): number {
  const warmup = s.warmupSteps ?? 0;
  const minLr = s.minLr ?? 0.1 * s.lr;
  if (step < warmup) return (s.lr * (step + 1)) / warmup;
  if (!s.decaySteps || s.decaySteps <= warmup) return s.lr;
  if (step >= s.decaySteps) return minLr;
  const ratio = (step - warmup) / (s.decaySteps - warmup);
  return minLr + 0.5 * (1 + Math.cos(Math.PI * ratio)) * (s.lr - minLr);
}
