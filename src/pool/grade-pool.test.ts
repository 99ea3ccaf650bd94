import { afterAll, describe, expect, it } from 'vitest';
import { GradePool } from './grade-pool.js';

const slowWorker = new URL('./slow-grade-worker.fixture.js', import.meta.url);

describe('GradePool', () => {
  const pools: GradePool[] = [];
  afterAll(async () => {
    await Promise.all(pools.map((p) => p.close()));
  });

  it('grades in worker threads, in order, in both modes', async () => {
    const pool = new GradePool({ workers: 2, timeoutMs: 10_000 });
    pools.push(pool);
    const items = [
      { response: '</think>\\boxed{\\frac12}', reference: '0.5' },
      { response: '</think>\\boxed{3}', reference: '4' },
      { response: '</think>\\boxed{(C)}', reference: 'C' },
      { response: '</think>\\boxed{004}', reference: '4' },
    ];
    const r = await pool.gradeBatch(items);
    expect(r.map((x) => x.correct)).toEqual([true, false, true, true]);
    expect(r[0].extracted).toBe('\\frac12');
    // deepscaler mode rejects the unreduced-looking decimal the strict mode accepts
    const ds = await pool.grade('</think>\\boxed{2/4}', '\\frac{1}{2}', { mode: 'deepscaler' });
    expect(ds.correct).toBe(false);
    expect((await pool.grade('</think>\\boxed{2/4}', '\\frac{1}{2}')).correct).toBe(true);
  });

  it('kills a stuck worker at the timeout, answers `timeout`, and keeps grading with a fresh worker', async () => {
    const pool = new GradePool({ workers: 1, timeoutMs: 300, workerUrl: slowWorker });
    pools.push(pool);
    const [stuck, next] = await Promise.all([pool.grade('SLEEP 30000', '5'), pool.grade('</think>\\boxed{5}', '5')]);
    expect(stuck).toEqual({ correct: false, extracted: null, reason: 'timeout' });
    expect(next.correct).toBe(true);
    expect(pool.timeouts).toBe(1);
    expect(pool.replacements).toBe(1);
  });

  it('replaces a crashed worker and reports the crash as an incorrect grade', async () => {
    const pool = new GradePool({ workers: 1, timeoutMs: 10_000, workerUrl: slowWorker });
    pools.push(pool);
    const crashed = await pool.grade('CRASH', '5');
    expect(crashed.correct).toBe(false);
    expect(crashed.reason).toMatch(/^error:worker/);
    expect((await pool.grade('</think>\\boxed{7}', '7')).correct).toBe(true);
  });

  it('close() waits for queued grades and then rejects new ones', async () => {
    const pool = new GradePool({ workers: 1, timeoutMs: 10_000 });
    const p = pool.grade('</think>\\boxed{1}', '1');
    await pool.close();
    expect((await p).correct).toBe(true);
    await expect(pool.grade('x', '1')).rejects.toThrow(/closed/);
  });
});
