/**
 * Reading one input file within the byte limit. Only a regular file is read: a named pipe, a
 * socket or a device is refused by its type before it is opened (a pipe with no writer would block
 * the open for ever, /dev/zero never ends), and so is a file of the kernel's own file systems
 * (/proc, /sys), whose sizes say 0 while their contents go on. Whatever a file's size says, no
 * more than the limit is ever read.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statfsSync, statSync, type Stats } from 'node:fs';
import { errors, HmipError, readReason } from './errors.js';
import { formatBytes } from './ingest.js';

/** What a file that is not a regular file is, by its type. */
export function specialKind(stat: Stats): string | null {
  if (stat.isFile()) return null;
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  return 'not a regular file';
}

/** Magic numbers (statfs f_type) of the kernel's pseudo-file systems: proc, sysfs, debugfs, tracefs, securityfs, cgroup, cgroup2, bpf, configfs, efivarfs. */
const KERNEL_FILE_SYSTEMS = new Set([0x9fa0, 0x62656572, 0x64626720, 0x74726163, 0x73636673, 0x27e0eb, 0x63677270, 0xcafe4a11, 0x62656570, 0xde5e81e4]);

function onKernelFileSystem(path: string): boolean {
  try {
    return KERNEL_FILE_SYSTEMS.has(Number(statfsSync(path).type));
  } catch {
    return false;
  }
}

/**
 * The bytes of the regular file at `path` (or of standard input, for "-"), refusing anything else,
 * and anything over `maxBytes`, with one sentence naming the file.
 */
export function readBounded(path: string, maxBytes: number): Uint8Array {
  if (path === '-') return readFd(0, path, maxBytes, 0);
  let stat: Stats;
  try {
    stat = statSync(path);
  } catch (error) {
    throw errors.readError(path, readReason(error), error);
  }
  const kind = specialKind(stat);
  if (kind === 'a folder') throw errors.readError(path, 'it is a folder (use hmip batch for folders)');
  if (kind) throw errors.readError(path, `it is ${kind}, not a regular file`);
  if (onKernelFileSystem(path)) throw errors.readError(path, 'it is a file of the kernel (/proc or /sys), not a document');
  // Refused from its size before it is read: a stray disk image must not be loaded to learn it is too big.
  if (stat.size > maxBytes) throw overLimit(path, maxBytes, stat.size);
  let fd: number;
  try {
    // Non-blocking, so that a pipe put in the file's place since it was looked at cannot block the open.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0));
  } catch (error) {
    throw errors.readError(path, readReason(error), error);
  }
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile() || opened.ino !== stat.ino || opened.dev !== stat.dev) throw errors.readError(path, 'it was replaced by something other than a regular file while it was opened');
    return readFd(fd, path, maxBytes, opened.size);
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads to the end, or to one byte past the limit (then refused): first as much as the file's size
 * says, then in growing chunks for a file that goes on past it.
 */
function readFd(fd: number, path: string, maxBytes: number, size: number): Uint8Array {
  const chunks: Buffer[] = [];
  let total = 0;
  let next = Math.min(Math.max(size, CHUNK), maxBytes + 1);
  try {
    for (;;) {
      const chunk = Buffer.allocUnsafeSlow(next);
      let filled = 0;
      while (filled < chunk.length) {
        const read = readOnce(fd, chunk, filled);
        if (read === 0) break;
        filled += read;
      }
      if (filled > 0) chunks.push(filled === chunk.length ? chunk : chunk.subarray(0, filled));
      total += filled;
      if (total > maxBytes) throw overLimit(path, maxBytes, null);
      if (filled < chunk.length) break;
      next = Math.min(Math.max(CHUNK, chunk.length * 2), maxBytes + 1 - total);
    }
  } catch (error) {
    if (error instanceof HmipError) throw error;
    throw errors.readError(path, readReason(error), error);
  }
  const only = chunks[0];
  if (chunks.length === 1 && only!.byteOffset === 0 && only!.buffer.byteLength === total) return new Uint8Array(only!.buffer, 0, total);
  return new Uint8Array(Buffer.concat(chunks, total));
}

const CHUNK = 64 * 1024;

/** One read; on a pipe that has nothing yet (standard input set non-blocking), a short wait and again. */
function readOnce(fd: number, into: Buffer, offset: number): number {
  for (;;) {
    try {
      return readSync(fd, into, offset, into.length - offset, null);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
    }
  }
}

/** Over the byte limit: by the size the file states, or (`size` null) by what was read from it. */
function overLimit(path: string, maxBytes: number, size: number | null): HmipError {
  return errors.tooLarge(path, size !== null ? `${formatBytes(size)} is over the limit of ${formatBytes(maxBytes)}` : `more than the limit of ${formatBytes(maxBytes)} can be read from it`);
}
