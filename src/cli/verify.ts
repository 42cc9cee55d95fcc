/** `hmip verify PRESS_RELEASE --report REPORT [--format json|table|html]` */
import type { CommandModule } from 'yargs';
import { EXIT, readInput, report } from './io.js';

interface Args {
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
      y
        .positional('release', { type: 'string', demandOption: true, describe: 'the press release or article (PDF, HTML, text or Markdown)' })
        .option('report', { type: 'string', demandOption: true, describe: 'the inspection report' })
        .option('format', { choices: ['json', 'table', 'html'] as const, default: 'table' as const, describe: 'output format' }) as never,
    handler: async (args) => {
      // The pipeline loads when this command runs, so that the other commands start without it.
      const { processBytes } = await import('../pipeline.js');
      let release;
      let reportDoc;
      let reportTree;
      try {
        release = (await processBytes(readInput(args.release), args.release)).document;
      } catch (error) {
        report(error, args.release, args.debug);
        return setExit(EXIT.unreadable);
      }
      try {
        ({ document: reportDoc, tree: reportTree } = await processBytes(readInput(args.report), args.report));
      } catch (error) {
        report(error, args.report, args.debug);
        return setExit(EXIT.unreadable);
      }
      const { verifyRelease } = await import('../verify/verify.js');
      const { renderVerification } = await import('../verify/render.js');
      const { viewOf } = await import('../model/blocks.js');
      const result = verifyRelease(release, reportDoc, viewOf(reportTree).blocks);
      process.stdout.write(renderVerification(result, args.format));
      setExit(EXIT.ok);
    },
  };
}
