// Builds a benchmark archive from the corpus (the same logic as test/archive.ts, for plain node).
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';

export function uniqueCopy(bytes, extension, n) {
  const ext = extension.toLowerCase();
  const marker = ext === '.pdf' ? `\n%hmip-copy-${n}\n` : ext === '.html' || ext === '.htm' ? `\n<!-- copy ${n} -->\n` : `\n${' '.repeat(n % 7)}\n`.repeat(1 + Math.floor(n / 7));
  return Buffer.concat([bytes, Buffer.from(marker)]);
}

export function corpusFiles(corpus) {
  return readdirSync(corpus)
    .filter((f) => /\.(pdf|html|txt)$/.test(f))
    .sort()
    .map((f) => join(corpus, f));
}

export function buildArchive(dir, sources, count) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const written = [];
  for (let n = 0; written.length < count; n++) {
    const source = sources[n % sources.length];
    const copy = Math.floor(n / sources.length);
    const ext = extname(source);
    const folder = join(dir, `part-${String(copy % 10).padStart(2, '0')}`);
    mkdirSync(folder, { recursive: true });
    const target = join(folder, `${basename(source, ext)}-${copy}${ext}`);
    if (copy === 0) copyFileSync(source, target);
    else writeFileSync(target, uniqueCopy(readFileSync(source), ext, copy));
    written.push(target);
  }
  return written;
}
