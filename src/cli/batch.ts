/** `hmip batch PATH... -o DIR [-j N] [--force] [--quiet]` */
import { availableParallelism } from 'node:os';
import type { CommandModule } from 'yargs';
import { reporterFor } from '../batch/progress.js';
import { outputAmongInputs } from '../batch/walk.js';
import { checkOutFolder, EXIT, limitOptions, limitsOf, limitsProblem, type LimitArgs } from './io.js';
import { HELP_FOOTER, USAGE } from './usage.js';

interface Args extends LimitArgs {
  paths: string[];
  out: string;
  jobs: number;
  resume: boolean;
  force: boolean;
  quiet: boolean;
  'stop-after'?: number;
}

function problem(args: Args): string | null {
  if (!Number.isInteger(args.jobs) || args.jobs < 1) return '-j/--jobs must be a whole number of at least 1';
  if (args.out.trim() === '') return '--out must name a folder';
  return limitsProblem(args) ?? outputAmongInputs(args.out, args.paths ?? []);
}

export function batchCommand(setExit: (code: number) => void): CommandModule<object, Args> {
  return {
    command: 'batch <paths..>',
    describe: 'Convert every PDF, HTML, text and Markdown file under the paths into a dataset',
    builder: (y) =>
      limitOptions(
        y
          .usage(`${USAGE.batch}\n\nReads every PDF, HTML, text and Markdown file under the paths (folders are walked) into DIR: one JSON per document, dataset.jsonl, CSV tables, hmip.sqlite and errors.jsonl. Finished work is kept in DIR/.hmip, so a stopped batch goes on where it stopped.`)
          .positional('paths', { type: 'string', array: true, default: undefined, describe: 'files and folders (folders are walked)' })
          .group(['out', 'jobs', 'resume', 'force', 'quiet'], 'Options:')
          .option('out', { alias: 'o', type: 'string', demandOption: true, describe: 'output folder: per-document JSON, dataset.jsonl, CSVs, hmip.sqlite, errors.jsonl' })
          .option('jobs', { alias: 'j', type: 'number', default: availableParallelism(), defaultDescription: 'the number of cores', describe: 'documents read at once, each in a reader process of its own' })
          .option('resume', { type: 'boolean', default: false, describe: 'continue a stopped batch (every re-run does: finished files are not read again)' })
          .option('force', { type: 'boolean', default: false, describe: 'read every file again, ignoring finished work' })
          .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'no progress, only the summary line' })
          .option('stop-after', { type: 'number', hidden: true })
          .check((args) => problem(args as unknown as Args) ?? true)
          .epilogue(HELP_FOOTER)
          .example([
            ['hmip batch archive/ -o dataset/', 'the whole archive into dataset/'],
            ['hmip batch archive/ more/report.pdf -o dataset/ -j 4', 'folders and files, four documents at once'],
            ['hmip batch archive/ -o dataset/', 'run again after Ctrl-C (or a crash): goes on where it stopped'],
          ]),
      ) as never,
    handler: async (args) => {
      checkOutFolder(args.out);
      const { limits, timeoutMs, memoryMb } = limitsOf(args);
      // Ctrl-C stops the batch in order: no new file, the readers stopped, finished work kept. A
      // second Ctrl-C does not wait for that.
      const stop = new AbortController();
      const onSigint = () => {
        if (stop.signal.aborted) process.exit(EXIT.interrupted);
        stop.abort();
      };
      process.on('SIGINT', onSigint);
      try {
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
          reporter: reporterFor(process.stderr, { quiet: args.quiet }),
          signal: stop.signal,
          ...(args['stop-after'] !== undefined ? { stopAfter: args['stop-after'] } : {}),
        });
        setExit(summary.interrupted ? EXIT.interrupted : summary.failed > 0 ? EXIT.failed : EXIT.ok);
      } finally {
        process.off('SIGINT', onSigint);
      }
    },
  };
}
