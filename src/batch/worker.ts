/** A batch worker thread: runs the pipeline on the files the pool sends it, one at a time. */
import { parentPort, workerData } from 'node:worker_threads';
import { asHmipError } from '../errors.js';
import type { Limits } from '../ingest.js';
import { processBytes } from '../pipeline.js';
import type { TaskRequest, TaskResponse } from './pool.js';

const limits = (workerData as { limits: Limits }).limits;

parentPort!.on('message', async (task: TaskRequest) => {
  const started = performance.now();
  let response: TaskResponse;
  try {
    const { document } = await processBytes(task.bytes, task.path, { limits });
    response = { id: task.id, ok: true, document, ms: performance.now() - started };
  } catch (error) {
    const failure = asHmipError(error, task.path);
    response = { id: task.id, ok: false, error: { errorClass: failure.errorClass, message: failure.message }, ms: performance.now() - started };
  }
  parentPort!.postMessage(response);
});
