/**
 * A pool of worker threads for the batch (and for `hmip extract`, and the fuzz suite). Each file
 * runs in a worker under a time limit and a heap limit; a worker that overruns either, or dies, is
 * terminated and replaced, and the file is recorded as failed, so one pathological file cannot
 * stall or kill the run.
 */
import type { Root } from 'mdast';
import { Worker } from 'node:worker_threads';
import { errors, type ErrorClass } from '../errors.js';
import type { Limits } from '../ingest.js';
import type { Document } from '../schema.js';

export interface TaskRequest {
  id: number;
  path: string;
  bytes: Uint8Array;
  /** Also return the normalised document model as Markdown (`hmip extract --format md`). */
  markdown?: boolean;
  /** Also return the document model itself (`hmip verify` reads the report's prose). */
  tree?: boolean;
}

export interface TaskError {
  errorClass: ErrorClass;
  message: string;
  /** Stack of the underlying failure, for `--debug`; absent when the worker itself was stopped. */
  stack?: string;
}

export type TaskResponse = (
  | { id: number; ok: true; document: Document; markdown?: string; tree?: Root; ms: number }
  | { id: number; ok: false; error: TaskError; ms: number }
) & {
  /** Stacks of promise rejections the file left unhandled (a parser's bug: the result stands, the worker lives on). */
  strays?: string[];
};

export interface PoolOptions {
  size: number;
  limits: Limits;
  /** Per-document time limit in ms; 0 (or less) for none. */
  timeoutMs: number;
  /** Per-worker heap limit in MB. */
  memoryMb: number;
  /**
   * Each worker reads PDFs with pdf.js in a thread of its own, overlapping reading and layout: for
   * one document at a time (`extract`, `verify`). A batch keeps every core busy with documents instead.
   */
  pdfjsThread?: boolean;
}

/** What a worker is started with. */
export interface WorkerData {
  limits: Limits;
  memoryMb: number;
  pdfjsThread: boolean;
}

interface Slot {
  worker: Worker;
  /** The worker has loaded the pipeline and said so; tasks go only to ready workers. */
  ready: boolean;
  task: { request: Omit<TaskRequest, 'bytes'>; resolve: (r: TaskResponse) => void; timer: NodeJS.Timeout | undefined; started: number } | null;
}

/** The error for a file, given its path. */
type Failure = (path: string) => { errorClass: ErrorClass; message: string };

const WORKER_URL = new URL('./worker.js', import.meta.url);

export class Pool {
  private readonly slots: Slot[] = [];
  private readonly queue: { request: TaskRequest; resolve: (r: TaskResponse) => void }[] = [];
  private closed = false;
  private startFailure: Failure | null = null;

  constructor(private readonly options: PoolOptions) {
    for (let i = 0; i < options.size; i++) {
      const slot = { task: null, ready: false } as unknown as Slot;
      this.start(slot);
      this.slots.push(slot);
    }
  }

  /** Queues one file. Its bytes are transferred to the worker: the caller must not use them afterwards. */
  run(path: string, bytes: Uint8Array, id: number, options: { markdown?: boolean; tree?: boolean } = {}): Promise<TaskResponse> {
    return new Promise((resolve) => {
      if (this.startFailure) return resolve(this.notStarted({ id, path }));
      this.queue.push({ request: { id, path, bytes, ...(options.markdown ? { markdown: true } : {}), ...(options.tree ? { tree: true } : {}) }, resolve });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    // A file still being read (a batch stopped by Ctrl-C) must not hold the process open until its time limit.
    for (const slot of this.slots) clearTimeout(slot.task?.timer);
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  /** Gives the slot a fresh worker. */
  private start(slot: Slot): void {
    const worker = new Worker(WORKER_URL, {
      workerData: { limits: this.options.limits, memoryMb: this.options.memoryMb, pdfjsThread: !!this.options.pdfjsThread } satisfies WorkerData,
      resourceLimits: { maxOldGenerationSizeMb: this.options.memoryMb },
      stdout: true,
      stderr: true,
    });
    // pdf.js and friends may print; the batch's own output is the progress line and the summary.
    worker.stdout.resume();
    worker.stderr.resume();
    worker.on('message', (message: TaskResponse | { ready: true }) => {
      if ('ready' in message) {
        slot.ready = true;
        this.pump();
      } else this.finish(slot, message);
    });
    worker.on('error', (error: Error & { code?: string }) => {
      const failure = this.failureOf(error);
      if (slot.ready) this.fail(slot, failure);
      else this.unstartable(failure);
    });
    worker.on('exit', (code) => {
      if (slot.worker !== worker || this.closed) return;
      if (slot.task) this.fail(slot, (path) => errors.internal(path, 'the worker stopped unexpectedly'));
      else if (!slot.ready) this.unstartable((path) => errors.internal(path, `no worker could start (exit code ${code})`));
    });
    slot.ready = false;
    slot.worker = worker;
  }

  /** The error a worker's death makes for the file it was reading: out of memory, or a crash. */
  private failureOf(error: Error & { code?: string }): Failure {
    const outOfMemory = error.code === 'ERR_WORKER_OUT_OF_MEMORY' || /heap|memory/i.test(error.message);
    return (path) =>
      outOfMemory
        ? errors.tooLarge(path, `reading it needed more than the ${this.options.memoryMb} MB memory limit of a worker, so it was stopped`)
        : errors.internal(path, `the worker crashed: ${error.message.split('\n')[0]}`);
  }

  /**
   * A worker that dies before it is ready cannot load hmip at all (a broken install, or a memory
   * limit too small to load it in): restarting it would loop, so every file fails with the reason.
   */
  private unstartable(failure: Failure): void {
    this.closed = true;
    this.startFailure = failure;
    for (const { request, resolve } of this.queue.splice(0)) resolve(this.notStarted(request));
  }

  private notStarted(request: Pick<TaskRequest, 'id' | 'path'>): TaskResponse {
    const { errorClass, message } = this.startFailure!(request.path);
    return { id: request.id, ok: false, error: { errorClass, message }, ms: 0 };
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.task || !slot.ready || this.queue.length === 0) continue;
      const next = this.queue.shift()!;
      const { bytes, ...request } = next.request;
      const timer = this.options.timeoutMs > 0 ? setTimeout(() => this.timeout(slot), this.options.timeoutMs) : undefined;
      slot.task = { request, resolve: next.resolve, timer, started: performance.now() };
      // The bytes move to the worker without a copy when they fill their buffer; a view into a
      // larger buffer is copied first, so that only its own bytes travel.
      const own = bytes.byteOffset === 0 && bytes.buffer.byteLength === bytes.byteLength ? bytes : bytes.slice();
      slot.worker.postMessage({ ...next.request, bytes: own }, [own.buffer as ArrayBuffer]);
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

  /** Ends the slot's task with the error `failure` makes for its file, and gives the slot a new worker. */
  private fail(slot: Slot, failure: Failure): void {
    const task = slot.task;
    if (!task) return;
    clearTimeout(task.timer);
    slot.task = null;
    const { errorClass, message } = failure(task.request.path);
    task.resolve({ id: task.request.id, ok: false, error: { errorClass, message }, ms: performance.now() - task.started });
    this.replace(slot);
  }

  private timeout(slot: Slot): void {
    this.fail(slot, (path) => errors.timeout(path, Math.round(this.options.timeoutMs / 100) / 10));
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
