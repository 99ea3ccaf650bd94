/**
 * Grouping samples by prompt id (verl's `uid`): every group-relative quantity of GRPO, RLOO, RLR,
 * pruning, injection and the zero-advantage diagnostics starts here.
 */
import type { Uid } from './types.js';

/** Samples grouped by uid, groups in order of first appearance (Python dict order, as the reference). */
export interface Groups {
  /** Group index of each sample, length B. */
  groupOf: Int32Array;
  /** Row indices of each group, in batch order. */
  members: number[][];
  /** The uid of each group. */
  uids: Uid[];
}

/**
 * Group sample indices by uid. Groups are ordered by first appearance and rows inside a group keep
 * batch order, which is what `defaultdict(list)` iteration gives in the reference
 * (`compute_grpo_outcome_advantage`, `_inject_offline_samples`).
 */
export function groupByUid(uid: ArrayLike<Uid>): Groups {
  const index = new Map<Uid, number>();
  const groupOf = new Int32Array(uid.length);
  const members: number[][] = [];
  const uids: Uid[] = [];
  for (let i = 0; i < uid.length; i++) {
    let g = index.get(uid[i]);
    if (g === undefined) {
      g = members.length;
      index.set(uid[i], g);
      members.push([]);
      uids.push(uid[i]);
    }
    groupOf[i] = g;
    members[g].push(i);
  }
  return { groupOf, members, uids };
}

/** Throw when per-sample arrays disagree in length (a broken invariant, with the numbers). */
export function checkLengths(name: string, expected: number, arrays: Record<string, ArrayLike<unknown> | undefined>): void {
  for (const [k, a] of Object.entries(arrays)) {
    if (a !== undefined && a.length !== expected) {
      throw new Error(`${name}: ${k} has length ${a.length}, expected ${expected}`);
    }
  }
}
