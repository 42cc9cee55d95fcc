/**
 * A pool of reader processes for the batch (and for `hmip extract`, and the fuzz suite). Each file
 * is read in a child process of its own slot, under a time limit and a memory limit that holds for
 * all of its memory — V8's heap, typed arrays, buffers and native allocations alike — because the
 * kernel enforces it on the process as its data limit (RLIMIT_DATA, Linux). A reader that overruns
 * either limit, or dies, is stopped and replaced, and the file is recorded as failed, so one
 * pathological file cannot stall or kill the run, nor take the machine's memory with it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Root } from 'mdast';
import { errors, type ErrorClass } from '../errors.js';
import type { Limits } from '../ingest.js';
import type { Document } from '../schema.js';
import { ENGINE_FLAGS } from '../engine.js';

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
  /** Stack of the underlying failure, for `--debug`; absent when the reader itself was stopped. */
  stack?: string;
}

export type TaskResponse = (
  | { id: number; ok: true; document: Document; markdown?: string; tree?: Root; ms: number }
  | { id: number; ok: false; error: TaskError; ms: number }
) & {
  /** Stacks of promise rejections the file left unhandled (a parser's bug: the result stands, the reader lives on). */
  strays?: string[];
  /** The reader process's peak resident memory so far, in MB (absent when it was stopped). */
  peakMb?: number;
};

export interface PoolOptions {
  size: number;
  limits: Limits;
  /** Per-document time limit in ms; 0 (or less) for none. */
  timeoutMs: number;
  /** Memory of each reader process, in MB: all of it, heap and typed arrays alike. */
  memoryMb: number;
}

/** What a reader is started with (in its environment, as JSON). */
export interface ReaderData {
  limits: Limits;
  memoryMb: number;
  /** The kernel kills the reader when the pool's process dies (see `readerCommand`): it need not watch for that itself. */
  killedWithParent: boolean;
}

/** The reader's first message: it has loaded the pipeline; and the data limit the kernel holds it to, if known. */
export interface ReadyMessage {
  ready: true;
  dataLimitBytes: number | null;
  /** Whether the reader's code came from the code cache the build made (code-cache.ts), or was compiled as it loaded. */
  codeCache: 'used' | 'rejected' | 'absent';
}

export const READER_DATA_ENV = 'HMIP_READER';

interface Slot {
  child: ChildProcess;
  /** The reader has loaded the pipeline and said so; tasks go only to ready readers. */
  ready: boolean;
  /** The end of what the reader wrote on stderr: why it died, when it does (V8 and the C++ runtime say so there). */
  stderr: string;
  /** The slot's readers' largest peak memory, in MB. */
  peakMb: number;
  task: { request: Omit<TaskRequest, 'bytes'>; resolve: (r: TaskResponse) => void; timer: Timer | undefined; started: number } | null;
}

/** The error for a file, given its path. */
type Failure = (path: string) => { errorClass: ErrorClass; message: string };

/** The reader as the build bundles it (reader-start.ts, worker.ts, scripts/bundle.mjs). */
const READER_PATH = fileURLToPath(new URL('../../reader/start.cjs', import.meta.url));

/** What the C++ runtime, V8, glibc or Rust print when an allocation fails (and JavaScript's RangeError says). */
export const OUT_OF_MEMORY = /out of memory|bad_alloc|allocation failed|memory allocation of \d+ bytes failed|cannot allocate memory|heap limit/i;

/** Signals a process dies of when an allocation fails under its data limit (abort, or a null pointer used). */
const ALLOCATION_DEATHS = new Set(['SIGABRT', 'SIGSEGV', 'SIGBUS', 'SIGTRAP', 'SIGILL', 'SIGKILL']);

const STDERR_KEPT = 4096;

export class Pool {
  private readonly slots: Slot[] = [];
  private readonly queue: { request: TaskRequest; resolve: (r: TaskResponse) => void }[] = [];
  private closed = false;
  private startFailure: Failure | null = null;
  /** Whether the kernel holds readers to the memory limit (learnt from the first reader to start). */
  private bounded = false;

  constructor(private readonly options: PoolOptions) {
    for (let i = 0; i < options.size; i++) {
      const slot = { task: null, ready: false, stderr: '', peakMb: 0 } as unknown as Slot;
      this.start(slot);
      this.slots.push(slot);
    }
  }

  /** Queues one file. The caller must not change its bytes until the answer comes. */
  run(path: string, bytes: Uint8Array, id: number, options: { markdown?: boolean; tree?: boolean } = {}): Promise<TaskResponse> {
    return new Promise((resolve) => {
      if (this.startFailure) return resolve(this.notStarted({ id, path }));
      this.queue.push({ request: { id, path, bytes, ...(options.markdown ? { markdown: true } : {}), ...(options.tree ? { tree: true } : {}) }, resolve });
      this.pump();
    });
  }

  /** The most memory the pool's readers held at once, at most: each slot's largest peak, added up (MB). */
  peakMb(): number {
    return this.slots.reduce((sum, slot) => sum + slot.peakMb, 0);
  }

  async close(): Promise<void> {
    this.closed = true;
    // A file still being read (a batch stopped by Ctrl-C) must not hold the process open until its time limit.
    for (const slot of this.slots) slot.task?.timer?.clear();
    await Promise.all(this.slots.map((slot) => stop(slot.child)));
  }

  /** Gives the slot a fresh reader. */
  private start(slot: Slot): void {
    const { memoryMb } = this.options;
    const { program, args, killedWithParent } = readerCommand(memoryMb);
    const data: ReaderData = { limits: this.options.limits, memoryMb, killedWithParent };
    const child = spawn(program, args, {
      // pdf.js and friends may print; the batch's own output is the progress line and the summary.
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      serialization: 'advanced',
      env: { ...process.env, [READER_DATA_ENV]: JSON.stringify(data) },
    });
    slot.child = child;
    slot.ready = false;
    slot.stderr = '';
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (chunk: string) => {
      slot.stderr = (slot.stderr + chunk).slice(-STDERR_KEPT);
    });
    child.on('message', (message: TaskResponse | ReadyMessage) => {
      if (slot.child !== child) return;
      if ('ready' in message) {
        slot.ready = true;
        // The limit the reader reports is the kernel's: a bound is in force only if it is no higher than asked.
        this.bounded = message.dataLimitBytes !== null && message.dataLimitBytes <= memoryMb * 1024 * 1024;
        this.pump();
      } else {
        if (message.peakMb !== undefined) slot.peakMb = Math.max(slot.peakMb, message.peakMb);
        this.finish(slot, message);
      }
    });
    child.on('error', (error) => {
      if (slot.child !== child || this.closed) return;
      if (slot.ready) this.fail(slot, (path) => errors.internal(path, `the process reading it failed: ${error.message}`));
      else this.unstartable((path) => errors.internal(path, `no process could be started to read it (${error.message})`));
    });
    // 'close', not 'exit': by then stderr has been read to its end, with the reason of a death.
    child.on('close', (code, signal) => {
      if (slot.child !== child || this.closed) return;
      if (slot.task) this.fail(slot, this.deathOf(code, signal, slot.stderr));
      else if (!slot.ready) this.unstartable(this.startDeathOf(code, signal, slot.stderr));
      else this.replace(slot);
    });
  }

  /**
   * The error a reader's death makes for the file it was reading. Under the kernel's memory bound a
   * failed allocation ends the process — V8 or the C++ runtime abort, or code that did not expect a
   * null pointer faults — so such a death is the file needing more memory than the limit.
   */
  private deathOf(code: number | null, signal: NodeJS.Signals | null, stderr: string): Failure {
    const memory = OUT_OF_MEMORY.test(stderr) || (this.bounded && ((signal !== null && ALLOCATION_DEATHS.has(signal)) || code === 134));
    const how = signal ? `signal ${signal}` : `exit code ${code}`;
    return (path) =>
      memory
        ? errors.overMemory(path, this.options.memoryMb)
        : errors.internal(path, `the process reading it stopped (${how})${lastLine(stderr) ? `: ${lastLine(stderr)}` : ''}`);
  }

  private startDeathOf(code: number | null, signal: NodeJS.Signals | null, stderr: string): Failure {
    const memory = OUT_OF_MEMORY.test(stderr) || signal !== null;
    return (path) =>
      memory
        ? errors.tooLarge(path, `hmip itself needs more than the ${this.options.memoryMb} MB memory limit to start the process that reads a document`)
        : errors.internal(path, `no process could be started to read it (exit code ${code}${lastLine(stderr) ? `: ${lastLine(stderr)}` : ''})`);
  }

  /**
   * A reader that dies before it is ready cannot load hmip at all (a broken install, or a memory
   * limit too small to load it in): restarting it would loop, so every file fails with the reason.
   */
  private unstartable(failure: Failure): void {
    this.closed = true;
    this.startFailure = failure;
    for (const { request, resolve } of this.queue.splice(0)) resolve(this.notStarted(request));
    for (const slot of this.slots) void stop(slot.child);
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
      const timer = this.options.timeoutMs > 0 ? startTimer(this.options.timeoutMs, () => this.timeout(slot)) : undefined;
      slot.task = { request, resolve: next.resolve, timer, started: performance.now() };
      slot.child.send({ ...next.request, bytes } satisfies TaskRequest);
    }
  }

  private finish(slot: Slot, response: TaskResponse): void {
    const task = slot.task;
    if (!task || task.request.id !== response.id) return;
    task.timer?.clear();
    slot.task = null;
    task.resolve(response);
    this.pump();
  }

  /** Ends the slot's task with the error `failure` makes for its file, and gives the slot a new reader. */
  private fail(slot: Slot, failure: Failure): void {
    const task = slot.task;
    if (!task) return;
    task.timer?.clear();
    slot.task = null;
    const { errorClass, message } = failure(task.request.path);
    task.resolve({ id: task.request.id, ok: false, error: { errorClass, message }, ms: performance.now() - task.started });
    this.replace(slot);
  }

  private timeout(slot: Slot): void {
    this.fail(slot, (path) => errors.timeout(path, Math.round(this.options.timeoutMs / 100) / 10));
  }

  private replace(slot: Slot): void {
    void stop(slot.child);
    if (this.closed) return;
    this.start(slot);
  }
}

/**
 * The reader's command line: Node with its heap held to the limit, and on Linux, through the
 * shell's `ulimit -d`, the whole process held to it by the kernel. (If the hard limit is already
 * lower, raising to the limit fails and the lower bound stands; the reader reports which holds.)
 * Where util-linux's `setpriv` is installed, the kernel also kills the reader when this process
 * dies (its parent-death signal), even in the middle of a long computation; a reader without it
 * keeps a thread of its own to watch for that, which costs each reader a second JavaScript thread.
 */
function readerCommand(memoryMb: number): { program: string; args: string[]; killedWithParent: boolean } {
  const node = [process.execPath, `--max-old-space-size=${memoryMb}`, ...ENGINE_FLAGS, READER_PATH];
  if (process.platform === 'linux' && existsSync('/bin/sh')) {
    const setpriv = SETPRIV.find((path) => existsSync(path));
    const command = setpriv ? [setpriv, '--pdeathsig', 'KILL', ...node] : node;
    return { program: '/bin/sh', args: ['-c', 'ulimit -d "$0" 2>/dev/null; exec "$@"', String(memoryMb * 1024), ...command], killedWithParent: !!setpriv };
  }
  return { program: node[0]!, args: node.slice(1), killedWithParent: false };
}

const SETPRIV = ['/usr/bin/setpriv', '/bin/setpriv'];

/** Kills a reader and resolves once it is gone. */
function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

function lastLine(text: string): string {
  const lines = text.trim().split('\n');
  const line = (lines[lines.length - 1] ?? '').trim();
  return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}

export interface Timer {
  clear(): void;
}

/** Node's timers hold at most 2^31 − 1 ms (24.8 days) and fire at once beyond it: a longer wait is a chain of shorter ones. */
const LONGEST_TIMER_MS = 2 ** 31 - 1;

export function startTimer(ms: number, onTimeout: () => void): Timer {
  let handle: NodeJS.Timeout;
  const deadline = performance.now() + ms;
  const arm = (left: number) => {
    handle = setTimeout(() => {
      const rest = deadline - performance.now();
      if (rest > 1) arm(rest);
      else onTimeout();
    }, Math.min(left, LONGEST_TIMER_MS));
  };
  arm(ms);
  return { clear: () => clearTimeout(handle) };
}
