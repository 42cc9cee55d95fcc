import { fileURLToPath } from 'node:url';

/**
 * Usage errors: a command line hmip cannot run as given. Each is one sentence, then the command's
 * usage line and where its help is; nothing runs, nothing is written, the exit code is 2.
 */

export class UsageError extends Error {
  constructor(
    message: string,
    /** The command the line was for, when it names one. */
    readonly command: string | null,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The end of every help text: the exit codes, and where the rest is told. */
export const HELP_FOOTER = `Exit codes: 0 done, 1 a file failed or a check failed under --strict, 2 usage error or an output folder in use by another batch, 3 an input cannot be read or an output written, 130 stopped by Ctrl-C.\nMore in the README: ${fileURLToPath(new URL('../../../README.md', import.meta.url))}`;

/** Each command's usage line, as its help and its usage errors give it. */
export const USAGE: Record<string, string> = {
  extract: 'hmip extract FILE... [-f json|jsonl|md] [-o FILE | --out DIR] [--strict]',
  batch: 'hmip batch PATH... -o DIR [-j N] [--force] [--quiet]',
  verify: 'hmip verify RELEASE --report REPORT [-f table|json|html] [-o FILE] [--strict]',
  check: 'hmip check FILE.json|FILE.jsonl... [--strict] [--json]',
  schema: 'hmip schema [--verify]',
};

/** What a rewrite knows: the command the line is for and the words of the line. */
interface LineContext {
  command: string | null;
  argv: readonly string[];
}

/** What yargs says of a line it rejects, rewritten as a sentence a user acts on; keyed by the pattern of yargs's message. */
const REWRITES: [RegExp, (m: RegExpMatchArray, line: LineContext) => string][] = [
  [/^Unknown arguments?: (.+)$/s, (m, line) => unknown(m[1]!.split(', '), line)],
  [/^Missing required arguments?: (.+)$/s, (m) => m[1]!.split(', ').map((name) => `--${name} is required`).join(', and ')],
  [/^Not enough non-option arguments: got 0, need at least 1$/, (_m, line) => (line.command === 'batch' ? 'name at least one file or folder to read' : 'name at least one file to read ("-" for standard input)')],
  [/^Invalid values:\s+Argument: ([^,]+), Given: (.+), Choices: (.+)$/s, (m) => `--${m[1]} must be ${either(m[3]!.replace(/"/g, '').split(', '))}, not ${m[2]}`],
  [/^Not enough arguments following: (.+)$/, (m) => `--${m[1]} needs a value`],
];

/** "json, jsonl or md". */
function either(words: string[]): string {
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} or ${words.at(-1)}` : words.join('');
}

/** An option the command does not have, or a word where none is expected. */
function unknown(names: string[], line: LineContext): string {
  if (line.command === null) return `${names[0]} is not a command: name one of extract, batch, verify, check or schema`;
  const shown = names.map((name) => {
    const given = line.argv.find((word) => word === `--${name}` || word.startsWith(`--${name}=`) || word === `-${name}`);
    return given ? given.split('=')[0]! : `"${name}"`;
  });
  const options = shown.every((s) => s.startsWith('-'));
  if (!options) return `hmip ${line.command} does not take ${shown.join(', ')} here`;
  return shown.length === 1 ? `${shown[0]} is not an option of hmip ${line.command}` : `${shown.join(', ')} are not options of hmip ${line.command}`;
}

/** The sentence for a message of yargs's (or of a command's own check), without the final full stop. */
export function usageSentence(message: string, line: LineContext): string {
  for (const [pattern, rewrite] of REWRITES) {
    const match = message.match(pattern);
    if (match) return rewrite(match, line);
  }
  return message.replace(/\.$/, '');
}

/** What goes on stderr for a usage error. */
export function usageText(error: UsageError): string {
  const hint = error.command ? `Usage: ${USAGE[error.command]}\nRun "hmip ${error.command} --help" for the options and examples.` : 'Run "hmip --help" for the commands.';
  return `hmip: ${error.message}.\n${hint}\n`;
}
