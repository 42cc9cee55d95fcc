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
  'invalid-json',
  'output-error',
  'output-busy',
  'internal-error',
] as const;

export type ErrorClass = (typeof ERROR_CLASSES)[number];

export class HmipError extends Error {
  readonly errorClass: ErrorClass;
  readonly path: string;
  /**
   * The command was refused before it did anything (another batch holds the output folder, the
   * folder cannot be written): a usage error, exit 2, rather than a failure of the run.
   */
  readonly refused: boolean;

  constructor(errorClass: ErrorClass, path: string, message: string, options?: { cause?: unknown; refused?: boolean }) {
    super(message, options);
    this.name = 'HmipError';
    this.errorClass = errorClass;
    this.path = path;
    this.refused = options?.refused ?? false;
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
  invalidJson: (path: string, reason: string) =>
    new HmipError('invalid-json', path, `${label(path)} is not an hmip document JSON: ${reason}.`),
  /** The output side failed, in a sentence that says what could not be done to `path`, why, and what finished work is kept. */
  output: (path: string, sentence: string, options: { cause?: unknown; refused: boolean }) =>
    new HmipError('output-error', path, sentence, options),
  outputBusy: (path: string, holder: string) =>
    new HmipError('output-busy', path, `The output folder ${path} is in use by ${holder}: wait for it to finish (or stop it), or choose another --out.`, { refused: true }),
  /** A bug, not the file's fault: said as such, so that it gets reported rather than worked around. */
  internal: (path: string, reason: string, cause?: unknown) =>
    new HmipError('internal-error', path, `${label(path)} could not be processed because of an internal error (${oneLine(reason)}); please report it.`, { cause }),
};

/** Wraps anything thrown while processing one file into an HmipError that names the file. */
export function asHmipError(error: unknown, path: string): HmipError {
  if (error instanceof HmipError) return error;
  return errors.internal(path, error instanceof Error ? error.message : String(error), error);
}

function oneLine(text: string): string {
  const line = text.split('\n')[0] ?? '';
  return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}
