/**
 * Deterministic, checkpointable walk over the training prompts: epoch e visits the prompts in a
 * permutation drawn from `Rng(seed ^ epoch-mix)` (or in file order without shuffle); the cursor is just
 * `{ epoch, index }`, so a resumed run draws exactly the batches the uninterrupted run would have.
 */
import { Rng } from '../util/rng.js';

/** Position in the prompt stream, saved in checkpoints. */
export interface DataCursor {
  epoch: number;
  /** Next position inside the epoch's order. */
  index: number;
}

/** Order of the `size` prompts in `epoch`: a seeded permutation, or 0..size-1 without shuffle. */
export function epochOrder(size: number, seed: number, epoch: number, shuffle: boolean): number[] {
  const order = Array.from({ length: size }, (_, i) => i);
  if (!shuffle) return order;
  // One independent stream per epoch, derived from the run seed (splitmix32 inside Rng spreads it).
  return new Rng(((seed >>> 0) ^ Math.imul(epoch + 1, 0x9e3779b1)) >>> 0).shuffle(order);
}

/**
 * Draw the next `count` prompt indices and the advanced cursor. A batch that crosses an epoch end
 * continues with the next epoch's order (as a repeating dataloader would). `size` must be > 0.
 */
export function drawBatch(
  cursor: DataCursor,
  count: number,
  size: number,
  seed: number,
  shuffle: boolean,
): { indices: number[]; cursor: DataCursor } {
  if (size <= 0) throw new Error(`drawBatch: empty training set (size ${size})`);
  const indices: number[] = [];
  let { epoch, index } = cursor;
  let order = epochOrder(size, seed, epoch, shuffle);
  while (indices.length < count) {
    if (index >= size) {
      epoch++;
      index = 0;
      order = epochOrder(size, seed, epoch, shuffle);
    }
    indices.push(order[index++]);
  }
  return { indices, cursor: { epoch, index } };
}
