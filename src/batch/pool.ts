/**
 * A pool of worker threads for the batch. Each file runs in a worker under a time limit and a
 * heap limit; a worker that overruns either is terminated and replaced, and the file is recorded
 * as failed, so one pathological file cannot stall or kill the batch.
 */
import { Worker } from 'node:worker_threads';
import type { ErrorClass } from '../errors.js';
import type { Limits } from '../ingest.js';
import type { Document } from '../schema.js';

export interface TaskRequest {
  id: number;
  path: string;
  bytes: Uint8Array;
}

export type TaskResponse =
  | { id: number; ok: true; document: Document; ms: number }
  | { id: number; ok: false; error: { errorClass: ErrorClass; message: string }; ms: number };

export interface PoolOptions {
  size: number;
  limits: Limits;
  /** Per-document time limit in ms. */
  timeoutMs: number;
  /** Per-worker heap limit in MB. */
  memoryMb: number;
}

interface Slot {
  worker: Worker;
  task: { request: Omit<TaskRequest, 'bytes'>; resolve: (r: TaskResponse) => void; timer: NodeJS.Timeout; started: number } | null;
}

const WORKER_URL = new URL('./worker.js', import.meta.url);

export class Pool {
  private readonly slots: Slot[] = [];
  private readonly queue: { request: TaskRequest; resolve: (r: TaskResponse) => void }[] = [];
  private closed = false;

  constructor(private readonly options: PoolOptions) {
    for (let i = 0; i < options.size; i++) {
      const slot = { task: null } as unknown as Slot;
      this.start(slot);
      this.slots.push(slot);
    }
  }

  run(path: string, bytes: Uint8Array, id: number): Promise<TaskResponse> {
    return new Promise((resolve) => {
      this.queue.push({ request: { id, path, bytes }, resolve });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  /** Gives the slot a fresh worker. */
  private start(slot: Slot): void {
    const worker = new Worker(WORKER_URL, {
      workerData: { limits: this.options.limits },
      resourceLimits: { maxOldGenerationSizeMb: this.options.memoryMb },
      stdout: true,
      stderr: true,
    });
    // pdf.js and friends may print; the batch's own output is the progress line and the summary.
    worker.stdout.resume();
    worker.stderr.resume();
    worker.on('message', (response: TaskResponse) => this.finish(slot, response));
    worker.on('error', (error: Error & { code?: string }) => {
      const outOfMemory = error.code === 'ERR_WORKER_OUT_OF_MEMORY' || /heap|memory/i.test(error.message);
      this.fail(
        slot,
        outOfMemory ? 'too-large' : 'internal-error',
        outOfMemory ? `needed more than the ${this.options.memoryMb} MB memory limit of a worker, so it was stopped` : `crashed the worker (${error.message.split('\n')[0]})`,
      );
    });
    worker.on('exit', () => {
      if (slot.worker === worker && slot.task) this.fail(slot, 'internal-error', 'stopped the worker unexpectedly');
    });
    slot.worker = worker;
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.task || this.queue.length === 0) continue;
      const next = this.queue.shift()!;
      const { bytes, ...request } = next.request;
      const timer = setTimeout(() => this.timeout(slot), this.options.timeoutMs);
      slot.task = { request, resolve: next.resolve, timer, started: performance.now() };
      const copy = bytes.buffer.byteLength === bytes.byteLength ? bytes : bytes.slice();
      slot.worker.postMessage(next.request, [copy.buffer as ArrayBuffer]);
    }
  }

  private finish(slot: Slot, response: TaskResponse): void {
    const task = slot.task;
    if (!task || task.request.id !== response.id) return;
    clearTimeout(task.timer);
    slot.task = null;
    task.resolve(response);
    this.pump();
  }

  private fail(slot: Slot, errorClass: ErrorClass, reason: string): void {
    const task = slot.task;
    if (!task) return;
    clearTimeout(task.timer);
    slot.task = null;
    task.resolve({ id: task.request.id, ok: false, error: { errorClass, message: `${task.request.path} ${reason}.` }, ms: performance.now() - task.started });
    this.replace(slot);
  }

  private timeout(slot: Slot): void {
    const task = slot.task;
    if (!task) return;
    const seconds = Math.round(this.options.timeoutMs / 100) / 10;
    clearTimeout(task.timer);
    slot.task = null;
    task.resolve({
      id: task.request.id,
      ok: false,
      error: { errorClass: 'timeout', message: `${task.request.path} took longer than the limit of ${seconds} s to process, so it was stopped.` },
      ms: performance.now() - task.started,
    });
    this.replace(slot);
  }

  private replace(slot: Slot): void {
    const old = slot.worker;
    old.removeAllListeners();
    old.on('error', () => {});
    void old.terminate();
    if (this.closed) return;
    this.start(slot);
    this.pump();
  }
}
