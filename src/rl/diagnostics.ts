/**
 * Zero-advantage diagnostics (the paper's analysis of why GRPO wastes samples): decided on BINARY
 * correctness, never on the shaped reward. A group whose samples are all correct or all wrong gives
 * every sample exactly zero advantage under binary-reward GRPO; shaping (RLR, repetition penalty,
 * KL-in-reward) can revive such samples and injection can turn an all-wrong group mixed.
 */
import { checkLengths, groupByUid } from './groups.js';
import type { Metrics, Uid } from './types.js';

export interface ZeroAdvantageInput {
  uid: ArrayLike<Uid>;
  /** Binary correctness used for training (after injection, if any). */
  correct: ArrayLike<boolean>;
  /** Final per-sample advantage A_i (after shaping, masking). */
  advantage: ArrayLike<number>;
  /** Response length in tokens (token-weighted fractions). */
  responseLength: ArrayLike<number>;
  /** Online correctness before offline injection, when injection ran. */
  correctBeforeInjection?: ArrayLike<boolean>;
}

function groupKinds(members: number[][], correct: ArrayLike<boolean>): { allCorrect: boolean[]; allWrong: boolean[] } {
  const allCorrect: boolean[] = [];
  const allWrong: boolean[] = [];
  for (const rows of members) {
    let c = 0;
    for (const i of rows) if (correct[i]) c++;
    allCorrect.push(c === rows.length);
    allWrong.push(c === 0);
  }
  return { allCorrect, allWrong };
}

/**
 * Per-batch zero-advantage metrics:
 * - `zero_adv/all_correct_frac`, `zero_adv/all_wrong_frac`, `zero_adv/mixed_frac`: fractions of groups,
 *   summing to 1 (a singleton counts by its own verdict);
 * - `zero_adv/sample_frac`, `zero_adv/token_frac`: samples / tokens whose advantage is exactly 0;
 * - `zero_adv/binary_sample_frac`: samples in all-correct or all-wrong groups (what binary GRPO zeroes);
 * - `zero_adv/revived_sample_frac`: of all samples, those in such groups whose advantage is nonzero
 *   (shaping gave them a signal); `zero_adv/zeroed_sample_frac`: those in mixed groups whose advantage
 *   is 0 (masking, ties);
 * - with `correctBeforeInjection`: `zero_adv/pre_injection/{all_correct,all_wrong,mixed}_frac` and
 *   `zero_adv/injection_rescued_frac` (groups zero-variance before injection and mixed after).
 * Empty batches give all fractions 0.
 */
export function zeroAdvantageDiagnostics(input: ZeroAdvantageInput): Metrics {
  const { uid, correct, advantage, responseLength, correctBeforeInjection } = input;
  const n = uid.length;
  checkLengths('zeroAdvantageDiagnostics', n, { correct, advantage, responseLength, correctBeforeInjection });
  const g = groupByUid(uid);
  const G = g.members.length;
  const kinds = groupKinds(g.members, correct);
  let allC = 0;
  let allW = 0;
  for (let k = 0; k < G; k++) {
    if (kinds.allCorrect[k]) allC++;
    else if (kinds.allWrong[k]) allW++;
  }
  let zeroS = 0;
  let zeroTok = 0;
  let tok = 0;
  let binary = 0;
  let revived = 0;
  let zeroed = 0;
  for (let i = 0; i < n; i++) {
    const k = g.groupOf[i];
    const degenerate = kinds.allCorrect[k] || kinds.allWrong[k];
    const z = advantage[i] === 0;
    tok += responseLength[i];
    if (z) {
      zeroS++;
      zeroTok += responseLength[i];
    }
    if (degenerate) {
      binary++;
      if (!z) revived++;
    } else if (z) zeroed++;
  }
  const frac = (a: number, b: number) => (b > 0 ? a / b : 0);
  const m: Metrics = {
    'zero_adv/all_correct_frac': frac(allC, G),
    'zero_adv/all_wrong_frac': frac(allW, G),
    'zero_adv/mixed_frac': G > 0 ? (G - allC - allW) / G : 0,
    'zero_adv/sample_frac': frac(zeroS, n),
    'zero_adv/token_frac': frac(zeroTok, tok),
    'zero_adv/binary_sample_frac': frac(binary, n),
    'zero_adv/revived_sample_frac': frac(revived, n),
    'zero_adv/zeroed_sample_frac': frac(zeroed, n),
  };
  if (correctBeforeInjection) {
    const before = groupKinds(g.members, correctBeforeInjection);
    let bC = 0;
    let bW = 0;
    let rescued = 0;
    for (let k = 0; k < G; k++) {
      const wasDegenerate = before.allCorrect[k] || before.allWrong[k];
      if (before.allCorrect[k]) bC++;
      else if (before.allWrong[k]) bW++;
      if (wasDegenerate && !kinds.allCorrect[k] && !kinds.allWrong[k]) rescued++;
    }
    m['zero_adv/pre_injection/all_correct_frac'] = frac(bC, G);
    m['zero_adv/pre_injection/all_wrong_frac'] = frac(bW, G);
    m['zero_adv/pre_injection/mixed_frac'] = G > 0 ? (G - bC - bW) / G : 0;
    m['zero_adv/injection_rescued_frac'] = frac(rescued, G);
  }
  return m;
}
