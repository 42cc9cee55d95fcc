/** What the commands share: reading a file with a clear error, the limits, exit codes, error reporting. */
import type { Argv } from 'yargs';
import { asHmipError, type HmipError } from '../errors.js';
import { DEFAULT_LIMITS, type Limits } from '../ingest.js';
import { readBounded } from '../read.js';

export const EXIT = { ok: 0, failed: 1, usage: 2, unreadable: 3 } as const;

/** Seconds one document may take, in extract and batch alike: a 500-page report takes a minute or so. */
export const DEFAULT_TIMEOUT_S = 120;
/** Memory of the process that reads one document, in MB: the 69-page report needs about 224. */
export const DEFAULT_MEMORY_MB = 1024;
/** Less than this and a reader process cannot load pdf.js (hmip itself takes about 100 MB). */
export const MIN_MEMORY_MB = 256;
/** The longest time limit: a year, far past any document, and a number every timer holds. */
export const MAX_TIMEOUT_S = 365 * 24 * 3600;

/**
 * Reads a file (or standard input for "-"): a regular file only, and never more than `maxBytes`
 * (the default limit when not given), refused from its size before it is read.
 */
export function readInput(path: string, maxBytes: number = DEFAULT_LIMITS.maxBytes): Uint8Array {
  return readBounded(path, maxBytes);
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
    .option('memory-mb', { type: 'number', default: DEFAULT_MEMORY_MB, describe: `memory limit of the process that reads a document, in MB (all of it: heap, buffers, typed arrays; at least ${MIN_MEMORY_MB})` })
    .option('max-pages', { type: 'number', default: DEFAULT_LIMITS.maxPages, describe: 'refuse PDFs with more pages' })
    .option('max-bytes', { type: 'number', default: DEFAULT_LIMITS.maxBytes, describe: 'refuse larger files' })
    .option('max-line-chars', { type: 'number', default: DEFAULT_LIMITS.maxLineChars, describe: 'refuse text and Markdown files with a longer line' });
}

/** What is wrong with the limits given, as a sentence; null when nothing is. */
export function limitsProblem(args: LimitArgs): string | null {
  if (!(args.timeout >= 0 && args.timeout <= MAX_TIMEOUT_S)) return `--timeout must be a number of seconds from 0 to ${MAX_TIMEOUT_S.toLocaleString('en-GB')} (a year)`;
  if (!Number.isInteger(args['memory-mb']) || args['memory-mb'] < MIN_MEMORY_MB) return `--memory-mb must be a whole number of at least ${MIN_MEMORY_MB}`;
  for (const name of ['max-pages', 'max-bytes', 'max-line-chars'] as const) {
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
