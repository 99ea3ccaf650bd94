/**
 * DAPO dynamic sampling (arXiv 2503.14476, Sec. 3.2; verl `algorithm.filter_groups`): drop the groups
 * whose metric has zero variance (all correct or all wrong: zero advantage, no gradient) and refill the
 * batch with groups from further prompts until it holds the target number of groups.
 */
import { checkLengths, groupByUid } from './groups.js';
import type { Uid } from './types.js';

export interface GroupFilterResult {
  /** Rows of the kept groups, in batch order. */
  keepRows: Int32Array;
  /** Uids of the kept groups, in order of first appearance. */
  keptUids: Uid[];
  /** Number of groups dropped for zero variance. */
  droppedGroups: number;
}

/**
 * Keep the groups whose `values` (binary correctness by default in dissect, or the shaped score) are
 * not all equal. Singleton groups are kept, as verl does (`std > 0 or len == 1`).
 */
export function filterZeroVarianceGroups(uid: ArrayLike<Uid>, values: ArrayLike<number | boolean>): GroupFilterResult {
  checkLengths('filterZeroVarianceGroups', uid.length, { values });
  const g = groupByUid(uid);
  const keepRows: number[] = [];
  const keptUids: Uid[] = [];
  let dropped = 0;
  g.members.forEach((rows, k) => {
    const first = Number(values[rows[0]]);
    const varies = rows.length === 1 || rows.some((i) => Number(values[i]) !== first);
    if (varies) {
      keptUids.push(g.uids[k]);
      keepRows.push(...rows);
    } else dropped++;
  });
  keepRows.sort((a, b) => a - b);
  return { keepRows: Int32Array.from(keepRows), keptUids, droppedGroups: dropped };
}

/**
 * Accumulates kept groups across generation batches until `targetGroups` are available (DAPO's
 * refill loop). The trainer owns sampling; this owns the bookkeeping. Uids must be unique across
 * batches (verl draws a fresh uuid per prompt). `maxBatches` > 0 bounds the loop (verl
 * `max_num_gen_batches`); `exhausted` turns true when it is hit so the caller can train on what it has.
 */
export class GroupAccumulator<T> {
  private readonly groups: Array<{ uid: Uid; rows: T[] }> = [];
  private batches = 0;
  /** Groups dropped so far for zero variance. */
  droppedGroups = 0;

  constructor(
    readonly targetGroups: number,
    readonly maxBatches: number,
  ) {
    if (!(targetGroups > 0)) throw new Error(`targetGroups must be > 0, got ${targetGroups}`);
  }

  /** Add one generation batch: per-row uid, payload and filter value. */
  add(uid: ArrayLike<Uid>, rows: ArrayLike<T>, values: ArrayLike<number | boolean>): void {
    checkLengths('GroupAccumulator.add', uid.length, { rows, values });
    this.batches++;
    const f = filterZeroVarianceGroups(uid, values);
    this.droppedGroups += f.droppedGroups;
    const byUid = new Map<Uid, T[]>();
    for (const i of f.keepRows) {
      const list = byUid.get(uid[i]) ?? [];
      list.push(rows[i]);
      byUid.set(uid[i], list);
    }
    for (const u of f.keptUids) this.groups.push({ uid: u, rows: byUid.get(u) ?? [] });
  }

  /** Number of kept groups so far. */
  get size(): number {
    return this.groups.length;
  }

  /** Number of generation batches added. */
  get generationBatches(): number {
    return this.batches;
  }

  /** True when the target is reached. */
  get full(): boolean {
    return this.groups.length >= this.targetGroups;
  }

  /** True when `maxBatches` > 0 batches were added without reaching the target. */
  get exhausted(): boolean {
    return !this.full && this.maxBatches > 0 && this.batches >= this.maxBatches;
  }

  /** The first `targetGroups` groups (fewer if exhausted), flattened to rows with their uids. */
  take(): { uid: Uid[]; rows: T[] } {
    const chosen = this.groups.slice(0, this.targetGroups);
    return { uid: chosen.flatMap((g) => g.rows.map(() => g.uid)), rows: chosen.flatMap((g) => g.rows) };
  }
}
