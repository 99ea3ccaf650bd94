/**
 * Test fixture for the pool's hard timeout: the grade worker protocol, but a response `SLEEP <ms>`
 * blocks the thread (Atomics.wait: a synchronous stall no timer inside the thread could interrupt),
 * `CRASH` throws out of the message handler. Everything else is graded normally.
 */
import { parentPort } from 'node:worker_threads';
import { grade } from '../verify/index.js';
import type { GradeRequest } from './grade-worker.js';

if (!parentPort) throw new Error('worker only');
const port = parentPort;
port.postMessage({ ready: true });
port.on('message', (req: GradeRequest) => {
  const m = /^SLEEP (\d+)$/.exec(req.response);
  if (m) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(m[1]));
  if (req.response === 'CRASH') throw new Error('worker crashed on purpose');
  port.postMessage({ id: req.id, result: grade(req.response, req.reference, req.options) });
});
