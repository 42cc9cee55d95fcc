#!/usr/bin/env node
// The floor of hmip's PDF stack: pdf.js alone reading every page's text items, nothing else.
// Usage: node bench/pdfjs-floor.mjs FILE.pdf
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const require = createRequire(import.meta.url);
const standardFontDataUrl = `${join(dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts')}/`;
const data = new Uint8Array(readFileSync(process.argv[2]));
const task = getDocument({ data, isEvalSupported: false, disableFontFace: true, standardFontDataUrl, verbosity: 0 });
const doc = await task.promise;
let items = 0;
for (let n = 1; n <= doc.numPages; n++) {
  const page = await doc.getPage(n);
  items += (await page.getTextContent()).items.length;
  page.cleanup();
}
await task.destroy();
process.stdout.write(`${doc.numPages} pages, ${items} items\n`);
