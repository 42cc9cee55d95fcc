/** `hmip check FILE.json...`: re-runs the cross-checks on extracted JSON. */
import type { CommandModule } from 'yargs';
import { errors } from '../errors.js';
import { EXIT, readInput, report } from './io.js';

interface Args {
  files: string[];
  strict: boolean;
  json: boolean;
  debug: boolean;
}

export function checkCommand(setExit: (code: number) => void): CommandModule<object, Args> {
  return {
    command: 'check <files..>',
    describe: 'Re-run the cross-checks on extracted JSON documents',
    builder: (y) =>
      y
        .positional('files', { type: 'string', array: true, demandOption: true, describe: 'document JSON files written by hmip' })
        .option('strict', { type: 'boolean', default: false, describe: 'exit 1 when a check fails' })
        .option('json', { type: 'boolean', default: false, describe: 'print the checks as JSON' }) as never,
    handler: async (args) => {
      // The checks and the schema load when this command runs, so that the other commands start without them.
      const { runChecks } = await import('../checks/index.js');
      const { Document } = await import('../schema.js');
      let failed = false;
      let unreadable = false;
      for (const path of args.files) {
        try {
          const text = new TextDecoder().decode(readInput(path));
          let parsed: unknown;
          try {
            parsed = JSON.parse(text);
          } catch (error) {
            throw errors.invalidJson(path, (error as Error).message);
          }
          const result = Document.safeParse(parsed);
          if (!result.success) throw errors.invalidJson(path, `${result.error.issues[0]?.path.join('.') || 'document'}: ${result.error.issues[0]?.message}`);
          const checks = runChecks(result.data);
          if (checks.some((c) => c.status === 'fail')) failed = true;
          if (args.json) process.stdout.write(`${JSON.stringify({ path, id: result.data.id, checks })}\n`);
          else {
            process.stdout.write(`${path} (${result.data.id})\n`);
            for (const c of checks) process.stdout.write(`  ${c.status.padEnd(7)} ${c.id}${c.subject ? ` ${c.subject}` : ''}: ${c.message}\n`);
          }
        } catch (error) {
          report(error, path, args.debug);
          unreadable = true;
        }
      }
      setExit(unreadable ? EXIT.unreadable : args.strict && failed ? EXIT.failed : EXIT.ok);
    },
  };
}
