/**
 * The error classes of hmip. Each carries one sentence that names the file and the reason, so a
 * user (or `errors.jsonl`) gets something to act on without a stack trace.
 */

export const ERROR_CLASSES = [
  'unsupported-format',
  'empty-file',
  'corrupt-pdf',
  'encrypted-pdf',
  'no-text-layer',
  'too-large',
  'timeout',
  'read-error',
  'write-error',
  'invalid-json',
  'output-busy',
  'internal-error',
] as const;

export type ErrorClass = (typeof ERROR_CLASSES)[number];

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
  /** Over the memory limit of the process that reads a document (`--memory-mb`), whichever allocation failed. */
  overMemory: (path: string, memoryMb: number) =>
    new HmipError('too-large', path, `${label(path)} is too large: reading it needed more than the ${memoryMb} MB memory limit of the process that reads a document, so it was stopped.`),
  timeout: (path: string, seconds: number) =>
    new HmipError('timeout', path, `${label(path)} took longer than the limit of ${seconds} s to process, so it was stopped.`),
  readError: (path: string, reason: string, cause?: unknown) =>
    new HmipError('read-error', path, `${label(path)} cannot be read: ${reason}.`, { cause }),
  /** An output that cannot be written, before the run or during it; `reason` may go on to say what finished work is kept. */
  writeError: (path: string, reason: string, cause?: unknown) =>
    new HmipError('write-error', path, `${label(path)} cannot be written: ${reason}.`, { cause }),
  invalidJson: (path: string, reason: string) =>
    new HmipError('invalid-json', path, `${label(path)} is not an hmip document JSON: ${reason}.`),
  outputBusy: (path: string, holder: string) =>
    new HmipError('output-busy', path, `The output folder ${path} is in use by ${holder}: wait for it to finish (or stop it), or choose another --out.`),
  /** A bug, not the file's fault: said as such, so that it gets reported rather than worked around. */
  internal: (path: string, reason: string, cause?: unknown) =>
    new HmipError('internal-error', path, `${label(path)} could not be processed because of an internal error (${oneLine(reason)}); please report it.`, { cause }),
};

/**
 * What a failed file-system call means, as the end of a sentence, by its error code: a user
 * acts on "permission denied", not on "EACCES: permission denied, open '…'". Reading and writing
 * say a few codes in their own words (READ_REASONS, WRITE_REASONS); the rest are said alike.
 */
const FS_REASONS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'the operation is not permitted there',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space is left on the device',
  EDQUOT: 'the disk quota is used up',
  EFBIG: 'the file would be larger than this system allows',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EEXIST: 'a file of that name is in the way',
  ELOOP: 'it leads round a loop of symbolic links',
  ENAMETOOLONG: 'the name is too long',
  EMFILE: 'too many files are open',
  EMLINK: 'the folder holds as many entries as the file system allows',
  EIO: 'the device reported an input/output error',
  EXDEV: 'it is on another file system than its temporary file',
};

/** An input, named on the command line or met in a folder. */
const READ_REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a folder (use hmip batch for folders)',
  EPERM: 'permission denied',
};

/** An output, as hmip writes it: the codes here are those of a file system (or SQLite) going wrong under a run. */
const WRITE_REASONS: Record<string, string> = {
  ENOENT: 'its folder does not exist (it was removed while hmip ran?)',
  ENOTDIR: 'a file is in the way where a folder should be',
  EEXIST: 'a file is in the way where a folder should be',
  EISDIR: 'a folder is in the way where a file should be',
  SQLITE_FULL: 'no space is left on the device',
  SQLITE_READONLY: 'the file system is read-only',
  SQLITE_CANTOPEN: 'the file cannot be created (is the folder writable?)',
};

function codeOf(error: unknown): string {
  return String((error as { code?: unknown } | null)?.code ?? '');
}

/** The reason of a file-system error, for a sentence; the error's own first line when its code is not known. */
export function fsReason(error: unknown): string {
  const known = FS_REASONS[codeOf(error)];
  if (known) return known;
  return oneLine(error instanceof Error ? error.message : String(error)).replace(/\.$/, '');
}

/** Why an input cannot be read. */
export function readReason(error: unknown): string {
  return READ_REASONS[codeOf(error)] ?? fsReason(error);
}

/** Why an output cannot be written (SQLite's I/O errors included). */
export function writeReason(error: unknown): string {
  const code = codeOf(error);
  if (WRITE_REASONS[code]) return WRITE_REASONS[code];
  if (code.startsWith('SQLITE_IOERR')) return 'the disk reported an input/output error (is it full?)';
  return fsReason(error);
}

/** Whether `error` is the file system's (or SQLite's storage) failing, not a bug of hmip's. */
export function isFsError(error: unknown): error is NodeJS.ErrnoException {
  const code = codeOf(error);
  return error instanceof Error && (/^E[A-Z]+$/.test(code) || code in WRITE_REASONS || code.startsWith('SQLITE_IOERR'));
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
