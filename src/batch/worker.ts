/** A pool worker thread: runs the pipeline on the files the pool sends it, one at a time. */
import { parentPort, workerData } from 'node:worker_threads';
import { startPdfjsThread } from '../../parsers/pdf/thread.js';
import { asHmipError } from '../errors.js';
import type { Limits } from '../ingest.js';
import type { TaskRequest, TaskResponse } from './pool.js';

// pdf.js's thread starts first: it loads while this worker loads the pipeline, and is ready for the first PDF.
startPdfjsThread();
const { processBytes } = await import('../pipeline.js');

const limits = (workerData as { limits: Limits }).limits;

/**
 * Rejected promises nobody handled. A parser can leave one behind (pdf.js, on some damaged PDFs,
 * rejects a promise of its own after the document was given up); by default it would kill this
 * worker — in the middle of the next file, which would then be reported as the crash. Kept here
 * instead, and handed back with the file that left them.
 */
let strays: string[] = [];
process.on('unhandledRejection', (reason) => {
  // Name and message first: pdf.js's errors carry the stack of where their class was made, not thrown.
  strays.push(reason instanceof Error ? `${reason.name}: ${reason.message}\n${(reason.stack ?? '').split('\n').slice(1).join('\n')}` : String(reason));
});

// The pipeline's modules are loaded: the pool starts a document's clock only from here, so that a
// worker's start (and the restart after a timeout) is never charged to the file it is given.
parentPort!.postMessage({ ready: true });

parentPort!.on('message', async (task: TaskRequest) => {
  const started = performance.now();
  strays = [];
  let response: TaskResponse;
  try {
    const { document, tree } = await processBytes(task.bytes, task.path, { limits });
    // The Markdown printer loads only when asked for: a batch never needs it.
    const markdown = task.markdown ? (await import('../emit/markdown.js')).toMarkdown(tree) : undefined;
    response = { id: task.id, ok: true, document, ...(markdown !== undefined ? { markdown } : {}), ...(task.tree ? { tree } : {}), ms: performance.now() - started };
  } catch (error) {
    const failure = asHmipError(error, task.path);
    const stack = (failure.cause as Error | undefined)?.stack ?? failure.stack;
    response = { id: task.id, ok: false, error: { errorClass: failure.errorClass, message: failure.message, ...(stack ? { stack } : {}) }, ms: performance.now() - started };
  }
  // One turn of the event loop, so that rejections the file left behind surface while it is still the current one.
  await new Promise((resolve) => setImmediate(resolve));
  if (strays.length > 0) response.strays = strays;
  parentPort!.postMessage(response);
});
