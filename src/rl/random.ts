/**
 * Randomness enters the RL core only as an argument: an `Rng` from `src/util/rng.ts` (anything with
 * `next(): number` in [0,1)) or a plain `() => number`. Nothing here keeps global state.
 */

/** A source of uniform floats in [0, 1). */
export type RandomSource = { next(): number } | (() => number);

/** Normalise a {@link RandomSource} to a function. */
export function uniformFn(r: RandomSource): () => number {
  return typeof r === 'function' ? r : () => r.next();
}

/**
 * `k` distinct elements of `population` chosen uniformly (partial Fisher-Yates), like Python's
 * `random.sample`; throws when k > population size or k < 0 (Python raises ValueError there).
 */
export function sampleWithoutReplacement<T>(population: readonly T[], k: number, rand: () => number): T[] {
  if (!Number.isInteger(k) || k < 0 || k > population.length) {
    throw new RangeError(`sample of ${k} from a population of ${population.length}: sample larger than population or is negative`);
  }
  const a = population.slice();
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(rand() * (a.length - i));
    const tmp = a[i];
    a[i] = a[j];
    a[j] = tmp;
  }
  return a.slice(0, k);
}
