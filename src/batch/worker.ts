/** A pool worker thread: runs the pipeline on the files the pool sends it, one at a time. */
import { parentPort, workerData } from 'node:worker_threads';
import { readPdfsInline, startPdfjsThread } from '../../parsers/pdf/thread.js';
import { asHmipError } from '../errors.js';
import { warmUp } from './warmup.js';
import type { TaskRequest, TaskResponse, WorkerData } from './pool.js';

const { limits, pdfjsThread, memoryMb } = workerData as WorkerData;
// pdf.js's thread starts first: it loads while this worker loads the pipeline, and is ready for
// the first PDF. It is held to the same heap limit as this worker.
if (pdfjsThread) startPdfjsThread(memoryMb);
else readPdfsInline();
const { processBytes } = await import('../pipeline.js');
await warmUp(processBytes);

/**
 * Rejected promises nobody handled, apart from pdf.js's own leftovers (`fromPdfjsWorker`). One
 * would be a bug of hmip's; by default it would kill this worker — in the middle of the next file,
 * which would then be reported as the crash. Kept here instead, and handed back with the file that
 * left them (the fuzz suite counts them as failures).
 */
let strays: string[] = [];
process.on('unhandledRejection', (reason) => {
  if (fromPdfjsWorker(reason)) return;
  // Name and message first: pdf.js's errors carry the stack of where their class was made, not thrown.
  strays.push(reason instanceof Error ? `${reason.name}: ${reason.message}\n${(reason.stack ?? '').split('\n').slice(1).join('\n')}` : String(reason));
});

// The pipeline's modules are loaded and warm: the pool starts a document's clock only from here, so
// that a worker's start (and the restart after a timeout) is never charged to the file it is given.
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

/**
 * pdf.js, walking a damaged page tree, prefetches objects it then never awaits (Catalog.getPageDict
 * in pdf.js 5); their rejections are its leftovers, not failures of the file, which reach the caller
 * through the document's own promises. Its worker code is where they come from: when it runs in its
 * own thread (`startPdfjsThread`), that thread ignores them the same way.
 */
function fromPdfjsWorker(reason: unknown): boolean {
  return reason instanceof Error && /pdfjs-dist[\\/]legacy[\\/]build[\\/]pdf\.worker\.mjs/.test(reason.stack ?? '');
}
