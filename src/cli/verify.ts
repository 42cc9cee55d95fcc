/** `hmip verify PRESS_RELEASE --report REPORT [--format json|table|html]` */
import type { CommandModule } from 'yargs';
import type { Document } from '../schema.js';
import { openExtractor, type Extracted } from './extractor.js';
import { EXIT, limitOptions, limitsOf, limitsProblem, readInput, report, usageError, type LimitArgs } from './io.js';

interface Args extends LimitArgs {
  release: string;
  report: string;
  format: 'json' | 'table' | 'html';
  debug: boolean;
}

export function verifyCommand(setExit: (code: number) => void): CommandModule<object, Args> {
  return {
    command: 'verify <release>',
    describe: 'Check every claim of a press release (or article) against the report it announces',
    builder: (y) =>
      limitOptions(
        y
          .positional('release', { type: 'string', demandOption: true, describe: 'the press release or article (PDF, HTML, text or Markdown)' })
          .option('report', { type: 'string', demandOption: true, describe: 'the inspection report' })
          .option('format', { choices: ['json', 'table', 'html'] as const, default: 'table' as const, describe: 'output format' }),
      ) as never,
    handler: async (args) => {
      const problem = limitsProblem(args);
      if (problem) return setExit(usageError('verify', problem));
      const run = limitsOf(args);
      // Both files go through the pipeline under the same limits as extract.
      const extractor = openExtractor(run, { debug: args.debug });
      const read = async (path: string, tree: boolean): Promise<Extracted | null> => {
        try {
          return await extractor.one(readInput(path, run.limits.maxBytes), path, { tree });
        } catch (error) {
          report(error, path, args.debug);
          return null;
        }
      };
      let release: Document | null;
      let reportRead: Extracted | null;
      try {
        release = (await read(args.release, false))?.document ?? null;
        reportRead = release ? await read(args.report, true) : null;
      } finally {
        await extractor.close();
      }
      if (!release || !reportRead) return setExit(EXIT.unreadable);
      const { verifyRelease } = await import('../verify/verify.js');
      const { renderVerification } = await import('../verify/render.js');
      const { viewOf } = await import('../model/blocks.js');
      const result = verifyRelease(release, reportRead.document, viewOf(reportRead.tree!).blocks);
      process.stdout.write(renderVerification(result, args.format));
      setExit(EXIT.ok);
    },
  };
}
