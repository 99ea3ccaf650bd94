/**
 * Greedy vs sampling flips (arXiv 2506.04913 §5): problems where the greedy-decoding verdict differs
 * from the sampling majority (correct when the sampling accuracy p >= 0.5). The paper shows greedy
 * decoding is not a stable substitute for sampling: flips concentrate on uncertain problems.
 */
import type { UncertainBand } from './uncertain.js';
import { DEFAULT_BAND } from './uncertain.js';

/** Flip analysis result; indices are zero-based problem indices. */
export interface FlipReport {
  /** Problems with both a greedy verdict and a sampling accuracy. */
  compared: number;
  /** Problems where greedy correctness != (p >= 0.5). */
  problems: number[];
  count: number;
  /** Flips where greedy is right and the sampling majority wrong. */
  greedyOnly: number;
  /** Flips where the sampling majority is right and greedy wrong. */
  samplingOnly: number;
  /** How many of the flipped problems are uncertain (lower < p < upper). */
  uncertain: number;
}

/**
 * Compare greedy verdicts (`null`: no greedy sample, skipped) with per-problem sampling accuracies
 * (NaN: skipped). Both arrays are indexed by problem.
 */
export function greedyFlips(
  greedy: ReadonlyArray<boolean | null>,
  samplingAccuracy: ReadonlyArray<number>,
  band: UncertainBand = DEFAULT_BAND,
): FlipReport {
  if (greedy.length !== samplingAccuracy.length) throw new Error(`greedy has ${greedy.length} problems, sampling ${samplingAccuracy.length}`);
  const problems: number[] = [];
  let compared = 0;
  let greedyOnly = 0;
  let samplingOnly = 0;
  let uncertain = 0;
  for (let i = 0; i < greedy.length; i++) {
    const g = greedy[i];
    const p = samplingAccuracy[i];
    if (g === null || Number.isNaN(p)) continue;
    compared++;
    const maj = p >= 0.5;
    if (g === maj) continue;
    problems.push(i);
    if (g) greedyOnly++;
    else samplingOnly++;
    if (p > band.lower && p < band.upper) uncertain++;
  }
  return { compared, problems, count: problems.length, greedyOnly, samplingOnly, uncertain };
}
