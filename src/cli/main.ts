/**
 * The `hmip` command line. Commands are thin: they read arguments, call the pipeline, and set the
 * exit code: 0 done; 1 a file failed (batch) or a check failed under --strict; 2 usage error, or
 * an output folder another batch is writing; 3 an input cannot be read or an output cannot be
 * written; 130 stopped by Ctrl-C.
 *
 * A usage error stops the line before any command runs: yargs's own checks and each command's
 * `check` end in a `UsageError`, thrown from `fail`, which yargs would otherwise only report
 * before running the handler all the same.
 */
import yargs from 'yargs';
import { HmipError, isFsError, readReason, writeReason } from '../errors.js';
import { batchCommand } from './batch.js';
import { checkCommand } from './check.js';
import { extractCommand } from './extract.js';
import { EXIT, exitOf, printable, STDIO } from './io.js';
import { schemaCommand } from './schema.js';
import { HELP_FOOTER, usageSentence, usageText, UsageError } from './usage.js';
import { verifyCommand } from './verify.js';

const COMMANDS = ['extract', 'batch', 'verify', 'check', 'schema'];

/**
 * yargs drops a lone "-" from the line, the usual name of standard input; it is carried through
 * the parser as a word no path can be (a NUL character), and given back to the commands as "-".
 */
const STDIO_WORD = '\u0000-';

export async function main(argv: string[]): Promise<number> {
  const command = COMMANDS.includes(argv[0] ?? '') ? argv[0]! : null;
  const debug = argv.includes('--debug');
  let exit: number = EXIT.ok;
  const setExit = (code: number) => {
    exit = code;
  };
  const parser = yargs(argv.map((word) => (word === STDIO ? STDIO_WORD : word)))
    .scriptName('hmip')
    .usage('hmip <command> [options]\n\nTurns HM Inspectorate of Probation reports and press releases into validated, citable data.')
    .command(extractCommand(setExit))
    .command(batchCommand(setExit))
    .command(verifyCommand(setExit))
    .command(checkCommand(setExit))
    .command(schemaCommand)
    .middleware(restoreStdio, true)
    .option('debug', { type: 'boolean', default: false, global: true, describe: 'print stack traces with errors' })
    .demandCommand(1, 'name a command: extract, batch, verify, check or schema')
    .strict()
    .help()
    .alias('h', 'help')
    .version()
    // A command's own options come first in its help, these after them.
    .group(['debug', 'help', 'version'], 'Global options:')
    .epilogue(HELP_FOOTER)
    // yargs renders the help text for every command it runs (to keep for a failure) whether or not it prints it; wrapping
    // it to the terminal is most of that cost (70 ms of CPU), so it is wrapped only when the help is asked for.
    .wrap(argv.includes('--help') || argv.includes('-h') ? Math.min(100, process.stdout.columns || 100) : null)
    .exitProcess(false)
    .fail((message, error: unknown) => {
      // A command's `check` fails with its sentence as the "error"; yargs's own checks with a YError or none.
      if (error instanceof Error && error.name !== 'YError') throw error;
      throw new UsageError(usageSentence(message, { command, argv }), command);
    });
  try {
    await parser.parseAsync();
  } catch (error) {
    return present(error, debug);
  }
  return exit;
}

function restoreStdio(args: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(args)) {
    if (value === STDIO_WORD) args[key] = STDIO;
    else if (Array.isArray(value)) args[key] = value.map((v) => (v === STDIO_WORD ? STDIO : v));
  }
}

/** The one sentence for what stopped the command, and its exit code. */
function present(error: unknown, debug: boolean): number {
  if (error instanceof UsageError) {
    process.stderr.write(usageText(error));
    return EXIT.usage;
  }
  let sentence: string;
  let code: number;
  if (error instanceof HmipError) {
    sentence = error.message;
    code = exitOf(error.errorClass);
  } else if (isFsError(error)) {
    // A file-system failure no command turned into a sentence of its own.
    const reading = ['read', 'scandir', 'stat', 'lstat', 'opendir'].includes(error.syscall ?? '');
    sentence = `${error.path ?? 'a file'} cannot be ${reading ? 'read' : 'written'}: ${reading ? readReason(error) : writeReason(error)}.`;
    code = EXIT.unreadable;
  } else {
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    sentence = `an internal error stopped the command (${message}); please report it.`;
    code = EXIT.failed;
  }
  process.stderr.write(`hmip: ${printable(sentence)}\n`);
  if (debug) {
    const cause = error instanceof HmipError ? (error.cause as Error | undefined) : undefined;
    process.stderr.write(`${cause?.stack ?? (error as Error).stack ?? ''}\n`);
  }
  return code;
}
