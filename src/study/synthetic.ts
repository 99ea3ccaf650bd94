/**
 * Synthetic study measurements with known ground truth, for testing the claims and the report without
 * training anything: each checkpoint gets per-problem success probabilities, samples are drawn from
 * them with a seeded generator, and training logs follow stated curves. Nothing here feeds a real run.
 */
import { Rng } from '../util/rng.js';
import type { CheckpointEval, CheckpointName, SetEval, SetName, StudyMeasurements, TrainingLog, Variant } from './measurements.js';

/** How one checkpoint behaves: per-set success probability as a function of the problem's base difficulty. */
export interface SyntheticCheckpoint {
  checkpoint: CheckpointName;
  /** Map a problem's base probability q (the start's) to this checkpoint's success probability. */
  prob: (q: number, set: SetName) => number;
  /** Mean response length (tokens) given the success probability. */
  length?: (p: number) => number;
}

/** Shape of the synthetic study. */
export interface SyntheticSpec {
  problems: Record<SetName, number>;
  samples: Record<SetName, number>;
  seeds: number[];
  checkpoints: SyntheticCheckpoint[];
  /** Per-step training metrics of a variant at fraction t in [0,1] of training. */
  training: (variant: Variant, t: number, rng: Rng) => Record<string, number>;
  steps: number;
  seed: number;
}

function drawSet(rng: Rng, set: SetName, base: number[], n: number, cp: SyntheticCheckpoint): SetEval {
  const correct: boolean[][] = [];
  const lengths: number[][] = [];
  const greedy: boolean[] = [];
  base.forEach((q) => {
    const p = Math.min(1, Math.max(0, cp.prob(q, set)));
    const row: boolean[] = [];
    const len: number[] = [];
    for (let s = 0; s < n; s++) {
      row.push(rng.next() < p);
      len.push(Math.max(1, Math.round((cp.length ?? (() => 100))(p) + 10 * rng.normal())));
    }
    correct.push(row);
    lengths.push(len);
    // Greedy follows the majority except that uncertain problems flip a quarter of the time.
    greedy.push(p > 0.25 && p < 0.75 && rng.next() < 0.25 ? p < 0.5 : p >= 0.5);
  });
  return { problemIds: base.map((_, i) => `${set}-${i}`), correct, lengths, greedy };
}

/** Draw the measurements of a synthetic study. */
export function syntheticMeasurements(spec: SyntheticSpec): StudyMeasurements {
  const rng = new Rng(spec.seed);
  const sets: SetName[] = ['id', 'ood', 'small'];
  const base: Record<SetName, number[]> = { id: [], ood: [], small: [] };
  for (const s of sets) for (let i = 0; i < spec.problems[s]; i++) base[s].push(s === 'ood' ? rng.next() * 0.5 : rng.next());
  const checkpoints: CheckpointEval[] = [];
  for (const cp of spec.checkpoints) {
    const seeds = cp.checkpoint === 'start' ? [0] : spec.seeds;
    for (const seed of seeds) {
      const e: CheckpointEval = { checkpoint: cp.checkpoint, seed, sets: {} };
      for (const s of sets) e.sets[s] = drawSet(rng, s, base[s], spec.samples[s], cp);
      checkpoints.push(e);
    }
  }
  const training: TrainingLog[] = [];
  for (const cp of spec.checkpoints) {
    if (cp.checkpoint === 'start') continue;
    for (const seed of spec.seeds) {
      const steps = Array.from({ length: spec.steps }, (_, i) => spec.training(cp.checkpoint as Variant, i / Math.max(1, spec.steps - 1), rng));
      training.push({ variant: cp.checkpoint as Variant, seed, steps });
    }
  }
  return { checkpoints, training };
}

/**
 * A study in which every claim of the paper holds by construction: neg matches baseline in distribution,
 * neg beats pos out of distribution and at large k, pos sharpens, zero-advantage groups are ~0.65,
 * RLR is shorter at equal accuracy, injection rescues groups and helps hard problems.
 */
export function paperLikeSpec(overrides: Partial<SyntheticSpec> = {}): SyntheticSpec {
  const up = (q: number, by: number) => Math.min(1, q + by * (1 - q));
  return {
    problems: { id: 400, ood: 300, small: 30 },
    samples: { id: 16, ood: 16, small: 64 },
    seeds: [1, 2],
    steps: 60,
    seed: 7,
    checkpoints: [
      { checkpoint: 'start', prob: (q) => q, length: () => 120 },
      { checkpoint: 'baseline', prob: (q) => up(q, 0.5), length: () => 110 },
      { checkpoint: 'neg', prob: (q) => up(q, 0.5), length: () => 115 },
      // Sharpening: easy problems get easier, hard ones collapse to zero (pass@k falls).
      { checkpoint: 'pos', prob: (q, s) => (q < 0.3 || s === 'ood' ? q * 0.3 : up(q, 0.6)), length: () => 105 },
      { checkpoint: 'rlr', prob: (q) => up(q, 0.5), length: (p) => (p >= 0.75 ? 70 : 110) },
      { checkpoint: 'luffy', prob: (q) => up(q, q < 0.2 ? 0.8 : 0.5), length: () => 110 },
      { checkpoint: 'drgrpo', prob: (q) => up(q, 0.5), length: () => 110 },
    ],
    training: (variant, t, rng) => ({
      'critic/score/mean': 0.5 + 0.3 * t + 0.02 * rng.normal(),
      'zero_adv/all_correct_frac': 0.4 + 0.1 * t + 0.02 * rng.normal(),
      'zero_adv/all_wrong_frac': 0.2 + 0.01 * rng.normal(),
      'zero_adv/mixed_frac': 0.4 - 0.1 * t,
      'actor/entropy': (variant === 'pos' ? 0.8 - 0.5 * t : 0.8 - 0.1 * t) + 0.01 * rng.normal(),
      'response_length/mean': 120 - 20 * t,
      ...(variant === 'luffy' ? { 'inject/rescued_groups': 2 + rng.int(3) } : {}),
    }),
    ...overrides,
  };
}
