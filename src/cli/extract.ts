/** `hmip extract FILE... [--out DIR] [--format json|md]` */
import { join } from 'node:path';
import type { CommandModule } from 'yargs';
import { assignIds } from '../batch/ids.js';
import { writeFileAtomic } from '../emit/atomic.js';
import { toJson } from '../emit/json.js';
import type { Document } from '../schema.js';
import { openExtractor } from './extractor.js';
import { EXIT, limitOptions, limitsOf, limitsProblem, readInput, report, usageError, type LimitArgs, type RunLimits } from './io.js';

interface Args extends LimitArgs {
  files: string[];
  out?: string;
  format: 'json' | 'md';
  strict: boolean;
  debug: boolean;
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
      const extract = openExtractor(run, { markdown, debug: args.debug });
      const kept: { document: Document; markdown: string | null }[] = [];
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
