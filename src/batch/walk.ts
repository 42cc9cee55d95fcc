/**
 * The files a batch reads: files named on the command line as they are, and under folders every
 * PDF, HTML, text and Markdown file (hidden files and folders, the output folder, and a folder's
 * README or LICENSE skipped).
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';

export const SUPPORTED_EXTENSIONS = new Set(['.pdf', '.html', '.htm', '.xhtml', '.txt', '.text', '.md', '.markdown']);

const NOTES = /^(?:readme|licen[cs]e|changelog|copying|notice|contributing)(?:\.[a-z]+)?$/i;

export interface WalkResult {
  files: string[];
  missing: string[];
}

export function walkInputs(paths: string[], exclude: string[] = []): WalkResult {
  const excluded = new Set(exclude.map((p) => safeRealpath(resolve(p))).filter(Boolean));
  const seen = new Set<string>();
  const files: string[] = [];
  const missing: string[] = [];
  const add = (file: string) => {
    const real = safeRealpath(file);
    if (!real || seen.has(real)) return;
    seen.add(real);
    files.push(file);
  };
  const visit = (dir: string) => {
    if (excluded.has(safeRealpath(dir) ?? '')) return;
    let entries: string[];
    try {
      entries = readdirSync(dir).sort();
    } catch {
      missing.push(dir);
      return;
    }
    for (const name of entries) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      // A folder's own notes (README.md, LICENSE.txt) describe the archive; they are not documents of it.
      if (NOTES.test(name)) continue;
      const path = join(dir, name);
      let stat;
      try {
        stat = statSync(path);
      } catch {
        continue;
      }
      if (stat.isDirectory()) visit(path);
      else if (stat.isFile() && SUPPORTED_EXTENSIONS.has(extname(name).toLowerCase())) add(path);
    }
  };
  for (const path of paths) {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      missing.push(path);
      continue;
    }
    if (stat.isDirectory()) visit(path);
    else add(path);
  }
  return { files, missing };
}

function safeRealpath(path: string): string | null {
  try {
    return realpathSync(path);
  } catch {
    return null;
  }
}
