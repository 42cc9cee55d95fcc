/** `hmip verify RELEASE --report REPORT [-f table|json|html] [-o FILE] [--strict]` */
import type { CommandModule } from 'yargs';
import { openExtractor, type Extracted } from './extractor.js';
import { checkOutputFile, EXIT, limitOptions, limitsOf, limitsProblem, readInput, report, STDIO, writeOutput, type LimitArgs } from './io.js';
import type { Terminal } from '../verify/render.js';
import { HELP_FOOTER, USAGE, UsageError } from './usage.js';

interface Args extends LimitArgs {
  release: string;
  report: string;
  format: 'json' | 'table' | 'html';
  output?: string;
  strict: boolean;
  releaseUrl?: string;
  reportUrl?: string;
  debug: boolean;
}

/**
 * How the table meets the terminal: wrapped to its width and the verdicts coloured when standard
 * output is one (and NO_COLOR is not set, nor TERM=dumb); into a file or a pipe, 80 columns (or
 * $COLUMNS) and no colour.
 */
export function terminalOf(output: string | undefined, stdout: Pick<NodeJS.WriteStream, 'isTTY' | 'columns'> = process.stdout, env: NodeJS.ProcessEnv = process.env): Terminal {
  const tty = (output === undefined || output === STDIO) && stdout.isTTY === true;
  const columns = Number(env.COLUMNS);
  return {
    width: tty && stdout.columns ? stdout.columns : Number.isInteger(columns) && columns > 0 ? columns : 80,
    colour: tty && !env.NO_COLOR && env.TERM !== 'dumb',
  };
}

function problem(args: Args): string | null {
  if (args.release === STDIO && args.report === STDIO) return 'standard input ("-") can be read only once: name the release or the report as a file';
  for (const [name, url] of [['--release-url', args.releaseUrl], ['--report-url', args.reportUrl]] as const) {
    if (url !== undefined && !/^https?:\/\/[^\s/]+\.[^\s]+$/.test(url)) return `${name} must be an http or https address, not ${JSON.stringify(url)}`;
  }
  return limitsProblem(args);
}

export function verifyCommand(setExit: (code: number) => void): CommandModule<object, Args> {
  return {
    command: 'verify <release>',
    describe: 'Check every claim of a press release (or article) against the report it announces',
    builder: (y) =>
      limitOptions(
        y
          .usage(`${USAGE.verify}\n\nChecks each claim of a press release against the report: supported, contradicted (both values shown) or not found, with the page and quote of each.`)
          .positional('release', { type: 'string', describe: 'the press release or article: PDF, HTML, text or Markdown ("-" for standard input)' })
          .group(['report', 'format', 'output', 'strict', 'release-url', 'report-url'], 'Options:')
          .option('report', { type: 'string', demandOption: true, describe: 'the inspection report ("-" for standard input)' })
          .option('format', { alias: 'f', choices: ['table', 'json', 'html'] as const, default: 'table' as const, describe: 'table: for reading; json: the claims with their verdicts; html: one self-contained page' })
          .option('output', { alias: 'o', type: 'string', describe: 'write to FILE instead of standard output' })
          .option('strict', { type: 'boolean', default: false, describe: 'exit 1 when the report contradicts a claim' })
          .option('release-url', { type: 'string', describe: 'where the release is published, for the page (an HTML page\'s canonical address is read by itself)' })
          .option('report-url', { type: 'string', describe: 'where the report is published' })
          .check((args) => problem(args as unknown as Args) ?? true)
          .epilogue(HELP_FOOTER)
          .example([
            ['hmip verify release.html --report report.pdf', 'each claim, its verdict and both quotes'],
            ['hmip verify release.html --report report.pdf -f html -o check.html', 'the same as one web page'],
            ['hmip verify release.txt --report report.pdf --strict', 'exit 1 if a claim is contradicted'],
            ['cat release.txt | hmip verify - --report report.pdf', 'the release on standard input'],
          ]),
      ) as never,
    handler: async (args) => {
      if (args.output !== undefined) checkOutputFile(args.output);
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
      let releaseRead: Extracted | null;
      let reportRead: Extracted | null;
      try {
        releaseRead = await read(args.release, true);
        reportRead = releaseRead ? await read(args.report, true) : null;
      } finally {
        await extractor.close();
      }
      if (!releaseRead || !reportRead) return setExit(EXIT.unreadable);
      const { misuse, verifyRelease } = await import('../verify/verify.js');
      // Which file is which is known only once both are read; still nothing is written.
      const wrong = misuse(releaseRead.document, reportRead.document, { release: args.release === STDIO ? 'standard input' : args.release, report: args.report === STDIO ? 'standard input' : args.report });
      if (wrong) throw new UsageError(wrong, 'verify');
      const { renderVerification } = await import('../verify/render.js');
      const { canonicalUrl, releaseSentences } = await import('../verify/sentences.js');
      const result = verifyRelease(releaseRead.document, reportRead.document, {
        releaseSentences: releaseSentences(releaseRead.tree!),
        releaseUrl: args.releaseUrl ?? canonicalUrl(releaseRead.tree!),
        reportUrl: args.reportUrl ?? canonicalUrl(reportRead.tree!),
      });
      writeOutput(args.output, renderVerification(result, args.format, terminalOf(args.output)));
      setExit(args.strict && result.summary.contradicted > 0 ? EXIT.failed : EXIT.ok);
    },
  };
}
