/**
 * Writes that never leave a half-written file: write a temporary file beside the target, then
 * rename it over the target (atomic on one file system). A device or a pipe as the target
 * (`-o /dev/null`, a FIFO) is written into instead: a file renamed over it would replace it (run as
 * root, `-o /dev/null` once replaced /dev/null itself), and it holds no file to leave half-written. A write that fails says so in one
 * sentence naming the file and the reason (the disk is full, the folder is read-only, a file is
 * in the way), as a `write-error`; the target is left as it was.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { errors, HmipError, isFsError, writeReason } from '../errors.js';

export function tempPathFor(path: string): string {
  return `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
}

/** A temporary file's name, with the process that made it: "dataset.jsonl.1234.0a1b2c3d.tmp" → 1234. */
const TEMPORARY = /\.(\d+)\.[0-9a-f]{8}\.tmp(?:-journal)?$/;

/** The id of the process that made the temporary file `name`, or null if it is not one. */
export function temporaryOwner(name: string): number | null {
  const match = TEMPORARY.exec(name);
  return match ? Number(match[1]) : null;
}

export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  if (isDeviceOrPipe(path)) {
    try {
      writeFileSync(path, data);
    } catch (error) {
      throw writeErrorOf(path, error);
    }
    return;
  }
  const temp = tempPathFor(path);
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(temp, data);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw writeErrorOf(path, error);
  }
}

/** Whether `path` is there and is neither a file nor a folder (a device, a pipe, a socket). */
function isDeviceOrPipe(path: string): boolean {
  const stats = statSync(path, { throwIfNoEntry: false });
  return !!stats && !stats.isFile() && !stats.isDirectory();
}

/**
 * The error of a failed write to `path`, as one sentence: "out/x.json cannot be written: no space
 * is left on the device." `note` goes on after the reason (what it may mean). An error that is not
 * the file system's (a bug) is passed on as it is.
 */
export function writeErrorOf(path: string, error: unknown, options: { note?: string } = {}): Error {
  if (error instanceof HmipError || !isFsError(error)) return error as Error;
  return errors.writeError(path, options.note ? `${writeReason(error)}; ${options.note}` : writeReason(error), error);
}

/** A write error with what is kept said after its reason ("…: no space is left on the device; the 40 files finished are kept…"); any other error as it is. */
export function withKept(error: unknown, kept: string): unknown {
  if (!(error instanceof HmipError) || error.errorClass !== 'write-error') return error;
  return new HmipError('write-error', error.path, `${error.message.replace(/\.$/, '')}; ${kept}.`, { cause: error.cause });
}
