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
