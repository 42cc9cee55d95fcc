// Builds an archive of many distinct documents from the corpus, for the batch benchmark and tests:
// copies whose bytes differ (bytes after a PDF's %%EOF, an HTML comment, trailing blank lines) so
// each has its own sha256, while its content reads the same.
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
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
