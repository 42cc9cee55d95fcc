/**
 * `hmip batch`: every file under the given paths through the pipeline, in parallel worker
 * threads, with finished work kept in a cache so that a killed batch loses nothing and a re-run
 * on unchanged files does none; then the output folder is rebuilt from the results: one JSON per
 * document, the dataset files, and errors.jsonl.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { errors as hmipErrors, fsReason, HmipError, type ErrorClass } from '../errors.js';
import { writeFileAtomic } from '../emit/atomic.js';
import { DatasetWriter } from '../emit/dataset.js';
import { toJson } from '../emit/json.js';
import { checkSize, sha256, type Limits } from '../ingest.js';
import { assignIds } from './ids.js';
import { cacheDir, readCached, renamed, worthRetrying, writeCached, type CachedResult } from './cache.js';
import { Pool } from './pool.js';
import { interruptedLine, summaryLine, type Reporter } from './progress.js';
import { pipelineVersion } from './version.js';
import { walkInputs } from './walk.js';
import { verifyArchive } from '../verify/archive.js';
import type { PairingFacts } from '../verify/pair.js';
import type { Document } from '../schema.js';

export interface BatchOptions {
  paths: string[];
  out: string;
  jobs: number;
  /** Redo every file, ignoring finished work. */
  force: boolean;
  limits: Limits;
  timeoutMs: number;
  memoryMb: number;
  reporter: Reporter;
  /** Stop after this many files are processed (for tests of an interrupted batch). */
  stopAfter?: number;
  /** Ctrl-C: no file is started after it, the workers are stopped, and finished work is kept for the next run. */
  signal?: AbortSignal;
}

export interface BatchSummary {
  files: number;
  documents: number;
  pages: number;
  failed: number;
  /** Files whose result came from earlier work. */
  reused: number;
  /** Files run through the pipeline in this run. */
  processed: number;
  /** Files with the same bytes as one before them, skipped. */
  duplicates: number;
  /** Warnings in the documents written. */
  warnings: number;
  /** Stopped by the signal: the dataset was not rebuilt. */
  interrupted: boolean;
  seconds: number;
  peakMb: number;
  line: string;
}

/** What the batch keeps of each file while it runs: small, so memory does not grow with the documents. */
interface Outcome {
  path: string;
  sha256: string | null;
  done: boolean;
  ok: boolean;
  id?: string;
  format?: string;
  pages?: number;
  warnings?: number;
  error?: { errorClass: ErrorClass; message: string };
}

function summarise(outcome: Outcome, result: CachedResult): void {
  outcome.done = true;
  outcome.ok = result.ok;
  if (result.ok) {
    outcome.id = result.document!.id;
    outcome.format = result.document!.source.format;
    outcome.pages = result.document!.source.pages ?? 0;
    outcome.warnings = result.document!.warnings.length;
  } else outcome.error = { ...result.error!, message: renamed(result.error!.message, result.path, outcome.path) };
}

interface Manifest {
  outputs: string[];
}

export async function runBatch(options: BatchOptions): Promise<BatchSummary> {
  const started = performance.now();
  const out = resolve(options.out);
  const { files, missing } = walkInputs(options.paths, [out]);
  // A result depends on the page, byte and line limits it was made under as much as on the code.
  const { maxPages, maxBytes, maxLineChars } = options.limits;
  const version = `${pipelineVersion()}-p${maxPages}-b${maxBytes}-l${maxLineChars}`;
  const reporter = options.reporter;
  // The folder exists even when nothing is found: the (empty) dataset is still written.
  mkdirSync(out, { recursive: true });
  removeStaleTemporaries(out);
  const outcomes: Outcome[] = missing.map((path) => ({ path, sha256: null, done: true, ok: false, error: { errorClass: 'read-error' as const, message: hmipErrors.readError(path, whyUnreadable(path)).message } }));
  reporter.start(files.length + missing.length, files.reduce((sum, path) => sum + sizeOf(path), 0));
  for (const outcome of outcomes) reporter.file({ path: outcome.path, ok: false, cached: false, pages: 0, message: outcome.error!.message });

  const pool = new Pool({ size: Math.max(1, options.jobs), limits: options.limits, timeoutMs: options.timeoutMs, memoryMb: options.memoryMb });
  let processed = 0;
  let reused = 0;
  let duplicates = 0;
  const stopped = new Promise<void>((resolve) => {
    if (options.signal?.aborted) resolve();
    options.signal?.addEventListener('abort', () => resolve(), { once: true });
  });
  const inFlight = new Set<Promise<void>>();
  const maxInFlight = Math.max(2, options.jobs * 2);
  const seenSha = new Map<string, string>();
  try {
    for (const [index, path] of files.entries()) {
      if (options.stopAfter !== undefined && processed >= options.stopAfter) break;
      if (options.signal?.aborted) break;
      let bytes: Uint8Array;
      try {
        // A file over the byte limit is refused from its size, before it is read into memory.
        checkSize(statSync(path).size, path, options.limits.maxBytes);
        bytes = new Uint8Array(readFileSync(path));
      } catch (error) {
        const failure = error instanceof HmipError ? error : hmipErrors.readError(path, fsReason(error), error);
        outcomes.push({ path, sha256: null, done: true, ok: false, error: { errorClass: failure.errorClass, message: failure.message } });
        reporter.file({ path, ok: false, cached: false, pages: 0, message: failure.message });
        continue;
      }
      const sha = sha256(bytes);
      const outcome: Outcome = { path, sha256: sha, done: false, ok: false };
      outcomes.push(outcome);
      if (seenSha.has(sha)) {
        // The same bytes under another name: one document, reported once.
        duplicates++;
        reporter.file({ path, ok: true, cached: true, duplicate: true, pages: 0, bytes: bytes.length, id: `same as ${seenSha.get(sha)}` });
        continue;
      }
      seenSha.set(sha, path);
      const entry = options.force ? null : readCached(out, sha, version);
      const cached = entry && !worthRetrying(entry, options) ? entry : null;
      if (cached) {
        reused++;
        summarise(outcome, cached);
        reporter.file({ path, ok: cached.ok, cached: true, pages: cached.pages, bytes: bytes.length, message: outcome.error?.message });
        continue;
      }
      processed++;
      const size = bytes.length;
      const task = pool.run(path, bytes, index).then((response) => {
        const result: CachedResult = response.ok
          ? { version, sha256: sha, path, ok: true, document: response.document, pages: response.document.source.pages ?? 0, ms: response.ms }
          : { version, sha256: sha, path, ok: false, error: { errorClass: response.error.errorClass, message: response.error.message }, pages: 0, ms: response.ms, timeoutMs: options.timeoutMs, memoryMb: options.memoryMb };
        writeCached(out, result);
        summarise(outcome, result);
        reporter.file({ path, ok: result.ok, cached: false, pages: result.pages, bytes: size, message: result.error?.message });
      });
      inFlight.add(task);
      void task.finally(() => inFlight.delete(task));
      if (inFlight.size >= maxInFlight) await Promise.race([...inFlight, stopped]);
    }
    // Stopped, the files under way are left to the workers' end: those that finished are in the cache.
    await Promise.race([Promise.all(inFlight), stopped]);
  } finally {
    await pool.close();
  }
  if (options.signal?.aborted) {
    const done = outcomes.filter((o) => o.done).length + duplicates;
    const seconds = (performance.now() - started) / 1000;
    const line = interruptedLine(done, files.length + missing.length, join(options.out, '.hmip'));
    reporter.end(line);
    return { files: files.length + missing.length, documents: 0, pages: 0, failed: 0, reused, processed, duplicates, warnings: 0, interrupted: true, seconds, peakMb: Math.round(process.resourceUsage().maxRSS / 1024), line };
  }

  const written = assemble(out, version, outcomes.filter((o) => o.done), seenSha);
  const failed = written.failed;
  const seconds = (performance.now() - started) / 1000;
  const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
  const warnings = outcomes.reduce((sum, o) => sum + (o.done && o.ok ? (o.warnings ?? 0) : 0), 0);
  const line = summaryLine({ documents: written.documents, pages: written.pages, failed, seconds, processed, reused, duplicates, warnings, peakMb, errorsFile: join(options.out, 'errors.jsonl') });
  reporter.end(line);
  return { files: files.length + missing.length, documents: written.documents, pages: written.pages, failed, reused, processed, duplicates, warnings, interrupted: false, seconds, peakMb, line };
}

/**
 * Rebuilds the output folder from the results: per-document JSON, dataset files, errors.jsonl.
 * Documents are read back from the cache one at a time.
 */
function assemble(out: string, version: string, outcomes: Outcome[], firstPathOfSha: Map<string, string>): { documents: number; pages: number; failed: number } {
  const successes = outcomes.filter((o) => o.ok && firstPathOfSha.get(o.sha256!) === o.path);
  const ids = assignIds(successes.map((o) => ({ key: o.sha256!, id: o.id!, format: o.format!, path: o.path })));
  const manifestPath = join(out, '.hmip', 'manifest.json');
  const previous = readManifest(manifestPath);
  const dataset = new DatasetWriter(out);
  const outputs: string[] = [];
  let pages = 0;
  // What pairing needs of each document (kind, provider, dates), and where to load it again from.
  const facts: PairingFacts[] = [];
  const outcomeOf = new Map<string, Outcome>();
  const load = (outcome: Outcome): Document => {
    const cached = readCached(out, outcome.sha256!, version)!.document!;
    return { ...cached, id: ids.get(outcome.sha256!)!, source: { ...cached.source, path: outcome.path } };
  };
  try {
    for (const outcome of successes) {
      const document = load(outcome);
      const { id, kind, source, provider, published, fieldworkStarted, previousInspection } = document;
      facts.push({ id, kind, source, provider, published, fieldworkStarted, previousInspection });
      outcomeOf.set(id, outcome);
      const file = `${document.id}.json`;
      writeFileAtomic(join(out, file), toJson(document));
      outputs.push(file);
      dataset.add(document);
      pages += document.source.pages ?? 0;
    }
    for (const verification of verifyArchive(facts, (id) => load(outcomeOf.get(id)!))) dataset.addVerification(verification);
    dataset.commit();
  } catch (error) {
    dataset.abort();
    throw error;
  }
  const failures = outcomes.filter((o) => !o.ok);
  const lines = failures.map((o) => JSON.stringify({ path: o.path, sha256: o.sha256, errorClass: o.error!.errorClass, message: o.error!.message }));
  writeFileAtomic(join(out, 'errors.jsonl'), lines.length ? `${lines.join('\n')}\n` : '');
  for (const stale of previous.outputs) if (!outputs.includes(stale)) rmSync(join(out, stale), { force: true });
  writeFileAtomic(manifestPath, JSON.stringify({ outputs } satisfies Manifest));
  return { documents: successes.length, pages, failed: failures.length };
}

/** A batch killed mid-write leaves "*.tmp" files behind; they are never read, so clear them. */
function removeStaleTemporaries(out: string): void {
  for (const dir of [out, cacheDir(out)]) {
    let names: string[] = [];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names) if (/\.\d+\.[0-9a-f]{8}\.tmp$/.test(name)) rmSync(join(dir, name), { force: true });
  }
}

/** Why the walk could not read a path it was given or met: missing, or a folder this user may not list. */
function whyUnreadable(path: string): string {
  try {
    if (statSync(path).isDirectory()) readdirSync(path);
    return 'it could not be read';
  } catch (error) {
    return fsReason(error);
  }
}

/** A file's size for the progress bar's weights; 0 when it cannot be read (the read reports why). */
function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

function readManifest(path: string): Manifest {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  } catch {
    return { outputs: [] };
  }
}
