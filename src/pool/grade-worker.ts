/**
 * Worker thread of the grading pool: grades one request at a time with `grade` from src/verify and
 * posts the result back. The pool owns the clock: a request that takes too long is answered with
 * `timeout` by the pool, and this thread is terminated and replaced.
 */
import { parentPort } from 'node:worker_threads';
import { grade, warmUp } from '../verify/index.js';
import type { GradeOptions, Reference } from '../verify/types.js';

/** Request from the pool. */
export interface GradeRequest {
  id: number;
  response: string;
  reference: Reference;
  options?: GradeOptions;
}

if (!parentPort) throw new Error('grade-worker.ts must run as a worker thread');
const port = parentPort;

// Warm up the parser (the Compute Engine builds its dictionaries on first use) before reporting ready,
// so the first real request is not charged for it.
warmUp();
port.postMessage({ ready: true });

port.on('message', (req: GradeRequest) => {
  const result = grade(req.response, req.reference, req.options);
  port.postMessage({ id: req.id, result });
});
