/**
 * The batch's memory of finished work, under DIR/.hmip/cache: one file per input sha256 holding
 * the document (or the error) and the pipeline version that made it. Written atomically, so a
 * killed batch leaves only complete entries, and a re-run skips every file that has one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ErrorClass } from '../errors.js';
import { writeFileAtomic } from '../emit/atomic.js';
import type { Document } from '../schema.js';

export interface CachedResult {
  version: string;
  sha256: string;
  /** The path the file had when it was processed (error messages name it). */
  path: string;
  ok: boolean;
  document?: Document;
  error?: { errorClass: ErrorClass; message: string };
  pages: number;
  ms: number;
  /** The time (0: none) and memory limits a failure happened under: a re-run with more of either tries again. */
  timeoutMs?: number;
  memoryMb?: number;
}

/**
 * Whether a cached failure may have been the limits' doing and the limits are now more generous:
 * a timeout under a longer time limit, a file too large under a larger memory limit (page, byte and
 * line limits are part of the cache version, so a change to them redoes everything). A timeout
 * recorded before its limit had run out is no timeout at all (a timer that fired early, as Node's
 * did for limits over 24.8 days): it is tried again whatever the limit.
 */
export function worthRetrying(entry: CachedResult, limits: { timeoutMs: number; memoryMb: number }): boolean {
  if (entry.ok) return false;
  // A time limit of 0 is none, so more than any.
  const moreTime = (now: number, then: number | undefined) => then !== undefined && then > 0 && (now <= 0 || now > then);
  if (entry.error?.errorClass === 'timeout') return entry.timeoutMs === undefined || entry.ms < entry.timeoutMs || moreTime(limits.timeoutMs, entry.timeoutMs);
  if (entry.error?.errorClass === 'too-large') return limits.memoryMb > (entry.memoryMb ?? Infinity);
  return false;
}

/** An error sentence of a cached result, naming the file by the path it has now. */
export function renamed(message: string, from: string, to: string): string {
  return message.startsWith(from) ? `${to}${message.slice(from.length)}` : message;
}

export function cacheDir(out: string): string {
  return join(out, '.hmip', 'cache');
}

export function readCached(out: string, sha256: string, version: string): CachedResult | null {
  try {
    const entry = JSON.parse(readFileSync(join(cacheDir(out), `${sha256}.json`), 'utf8')) as CachedResult;
    return entry.version === version && entry.sha256 === sha256 ? entry : null;
  } catch {
    return null;
  }
}

export function writeCached(out: string, entry: CachedResult): void {
  writeFileAtomic(join(cacheDir(out), `${entry.sha256}.json`), JSON.stringify(entry));
}
