/**
 * Reward shaping of the paper's reference reward manager (`DeepScalerRewardManager.__call__`,
 * verl/verl/workers/reward_manager/deepscaler.py) and DAPO's overlong shaping. Each returns a per-sample
 * term that the trainer adds to the outcome reward (the reference adds it at token L_i-1, so it enters
 * the GRPO score s_i).
 */
import { checkLengths, groupByUid } from './groups.js';
import type { Uid } from './types.js';

// ---------------------------------------------------------------------------------------------------
// Relative length reward (RLR)

export interface RelativeLengthRewardOptions {
  /** A group qualifies when its accuracy is >= this. Reference `rlr_args_corr_ratio`; paper 0.75 (yaml default 0.5). */
  corrRatio: number;
  /** Upper clip of the bonus. `rlr_args_upper_bound`; paper 1 (yaml 0.5). */
  upperBound: number;
  /** Lower clip of the bonus. `rlr_args_lower_bound`; paper -0.5 (yaml -0.5). */
  lowerBound: number;
  /** Length unit (tokens) dividing the length difference. `rlr_args_length_base`; paper 500 (yaml 1000). */
  lengthBase: number;
}

/**
 * Relative length reward (paper Sec. on response length; nested `relative_length_reward` in
 * `DeepScalerRewardManager.__call__`). For group g, `acc_g = sum(correct)/|g|`; a sample is valid iff it
 * is correct and `acc_g >= corrRatio`; `mean_g` = mean response length of the valid samples of g;
 * `bonus_i = (mean_g - L_i)/lengthBase`, then `if > upper: upper`, then `if < lower: lower` (in that
 * order, as the reference). Invalid samples (every incorrect sample, and groups below the threshold)
 * get exactly 0. Paper: corrRatio 0.75, upper +1, lower -0.5, lengthBase 500.
 */
export function relativeLengthReward(
  input: { uid: ArrayLike<Uid>; correct: ArrayLike<boolean>; responseLength: ArrayLike<number> },
  options: RelativeLengthRewardOptions,
): Float64Array {
  const { uid, correct, responseLength } = input;
  checkLengths('relativeLengthReward', uid.length, { correct, responseLength });
  const bonus = new Float64Array(uid.length);
  for (const rows of groupByUid(uid).members) {
    let nCorrect = 0;
    for (const i of rows) if (correct[i]) nCorrect++;
    if (nCorrect === 0 || !(nCorrect / rows.length >= options.corrRatio)) continue;
    let sumLen = 0;
    for (const i of rows) if (correct[i]) sumLen += responseLength[i];
    const meanLen = sumLen / nCorrect;
    for (const i of rows) {
      if (!correct[i]) continue;
      let r = (meanLen - responseLength[i]) / options.lengthBase;
      if (r > options.upperBound) r = options.upperBound;
      if (r < options.lowerBound) r = options.lowerBound;
      bonus[i] = r;
    }
  }
  return bonus;
}

// ---------------------------------------------------------------------------------------------------
// Repetition penalty

/** Characters for which Python's `str.isspace()` is true: what `str.split()` with no argument splits on. */
// eslint-disable-next-line no-control-regex -- \x1c-\x1f are whitespace to Python
const PY_WHITESPACE = /[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;

/**
 * Python's `str.split()` with no argument: split on runs of Unicode whitespace (including `\xa0`,
 * `\x1c`-`\x1f`, `\x85`, `\u2003`, `\u3000`), dropping empty strings. JavaScript's `\s` differs (it
 * includes `\ufeff` and excludes `\x1c`-`\x1f`, `\x85`), hence the explicit class.
 */
export function pySplit(text: string): string[] {
  return text.split(PY_WHITESPACE).filter((w) => w.length > 0);
}

export interface RepetitionPenaltyOptions {
  /** n of the n-grams. Reference `rr_args_ngram_size`, default 40 (paper LUFFY run 40). */
  ngramSize: number;
  /** Penalty at full repetition (<= 0). Reference `rr_args_max_penalty`, yaml -0.5; the paper's LUFFY run -2. */
  maxPenalty: number;
}

export interface RepetitionPenaltyResult {
  /** `(1 - unique/total) * maxPenalty`, 0 when there are no n-grams or the sample is correct. */
  penalty: number;
  /** `penalty != 0`: the reference's `repetition_penalty_list[i]`, used by `mask_truncated_samples`. */
  flag: boolean;
  /** Number of words after `lower().split()`. */
  numWords: number;
}

/**
 * Repetition penalty of the reference (nested `repetition_reward` in `DeepScalerRewardManager.__call__`,
 * copied there from demystify-long-cot): only INCORRECT samples are penalised.
 * `words = text.lower().split()`; n-grams = consecutive runs of `ngramSize` words; `total = max(0, |words|-n+1)`;
 * `penalty = 0 if total == 0 else (1 - |set(ngrams)|/total) * maxPenalty`. In training `text` is the
 * decoded prompt + response with special tokens kept.
 */
export function repetitionPenalty(text: string, correct: boolean, options: RepetitionPenaltyOptions): RepetitionPenaltyResult {
  const words = pySplit(text.toLowerCase());
  const n = options.ngramSize;
  if (!Number.isInteger(n) || n < 1) throw new Error(`ngram_size must be a positive integer, got ${n}`);
  if (correct) return { penalty: 0, flag: false, numWords: words.length };
  const total = Math.max(0, words.length - n + 1);
  if (total === 0) return { penalty: 0, flag: false, numWords: words.length };
  const penalty = (1 - distinctNgrams(words, n) / total) * options.maxPenalty;
  return { penalty: penalty === 0 ? 0 : penalty /* not -0 */, flag: penalty !== 0, numWords: words.length };
}

/**
 * Number of distinct n-grams of `words` (n <= words.length), exactly, in O(|words| log n) map
 * operations: every window of length 2^j gets a canonical integer id (equal windows, equal ids) by
 * pairing two windows of length 2^(j-1); an n-window is the concatenation of the power-of-two windows
 * of n's binary expansion.
 */
function distinctNgrams(words: string[], n: number): number {
  const vocab = new Map<string, number>();
  let pow: number[] = words.map((w) => {
    let id = vocab.get(w);
    if (id === undefined) vocab.set(w, (id = vocab.size));
    return id;
  });
  let powLen = 1;
  let powIds = vocab.size;
  let acc: number[] | null = null;
  let accLen = 0;
  let accIds = 0;
  // Windows a[i] (length la, ids < na) and b[i + la] -> canonical ids of the concatenated windows.
  const pair = (a: number[], na: number, b: number[], la: number): { ids: number[]; count: number } => {
    const m = new Map<number, number>();
    const len = Math.min(a.length, b.length - la);
    const out = new Array<number>(Math.max(0, len));
    for (let i = 0; i < len; i++) {
      const key = b[i + la] * na + a[i];
      let id = m.get(key);
      if (id === undefined) m.set(key, (id = m.size));
      out[i] = id;
    }
    return { ids: out, count: m.size };
  };
  for (let k = n; ; ) {
    if (k & 1) {
      if (acc === null) {
        acc = pow;
        accIds = powIds;
      } else {
        const r = pair(acc, accIds, pow, accLen);
        acc = r.ids;
        accIds = r.count;
      }
      accLen += powLen;
    }
    k >>= 1;
    if (k === 0) break;
    const r = pair(pow, powIds, pow, powLen);
    pow = r.ids;
    powIds = r.count;
    powLen *= 2;
  }
  const total = words.length - n + 1;
  return new Set((acc ?? []).slice(0, total)).size;
}

// ---------------------------------------------------------------------------------------------------
// DAPO overlong shaping

export interface OverlongOptions {
  /** Maximum response length L_max (tokens). */
  maxResponseLength: number;
  /** Soft-punishment buffer L_cache (tokens). DAPO (arXiv 2503.14476) 4096 of 20480; verl `overlong_buffer.len`. */
  bufferLen: number;
  /** Penalty at the hard limit. verl `overlong_buffer.penalty_factor`, default 1.0. */
  penaltyFactor: number;
}

/**
 * DAPO soft overlong punishment (arXiv 2503.14476, eq. 13; verl `DAPORewardManager`):
 * `0` for `L <= L_max - L_cache`, `-(L - (L_max - L_cache))/L_cache * factor` inside the buffer, and
 * `-factor` at or beyond `L_max`.
 */
export function overlongPenalty(responseLength: number, options: OverlongOptions): number {
  const { maxResponseLength, bufferLen, penaltyFactor } = options;
  if (!(bufferLen > 0)) throw new Error(`overlong buffer length must be > 0, got ${bufferLen}`);
  const exceed = responseLength - (maxResponseLength - bufferLen);
  if (exceed <= 0) return 0;
  return -Math.min(exceed / bufferLen, 1) * penaltyFactor;
}

// ---------------------------------------------------------------------------------------------------
// Truncation masking

/** `off`: nothing masked; `reference`: the paper code's condition; `plain`: every truncated sample. */
export const TRUNCATION_MASK_MODES = ['off', 'reference', 'plain'] as const;
export type TruncationMaskMode = (typeof TRUNCATION_MASK_MODES)[number];

/**
 * Which samples get advantage 0 (`mask_truncated_samples`, `compute_grpo_outcome_advantage`):
 * - `reference`: incorrect AND `L_i == maxResponseLength` AND repetition-flagged. The reference code
 *   requires the flag to be TRUE although its comment says "without duplicate penalties".
 * - `plain`: truncated (`truncated[i]` when given, else `L_i >= maxResponseLength`), whatever the verdict.
 * The mask is applied after the group statistics, so masked samples still count in mean and std.
 */
export function truncationMask(
  input: {
    correct: ArrayLike<boolean>;
    responseLength: ArrayLike<number>;
    maxResponseLength: number;
    repetitionFlag?: ArrayLike<boolean>;
    truncated?: ArrayLike<boolean>;
  },
  mode: TruncationMaskMode,
): boolean[] {
  const { correct, responseLength, maxResponseLength, repetitionFlag, truncated } = input;
  checkLengths('truncationMask', correct.length, { responseLength, repetitionFlag, truncated });
  return Array.from({ length: correct.length }, (_, i) => {
    switch (mode) {
      case 'off':
        return false;
      case 'reference':
        return !correct[i] && responseLength[i] === maxResponseLength && !!repetitionFlag?.[i];
      case 'plain':
        return truncated ? !!truncated[i] : responseLength[i] >= maxResponseLength;
      default: {
        const never: never = mode;
        throw new Error(`unknown truncation mask mode ${String(never)}`);
      }
    }
  });
}

/** Set `adv[i] = 0` where `zero[i]`, in place; returns `adv`. */
export function applyZeroMask(adv: Float64Array, zero: ArrayLike<boolean>): Float64Array {
  for (let i = 0; i < adv.length; i++) if (zero[i]) adv[i] = 0;
  return adv;
}
