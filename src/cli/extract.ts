/** `hmip extract FILE... [--out DIR] [--format json|md]` */
import { join } from 'node:path';
import type { CommandModule } from 'yargs';
import { assignIds } from '../batch/ids.js';
import type { Pool } from '../batch/pool.js';
import { writeFileAtomic } from '../emit/atomic.js';
import { toJson } from '../emit/json.js';
import { HmipError } from '../errors.js';
import type { Document } from '../schema.js';
import { EXIT, limitOptions, limitsOf, limitsProblem, readInput, report, usageError, type LimitArgs, type RunLimits } from './io.js';

interface Args extends LimitArgs {
  files: string[];
  out?: string;
  format: 'json' | 'md';
  strict: boolean;
  debug: boolean;
}

interface Extracted {
  document: Document;
  markdown: string | null;
}

export function extractCommand(setExit: (code: number) => void): CommandModule<object, Args> {
  return {
    command: 'extract <files..>',
    describe: 'Extract one or more documents to JSON (or show the normalised document as Markdown)',
    builder: (y) =>
      limitOptions(
        y
          .positional('files', { type: 'string', array: true, demandOption: true, describe: 'PDF, HTML, text or Markdown files ("-" for standard input)' })
          .option('out', { type: 'string', describe: 'write DIR/<id>.json per file instead of printing' })
          .option('format', { choices: ['json', 'md'] as const, default: 'json' as const, describe: 'json: the extracted document; md: the normalised document model as Markdown' })
          .option('strict', { type: 'boolean', default: false, describe: 'exit 1 when a cross-check fails' }),
      ) as never,
    handler: async (args) => {
      const problem = limitsProblem(args);
      if (problem) return setExit(usageError('extract', problem));
      const run = limitsOf(args);
      const markdown = args.format === 'md';
      const extract = run.timeoutMs > 0 ? inWorker(run, markdown) : inProcess(run, markdown, args.debug);
      const kept: Extracted[] = [];
      let unreadable = false;
      let checkFailed = false;
      try {
        for (const path of args.files) {
          try {
            const { document, markdown: md } = await extract.one(readInput(path, run.limits.maxBytes), path);
            if (document.checks.some((c) => c.status === 'fail')) checkFailed = true;
            // Parsed, but not an HMI Probation document: worth a line, though it is not an error.
            if (document.kind === 'other') {
              process.stderr.write(`hmip: warning: ${path} does not look like an HMI Probation report or press release (${document.classification.kind.reason}), so its kind is "other".\n`);
            }
            if (args.out) kept.push({ document, markdown: md });
            else if (md !== null) process.stdout.write(md);
            else process.stdout.write(args.files.length === 1 ? toJson(document) : `${JSON.stringify(document)}\n`);
          } catch (error) {
            report(error, path, args.debug);
            unreadable = true;
          }
        }
      } finally {
        await extract.close();
      }
      if (args.out && kept.length) {
        // Unique names, as in a batch: the same report as PDF and text must not overwrite each other.
        const ids = assignIds(kept.map(({ document: d }, i) => ({ key: String(i), id: d.id, format: d.source.format, path: d.source.path })));
        kept.forEach(({ document, markdown: md }, i) => {
          const id = ids.get(String(i))!;
          if (md !== null) writeFileAtomic(join(args.out!, `${id}.md`), md);
          else writeFileAtomic(join(args.out!, `${id}.json`), toJson({ ...document, id }));
        });
      }
      setExit(unreadable ? EXIT.unreadable : args.strict && checkFailed ? EXIT.failed : EXIT.ok);
    },
  };
}

interface Extractor {
  one(bytes: Uint8Array, path: string): Promise<Extracted>;
  close(): Promise<void>;
}

/**
 * The pipeline in one worker thread of the batch pool, under the time and memory limits: a file
 * that would hang or exhaust the process is stopped with a one-sentence error instead. The worker
 * starts while the first file is read, and loads the pipeline in parallel with the CLI.
 */
function inWorker(run: RunLimits, markdown: boolean): Extractor {
  let pool: Promise<Pool> | null = null;
  const start = () => (pool ??= import('../batch/pool.js').then(({ Pool }) => new Pool({ size: 1, ...run })));
  void start();
  let id = 0;
  return {
    async one(bytes, path) {
      const response = await (await start()).run(path, bytes, id++, { markdown });
      if (!response.ok) {
        const { errorClass, message, stack } = response.error;
        const cause = stack ? Object.assign(new Error(message), { stack }) : undefined;
        throw new HmipError(errorClass, path, message, { cause });
      }
      return { document: response.document, markdown: markdown ? (response.markdown ?? '') : null };
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
    async one(bytes, path) {
      const { processBytes } = await import('../pipeline.js');
      const { document, tree } = await processBytes(bytes, path, { limits: run.limits });
      return { document, markdown: markdown ? (await import('../emit/markdown.js')).toMarkdown(tree) : null };
    },
    async close() {},
  };
}
