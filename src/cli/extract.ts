/** `hmip extract FILE... [--out DIR] [--format json|md]` */
import { join } from 'node:path';
import type { CommandModule } from 'yargs';
import { writeFileAtomic } from '../emit/atomic.js';
import { toJson } from '../emit/json.js';
import { DEFAULT_LIMITS } from '../ingest.js';
import { processBytes } from '../pipeline.js';
import { assignIds } from '../batch/ids.js';
import type { Document } from '../schema.js';
import { EXIT, readInput, report } from './io.js';

interface Args {
  files: string[];
  out?: string;
  format: 'json' | 'md';
  strict: boolean;
  debug: boolean;
  'max-pages': number;
  'max-bytes': number;
}

export function extractCommand(setExit: (code: number) => void): CommandModule<object, Args> {
  return {
    command: 'extract <files..>',
    describe: 'Extract one or more documents to JSON (or show the normalised document as Markdown)',
    builder: (y) =>
      y
        .positional('files', { type: 'string', array: true, demandOption: true, describe: 'PDF, HTML, text or Markdown files ("-" for standard input)' })
        .option('out', { type: 'string', describe: 'write DIR/<id>.json per file instead of printing' })
        .option('format', { choices: ['json', 'md'] as const, default: 'json' as const, describe: 'json: the extracted document; md: the normalised document model as Markdown' })
        .option('strict', { type: 'boolean', default: false, describe: 'exit 1 when a cross-check fails' })
        .option('max-pages', { type: 'number', default: DEFAULT_LIMITS.maxPages, describe: 'refuse PDFs with more pages' })
        .option('max-bytes', { type: 'number', default: DEFAULT_LIMITS.maxBytes, describe: 'refuse larger files' }) as never,
    handler: async (args) => {
      const { toMarkdown } = args.format === 'md' ? await import('../emit/markdown.js') : { toMarkdown: null };
      const limits = { maxPages: args['max-pages'], maxBytes: args['max-bytes'] };
      const documents: Document[] = [];
      let unreadable = false;
      let checkFailed = false;
      for (const path of args.files) {
        try {
          const { document, tree } = await processBytes(readInput(path), path, { limits });
          if (document.checks.some((c) => c.status === 'fail')) checkFailed = true;
          if (toMarkdown) {
            const markdown = toMarkdown(tree);
            if (args.out) writeFileAtomic(join(args.out, `${document.id}.md`), markdown);
            else process.stdout.write(markdown);
          } else if (args.out) documents.push(document);
          else process.stdout.write(args.files.length === 1 ? toJson(document) : `${JSON.stringify(document)}\n`);
        } catch (error) {
          report(error, path, args.debug);
          unreadable = true;
        }
      }
      if (args.out && documents.length) {
        const ids = assignIds(documents.map((d, i) => ({ key: String(i), id: d.id, format: d.source.format, path: d.source.path })));
        documents.forEach((d, i) => writeFileAtomic(join(args.out!, `${ids.get(String(i))}.json`), toJson({ ...d, id: ids.get(String(i))! })));
      }
      setExit(unreadable ? EXIT.unreadable : args.strict && checkFailed ? EXIT.failed : EXIT.ok);
    },
  };
}
