/** Small descriptive statistics for metric lines (verl's `/mean`, `/max`, `/min` triples). */

/** Arithmetic mean; 0 for an empty list (verl logs 0 for empty batches). */
export function mean(xs: ArrayLike<number>): number {
  if (xs.length === 0) return 0;
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i];
  return s / xs.length;
}

/** `{prefix}/mean`, `{prefix}/max`, `{prefix}/min` of a list (all 0 when empty). */
export function summarize(prefix: string, xs: ArrayLike<number>): Record<string, number> {
  let max = -Infinity;
  let min = Infinity;
  for (let i = 0; i < xs.length; i++) {
    if (xs[i] > max) max = xs[i];
    if (xs[i] < min) min = xs[i];
  }
  return {
    [`${prefix}/mean`]: mean(xs),
    [`${prefix}/max`]: xs.length ? max : 0,
    [`${prefix}/min`]: xs.length ? min : 0,
  };
}
