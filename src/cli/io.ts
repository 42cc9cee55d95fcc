/** What the commands share: reading a file with a clear error, the limits, exit codes, error reporting. */
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import type { Argv } from 'yargs';
import { asHmipError, errors, HmipError } from '../errors.js';
import { checkSize, DEFAULT_LIMITS, type Limits } from '../ingest.js';

export const EXIT = { ok: 0, failed: 1, usage: 2, unreadable: 3 } as const;

/** Seconds one document may take, in extract and batch alike: a 500-page report takes a minute or so. */
export const DEFAULT_TIMEOUT_S = 120;
/** Heap of the worker that reads one document, in MB: the 69-page report needs about 200. */
export const DEFAULT_MEMORY_MB = 1024;

/**
 * Reads a file (or standard input for "-"). With `maxBytes`, a file over the limit is refused
 * from its size, before it is read: a stray disk image must not be loaded to learn it is too big.
 */
export function readInput(path: string, maxBytes?: number): Uint8Array {
  let fd: number | null = null;
  try {
    if (path === '-') return new Uint8Array(readFileSync(0));
    fd = openSync(path, 'r');
    if (maxBytes !== undefined) checkSize(fstatSync(fd).size, path, maxBytes);
    return new Uint8Array(readFileSync(fd));
  } catch (error) {
    if (error instanceof HmipError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder (use hmip batch for folders)' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw errors.readError(path, reason, error);
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** One sentence on stderr; the stack only with --debug. */
export function report(error: unknown, path: string, debug: boolean): HmipError {
  const failure = asHmipError(error, path);
  process.stderr.write(`hmip: ${failure.message}\n`);
  if (debug) process.stderr.write(`${(failure.cause as Error | undefined)?.stack ?? failure.stack}\n`);
  return failure;
}

export interface LimitArgs {
  timeout: number;
  'memory-mb': number;
  'max-pages': number;
  'max-bytes': number;
  'max-line-chars': number;
}

export interface RunLimits {
  limits: Limits;
  /** 0 for no time limit. */
  timeoutMs: number;
  memoryMb: number;
}

/** The limits on one document: the same options, with the same defaults, for extract and batch. */
export function limitOptions<T>(y: Argv<T>): Argv<T & LimitArgs> {
  return y
    .option('timeout', { type: 'number', default: DEFAULT_TIMEOUT_S, describe: 'seconds allowed per document (0: no limit)' })
    .option('memory-mb', { type: 'number', default: DEFAULT_MEMORY_MB, describe: 'heap limit of the worker that reads a document, in MB' })
    .option('max-pages', { type: 'number', default: DEFAULT_LIMITS.maxPages, describe: 'refuse PDFs with more pages' })
    .option('max-bytes', { type: 'number', default: DEFAULT_LIMITS.maxBytes, describe: 'refuse larger files' })
    .option('max-line-chars', { type: 'number', default: DEFAULT_LIMITS.maxLineChars, describe: 'refuse text and Markdown files with a longer line' });
}

/** What is wrong with the limits given, as a sentence; null when nothing is. */
export function limitsProblem(args: LimitArgs): string | null {
  if (!(args.timeout >= 0)) return '--timeout must be a number of seconds, 0 or more';
  for (const name of ['memory-mb', 'max-pages', 'max-bytes', 'max-line-chars'] as const) {
    if (!Number.isInteger(args[name]) || args[name] < 1) return `--${name} must be a whole number of at least 1`;
  }
  return null;
}

/** A usage error found by a command itself: one sentence and the pointer to help, exit 2. */
export function usageError(command: string, problem: string): number {
  process.stderr.write(`hmip: ${problem}\nRun "hmip ${command} --help" for usage.\n`);
  return EXIT.usage;
}

export function limitsOf(args: LimitArgs): RunLimits {
  return {
    limits: { maxPages: args['max-pages'], maxBytes: args['max-bytes'], maxLineChars: args['max-line-chars'] },
    timeoutMs: Math.round(args.timeout * 1000),
    memoryMb: args['memory-mb'],
  };
}
