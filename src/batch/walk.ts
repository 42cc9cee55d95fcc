/**
 * The files a batch reads: files named on the command line as they are, and under folders every
 * PDF, HTML, text and Markdown file. Each real folder is read once, whatever leads to it twice (a
 * symbolic link back up the tree, two links to one place): folders are known by device and inode,
 * so a loop ends where it closes. Hidden entries, a folder's README or LICENSE and files
 * of other kinds are not documents and are passed over by design; every other entry that is not
 * read is said, with the reason: as a failure when it looks like a document that cannot be read
 * (a named pipe called report.pdf, a name that is not UTF-8, a folder that cannot be listed), as a
 * warning when it is left out on purpose (the output folder, a folder already read).
 */
import { lstatSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { readReason } from '../errors.js';
import { specialKind } from '../read.js';

export const SUPPORTED_EXTENSIONS = new Set(['.pdf', '.html', '.htm', '.xhtml', '.txt', '.text', '.md', '.markdown']);

const NOTES = /^(?:readme|licen[cs]e|changelog|copying|notice|contributing)(?:\.[a-z]+)?$/i;

export interface Unreadable {
  path: string;
  /** Why, as the end of a sentence: "it is a named pipe (FIFO), not a regular file". */
  reason: string;
}

export interface WalkResult {
  files: string[];
  /** Inputs that look like documents (or hold them) and cannot be read: failures of the batch. */
  unreadable: Unreadable[];
  /** Entries left out on purpose, as sentences: the output folder, a folder reached a second time. */
  warnings: string[];
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const lossyUtf8 = new TextDecoder('utf-8');

const key = (stat: Stats) => `${stat.dev}:${stat.ino}`;

export function walkInputs(paths: string[], exclude: string[] = []): WalkResult {
  const excluded = new Set<string>();
  for (const path of exclude) {
    try {
      excluded.add(key(statSync(resolve(path))));
    } catch {
      // Not made yet: nothing of it can be in the inputs.
    }
  }
  const seen = new Map<string, string>();
  const files: string[] = [];
  const unreadable: Unreadable[] = [];
  const warnings: string[] = [];

  const visit = (dir: string, stat: Stats) => {
    if (excluded.has(key(stat))) {
      warnings.push(`skipped ${dir}: it is the output folder`);
      return;
    }
    const first = seen.get(key(stat));
    if (first !== undefined) {
      warnings.push(`skipped ${dir}: it is the folder ${first}, already read`);
      return;
    }
    seen.set(key(stat), dir);
    let names: Buffer[];
    try {
      names = readdirSync(dir, { encoding: 'buffer' });
    } catch (error) {
      unreadable.push({ path: dir, reason: readReason(error) });
      return;
    }
    const decoded = names.map((raw) => ({ raw, name: utf8(raw) })).sort((a, b) => compare(a.name ?? lossyUtf8.decode(a.raw), b.name ?? lossyUtf8.decode(b.raw)));
    for (const { raw, name } of decoded) {
      const shown = name ?? lossyUtf8.decode(raw);
      if (shown.startsWith('.') || shown === 'node_modules') continue;
      // A folder's own notes (README.md, LICENSE.txt) describe the archive; they are not documents of it.
      if (NOTES.test(shown)) continue;
      const path = join(dir, shown);
      const document = SUPPORTED_EXTENSIONS.has(extname(shown).toLowerCase());
      if (name === null) {
        // Such a name cannot be written in the dataset (JSON, CSV and SQLite hold Unicode text), nor opened again from it.
        if (document || folderAt(dir, raw)) unreadable.push({ path, reason: 'its name is not valid UTF-8, so hmip cannot name it in the dataset (rename it to include it)' });
        continue;
      }
      let entry: Stats;
      try {
        entry = statSync(path);
      } catch (error) {
        if (document) unreadable.push({ path, reason: danglingReason(path, error) });
        continue;
      }
      if (entry.isDirectory()) visit(path, entry);
      else if (document) file(path, entry);
    }
  };

  const file = (path: string, stat: Stats) => {
    const kind = specialKind(stat);
    if (kind) {
      unreadable.push({ path, reason: `it is ${kind}, not a regular file` });
      return;
    }
    // One file under two names (a link, a hard link) is read under both; the batch finds it is the same bytes and says so.
    files.push(path);
  };

  for (const path of paths) {
    let stat: Stats;
    try {
      stat = statSync(path);
    } catch (error) {
      unreadable.push({ path, reason: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : readReason(error) });
      continue;
    }
    if (stat.isDirectory()) visit(path, stat);
    else file(path, stat);
  }
  return { files, unreadable, warnings };
}

/**
 * An output folder that is an input, or holds one, would have the batch read its own output (and
 * write into the archive): what is wrong, as a sentence, or null. Folders are compared as they
 * really are, links resolved.
 */
export function outputAmongInputs(out: string, paths: string[]): string | null {
  const real = (path: string) => {
    try {
      return realpathSync(path);
    } catch {
      return resolve(path);
    }
  };
  const folder = real(out);
  for (const path of paths) {
    const input = real(path);
    if (input === folder || input.startsWith(folder + sep)) {
      const what = input === folder ? 'is the input folder' : `holds the input ${path}`;
      return `The output folder ${out} ${what}: hmip would read its own output and write among its inputs, so choose an --out outside them`;
    }
  }
  return null;
}

function utf8(raw: Buffer): string | null {
  try {
    return strictUtf8.decode(raw);
  } catch {
    return null;
  }
}

/** Whether the entry `raw` (a name in bytes) of `dir` is a folder. */
function folderAt(dir: string, raw: Buffer): boolean {
  try {
    return statSync(Buffer.concat([Buffer.from(join(dir, '/')), raw])).isDirectory();
  } catch {
    return false;
  }
}

/** Why an entry that is listed cannot be looked at: most often a symbolic link to nothing. */
function danglingReason(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  let link = false;
  try {
    link = lstatSync(path).isSymbolicLink();
  } catch {
    // gone since it was listed
  }
  if (link && code === 'ENOENT') return 'it is a symbolic link to nothing';
  return readReason(error);
}

/** Code-point order, the same on every machine (localeCompare is not). */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
