/**
 * Runs fuzz cases through the batch pool of reader processes, which already bounds each document
 * in time and memory: a hang shows as the pool's timeout, a crash as an internal error or a dead
 * reader. Each
 * case ends in one outcome: a document the zod schema accepts, one of hmip's error classes, or a
 * failure (crash, hang, or a document the schema rejects).
 */
import { Pool } from '../batch/pool.js';
import type { ErrorClass } from '../errors.js';
import type { Limits } from '../ingest.js';
import { Document } from '../schema.js';

export type Failure = 'crash' | 'hang' | 'invalid-document' | 'unhandled-rejection';
export type Outcome = 'document' | Exclude<ErrorClass, 'internal-error' | 'timeout'> | Failure;

export const FAILURES: readonly Failure[] = ['crash', 'hang', 'invalid-document', 'unhandled-rejection'];

export function isFailure(outcome: Outcome): outcome is Failure {
  return (FAILURES as readonly string[]).includes(outcome);
}

/** What the runner needs of a case: a name to process it under, and its bytes. */
export interface RunnableCase {
  path: string;
  bytes: Uint8Array;
}

export interface CaseResult<C extends RunnableCase> {
  case: C;
  outcome: Outcome;
  /** The error sentence (or the schema's complaint), when there is one. */
  message: string | null;
  stack: string | null;
  ms: number;
}

export interface RunOptions {
  jobs: number;
  timeoutMs: number;
  memoryMb: number;
  limits: Limits;
}

export interface RunSummary {
  counts: Partial<Record<Outcome, number>>;
  cases: number;
  seconds: number;
}

/** The outcome of one pool response. */
export function outcomeOf(response: Awaited<ReturnType<Pool['run']>>): { outcome: Outcome; message: string | null; stack: string | null } {
  // The reader survives a rejection nobody handled, but it is a bug all the same (in a parser).
  if (response.strays?.length) {
    return { outcome: 'unhandled-rejection', message: response.strays[0]!.split('\n')[0] ?? null, stack: response.strays.join('\n\n') };
  }
  if (response.ok) {
    const valid = Document.safeParse(response.document);
    if (valid.success) return { outcome: 'document', message: null, stack: null };
    const issue = valid.error.issues[0];
    return { outcome: 'invalid-document', message: `${issue?.path.join('.') || 'document'}: ${issue?.message}`, stack: null };
  }
  const { errorClass, message, stack } = response.error;
  const outcome: Outcome = errorClass === 'internal-error' ? 'crash' : errorClass === 'timeout' ? 'hang' : errorClass;
  return { outcome, message, stack: stack ?? null };
}

/**
 * Runs the cases, at most `2 × jobs` in flight (cases are made lazily, so ten thousand of them
 * never sit in memory at once), and calls `onResult` for each as it ends.
 */
export async function runCases<C extends RunnableCase>(
  cases: Iterable<C>,
  options: RunOptions,
  onResult: (result: CaseResult<C>) => void,
): Promise<RunSummary> {
  const started = performance.now();
  const pool = new Pool({ size: options.jobs, limits: options.limits, timeoutMs: options.timeoutMs, memoryMb: options.memoryMb });
  const counts: Partial<Record<Outcome, number>> = {};
  const inFlight = new Set<Promise<void>>();
  let id = 0;
  try {
    for (const fuzzCase of cases) {
      // The bytes are copied to the reader; the case keeps its own, to be saved if it fails.
      const task = pool.run(fuzzCase.path, fuzzCase.bytes, id++).then((response) => {
        const { outcome, message, stack } = outcomeOf(response);
        counts[outcome] = (counts[outcome] ?? 0) + 1;
        onResult({ case: fuzzCase, outcome, message, stack, ms: response.ms });
      });
      inFlight.add(task);
      void task.finally(() => inFlight.delete(task));
      if (inFlight.size >= options.jobs * 2) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  } finally {
    await pool.close();
  }
  return { counts, cases: id, seconds: (performance.now() - started) / 1000 };
}
