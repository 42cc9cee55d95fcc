/**
 * A reader process of the pool: runs the pipeline on the files the pool sends it, one at a time,
 * and answers over the IPC channel. It lives as long as that channel: when the pool's process
 * goes, so does this one.
 */
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { asHmipError, errors, HmipError } from '../errors.js';
import { OUT_OF_MEMORY, READER_DATA_ENV, type ReaderData, type ReadyMessage, type TaskRequest, type TaskResponse } from './pool.js';
import { warmUp } from './warmup.js';

const { limits, memoryMb, killedWithParent } = JSON.parse(process.env[READER_DATA_ENV] ?? '{}') as ReaderData;
if (!limits || !process.send) {
  process.stderr.write('hmip: this is the reader process of hmip\'s pool; it is started by hmip, not by hand.\n');
  process.exit(2);
}
const send = (message: TaskResponse | ReadyMessage) => process.send!(message);
process.on('disconnect', () => process.exit(0));
// Ctrl-C at a terminal reaches every process of the foreground group, this one too. The batch
// decides what stops (it ends its readers itself): a reader that died of the signal mid-file would
// have the file recorded as failed, and the failure kept for the next run.
process.on('SIGINT', () => {});
if (!killedWithParent) endWithParent();

/**
 * Rejected promises nobody handled, apart from pdf.js's own leftovers (`fromPdfjsWorker`). One
 * would be a bug of hmip's; by default it would kill this process — in the middle of the next file,
 * which would then be reported as the crash. Kept here instead, and handed back with the file that
 * left them (the fuzz suite counts them as failures).
 */
let strays: string[] = [];
process.on('unhandledRejection', (reason) => {
  if (fromPdfjsWorker(reason)) return;
  // Name and message first: pdf.js's errors carry the stack of where their class was made, not thrown.
  strays.push(reason instanceof Error ? `${reason.name}: ${reason.message}\n${(reason.stack ?? '').split('\n').slice(1).join('\n')}` : String(reason));
});

async function serve(): Promise<void> {
  const { processBytes } = await import('../pipeline.js');
  await warmUp(processBytes);
  // The pipeline's modules are loaded and warm: the pool starts a document's clock only from here, so
  // that a reader's start (and the restart after a timeout) is never charged to the file it is given.
  send({ ready: true, dataLimitBytes: dataLimit(), codeCache: codeCache() });
  process.on('message', (task: TaskRequest) => void answer(task, processBytes));
}

async function answer(task: TaskRequest, processBytes: typeof import('../pipeline.js').processBytes): Promise<void> {
  const started = performance.now();
  strays = [];
  let response: TaskResponse;
  try {
    const { document, tree } = await processBytes(task.bytes, task.path, { limits });
    // The Markdown printer loads only when asked for: a batch never needs it.
    const markdown = task.markdown ? (await import('../emit/markdown.js')).toMarkdown(tree) : undefined;
    response = { id: task.id, ok: true, document, ...(markdown !== undefined ? { markdown } : {}), ...(task.tree ? { tree } : {}), ms: performance.now() - started };
  } catch (error) {
    const failure = overMemory(error, task.path) ?? asHmipError(error, task.path);
    const stack = (failure.cause as Error | undefined)?.stack ?? failure.stack;
    response = { id: task.id, ok: false, error: { errorClass: failure.errorClass, message: failure.message, ...(stack ? { stack } : {}) }, ms: performance.now() - started };
  }
  // One turn of the event loop, so that rejections the file left behind surface while it is still the current one.
  await new Promise((resolve) => setImmediate(resolve));
  if (strays.length > 0) response.strays = strays;
  response.peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
  for (const listener of answerListeners) listener();
  send(response);
}

const answerListeners: (() => void)[] = [];

/** Calls `listener` each time a document has been read, before its answer is sent (reader-start.ts uses it). */
export function beforeEachAnswer(listener: () => void): void {
  answerListeners.push(listener);
}

let codeCache: () => ReadyMessage['codeCache'] = () => 'absent';

/** How the reader's code was loaded, asked when it is ready (reader-start.ts tells). */
export function setCodeCache(state: () => ReadyMessage['codeCache']): void {
  codeCache = state;
}

/**
 * An allocation that failed under the memory limit and came back as an error rather than ending
 * the process ("Array buffer allocation failed", which pdf.js passes on as a damaged page): the
 * file is too large, whatever the error was wrapped in.
 */
function overMemory(error: unknown, path: string): HmipError | null {
  const messages: string[] = [];
  for (let e = error; e instanceof Error && messages.length < 4; e = e.cause) messages.push(e.message);
  return messages.some((m) => OUT_OF_MEMORY.test(m)) ? errors.overMemory(path, memoryMb) : null;
}

/**
 * A reader whose pool's process is gone (killed) is of no use, but one busy in a long computation
 * never comes back to its event loop to hear the IPC channel close, and would run on for ever.
 * Where the kernel does not kill it with its parent (`readerCommand` in pool.ts), a thread of its
 * own watches for the parent to change (the orphan is taken in by another process) and ends the
 * reader then.
 */
function endWithParent(): void {
  const watcher = new Worker(
    `const { workerData } = require('node:worker_threads');
     setInterval(() => { if (process.ppid !== workerData) process.kill(process.pid, 'SIGKILL'); }, 500);`,
    { eval: true, workerData: process.ppid, resourceLimits: { maxOldGenerationSizeMb: 8 } },
  );
  watcher.unref();
}

/** The kernel's data limit on this process (soft), in bytes; null where it cannot be read or there is none. */
function dataLimit(): number | null {
  try {
    const line = /^Max data size\s+(\S+)/m.exec(readFileSync('/proc/self/limits', 'utf8'));
    return line && /^\d+$/.test(line[1]!) ? Number(line[1]) : null;
  } catch {
    return null;
  }
}

/**
 * pdf.js, walking a damaged page tree, prefetches objects it then never awaits (Catalog.getPageDict
 * in pdf.js 5); their rejections are its leftovers, not failures of the file, which reach the caller
 * through the document's own promises. Its worker code is where they come from: the package's
 * module, or the script the build bundles it into (scripts/bundle.mjs).
 */
function fromPdfjsWorker(reason: unknown): boolean {
  return reason instanceof Error && /(?:pdfjs-dist[\\/]legacy[\\/]build|dist[\\/]reader)[\\/]pdf\.worker\.[cm]js/.test(reason.stack ?? '');
}

// Last, once every binding above is set. A reader that cannot load the pipeline dies before it is
// ready, with the reason on stderr, and the pool reports it for every file (it would fail the same
// way again).
serve().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
