/**
 * How the commands run the pipeline on one file: in a reader process of the batch pool, under the
 * time and memory limits, so that a file that would hang or exhaust the process is stopped with a
 * one-sentence error; or, with `--timeout 0`, in this process with no limits.
 */
import type { Root } from 'mdast';
import type { Pool } from '../batch/pool.js';
import { HmipError } from '../errors.js';
import { DEFAULT_LIMITS } from '../ingest.js';
import type { Document } from '../schema.js';
import { DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT_S, type RunLimits } from './io.js';

export interface Extracted {
  document: Document;
  /** The normalised document as Markdown, when asked for. */
  markdown: string | null;
  /** The document model, when asked for (`hmip verify` reads the report's prose). */
  tree: Root | null;
}

export interface Extractor {
  one(bytes: Uint8Array, path: string, want?: { tree?: boolean }): Promise<Extracted>;
  close(): Promise<void>;
}

export function openExtractor(run: RunLimits, options: { markdown?: boolean; debug: boolean }): Extractor {
  if (run.timeoutMs > 0) return inReader(run, !!options.markdown);
  void takeEarly(null);
  return inProcess(run, !!options.markdown, options.debug);
}

const DEFAULT_RUN: RunLimits = { limits: DEFAULT_LIMITS, timeoutMs: DEFAULT_TIMEOUT_S * 1000, memoryMb: DEFAULT_MEMORY_MB };

let early: { run: RunLimits; pool: Promise<Pool> } | null = null;

function startPool(run: RunLimits): Promise<Pool> {
  return import('../batch/pool.js').then(({ Pool }) => new Pool({ size: 1, ...run }));
}

/**
 * Starts the reader under the default limits before the command line is even parsed: loading the
 * pipeline in the reader then overlaps loading the argument parser here, which a one-file extract
 * feels. Used by bin/hmip.js for `extract` and `verify`; a command given other limits starts its own.
 */
export function startEarly(): void {
  early ??= { run: DEFAULT_RUN, pool: startPool(DEFAULT_RUN) };
}

/** Stops the early reader if no command took it (help, a usage error). */
export async function closeEarly(): Promise<void> {
  const unused = early;
  early = null;
  if (unused) await (await unused.pool).close();
}

/** The early reader if it runs under `run`'s limits; otherwise it is stopped. Either way it is taken. */
function takeEarly(run: RunLimits | null): Promise<Pool> | null {
  const taken = early;
  early = null;
  if (!taken) return null;
  if (run && sameRun(taken.run, run)) return taken.pool;
  void taken.pool.then((p) => p.close());
  return null;
}

function sameRun(a: RunLimits, b: RunLimits): boolean {
  return (
    a.timeoutMs === b.timeoutMs &&
    a.memoryMb === b.memoryMb &&
    a.limits.maxBytes === b.limits.maxBytes &&
    a.limits.maxPages === b.limits.maxPages &&
    a.limits.maxLineChars === b.limits.maxLineChars
  );
}

/** The reader starts while the first file is read, and loads the pipeline in parallel with the CLI. */
function inReader(run: RunLimits, markdown: boolean): Extractor {
  let pool: Promise<Pool> | null = null;
  const start = () => (pool ??= takeEarly(run) ?? startPool(run));
  void start();
  let id = 0;
  return {
    async one(bytes, path, want = {}) {
      const response = await (await start()).run(path, bytes, id++, { markdown, tree: !!want.tree });
      if (!response.ok) {
        const { errorClass, message, stack } = response.error;
        const cause = stack ? Object.assign(new Error(message), { stack }) : undefined;
        throw new HmipError(errorClass, path, message, { cause });
      }
      return { document: response.document, markdown: markdown ? (response.markdown ?? '') : null, tree: response.tree ?? null };
    },
    async close() {
      if (pool) await (await pool).close();
    },
  };
}

/** `--timeout 0`: the pipeline in this process, with no limit on time or memory. */
function inProcess(run: RunLimits, markdown: boolean, debug: boolean): Extractor {
  // pdf.js can leave a rejected promise of its own behind on a damaged PDF (the pool's reader keeps
  // them too): it must not crash the command, with a stack trace, after the file's answer is out.
  process.on('unhandledRejection', (reason) => {
    if (debug) process.stderr.write(`hmip: a parser left a promise rejection unhandled: ${reason instanceof Error ? reason.stack : String(reason)}\n`);
  });
  return {
    async one(bytes, path, want = {}) {
      const { processBytes } = await import('../pipeline.js');
      const { document, tree } = await processBytes(bytes, path, { limits: run.limits });
      return { document, markdown: markdown ? (await import('../emit/markdown.js')).toMarkdown(tree) : null, tree: want.tree ? tree : null };
    },
    async close() {},
  };
}
