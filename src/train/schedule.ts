/**
 * Learning-rate schedule, a pure function of the optimizer step (nanoGPT `get_lr` style):
 * 1) linear warmup from lr/warmup to lr over `warmupSteps` steps; 2) then constant (verl's default) or
 * cosine decay from lr to minLrRatio*lr at `totalSteps`.
 */
export interface LrSchedule {
  lr: number;
  warmupSteps: number;
  totalSteps: number;
  kind: 'constant' | 'cosine';
  minLrRatio: number;
}

/** Learning rate for 0-based optimizer step `it`. */
export function learningRate(it: number, s: LrSchedule): number {
  // 1) warmup
  if (s.warmupSteps > 0 && it < s.warmupSteps) return (s.lr * (it + 1)) / s.warmupSteps;
  // 2) constant
  if (s.kind === 'constant') return s.lr;
  // 3) cosine from the end of warmup to totalSteps, then flat at the minimum
  const span = Math.max(1, s.totalSteps - s.warmupSteps);
  const progress = Math.min(1, (it - s.warmupSteps) / span);
  const minLr = s.lr * s.minLrRatio;
  return minLr + 0.5 * (1 + Math.cos(Math.PI * progress)) * (s.lr - minLr);
}
