/**
 * The error classes of hmip. Each carries one sentence that names the file and the reason, so a
 * user (or `errors.jsonl`) gets something to act on without a stack trace.
 */

export type ErrorClass =
  | 'unsupported-format'
  | 'empty-file'
  | 'corrupt-pdf'
  | 'encrypted-pdf'
  | 'no-text-layer'
  | 'too-large'
  | 'timeout'
  | 'read-error'
  | 'write-error'
  | 'invalid-json'
  | 'internal-error';

export class HmipError extends Error {
  readonly errorClass: ErrorClass;
  readonly path: string;

  constructor(errorClass: ErrorClass, path: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'HmipError';
    this.errorClass = errorClass;
    this.path = path;
  }
}

function label(path: string): string {
  return path === '-' ? 'standard input' : path;
}

export const errors = {
  unsupportedFormat: (path: string, what: string) =>
    new HmipError('unsupported-format', path, `${label(path)} is not a supported format: ${what}.`),
  emptyFile: (path: string) =>
    new HmipError('empty-file', path, `${label(path)} is empty: there is nothing to read.`),
  corruptPdf: (path: string, reason: string, cause?: unknown) =>
    new HmipError('corrupt-pdf', path, `${label(path)} is a truncated or corrupt PDF: ${reason}.`, { cause }),
  encryptedPdf: (path: string) =>
    new HmipError('encrypted-pdf', path, `${label(path)} is an encrypted PDF: it needs a password, so its text cannot be read.`),
  noTextLayer: (path: string, pages: number) =>
    new HmipError(
      'no-text-layer',
      path,
      `${label(path)} has no text layer (${pages} page${pages === 1 ? '' : 's'} of images, probably scanned): it needs OCR before hmip can read it.`,
    ),
  tooLarge: (path: string, what: string) =>
    new HmipError('too-large', path, `${label(path)} is too large: ${what}.`),
  timeout: (path: string, seconds: number) =>
    new HmipError('timeout', path, `${label(path)} took longer than the limit of ${seconds} s to process, so it was stopped.`),
  readError: (path: string, reason: string, cause?: unknown) =>
    new HmipError('read-error', path, `${label(path)} cannot be read: ${reason}.`, { cause }),
  writeError: (path: string, reason: string, cause?: unknown) =>
    new HmipError('write-error', path, `${label(path)} cannot be written: ${reason}.`, { cause }),
  invalidJson: (path: string, reason: string) =>
    new HmipError('invalid-json', path, `${label(path)} is not an hmip document JSON: ${reason}.`),
  /** A bug, not the file's fault: said as such, so that it gets reported rather than worked around. */
  internal: (path: string, reason: string, cause?: unknown) =>
    new HmipError('internal-error', path, `${label(path)} could not be processed because of an internal error (${oneLine(reason)}); please report it.`, { cause }),
};

/**
 * What a failed file-system call means, as the end of a sentence, by its error code: a user
 * acts on "permission denied", not on "EACCES: permission denied, open '…'".
 */
const FS_REASONS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'the operation is not permitted there',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space is left on the device',
  EDQUOT: 'the disk quota is used up',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EEXIST: 'a file of that name is in the way',
  ELOOP: 'it leads round a loop of symbolic links',
  ENAMETOOLONG: 'the name is too long',
  EMFILE: 'too many files are open',
  EIO: 'the device reported an input/output error',
};

/** The reason of a file-system error, for a sentence; the error's own first line when its code is not known. */
export function fsReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code && FS_REASONS[code]) return FS_REASONS[code];
  return oneLine(error instanceof Error ? error.message : String(error));
}

/** Whether `error` is one of Node's file-system errors (it has an errno code and a path or syscall). */
export function isFsError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && ('syscall' in error || 'path' in error);
}

/** Wraps anything thrown while processing one file into an HmipError that names the file. */
export function asHmipError(error: unknown, path: string): HmipError {
  if (error instanceof HmipError) return error;
  return errors.internal(path, error instanceof Error ? error.message : String(error), error);
}

function oneLine(text: string): string {
  const line = text.split('\n')[0] ?? '';
  return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}
