/** `hmip batch PATH... --out DIR [--jobs N] [--resume]` */
import { availableParallelism } from 'node:os';
import type { CommandModule } from 'yargs';
import { reporterFor } from '../batch/progress.js';
import { EXIT, limitOptions, limitsOf, limitsProblem, usageError, type LimitArgs } from './io.js';

interface Args extends LimitArgs {
  paths: string[];
  out: string;
  jobs: number;
  resume: boolean;
  force: boolean;
  quiet: boolean;
  'stop-after'?: number;
}

export function batchCommand(setExit: (code: number) => void): CommandModule<object, Args> {
  return {
    command: 'batch <paths..>',
    describe: 'Convert every PDF, HTML, text and Markdown file under the paths into a dataset',
    builder: (y) =>
      limitOptions(
        y
          .positional('paths', { type: 'string', array: true, demandOption: true, describe: 'files and folders (folders are walked)' })
          .option('out', { type: 'string', demandOption: true, describe: 'output folder: per-document JSON, dataset.jsonl, CSVs, hmip.sqlite, errors.jsonl' })
          .option('jobs', { type: 'number', default: availableParallelism(), describe: 'worker threads' })
          .option('resume', { type: 'boolean', default: false, describe: 'continue an interrupted batch: files whose sha256 already has a complete output are skipped (re-runs always do this)' })
          .option('force', { type: 'boolean', default: false, describe: 'redo every file, ignoring finished work' })
          .option('quiet', { type: 'boolean', default: false, describe: 'no progress output, only the summary line' })
          .option('stop-after', { type: 'number', hidden: true }),
      ) as never,
    handler: async (args) => {
      if (!Number.isInteger(args.jobs) || args.jobs < 1) throw new Error('--jobs must be a whole number of at least 1');
      const problem = limitsProblem(args);
      if (problem) return setExit(usageError('batch', problem));
      const { limits, timeoutMs, memoryMb } = limitsOf(args);
      // The batch machinery (SQLite, the schema) loads when this command runs, so that the others start without it.
      const { runBatch } = await import('../batch/run.js');
      const summary = await runBatch({
        paths: args.paths,
        out: args.out,
        jobs: args.jobs,
        force: args.force,
        limits,
        timeoutMs,
        memoryMb,
        reporter: args.quiet ? { start() {}, file() {}, end: (line) => process.stderr.write(`${line}\n`) } : reporterFor(process.stderr),
        ...(args['stop-after'] !== undefined ? { stopAfter: args['stop-after'] } : {}),
      });
      setExit(summary.failed > 0 ? EXIT.failed : EXIT.ok);
    },
  };
}
