/** What the commands share: reading a file with a clear error, exit codes, error reporting. */
import { readFileSync } from 'node:fs';
import { asHmipError, errors, HmipError } from '../errors.js';

export const EXIT = { ok: 0, failed: 1, usage: 2, unreadable: 3 } as const;

export function readInput(path: string): Uint8Array {
  try {
    return new Uint8Array(readFileSync(path === '-' ? 0 : path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder (use hmip batch for folders)' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw errors.readError(path, reason, error);
  }
}

/** One sentence on stderr; the stack only with --debug. */
export function report(error: unknown, path: string, debug: boolean): HmipError {
  const failure = asHmipError(error, path);
  process.stderr.write(`hmip: ${failure.message}\n`);
  if (debug) process.stderr.write(`${(failure.cause as Error | undefined)?.stack ?? failure.stack}\n`);
  return failure;
}
