#!/usr/bin/env node
// The build's second step, after tsc: the command line and the reader process of the pool, each
// bundled into CommonJS scripts, and the code caches V8 starts them from (src/code-cache.ts says
// why):
//   dist/src/cli/hmip.cjs     the command line (bin/hmip.js starts it), beside the modules it is
//                             made of, so that the paths they find from their own place hold
//   dist/reader/reader.cjs    the reader: the pipeline and pdf.js's API
//   dist/reader/pdf.worker.cjs  pdf.js's worker code, which the reader loads for its first PDF
//   dist/reader/start.cjs     what the pool starts a reader with
// The caches are made by running `hmip extract` on a corpus document of each format, started as a
// user starts it: the command and its reader then run under the engine flags they always run
// with, and each cache holds the code those documents ran.
// Usage: node scripts/bundle.mjs (npm run build runs it).
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'dist', 'reader');
rmSync(out, { recursive: true, force: true });
rmSync(join(root, 'dist/src/cli/hmip.cjs.v8cache'), { force: true });

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // A bundled module's import.meta.url is its bundle's: each resolves what it needs (pdf.js's
  // assets, the package's own files) from dist/reader/, which finds the same node_modules.
  define: { 'import.meta.url': 'import_meta_url' },
  banner: { js: "const import_meta_url = require('node:url').pathToFileURL(__filename).href;" },
  legalComments: 'eof',
  // Less to read from disk on every start; names are kept, so stack traces still read.
  minifyWhitespace: true,
  logLevel: 'warning',
};

// pdf.js's worker code is a script of its own (pdf.worker.cjs), which the reader requires when it
// first reads a PDF: a text or HTML document never loads it, and the reader tells pdf.js's own
// leftovers from its own failures by the script they come from (worker.ts, fromPdfjsWorker).
const WORKER = /^pdfjs-dist\/legacy\/build\/pdf\.worker\.mjs$/;
const workerApart = {
  name: 'pdf.js worker apart',
  setup(build) {
    build.onResolve({ filter: WORKER }, () => ({ path: 'pdf.worker', namespace: 'pdfjs-worker' }));
    build.onLoad({ filter: /.*/, namespace: 'pdfjs-worker' }, () => ({ contents: "module.exports = require('./pdf.worker.cjs');", loader: 'js' }));
    build.onResolve({ filter: /^\.\/pdf\.worker\.cjs$/ }, (args) => ({ path: args.path, external: true }));
  },
};

await build({
  ...common,
  entryPoints: { reader: join(root, 'dist/src/batch/worker.js'), start: join(root, 'dist/src/batch/reader-start.js') },
  outdir: out,
  outExtension: { '.js': '.cjs' },
  plugins: [workerApart],
});
await build({ ...common, entryPoints: { 'pdf.worker': join(root, 'node_modules/pdfjs-dist/legacy/build/pdf.worker.mjs') }, outdir: out, outExtension: { '.js': '.cjs' } });

await build({
  ...common,
  entryPoints: { hmip: join(root, 'dist/src/cli/start.js') },
  outdir: join(root, 'dist/src/cli'),
  outExtension: { '.js': '.cjs' },
  // A native addon, and what only `hmip verify --png` drives: required from node_modules when used.
  external: ['better-sqlite3', 'puppeteer-core', '@sparticuz/chromium'],
  // yargs's text widths, without a segmenter built on every run (src/cli/text-width.ts says why).
  alias: { 'string-width': join(root, 'dist/src/cli/text-width.js') },
});

// Every script in ASCII, so that each start reads it as one byte a character instead of decoding
// UTF-8 (src/code-cache.ts: 5 MB took 30 ms to decode, against 3 ms). esbuild escapes strings
// but leaves regular expressions and comments as written; in both, an escape means the same
// character, unless the character was itself escaped (`\’`), which is refused here.
for (const file of [join(out, 'reader.cjs'), join(out, 'pdf.worker.cjs'), join(out, 'start.cjs'), join(root, 'dist/src/cli/hmip.cjs')]) {
  const text = readFileSync(file, 'utf8');
  const escaped = /\\[^\x00-\x7f]/.exec(text);
  if (escaped) throw new Error(`${file}: a character escaped with a backslash cannot be written as \\uXXXX: ${JSON.stringify(text.slice(escaped.index - 20, escaped.index + 20))}`);
  writeFileSync(file, text.replace(/[^\x00-\x7f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

const { WRITE_CODE_CACHE_ENV } = await import(join(root, 'dist/src/code-cache.js'));
const corpus = ['west-yorkshire-crc-2020.pdf', 'west-yorkshire-crc-2020-press-release.html', '002_6a02e246b64b3411.txt'].map((name) => join(root, 'corpus', name));
execFileSync(process.execPath, [join(root, 'bin', 'hmip.js'), 'extract', ...corpus, '-f', 'jsonl'], {
  env: { ...process.env, [WRITE_CODE_CACHE_ENV]: '1' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
