/**
 * Offline sample injection (paper: "offline samples" for hard prompts, with the LUFFY loss):
 * `RayPPOTrainer._inject_offline_samples` and `_count_low_accuracy_questions`
 * (verl/verl/trainer/ppo/ray_trainer.py). This plans which rows are replaced; the trainer swaps the
 * responses and re-grades (the reference recomputes correctness after injection).
 */
import { checkLengths, groupByUid } from './groups.js';
import type { Metrics, Uid } from './types.js';

export interface InjectionInput {
  uid: ArrayLike<Uid>;
  /** Correctness of the online samples. */
  correct: ArrayLike<boolean>;
  /** Number of offline solutions available for a prompt (the reference reads the list on the group's first row). */
  offlineCount: (uid: Uid, firstRow: number) => number;
}

export interface InjectionOptions {
  /** A group is eligible iff `sum(correct)/|g| <= alpha` (note `<=`). Reference `offline_samples_alpha`; paper 0.125. */
  alpha: number;
  /** At most this many replacements per group; <= 0 means unlimited (9999). Reference `max_inject_num`, default -1. */
  maxInjectNum: number;
  /** Build the per-row offline mask the LUFFY loss needs (reference: only when `enable_luffy_loss`). */
  offlineMask: boolean;
}

export interface InjectionGroup {
  uid: Uid;
  /** Online accuracy before injection. */
  correctRatio: number;
  /** Number of rows replaced. */
  injected: number;
  /** Group size. */
  size: number;
  /** Correct online samples before injection. */
  correctBefore: number;
}

export interface InjectionPlan {
  /** The m-th incorrect row (batch order) of an eligible group receives offline sample m; sorted by row. */
  replacements: Array<{ row: number; uid: Uid; offlineIndex: number }>;
  /** Row i was replaced (null unless `offlineMask`), the LUFFY `prefix_mask`. */
  offlineSampleMask: boolean[] | null;
  /** Every eligible group in order of first appearance (including those that got 0 samples). */
  groups: InjectionGroup[];
  /** The reference's stdout lines, `Inject k offline samples for uid U with original correct-ratio r`. */
  log: string[];
  /**
   * `injection/eligible_groups`, `injection/injected_groups`, `injection/injected_samples`,
   * `injection/rescued_groups` (all-wrong before, mixed after, assuming offline samples are correct: the
   * group now has a non-zero advantage), `injection/saturated_groups` (every row replaced: all-correct,
   * still zero advantage), `injection/low_accuracy_strict_lt` (the reference counter, strict `<`).
   */
  metrics: Metrics;
}

/** Python `str(float)` for the log line (`0.0`, `0.125`). */
function pyFloat(x: number): string {
  return Number.isInteger(x) ? x.toFixed(1) : String(x);
}

/**
 * Plan offline injection as `_inject_offline_samples(batch, corr_list, alpha, max_inject_num)`:
 * groups are visited by first appearance; an eligible group (`acc <= alpha`) gets
 * `k = min(maxInjectNum > 0 ? maxInjectNum : 9999, #incorrect rows, #offline samples)` replacements,
 * the m-th incorrect row receiving offline sample m. Prompts are not replaced.
 * Paper: alpha 0.125, n 16, max_inject_num -1 (unlimited).
 */
export function planOfflineInjection(input: InjectionInput, options: InjectionOptions): InjectionPlan {
  const { uid, correct } = input;
  checkLengths('planOfflineInjection', uid.length, { correct });
  const g = groupByUid(uid);
  const replacements: InjectionPlan['replacements'] = [];
  const groups: InjectionGroup[] = [];
  const log: string[] = [];
  const replaced = new Array<boolean>(uid.length).fill(false);
  let rescued = 0;
  let saturated = 0;
  for (let k = 0; k < g.members.length; k++) {
    const rows = g.members[k];
    const incorrect = rows.filter((i) => !correct[i]);
    const nCorrect = rows.length - incorrect.length;
    const ratio = nCorrect / rows.length;
    if (!(ratio <= options.alpha)) continue;
    const available = input.offlineCount(g.uids[k], rows[0]);
    const cap = options.maxInjectNum > 0 ? options.maxInjectNum : 9999;
    const count = Math.min(cap, incorrect.length, available);
    log.push(`Inject ${count} offline samples for uid ${String(g.uids[k])} with original correct-ratio ${pyFloat(ratio)}`);
    for (let m = 0; m < count; m++) {
      replacements.push({ row: incorrect[m], uid: g.uids[k], offlineIndex: m });
      replaced[incorrect[m]] = true;
    }
    groups.push({ uid: g.uids[k], correctRatio: ratio, injected: count, size: rows.length, correctBefore: nCorrect });
    const after = nCorrect + count;
    if (nCorrect === 0 && count > 0 && after < rows.length) rescued++;
    if (count > 0 && after === rows.length && nCorrect < rows.length) saturated++;
  }
  replacements.sort((a, b) => a.row - b.row);
  return {
    replacements,
    offlineSampleMask: options.offlineMask ? replaced : null,
    groups,
    log,
    metrics: {
      'injection/eligible_groups': groups.length,
      'injection/injected_groups': groups.filter((x) => x.injected > 0).length,
      'injection/injected_samples': replacements.length,
      'injection/rescued_groups': rescued,
      'injection/saturated_groups': saturated,
      'injection/low_accuracy_strict_lt': countLowAccuracyGroups(uid, correct, options.alpha),
    },
  };
}

/**
 * The reference's diagnostic counter `_count_low_accuracy_questions(uid, correct, threshold)`: number
 * of groups with accuracy STRICTLY below `threshold` (so a group at exactly alpha is injected but not counted).
 */
export function countLowAccuracyGroups(uid: ArrayLike<Uid>, correct: ArrayLike<boolean>, threshold: number): number {
  let count = 0;
  for (const rows of groupByUid(uid).members) {
    let c = 0;
    for (const i of rows) if (correct[i]) c++;
    if (c / rows.length < threshold) count++;
  }
  return count;
}
