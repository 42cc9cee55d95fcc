/**
 * `hmip batch`: every file under the given paths through the pipeline, in parallel worker
 * threads, with finished work kept in a cache so that a killed batch loses nothing and a re-run
 * on unchanged files does none; then the output folder is rebuilt from the results: one JSON per
 * document, the dataset files, and errors.jsonl.
 */
import { mkdirSync, readdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { errors as hmipErrors, HmipError, type ErrorClass } from '../errors.js';
import { writeFileAtomic } from '../emit/atomic.js';
import { DatasetWriter } from '../emit/dataset.js';
import { toJson } from '../emit/json.js';
import { sha256, type Limits } from '../ingest.js';
import { readBounded } from '../read.js';
import { assignIds } from './ids.js';
import { cacheDir, readCached, renamed, worthRetrying, writeCached, type CachedResult } from './cache.js';
import { Pool } from './pool.js';
import type { Reporter } from './progress.js';
import { pipelineVersion } from './version.js';
import { walkInputs } from './walk.js';

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
  seconds: number;
  /** This process's peak memory and each reader slot's, added up (MB): what the batch held at most. */
  peakMb: number;
  /** What the batch left out on purpose, as sentences (a skipped folder). */
  warnings: string[];
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
  error?: { errorClass: ErrorClass; message: string };
}

function summarise(outcome: Outcome, result: CachedResult): void {
  outcome.done = true;
  outcome.ok = result.ok;
  if (result.ok) {
    outcome.id = result.document!.id;
    outcome.format = result.document!.source.format;
    outcome.pages = result.document!.source.pages ?? 0;
  } else outcome.error = { ...result.error!, message: renamed(result.error!.message, result.path, outcome.path) };
}

interface Manifest {
  outputs: string[];
}

export async function runBatch(options: BatchOptions): Promise<BatchSummary> {
  const started = performance.now();
  const out = resolve(options.out);
  refuseOutputAmongInputs(out, options.paths);
  const { files, unreadable, warnings } = walkInputs(options.paths, [out]);
  // A result depends on the page, byte and line limits it was made under as much as on the code.
  const { maxPages, maxBytes, maxLineChars } = options.limits;
  const version = `${pipelineVersion()}-p${maxPages}-b${maxBytes}-l${maxLineChars}`;
  const reporter = options.reporter;
  // The folder exists even when nothing is found: the (empty) dataset is still written.
  mkdirSync(out, { recursive: true });
  removeStaleTemporaries(out);
  const outcomes: Outcome[] = unreadable.map(({ path, reason }) => {
    const { errorClass, message } = hmipErrors.readError(path, reason);
    return { path, sha256: null, done: true, ok: false, error: { errorClass, message } };
  });
  reporter.start(files.length + unreadable.length);
  for (const outcome of outcomes) reporter.file({ path: outcome.path, ok: false, cached: false, pages: 0, message: outcome.error!.message });

  const pool = new Pool({ size: Math.max(1, options.jobs), limits: options.limits, timeoutMs: options.timeoutMs, memoryMb: options.memoryMb });
  let processed = 0;
  let reused = 0;
  const inFlight = new Set<Promise<void>>();
  const maxInFlight = Math.max(2, options.jobs * 2);
  const seenSha = new Map<string, string>();
  try {
    for (const [index, path] of files.entries()) {
      if (options.stopAfter !== undefined && processed >= options.stopAfter) break;
      let bytes: Uint8Array;
      try {
        bytes = readBounded(path, options.limits.maxBytes);
      } catch (error) {
        const failure = error instanceof HmipError ? error : hmipErrors.readError(path, String(error));
        outcomes.push({ path, sha256: null, done: true, ok: false, error: { errorClass: failure.errorClass, message: failure.message } });
        reporter.file({ path, ok: false, cached: false, pages: 0, message: failure.message });
        continue;
      }
      const sha = sha256(bytes);
      const outcome: Outcome = { path, sha256: sha, done: false, ok: false };
      outcomes.push(outcome);
      if (seenSha.has(sha)) {
        // The same bytes under another name: one document, reported once.
        reporter.file({ path, ok: true, cached: true, pages: 0, id: `same as ${seenSha.get(sha)}` });
        continue;
      }
      seenSha.set(sha, path);
      const entry = options.force ? null : readCached(out, sha, version);
      const cached = entry && !worthRetrying(entry, options) ? entry : null;
      if (cached) {
        reused++;
        summarise(outcome, cached);
        reporter.file({ path, ok: cached.ok, cached: true, pages: cached.pages, message: outcome.error?.message });
        continue;
      }
      processed++;
      const task = pool.run(path, bytes, index).then((response) => {
        const result: CachedResult = response.ok
          ? { version, sha256: sha, path, ok: true, document: response.document, pages: response.document.source.pages ?? 0, ms: response.ms }
          : { version, sha256: sha, path, ok: false, error: { errorClass: response.error.errorClass, message: response.error.message }, pages: 0, ms: response.ms, timeoutMs: options.timeoutMs, memoryMb: options.memoryMb };
        writeCached(out, result);
        summarise(outcome, result);
        reporter.file({ path, ok: result.ok, cached: false, pages: result.pages, message: result.error?.message });
      });
      inFlight.add(task);
      void task.finally(() => inFlight.delete(task));
      if (inFlight.size >= maxInFlight) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  } finally {
    await pool.close();
  }

  const written = assemble(out, version, outcomes.filter((o) => o.done), seenSha);
  const failed = written.failed;
  const seconds = (performance.now() - started) / 1000;
  const peakMb = Math.round(process.resourceUsage().maxRSS / 1024) + pool.peakMb();
  const line = `${written.documents} documents, ${written.pages} pages, ${failed} failed, ${seconds.toFixed(1)} s (${processed} processed, ${reused} already done; peak memory ${peakMb} MB)`;
  reporter.end([...warnings.map((w) => `hmip: warning: ${w}.`), line].join('\n'));
  return { files: files.length + unreadable.length, documents: written.documents, pages: written.pages, failed, reused, processed, seconds, peakMb, warnings, line };
}

/**
 * An output folder that is an input, or holds one, would have the batch read its own output (and
 * write into the archive): refused before anything runs, in one sentence.
 */
function refuseOutputAmongInputs(out: string, paths: string[]): void {
  const real = (path: string) => {
    try {
      return realpathSync(path);
    } catch {
      return resolve(path);
    }
  };
  const folder = real(out);
  for (const path of paths) {
    const input = real(path);
    if (input === folder || input.startsWith(folder + sep)) {
      const what = input === folder ? 'is the input folder' : `holds the input ${path}`;
      throw hmipErrors.output(out, `The output folder ${out} ${what}: hmip would read its own output and write among its inputs, so choose an --out outside them.`, { refused: true });
    }
  }
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
  try {
    for (const outcome of successes) {
      const cached = readCached(out, outcome.sha256!, version)!.document!;
      const document = { ...cached, id: ids.get(outcome.sha256!)!, source: { ...cached.source, path: outcome.path } };
      const file = `${document.id}.json`;
      writeFileAtomic(join(out, file), toJson(document));
      outputs.push(file);
      dataset.add(document);
      pages += document.source.pages ?? 0;
    }
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

function readManifest(path: string): Manifest {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  } catch {
    return { outputs: [] };
  }
}
