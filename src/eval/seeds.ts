/**
 * Per-sample seeds: a pure function of (base seed, problem index, sample index), so a resumed or
 * repeated run asks for the same samples. 31-bit non-negative integers (vLLM and most servers take
 * a signed 32-bit seed).
 */

function mix(h: number, v: number): number {
  // murmur3 finaliser over h ^ v, a cheap well-spread 32-bit hash.
  let x = (h ^ Math.imul(v | 0, 0x9e3779b1)) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b) >>> 0;
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35) >>> 0;
  return (x ^ (x >>> 16)) >>> 0;
}

/** Seed of sample `sample` of problem `problem` (greedy samples use sample = -1). */
export function sampleSeed(base: number, problem: number, sample: number): number {
  return mix(mix(mix(0x2545f491, base), problem), sample) & 0x7fffffff;
}
