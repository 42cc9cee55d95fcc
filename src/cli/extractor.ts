/**
 * How the commands run the pipeline on one file: in a worker thread of the batch pool, under the
 * time and memory limits, so that a file that would hang or exhaust the process is stopped with a
 * one-sentence error; or, with `--timeout 0`, in this process with no limits.
 */
import type { Root } from 'mdast';
import type { Pool } from '../batch/pool.js';
import { HmipError } from '../errors.js';
import type { Document } from '../schema.js';
import type { RunLimits } from './io.js';

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
  return run.timeoutMs > 0 ? inWorker(run, !!options.markdown) : inProcess(run, !!options.markdown, options.debug);
}

/** The worker starts while the first file is read, and loads the pipeline in parallel with the CLI. */
function inWorker(run: RunLimits, markdown: boolean): Extractor {
  let pool: Promise<Pool> | null = null;
  const start = () => (pool ??= import('../batch/pool.js').then(({ Pool }) => new Pool({ size: 1, ...run })));
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
  // pdf.js can leave a rejected promise of its own behind on a damaged PDF (the pool's worker keeps
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
