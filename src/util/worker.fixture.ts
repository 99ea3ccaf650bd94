// Worker used by worker.test.ts: TypeScript-only syntax proves it ran through tsx.
import { parentPort, workerData } from 'node:worker_threads';

const input = workerData as { x: number };
const doubled: number = input.x * 2;
parentPort?.postMessage({ doubled });
