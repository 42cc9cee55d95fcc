/**
 * Writes that never leave a half-written file: write a temporary file beside the target, then
 * rename it over the target (atomic on one file system). A write that fails says so in one
 * sentence naming the file and the reason (the disk is full, the folder is read-only, a file is
 * in the way), as an `output-error`; the target is left as it was.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { errors, HmipError } from '../errors.js';

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
  const temp = tempPathFor(path);
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(temp, data);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw outputError(path, error);
  }
}

/** The error of a failed write to `path`, as one sentence: "out/x.json cannot be written: no space is left on the device." */
export function outputError(path: string, error: unknown, options: { refused?: boolean; kept?: string } = {}): Error {
  if (error instanceof HmipError || !isStorageError(error)) return error as Error;
  const kept = options.kept ? `; ${options.kept}` : '';
  return errors.output(path, `${path} cannot be written: ${outputReason(error)}${kept}.`, { cause: error, refused: options.refused ?? false });
}

/** An output error with what is kept said after its reason ("…: no space is left on the device; the 40 files finished are kept…"); any other error as it is. */
export function withKept(error: unknown, kept: string): unknown {
  if (!(error instanceof HmipError) || error.errorClass !== 'output-error') return error;
  return errors.output(error.path, `${error.message.replace(/\.$/, '')}; ${kept}.`, { cause: error.cause, refused: error.refused });
}

/** Whether `error` is the file system's (or SQLite's storage) failing, not a bug of hmip's. */
export function isStorageError(error: unknown): boolean {
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  return /^E[A-Z]+$/.test(code) || code in REASONS || code.startsWith('SQLITE_IOERR');
}

/** Why a write failed, as the end of a sentence, from the file system's (or SQLite's) error code. */
export function outputReason(error: unknown): string {
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  const known = REASONS[code] ?? (code.startsWith('SQLITE_IOERR') ? 'the disk reported an input/output error (is it full?)' : undefined);
  if (known) return known;
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.replace(/\.$/, '');
}

const REASONS: Record<string, string> = {
  ENOSPC: 'no space is left on the device',
  SQLITE_FULL: 'no space is left on the device',
  EDQUOT: 'the disk quota is used up',
  EFBIG: 'the file would be larger than this system allows',
  EROFS: 'the file system is read-only',
  EACCES: 'permission denied (the folder is not writable)',
  EPERM: 'the operation is not permitted',
  SQLITE_READONLY: 'the file system is read-only',
  SQLITE_CANTOPEN: 'the file cannot be created (is the folder writable?)',
  ENOTDIR: 'a file is in the way where a folder should be',
  EEXIST: 'a file is in the way where a folder should be',
  EISDIR: 'a folder is in the way where a file should be',
  ENOENT: 'its folder does not exist (it was removed while hmip ran?)',
  ENAMETOOLONG: 'the name is too long for the file system',
  EMLINK: 'the folder holds as many entries as the file system allows',
  EIO: 'the disk reported an input/output error',
  EXDEV: 'it is on another file system than its temporary file',
};
