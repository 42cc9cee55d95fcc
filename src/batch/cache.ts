/**
 * The batch's memory of finished work, under DIR/.hmip/cache: one file per input sha256 holding
 * the document (or the error) and the pipeline version that made it. Written atomically, so a
 * killed batch leaves only complete entries, and a re-run skips every file that has one.
 *
 * An entry is read back only if it is whole and hmip's own: a document must pass the zod schema
 * (its id is then a slug, so the file named after it stays in the output folder), an error must be
 * one of hmip's classes with its sentence. Anything else — a file cut short, edited, or not JSON —
 * is a corrupt entry: said in a warning, and the file is read again.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ERROR_CLASSES, type ErrorClass } from '../errors.js';
import { writeFileAtomic } from '../emit/atomic.js';
import { layoutOf } from '../emit/publish.js';
import { Document } from '../schema.js';

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

const CachedEntry = z.union([
  z.object({
    version: z.string(),
    sha256: z.string(),
    path: z.string(),
    ok: z.literal(true),
    document: Document,
    pages: z.number().int().nonnegative(),
    ms: z.number().nonnegative(),
  }),
  z.object({
    version: z.string(),
    sha256: z.string(),
    path: z.string(),
    ok: z.literal(false),
    error: z.object({ errorClass: z.enum(ERROR_CLASSES), message: z.string().min(1).max(2000) }),
    pages: z.number().int().nonnegative(),
    ms: z.number().nonnegative(),
    timeoutMs: z.number().nonnegative().optional(),
    memoryMb: z.number().positive().optional(),
  }),
]);

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
  return layoutOf(out).cache;
}

export type CacheRead = { entry: CachedResult } | { entry: null; corrupt: string | null };

/**
 * The entry for `sha256` made by this `version`; `corrupt` says what is wrong with one that is
 * there but cannot be used (null when there is none, or it is from another version).
 */
export function readCached(out: string, sha256: string, version: string): CacheRead {
  const path = join(cacheDir(out), `${sha256}.json`);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return { entry: null, corrupt: null };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { entry: null, corrupt: `${path} is not JSON (cut short?)` };
  }
  if ((value as { version?: unknown } | null)?.version !== version) return { entry: null, corrupt: null };
  const parsed = CachedEntry.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { entry: null, corrupt: `${path} is not an entry hmip wrote (${issue?.path.join('.') || 'entry'}: ${issue?.message ?? 'invalid'})` };
  }
  if (parsed.data.sha256 !== sha256) return { entry: null, corrupt: `${path} holds the result for another file` };
  return { entry: parsed.data as CachedResult };
}

export function writeCached(out: string, entry: CachedResult): void {
  writeFileAtomic(join(cacheDir(out), `${entry.sha256}.json`), JSON.stringify(entry));
}
