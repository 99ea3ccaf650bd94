/**
 * A small worker-thread pool that runs `grade` with a hard wall-clock timeout enforced from outside
 * the grading thread (strict rule 9): when a grade exceeds `timeoutMs`, its promise resolves to
 * `{ correct: false, extracted: null, reason: 'timeout' }`, the stuck worker is terminated and a fresh
 * one takes its place. A crashed worker is replaced the same way (`reason: 'error:worker'`).
 * Why an own pool and not piscina: docs/decisions.md (measured).
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { startWorker } from '../util/worker.js';
import type { GradeMode, GradeOptions, GradeResult, Reference } from '../verify/types.js';

/** Options of {@link GradePool}. */
export interface GradePoolOptions {
  /** Worker threads [default: min(4, available cores - 1), at least 1]. */
  workers?: number;
  /** Hard wall-clock limit of one grade in ms, measured from dispatch to a ready worker [2000]. */
  timeoutMs?: number;
  /** Default grading mode for requests that do not name one ['strict']. */
  mode?: GradeMode;
  /** Worker module (tests substitute a deliberately slow one) [./grade-worker.js]. */
  workerUrl?: URL;
}

interface Task {
  id: number;
  response: string;
  reference: Reference;
  options: GradeOptions;
  resolve: (r: GradeResult) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  task: Task | null;
  timer: NodeJS.Timeout | null;
}

/** Result of a grade that exceeded the pool's timeout. */
export const TIMEOUT_RESULT: GradeResult = Object.freeze({ correct: false, extracted: null, reason: 'timeout' });

/** Worker-thread pool for `grade` with hard per-grade timeouts. */
export class GradePool {
  readonly workers: number;
  readonly timeoutMs: number;
  readonly mode: GradeMode;
  private readonly workerUrl: URL;
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextId = 1;
  private closed = false;
  private idleWaiters: Array<() => void> = [];
  /** Number of grades that hit the timeout since the pool started. */
  timeouts = 0;
  /** Number of workers replaced (timeouts and crashes). */
  replacements = 0;
  /** Workers that died before becoming ready, in a row; at 3 the pool stops respawning and fails queued grades. */
  private startupFailures = 0;

  constructor(opts: GradePoolOptions = {}) {
    this.workers = Math.max(1, Math.floor(opts.workers ?? Math.min(4, Math.max(1, availableParallelism() - 1))));
    this.timeoutMs = opts.timeoutMs ?? 2000;
    if (!(this.timeoutMs > 0)) throw new RangeError(`timeoutMs must be > 0, got ${this.timeoutMs}`);
    this.mode = opts.mode ?? 'strict';
    this.workerUrl = opts.workerUrl ?? new URL('./grade-worker.js', import.meta.url);
    for (let i = 0; i < this.workers; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const worker = startWorker(this.workerUrl);
    const slot: Slot = { worker, ready: false, task: null, timer: null };
    worker.unref();
    worker.on('message', (msg: { ready?: boolean; id?: number; result?: GradeResult }) => {
      if (msg.ready) {
        slot.ready = true;
        this.startupFailures = 0;
        this.pump();
        return;
      }
      const task = slot.task;
      if (!task || task.id !== msg.id || !msg.result) return;
      this.finish(slot, msg.result);
    });
    worker.on('error', () => this.replace(slot, { correct: false, extracted: null, reason: 'error:worker' }));
    worker.on('exit', () => {
      if (this.slots.includes(slot) && !this.closed) this.replace(slot, { correct: false, extracted: null, reason: 'error:worker_exit' });
    });
    return slot;
  }

  private finish(slot: Slot, result: GradeResult): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    const task = slot.task;
    slot.task = null;
    task?.resolve(result);
    this.pump();
  }

  /** Terminate `slot`'s worker, answer its task with `result`, start a replacement. */
  private replace(slot: Slot, result: GradeResult): void {
    const idx = this.slots.indexOf(slot);
    if (idx < 0) return;
    if (slot.timer) clearTimeout(slot.timer);
    const task = slot.task;
    slot.task = null;
    this.slots.splice(idx, 1);
    void slot.worker.terminate();
    this.replacements++;
    if (!slot.ready) this.startupFailures++;
    if (this.startupFailures >= 3) {
      // The worker cannot start (broken install): answer everything instead of respawning forever.
      for (const t of this.queue.splice(0)) t.resolve({ correct: false, extracted: null, reason: 'error:worker_start' });
      task?.resolve({ correct: false, extracted: null, reason: 'error:worker_start' });
      if (this.slots.length === 0) this.closed = true;
      return;
    }
    if (!this.closed) this.slots.push(this.spawn());
    task?.resolve(result);
    this.pump();
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) break;
      if (!slot.ready || slot.task) continue;
      const task = this.queue.shift()!;
      slot.task = task;
      slot.timer = setTimeout(() => {
        this.timeouts++;
        this.replace(slot, { ...TIMEOUT_RESULT });
      }, this.timeoutMs);
      slot.worker.postMessage({ id: task.id, response: task.response, reference: task.reference, options: task.options });
    }
    if (this.queue.length === 0 && this.slots.every((s) => !s.task)) {
      const w = this.idleWaiters;
      this.idleWaiters = [];
      for (const f of w) f();
    }
  }

  /** Grade one response; resolves (never rejects) with the verdict, `timeout` after `timeoutMs`. */
  grade(response: string, reference: Reference, options?: GradeOptions): Promise<GradeResult> {
    if (this.closed) return Promise.reject(new Error(this.startupFailures >= 3 ? 'GradePool: grading workers fail to start' : 'GradePool is closed'));
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, response, reference, options: { mode: options?.mode ?? this.mode, ...(options?.unit !== undefined ? { unit: options.unit } : {}) }, resolve });
      this.pump();
    });
  }

  /** Grade many responses in parallel; results in input order. An item may name its own mode. */
  gradeBatch(items: ReadonlyArray<{ response: string; reference: Reference; mode?: GradeMode }>): Promise<GradeResult[]> {
    return Promise.all(items.map((it) => this.grade(it.response, it.reference, it.mode ? { mode: it.mode } : undefined)));
  }

  /** Alias of {@link gradeBatch}. */
  gradeMany(items: ReadonlyArray<{ response: string; reference: Reference; mode?: GradeMode }>): Promise<GradeResult[]> {
    return this.gradeBatch(items);
  }

  /** Finish queued and running grades, then stop every worker. */
  async close(): Promise<void> {
    if (this.closed) return;
    if (this.queue.length > 0 || this.slots.some((s) => s.task)) await new Promise<void>((r) => this.idleWaiters.push(r));
    this.closed = true;
    const slots = this.slots.splice(0);
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}
