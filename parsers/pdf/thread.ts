/**
 * The thread pdf.js reads in: pdf.js's own worker in a Node worker thread. In Node, pdf.js otherwise
 * parses on the calling thread ("fake worker"); here it reads the next pages while the calling
 * thread lays out the pages already read. Kept apart from pdf.js's own module so that it
 * can start before pdf.js is even loaded: a pool worker starts it first thing, and it is ready by
 * the time the worker has loaded the pipeline and been given a PDF.
 *
 * It serves one document at a time (`hmip extract`, `hmip verify`), where the second core would
 * otherwise idle. A batch already keeps every core busy with documents, so its workers read PDFs
 * on their own thread (`readPdfsInline`): a second thread per worker would only add the cost of
 * passing pages between threads.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';

/** Heap limit of the pdf.js thread when none is set: a pathological PDF fails alone, not the process. */
const DEFAULT_HEAP_MB = 1536;

type Listener = (event: { data: unknown }) => void;

/** What pdf.js's message handler needs of a port. */
export interface PortLike {
  postMessage(message: unknown, transfer?: readonly unknown[]): void;
  addEventListener(type: string, listener: Listener, options?: { signal?: AbortSignal }): void;
  removeEventListener(type: string, listener: Listener): void;
  terminate(): void;
}

/** Why the thread stopped: it ran out of memory (the document is too large), or it failed. */
export interface ThreadDeath {
  outOfMemory: boolean;
  /** What happened, as the end of a sentence: "reading it needed more than 1024 MB of memory". */
  reason: string;
}

export interface PdfjsThread {
  port: PortLike;
  /** Why the thread stopped, once it has. */
  died: ThreadDeath | null;
  /** Called when the thread stops, with the reason. */
  onDeath: Set<(death: ThreadDeath) => void>;
  /** A document is being read: the thread and its port hold the process open while any is. */
  acquire(): void;
  release(): void;
}

/**
 * The thread's whole program: load pdf.js's worker build and serve the port. Given as source, not
 * a file, so that it runs the same from the compiled package and from the TypeScript sources.
 */
const THREAD_SCRIPT = `
const { workerData } = require('node:worker_threads');
// On some damaged PDFs pdf.js rejects a promise of its own that nothing awaits, after it has given
// the document up (the failure itself reaches the caller as usual). Only pdf.js runs here, so such a
// leftover must not stop the thread, and with it every document after.
process.on('unhandledRejection', () => {});
// The engine's Array.prototype.push, put back after pdf.js's bundled core-js replaces it (see native-push.ts).
const enginePush = Array.prototype.push;
import(workerData.workerModule).then(({ WorkerMessageHandler }) => {
  Object.defineProperty(Array.prototype, 'push', { value: enginePush, writable: true, enumerable: false, configurable: true });
  WorkerMessageHandler.initializeFromPort(workerData.port);
});
`;

/** pdf.js's worker build, found through Node's resolver wherever the package is installed. */
function workerModule(): string {
  return pathToFileURL(createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.worker.mjs')).href;
}

let current: PdfjsThread | null = null;
let inline = false;
let heapMb = DEFAULT_HEAP_MB;

/** The pdf.js thread to read with, started on first use and replaced after it dies; null when PDFs are read inline. */
export function pdfjsThread(): PdfjsThread | null {
  if (inline) return null;
  if (current && !current.died) return current;
  const { port1, port2 } = new MessageChannel();
  const thread = new Worker(THREAD_SCRIPT, {
    eval: true,
    workerData: { port: port2, workerModule: workerModule() },
    transferList: [port2],
    resourceLimits: { maxOldGenerationSizeMb: heapMb },
    // pdf.js may print; its output is captured and never read (reading it would hold the process open).
    stdout: true,
    stderr: true,
  });
  let readers = 0;
  const hold = (busy: boolean) => {
    if (busy) {
      thread.ref();
      port1.ref();
    } else {
      thread.unref();
      port1.unref();
    }
  };
  const started: PdfjsThread = {
    port: portFacade(port1),
    died: null,
    onDeath: new Set(),
    acquire() {
      if (readers++ === 0) hold(true);
    },
    release() {
      if (--readers === 0) hold(false);
    },
  };
  const limit = heapMb;
  const die = (death: ThreadDeath) => {
    if (started.died) return;
    started.died = death;
    if (current === started) current = null;
    for (const listener of started.onDeath) listener(death);
  };
  thread.on('error', (error: Error & { code?: string }) =>
    die(
      error.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? { outOfMemory: true, reason: `reading it needed more than the ${limit} MB memory limit of pdf.js's thread, so it was stopped` }
        : { outOfMemory: false, reason: `pdf.js stopped (${error.message.split('\n')[0]})` },
    ),
  );
  thread.on('exit', () => die({ outOfMemory: false, reason: 'pdf.js stopped' }));
  hold(false);
  current = started;
  return started;
}

/** Starts the thread now, so that it loads while the caller does; its heap is limited to `heapLimitMb`. */
export function startPdfjsThread(heapLimitMb: number = DEFAULT_HEAP_MB): void {
  heapMb = heapLimitMb;
  inline = false;
  pdfjsThread();
}

/** From now on PDFs are read on the calling thread (pdf.js's "fake worker"). */
export function readPdfsInline(): void {
  inline = true;
}

/**
 * What pdf.js's message handlers talk to, in front of the Node port. A Node MessagePort takes a
 * hold on the event loop whenever a 'message' listener is added, and pdf.js adds and removes
 * listeners per document; behind this facade the port has one listener for good, and whether it
 * holds the process open is ours to say (`hold`).
 */
function portFacade(port: MessagePort): PortLike {
  const listeners = new Set<Listener>();
  port.on('message', (data: unknown) => {
    for (const listener of [...listeners]) listener({ data });
  });
  return {
    postMessage: (message, transfer) => port.postMessage(message, transfer as never),
    addEventListener: (type, listener, options) => {
      if (type !== 'message') return;
      listeners.add(listener);
      options?.signal?.addEventListener('abort', () => listeners.delete(listener), { once: true });
    },
    removeEventListener: (type, listener) => {
      if (type === 'message') listeners.delete(listener);
    },
    terminate: () => undefined,
  };
}
