import { describe, expect, it } from 'vitest';
import { startWorker } from './worker.js';

describe('startWorker', () => {
  it('runs a TypeScript worker module from sources (tsx registered inside the worker)', async () => {
    const worker = startWorker(new URL('./worker.fixture.js', import.meta.url), { workerData: { x: 20 } });
    const reply = await new Promise<unknown>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    expect(reply).toEqual({ doubled: 40 });
  });

  it('names the missing module', () => {
    expect(() => startWorker(new URL('./no-such-worker.js', import.meta.url))).toThrow(/no-such-worker/);
  });
});
