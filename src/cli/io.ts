/** What the commands share: reading a file with a clear error, the output checks, the limits, exit codes, error reporting. */
import { accessSync, constants, mkdtempSync, rmdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Argv } from 'yargs';
import { writeErrorOf, writeFileAtomic } from '../emit/atomic.js';
import { asHmipError, errors, type ErrorClass, type HmipError, writeReason } from '../errors.js';
import { DEFAULT_LIMITS, type Limits } from '../ingest.js';
import { printable } from '../printable.js';
import { readBounded } from '../read.js';

export { printable };

/** 130 is the shell's code for a command stopped by Ctrl-C (128 + SIGINT). */
export const EXIT = { ok: 0, failed: 1, usage: 2, unreadable: 3, interrupted: 130 } as const;

/** The file name that means standard input (for `extract` and `verify`) or standard output (for `--output`). */
export const STDIO = '-';

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
  process.stderr.write(`hmip: ${printable(failure.message)}\n`);
  if (debug) process.stderr.write(`${(failure.cause as Error | undefined)?.stack ?? failure.stack}\n`);
  return failure;
}

/**
 * The exit code of a command that stopped on an error of `errorClass`: hmip's own fault (1); an
 * output folder another batch holds, so that the command as given cannot run now (2, as a usage
 * error); an input it could not read or an output it could not write (3).
 */
export function exitOf(errorClass: ErrorClass): number {
  if (errorClass === 'internal-error') return EXIT.failed;
  if (errorClass === 'output-busy') return EXIT.usage;
  return EXIT.unreadable;
}

/**
 * Refuses, before anything runs, an output folder that cannot be used: a file where the folder
 * (or one above it) should be, or a place this user cannot write. A folder that does not exist
 * yet is fine when its nearest existing parent can be written: it is made when there is
 * something to put in it. Writing is tried for real (a probe folder made and removed at once), as
 * permissions alone do not tell a read-only mount or /sys.
 */
export function checkOutFolder(path: string): void {
  const existing = nearestExisting(path);
  if (!existing.isFolder) {
    throw errors.writeError(path, existing.path === resolve(path) ? 'it is a file, not a folder' : `${existing.path} is a file, not a folder`);
  }
  probeWrite(existing.path, path);
}

/** Refuses, before anything runs, an `--output` file that cannot be written: a folder of that name, a missing or unwritable folder. */
export function checkOutputFile(path: string): void {
  if (path === STDIO) return;
  const absolute = resolve(path);
  const here = statOrNull(absolute, path);
  if (here?.isDirectory()) throw errors.writeError(path, 'it is a folder (--out DIR writes one file per document into a folder)');
  // A device or a pipe (/dev/null, /dev/stdout, a FIFO) is written into: it need only be writable.
  if (here && !here.isFile()) {
    try {
      accessSync(absolute, constants.W_OK);
    } catch (error) {
      throw writeErrorOf(path, error);
    }
    return;
  }
  const folder = statOrNull(dirname(absolute), path);
  if (!folder) throw errors.writeError(path, `its folder ${dirname(absolute)} does not exist`);
  if (!folder.isDirectory()) throw errors.writeError(path, `${dirname(absolute)} is a file, not a folder`);
  probeWrite(dirname(absolute), path);
}

/** Writes the command's output to `--output` (atomically: a reader never sees half of it; a device or a pipe is written into) or to standard output. */
export function writeOutput(path: string | undefined, text: string): void {
  if (path === undefined || path === STDIO) {
    process.stdout.write(text);
    return;
  }
  writeFileAtomic(path, text);
}


function statOrNull(absolute: string, named: string) {
  try {
    return statSync(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw errors.writeError(named, writeReason(error), error);
  }
}

/** The path itself or its nearest parent that exists, and whether that is a folder. */
function nearestExisting(path: string): { path: string; isFolder: boolean } {
  let at = resolve(path);
  for (;;) {
    const found = statOrNull(at, path);
    if (found) return { path: at, isFolder: found.isDirectory() };
    const up = dirname(at);
    if (up === at) return { path: at, isFolder: true };
    at = up;
  }
}

function probeWrite(folder: string, named: string): void {
  let probe: string;
  try {
    probe = mkdtempSync(join(folder, '.hmip-probe-'));
  } catch (error) {
    // A folder that exists but in which nothing can be made (/proc) answers "no such file".
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? `nothing can be made in ${folder}` : writeReason(error);
    throw errors.writeError(named, reason, error);
  }
  rmdirSync(probe);
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
    .option('max-line-chars', { type: 'number', default: DEFAULT_LIMITS.maxLineChars, describe: 'refuse text and Markdown files with a longer line' })
    .group(['timeout', 'memory-mb', 'max-pages', 'max-bytes', 'max-line-chars'], 'Limits on each document:');
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

export function limitsOf(args: LimitArgs): RunLimits {
  return {
    limits: { maxPages: args['max-pages'], maxBytes: args['max-bytes'], maxLineChars: args['max-line-chars'] },
    timeoutMs: Math.round(args.timeout * 1000),
    memoryMb: args['memory-mb'],
  };
}
