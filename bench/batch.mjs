#!/usr/bin/env node
// Benchmark of `hmip batch` on an archive of 500+ documents built from the corpus (distinct
// copies), in one run: 1 job, then 2 jobs, then 2 jobs on a quarter of the archive (does peak
// memory grow with the number of documents?), and pdftotext over the same PDFs as the baseline.
// Usage: npm run build && node bench/batch.mjs [documents=520]
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildArchive, corpusFiles } from './archive.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const work = join(root, 'bench', '.work');
const count = Number(process.argv[2] ?? 520);

function batch(input, jobs) {
  const out = join(work, `out-${jobs}`);
  rmSync(out, { recursive: true, force: true });
  const started = performance.now();
  const run = spawnSync(process.execPath, [join(root, 'bin', 'hmip.js'), 'batch', input, '--out', out, '--jobs', String(jobs), '--quiet'], { encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  const line = run.stderr.trim().split('\n').pop();
  const match = /^(\d+) documents, (\d+) pages, (\d+) failed, .*peak memory (\d+) MB/.exec(line ?? '');
  if (run.status !== 0 || !match) throw new Error(`batch failed: ${run.stderr}`);
  return { seconds, documents: Number(match[1]), pages: Number(match[2]), failed: Number(match[3]), peakMb: Number(match[4]) };
}

function pdftotext(files) {
  const pdfs = files.filter((f) => f.endsWith('.pdf'));
  const started = performance.now();
  for (const pdf of pdfs) {
    const run = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 });
    if (run.error) return null;
  }
  return { seconds: (performance.now() - started) / 1000, files: pdfs.length };
}

const sources = corpusFiles(join(root, 'corpus'));
const archive = join(work, 'archive');
rmSync(archive, { recursive: true, force: true });
const files = buildArchive(archive, sources, count);
console.log(`archive: ${files.length} documents (${files.filter((f) => f.endsWith('.pdf')).length} PDF) from ${sources.length} corpus files`);

const one = batch(archive, 1);
const two = batch(archive, 2);
const quarterDir = join(work, 'archive-quarter');
rmSync(quarterDir, { recursive: true, force: true });
buildArchive(quarterDir, sources, Math.round(count / 4));
const quarter = batch(quarterDir, 2);
const baseline = pdftotext(files);

const rate = (r) => `${(r.documents / r.seconds).toFixed(1)} documents/s, ${(r.pages / r.seconds).toFixed(1)} pages/s, ${r.seconds.toFixed(1)} s, peak memory ${r.peakMb} MB`;
console.log(`hmip batch --jobs 1: ${rate(one)}`);
console.log(`hmip batch --jobs 2: ${rate(two)}`);
console.log(`speed-up from 2 jobs: ${(one.seconds / two.seconds).toFixed(2)}x`);
console.log(`peak memory, ${quarter.documents} vs ${two.documents} documents (2 jobs): ${quarter.peakMb} MB vs ${two.peakMb} MB`);
if (baseline) {
  const pdfPages = one.pages;
  console.log(`pdftotext -layout over the same ${baseline.files} PDFs: ${baseline.seconds.toFixed(1)} s, ${(pdfPages / baseline.seconds).toFixed(1)} pages/s`);
  console.log(`hmip (2 jobs, every format) / pdftotext (PDFs only) time: ${(two.seconds / baseline.seconds).toFixed(2)}x`);
} else console.log('pdftotext not found (apt-get install poppler-utils): no baseline');
