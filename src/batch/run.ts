/**
 * `hmip batch`: every file under the given paths through the pipeline, in parallel reader
 * processes, with finished work kept in a cache so that a killed batch loses nothing and a re-run
 * on unchanged files does none; then the dataset is written whole into a new generation folder
 * and published in one rename (see emit/publish.ts).
 *
 * The output folder is the batch's alone while it runs (a lock), hmip's folders in it are checked
 * before they are used, and every failure of the output side — a full disk, a read-only folder, a
 * file in the way — ends the batch with one sentence saying what is kept. Ctrl-C (the signal)
 * stops it in order: no file is started after it, the readers are stopped, finished work is kept.
 */
import { statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { errors as hmipErrors, HmipError, readReason, type ErrorClass } from '../errors.js';
import { withKept, writeErrorOf } from '../emit/atomic.js';
import { DatasetWriter } from '../emit/dataset.js';
import type { RunRecord } from '../emit/sqlite.js';
import { toJson } from '../emit/json.js';
import { abandonGeneration, prepareOutput, publishGeneration, startGeneration, tidyOutput, type OutputLayout } from '../emit/publish.js';
import { sha256, type Limits } from '../ingest.js';
import { readBounded } from '../read.js';
import { assignIds } from './ids.js';
import { readCached, renamed, worthRetrying, writeCached, type CachedResult } from './cache.js';
import { lockOutput } from './lock.js';
import { Pool } from './pool.js';
import { interruptedLine, summaryLine, type Reporter } from './progress.js';
import { hmipVersion, pipelineVersion } from './version.js';
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
  /** Ctrl-C: no file is started after it, the reader processes are stopped, and finished work is kept for the next run. */
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
  /** This process's peak memory and each reader slot's, added up (MB): what the batch held at most. */
  peakMb: number;
  /** What the batch itself left out or put right on purpose, as sentences (a skipped folder, a corrupt cache entry redone). */
  batchWarnings: string[];
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

function failed(outcome: Outcome, error: HmipError): void {
  outcome.done = true;
  outcome.ok = false;
  outcome.error = { errorClass: error.errorClass, message: error.message };
}

export async function runBatch(options: BatchOptions): Promise<BatchSummary> {
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const out = resolve(options.out);
  const batchWarnings: string[] = [];
  const warn = (message: string) => batchWarnings.push(message);
  const layout = prepareOutput(out, warn);
  const lock = lockOutput(out, layout.hmip);
  try {
    tidyOutput(layout, warn);
    return await processAll(options, layout, started, startedAt, batchWarnings);
  } finally {
    lock.release();
  }
}

async function processAll(options: BatchOptions, layout: OutputLayout, started: number, startedAt: string, batchWarnings: string[]): Promise<BatchSummary> {
  const { out } = layout;
  const { files, unreadable, warnings: skipped } = walkInputs(options.paths, [out]);
  batchWarnings.push(...skipped);
  // A result depends on the page, byte and line limits it was made under as much as on the code.
  const { maxPages, maxBytes, maxLineChars } = options.limits;
  const version = `${pipelineVersion()}-p${maxPages}-b${maxBytes}-l${maxLineChars}`;
  const reporter = options.reporter;
  const outcomes: Outcome[] = unreadable.map(({ path, reason }) => {
    const outcome: Outcome = { path, sha256: null, done: false, ok: false };
    failed(outcome, hmipErrors.readError(path, reason));
    return outcome;
  });
  reporter.start(files.length + unreadable.length, files.reduce((sum, path) => sum + sizeOf(path), 0));
  for (const outcome of outcomes) reporter.file({ path: outcome.path, ok: false, cached: false, pages: 0, message: outcome.error!.message });

  // Readers start with the first file that needs one: a re-run on finished work starts none.
  let pool: Pool | null = null;
  const readers = () => (pool ??= new Pool({ size: Math.max(1, options.jobs), limits: options.limits, timeoutMs: options.timeoutMs, memoryMb: options.memoryMb }));
  let processed = 0;
  let reused = 0;
  let kept = 0;
  let duplicates = 0;
  /** The first failure to write the cache: the batch stops there, keeping what it finished. */
  let cacheFailure: unknown = null;
  const stopped = new Promise<void>((resolve) => {
    if (options.signal?.aborted) resolve();
    options.signal?.addEventListener('abort', () => resolve(), { once: true });
  });
  const inFlight = new Set<Promise<void>>();
  const maxInFlight = Math.max(2, options.jobs * 2);
  const seenSha = new Map<string, string>();
  try {
    for (const [index, path] of files.entries()) {
      if (cacheFailure || (options.stopAfter !== undefined && processed >= options.stopAfter)) break;
      if (options.signal?.aborted) break;
      let bytes: Uint8Array;
      try {
        bytes = readBounded(path, options.limits.maxBytes);
      } catch (error) {
        const outcome: Outcome = { path, sha256: null, done: false, ok: false };
        failed(outcome, error instanceof HmipError ? error : hmipErrors.readError(path, readReason(error), error));
        outcomes.push(outcome);
        reporter.file({ path, ok: false, cached: false, pages: 0, message: outcome.error!.message });
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
      const read = options.force ? null : readCached(out, sha, version);
      if (read && !read.entry && read.corrupt) batchWarnings.push(`${read.corrupt}: ${path} was read again`);
      const cached = read?.entry && !worthRetrying(read.entry, options) ? read.entry : null;
      if (cached) {
        reused++;
        summarise(outcome, cached);
        reporter.file({ path, ok: cached.ok, cached: true, pages: cached.pages, bytes: bytes.length, message: outcome.error?.message });
        continue;
      }
      processed++;
      const size = bytes.length;
      const task = readers().run(path, bytes, index).then((response) => {
        const result: CachedResult = response.ok
          ? { version, sha256: sha, path, ok: true, document: response.document, pages: response.document.source.pages ?? 0, ms: response.ms }
          : { version, sha256: sha, path, ok: false, error: { errorClass: response.error.errorClass, message: response.error.message }, pages: 0, ms: response.ms, timeoutMs: options.timeoutMs, memoryMb: options.memoryMb };
        if (cacheFailure) return;
        try {
          writeCached(out, result);
        } catch (error) {
          cacheFailure = error;
          return;
        }
        kept++;
        summarise(outcome, result);
        reporter.file({ path, ok: result.ok, cached: false, pages: result.pages, bytes: size, message: result.error?.message });
      });
      inFlight.add(task);
      void task.finally(() => inFlight.delete(task));
      if (inFlight.size >= maxInFlight) await Promise.race([...inFlight, stopped]);
    }
    // Stopped (Ctrl-C), the files under way are given up and their readers stopped: those that finished are in the cache.
    await Promise.race([Promise.all(inFlight), stopped]);
  } finally {
    await (pool as Pool | null)?.close();
  }
  if (cacheFailure) {
    const finished = reused + kept;
    throw withKept(writeErrorOf(layout.cache, cacheFailure), `the ${finished} file${finished === 1 ? '' : 's'} finished before it ${finished === 1 ? 'is' : 'are'} kept in ${layout.cache}, and a re-run of the batch goes on from there`);
  }
  if (options.signal?.aborted) {
    const done = outcomes.filter((o) => o.done).length + duplicates;
    const seconds = (performance.now() - started) / 1000;
    const line = interruptedLine(done, files.length + unreadable.length, join(options.out, '.hmip', 'cache'));
    reporter.end(line, batchWarnings);
    const peakMb = Math.round(process.resourceUsage().maxRSS / 1024) + ((pool as Pool | null)?.peakMb() ?? 0);
    return { files: files.length + unreadable.length, documents: 0, pages: 0, failed: 0, reused, processed, duplicates, warnings: 0, interrupted: true, seconds, peakMb, batchWarnings, line };
  }

  const run: RunRecord = {
    hmipVersion: hmipVersion(),
    pipelineVersion: version,
    started: startedAt,
    finished: '',
    jobs: options.jobs,
    limits: { timeoutMs: options.timeoutMs, memoryMb: options.memoryMb, maxPages, maxBytes, maxLineChars },
    files: files.length + unreadable.length,
    documents: 0,
    failed: 0,
    processed,
    reused,
    duplicates,
  };
  const written = assemble(layout, version, outcomes.filter((o) => o.done), seenSha, batchWarnings, run);
  const seconds = (performance.now() - started) / 1000;
  const peakMb = Math.round(process.resourceUsage().maxRSS / 1024) + ((pool as Pool | null)?.peakMb() ?? 0);
  const documentWarnings = outcomes.reduce((sum, o) => sum + (o.done && o.ok ? (o.warnings ?? 0) : 0), 0);
  const line = summaryLine({ documents: written.documents, pages: written.pages, failed: written.failed, seconds, processed, reused, duplicates, warnings: documentWarnings, peakMb, errorsFile: join(options.out, 'errors.jsonl') });
  reporter.end(line, batchWarnings);
  return { files: files.length + unreadable.length, documents: written.documents, pages: written.pages, failed: written.failed, reused, processed, duplicates, warnings: documentWarnings, interrupted: false, seconds, peakMb, batchWarnings, line };
}

/**
 * Writes the dataset from the results into a new generation folder — per-document JSON, the
 * dataset files, errors.jsonl — reading documents back from the cache one at a time, and
 * publishes it. A failure to write leaves the previous dataset as it was.
 */
function assemble(layout: OutputLayout, version: string, outcomes: Outcome[], firstPathOfSha: Map<string, string>, warnings: string[], run: RunRecord): { documents: number; pages: number; failed: number } {
  const generation = startGeneration(layout);
  const warn = (message: string) => warnings.push(message);
  try {
    const candidates = outcomes.filter((o) => o.ok && firstPathOfSha.get(o.sha256!) === o.path);
    const ids = assignIds(candidates.map((o) => ({ key: o.sha256!, id: o.id!, format: o.format!, path: o.path })));
    const dataset = new DatasetWriter(generation.dir);
    let documents = 0;
    let pages = 0;
    // What pairing needs of each document (kind, inspection ids, provider, dates), and where to read it again from.
    const facts: PairingFacts[] = [];
    const outcomeOf = new Map<string, Outcome>();
    const reload = (id: string): Document => {
      const outcome = outcomeOf.get(id)!;
      const read = readCached(layout.out, outcome.sha256!, version);
      if (!read.entry?.ok) throw hmipErrors.internal(outcome.path, `its result in ${layout.cache} was changed or removed while the batch ran; run the batch again`);
      return { ...read.entry.document!, id, source: { ...read.entry.document!.source, path: outcome.path } };
    };
    try {
      for (const outcome of candidates) {
        const read = readCached(layout.out, outcome.sha256!, version);
        if (!read.entry?.ok) {
          // Checked when the batch began with it; changed or removed since (by something else than hmip).
          failed(outcome, hmipErrors.internal(outcome.path, `its result in ${layout.cache} was changed or removed while the batch ran; run the batch again`));
          continue;
        }
        const cached = read.entry.document!;
        const document = { ...cached, id: ids.get(outcome.sha256!)!, source: { ...cached.source, path: outcome.path } };
        const file = join(generation.dir, `${document.id}.json`);
        try {
          writeFileSync(file, toJson(document));
        } catch (error) {
          throw writeErrorOf(file, error);
        }
        dataset.add(document);
        const { id, kind, source, provider, published, fieldworkStarted, previousInspection, inspectionId, previousInspectionId } = document;
        facts.push({ id, kind, source, provider, published, fieldworkStarted, previousInspection, inspectionId, previousInspectionId });
        outcomeOf.set(id, outcome);
        documents++;
        pages += document.source.pages ?? 0;
      }
      for (const verification of verifyArchive(facts, reload)) dataset.addVerification(verification);
      const failures = outcomes.filter((o) => !o.ok);
      dataset.commit(
        { ...run, finished: new Date().toISOString(), documents, failed: failures.length },
        failures.map((o) => ({ path: o.path, sha256: o.sha256, errorClass: o.error!.errorClass, message: o.error!.message })),
      );
    } catch (error) {
      dataset.abort();
      throw error;
    }
    const failures = outcomes.filter((o) => !o.ok);
    const lines = failures.map((o) => JSON.stringify({ path: o.path, sha256: o.sha256, errorClass: o.error!.errorClass, message: o.error!.message }));
    const errorsFile = join(generation.dir, 'errors.jsonl');
    try {
      writeFileSync(errorsFile, lines.length ? `${lines.join('\n')}\n` : '');
    } catch (error) {
      throw writeErrorOf(errorsFile, error);
    }
    publishGeneration(layout, generation, warn);
    return { documents, pages, failed: failures.length };
  } catch (error) {
    abandonGeneration(generation);
    throw withKept(error, `the dataset published before is as it was, and the finished work is kept in ${layout.cache}: a re-run of the batch publishes it`);
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
