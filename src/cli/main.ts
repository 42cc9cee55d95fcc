/**
 * The `hmip` command line. Commands are thin: they read arguments, call the pipeline, and set the
 * exit code: 0 done; 1 a file failed (batch) or a check failed under --strict; 2 usage error;
 * 3 the input cannot be read.
 */
import yargs from 'yargs';
import { HmipError } from '../errors.js';
import { batchCommand } from './batch.js';
import { checkCommand } from './check.js';
import { extractCommand } from './extract.js';
import { EXIT } from './io.js';
import { schemaCommand } from './schema.js';
import { verifyCommand } from './verify.js';

export async function main(argv: string[]): Promise<number> {
  let exit: number = EXIT.ok;
  let usageError = false;
  const setExit = (code: number) => {
    exit = code;
  };
  const parser = yargs(argv)
    .scriptName('hmip')
    .usage('$0 <command> [options]\n\nTurns HM Inspectorate of Probation reports and press releases into validated, citable data.')
    .command(extractCommand(setExit))
    .command(batchCommand(setExit))
    .command(verifyCommand(setExit))
    .command(checkCommand(setExit))
    .command(schemaCommand)
    .option('debug', { type: 'boolean', default: false, global: true, describe: 'print stack traces with errors' })
    .demandCommand(1, 'Name a command: extract, batch, verify, check or schema.')
    .strict()
    .help()
    .alias('h', 'help')
    .version()
    .wrap(Math.min(100, process.stdout.columns || 100))
    .exitProcess(false)
    .fail((message, error) => {
      if (error) throw error;
      usageError = true;
      process.stderr.write(`hmip: ${message}\nRun "hmip --help" or "hmip <command> --help" for usage.\n`);
    });
  try {
    await parser.parseAsync();
  } catch (error) {
    const debug = argv.includes('--debug');
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`hmip: ${message.split('\n')[0]}\n`);
    if (debug && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    // Refused before anything ran (the output folder in use or unusable): the command as given cannot run.
    return usageError || (error instanceof HmipError && error.refused) ? EXIT.usage : EXIT.failed;
  }
  return usageError ? EXIT.usage : exit;
}
