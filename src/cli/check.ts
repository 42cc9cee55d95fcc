/** `hmip check FILE.json|FILE.jsonl... [--strict] [--json]`: re-runs the cross-checks on extracted JSON. */
import type { CommandModule } from 'yargs';
import { errors } from '../errors.js';
import { EXIT, printable, readInput, report, STDIO } from './io.js';
import { HELP_FOOTER, USAGE } from './usage.js';

interface Args {
  files: string[];
  strict: boolean;
  json: boolean;
  debug: boolean;
}

/** One document of a file: the file's whole text, or one line of a JSON Lines file (`dataset.jsonl`). */
interface Entry {
  /** The file, and the line for JSON Lines: "dataset.jsonl:3". */
  where: string;
  text: string;
}

/**
 * The documents a file holds. A file that parses as one JSON value is one document; one that does
 * not, but whose every line does, is JSON Lines (as `extract -f jsonl` and a batch's
 * `dataset.jsonl` write), read from its content whatever its name.
 */
function entriesOf(path: string, text: string): Entry[] {
  try {
    JSON.parse(text);
    return [{ where: path === STDIO ? 'standard input' : path, text }];
  } catch (error) {
    const name = path === STDIO ? 'standard input' : path;
    const lines = text.split('\n').map((line, i) => ({ where: `${name}:${i + 1}`, text: line })).filter((l) => l.text.trim() !== '');
    if (lines.length > 1 && lines.every((l) => l.text.trimStart().startsWith('{'))) return lines;
    if (text.trim() === '') return [];
    throw errors.invalidJson(path, (error as Error).message);
  }
}

export function checkCommand(setExit: (code: number) => void): CommandModule<object, Args> {
  return {
    command: 'check <files..>',
    describe: 'Re-run the cross-checks on extracted JSON documents (.json or .jsonl)',
    builder: (y) =>
      y
        .usage(`${USAGE.check}\n\nRe-runs the cross-checks (score-sum, score-band, …) on document JSON written by hmip, after an edit or by a later version.`)
        .positional('files', { type: 'string', array: true, default: undefined, describe: 'document JSON files written by hmip, or JSON Lines of them (a batch\'s dataset.jsonl)' })
        .group(['strict', 'json'], 'Options:')
        .option('strict', { type: 'boolean', default: false, describe: 'exit 1 when a check fails' })
        .option('json', { type: 'boolean', default: false, describe: 'print the checks as JSON Lines' })
        .epilogue(HELP_FOOTER)
        .example([
          ['hmip check dataset/west-yorkshire-crc-2020-report.json', 'each check: pass, fail or skipped, with its reason'],
          ['hmip check dataset/dataset.jsonl --strict', 'every document of a batch; exit 1 if a check fails'],
        ]) as never,
    handler: async (args) => {
      // The checks and the schema load when this command runs, so that the other commands start without them.
      const { runChecks } = await import('../checks/index.js');
      const { Document } = await import('../schema.js');
      let failed = false;
      let unreadable = false;
      for (const path of args.files) {
        let entries: Entry[];
        try {
          const text = new TextDecoder().decode(readInput(path));
          entries = entriesOf(path, text);
          if (entries.length === 0) throw errors.invalidJson(path, 'it is empty');
        } catch (error) {
          report(error, path, args.debug);
          unreadable = true;
          continue;
        }
        for (const { where, text } of entries) {
          try {
            let parsed: unknown;
            try {
              parsed = JSON.parse(text);
            } catch (error) {
              throw errors.invalidJson(where, (error as Error).message);
            }
            const result = Document.safeParse(parsed);
            if (!result.success) throw errors.invalidJson(where, `${result.error.issues[0]?.path.join('.') || 'document'}: ${result.error.issues[0]?.message}`);
            const checks = runChecks(result.data);
            if (checks.some((c) => c.status === 'fail')) failed = true;
            if (args.json) process.stdout.write(`${JSON.stringify({ path: where, id: result.data.id, checks })}\n`);
            else {
              process.stdout.write(`${printable(where)} (${result.data.id})\n`);
              for (const c of checks) process.stdout.write(`  ${c.status.padEnd(7)} ${c.id}${c.subject ? ` ${c.subject}` : ''}: ${c.message}\n`);
            }
          } catch (error) {
            report(error, where, args.debug);
            unreadable = true;
          }
        }
      }
      setExit(unreadable ? EXIT.unreadable : args.strict && failed ? EXIT.failed : EXIT.ok);
    },
  };
}
