/** `hmip extract FILE... [-f json|jsonl|md] [-o FILE | --out DIR] [--strict]` */
import { join } from 'node:path';
import type { CommandModule } from 'yargs';
import { assignIds } from '../batch/ids.js';
import { writeFileAtomic } from '../emit/atomic.js';
import { toJson } from '../emit/json.js';
import type { Document } from '../schema.js';
import { openExtractor } from './extractor.js';
import { checkOutFolder, checkOutputFile, EXIT, limitOptions, limitsOf, limitsProblem, printable, readInput, report, STDIO, writeOutput, type LimitArgs } from './io.js';
import { HELP_FOOTER, USAGE } from './usage.js';

type Format = 'json' | 'jsonl' | 'md';

interface Args extends LimitArgs {
  files: string[];
  out?: string;
  output?: string;
  format: Format;
  strict: boolean;
  debug: boolean;
}

/** What is wrong with the line as given, as a sentence; null when nothing is. */
function problem(args: Args): string | null {
  if (args.out !== undefined && args.output !== undefined) return '--out DIR (one file per document) and -o/--output FILE (one file for all) cannot be given together';
  if (args.files.filter((f) => f === STDIO).length > 1) return 'standard input ("-") can be read only once';
  if (args.format === 'json' && args.files.length > 1 && args.out === undefined) {
    return `${args.files.length} files make ${args.files.length} documents: use -f jsonl for one JSON document a line, or --out DIR for a file each`;
  }
  if (args.format === 'jsonl' && args.out !== undefined) return '-f jsonl writes one stream of documents; --out DIR writes a JSON file per document, so give one or the other';
  return limitsProblem(args);
}

export function extractCommand(setExit: (code: number) => void): CommandModule<object, Args> {
  return {
    command: 'extract <files..>',
    describe: 'Extract documents to JSON (or show what hmip read, as Markdown)',
    builder: (y) =>
      limitOptions(
        y
          .usage(`${USAGE.extract}\n\nExtracts each document (PDF, HTML, text or Markdown) to the hmip document JSON: ratings, scores, figures, recommendations and claims, each with its page and quote.`)
          .positional('files', { type: 'string', array: true, default: undefined, describe: 'PDF, HTML, text or Markdown files ("-" for standard input)' })
          .group(['format', 'output', 'out', 'strict'], 'Options:')
          .option('format', { alias: 'f', choices: ['json', 'jsonl', 'md'] as const, default: 'json' as const, describe: 'json: one document; jsonl: one document a line, for several files; md: the document as hmip read it, as Markdown' })
          .option('output', { alias: 'o', type: 'string', describe: 'write to FILE instead of standard output' })
          .option('out', { type: 'string', describe: 'write DIR/<id>.json (or .md) per file instead' })
          .option('strict', { type: 'boolean', default: false, describe: 'exit 1 when a cross-check fails' })
          .check((args) => problem(args as unknown as Args) ?? true)
          .epilogue(HELP_FOOTER)
          .example([
            ['hmip extract report.pdf', 'the report as JSON on standard output'],
            ['hmip extract report.pdf -o report.json', 'the same, written to report.json'],
            ['hmip extract *.pdf *.html -f jsonl > documents.jsonl', 'several files, one JSON document a line'],
            ['hmip extract *.pdf --out json/', 'one json/<id>.json per file'],
            ['hmip extract report.pdf -f md', 'what hmip read, as Markdown, with <!-- page N --> markers'],
            ['cat release.txt | hmip extract -', 'a document on standard input'],
          ]),
      ) as never,
    handler: async (args) => {
      if (args.out !== undefined) checkOutFolder(args.out);
      if (args.output !== undefined) checkOutputFile(args.output);
      const run = limitsOf(args);
      const markdown = args.format === 'md';
      const extract = openExtractor(run, { markdown, debug: args.debug });
      const kept: { document: Document; markdown: string | null }[] = [];
      // Printed as each file is read; kept whole for -o, which is written once, at the end.
      const printed: string[] = [];
      const print = (text: string) => (args.output === undefined ? process.stdout.write(text) : printed.push(text));
      let unreadable = false;
      let checkFailed = false;
      try {
        for (const path of args.files) {
          try {
            const { document, markdown: md } = await extract.one(readInput(path, run.limits.maxBytes), path);
            if (document.checks.some((c) => c.status === 'fail')) checkFailed = true;
            // Parsed, but not an HMI Probation document: worth a line, though it is not an error.
            if (document.kind === 'other') {
              process.stderr.write(`hmip: warning: ${printable(path === STDIO ? 'standard input' : path)} does not look like an HMI Probation report or press release (${document.classification.kind.reason}), so its kind is "other".\n`);
            }
            if (args.out !== undefined) kept.push({ document, markdown: md });
            else if (md !== null) print(md);
            else print(args.format === 'jsonl' ? `${JSON.stringify(document)}\n` : toJson(document));
          } catch (error) {
            report(error, path, args.debug);
            unreadable = true;
          }
        }
      } finally {
        await extract.close();
      }
      if (args.output !== undefined && printed.length > 0) writeOutput(args.output, printed.join(''));
      if (args.out !== undefined && kept.length) {
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
