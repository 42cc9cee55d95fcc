/** `hmip batch PATH... --out DIR [--jobs N] [--resume]` */
import { availableParallelism } from 'node:os';
import type { CommandModule } from 'yargs';
import { DEFAULT_LIMITS } from '../ingest.js';
import { EXIT } from './io.js';

interface Args {
  paths: string[];
  out: string;
  jobs: number;
  resume: boolean;
  force: boolean;
  quiet: boolean;
  timeout: number;
  'memory-mb': number;
  'max-pages': number;
  'max-bytes': number;
  'stop-after'?: number;
}

export function batchCommand(setExit: (code: number) => void): CommandModule<object, Args> {
  return {
    command: 'batch <paths..>',
    describe: 'Convert every PDF, HTML, text and Markdown file under the paths into a dataset',
    builder: (y) =>
      y
        .positional('paths', { type: 'string', array: true, demandOption: true, describe: 'files and folders (folders are walked)' })
        .option('out', { type: 'string', demandOption: true, describe: 'output folder: per-document JSON, dataset.jsonl, CSVs, hmip.sqlite, errors.jsonl' })
        .option('jobs', { type: 'number', default: availableParallelism(), describe: 'worker threads' })
        .option('resume', { type: 'boolean', default: false, describe: 'continue an interrupted batch: files whose sha256 already has a complete output are skipped (re-runs always do this)' })
        .option('force', { type: 'boolean', default: false, describe: 'redo every file, ignoring finished work' })
        .option('quiet', { type: 'boolean', default: false, describe: 'no progress output, only the summary line' })
        .option('timeout', { type: 'number', default: 120, describe: 'seconds allowed per document' })
        .option('memory-mb', { type: 'number', default: 1024, describe: 'heap limit per worker, in MB' })
        .option('max-pages', { type: 'number', default: DEFAULT_LIMITS.maxPages, describe: 'refuse PDFs with more pages' })
        .option('max-bytes', { type: 'number', default: DEFAULT_LIMITS.maxBytes, describe: 'refuse larger files' })
        .option('stop-after', { type: 'number', hidden: true }) as never,
    handler: async (args) => {
      if (!Number.isInteger(args.jobs) || args.jobs < 1) throw new Error('--jobs must be a whole number of at least 1');
      // Loaded here, not at start-up: SQLite and the worker pool are only for batches.
      const { runBatch } = await import('../batch/run.js');
      const { reporterFor } = await import('../batch/progress.js');
      const summary = await runBatch({
        paths: args.paths,
        out: args.out,
        jobs: args.jobs,
        force: args.force,
        limits: { maxPages: args['max-pages'], maxBytes: args['max-bytes'] },
        timeoutMs: args.timeout * 1000,
        memoryMb: args['memory-mb'],
        reporter: args.quiet ? { start() {}, file() {}, end: (line) => process.stderr.write(`${line}\n`) } : reporterFor(process.stderr),
        ...(args['stop-after'] !== undefined ? { stopAfter: args['stop-after'] } : {}),
      });
      setExit(summary.failed > 0 ? EXIT.failed : EXIT.ok);
    },
  };
}
