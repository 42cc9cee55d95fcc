#!/usr/bin/env node
// Benchmark of `hmip batch` on an archive of 500+ documents built from the corpus (distinct
// copies), in one run: 1 job and 2 jobs, interleaved, N times each (medians: a shared machine's
// speed drifts from minute to minute); then 2 jobs on a quarter of the archive (does peak memory
// grow with the number of documents?), and pdftotext over the same PDFs as the baseline. Each run
// also reports its CPU time, and from it the cores it kept busy.
// Usage: npm run build && node bench/batch.mjs [documents=520] [N=3]
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildArchive, corpusFiles } from './archive.mjs';
import { measure, median } from './measure.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const work = join(root, 'bench', '.work');
const count = Number(process.argv[2] ?? 520);
const runs = Number(process.argv[3] ?? 3);

function batch(input, jobs) {
  const out = join(work, `out-${jobs}`);
  rmSync(out, { recursive: true, force: true });
  const run = measure([process.execPath, join(root, 'bin', 'hmip.js'), 'batch', input, '--out', out, '--jobs', String(jobs), '--quiet']);
  const line = run?.stderr.trim().split('\n').pop();
  const match = /^(\d+) documents, (\d+) pages, (\d+) failed, .*peak memory (\d+) MB/.exec(line ?? '');
  if (!run || !match) throw new Error(`batch failed: ${run?.stderr ?? ''}`);
  return { seconds: run.wall, cpu: run.cpu, documents: Number(match[1]), pages: Number(match[2]), failed: Number(match[3]), peakMb: Number(match[4]) };
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

/** The median run of several, by wall time. */
function typical(results) {
  const wall = median(results.map((r) => r.seconds));
  return results.find((r) => r.seconds === wall);
}

const sources = corpusFiles(join(root, 'corpus'));
const archive = join(work, 'archive');
rmSync(archive, { recursive: true, force: true });
const files = buildArchive(archive, sources, count);
console.log(`archive: ${files.length} documents (${files.filter((f) => f.endsWith('.pdf')).length} PDF) from ${sources.length} corpus files`);

const samples = { 1: [], 2: [] };
for (let i = 0; i < runs; i++) for (const jobs of [1, 2]) samples[jobs].push(batch(archive, jobs));
const one = typical(samples[1]);
const two = typical(samples[2]);
const quarterDir = join(work, 'archive-quarter');
rmSync(quarterDir, { recursive: true, force: true });
buildArchive(quarterDir, sources, Math.round(count / 4));
const quarter = batch(quarterDir, 2);
const baseline = pdftotext(files);

const cores = (r) => (r.cpu !== null ? `, cpu ${r.cpu.toFixed(1)} s (${(r.cpu / r.seconds).toFixed(2)} cores busy)` : '');
const rate = (r) => `${(r.documents / r.seconds).toFixed(1)} documents/s, ${(r.pages / r.seconds).toFixed(1)} pages/s, ${r.seconds.toFixed(1)} s${cores(r)}, peak memory ${r.peakMb} MB`;
const walls = (jobs) => samples[jobs].map((r) => r.seconds.toFixed(1)).join(' / ');
console.log(`hmip batch --jobs 1: ${rate(one)}   [runs: ${walls(1)} s]`);
console.log(`hmip batch --jobs 2: ${rate(two)}   [runs: ${walls(2)} s]`);
console.log(`speed-up from 2 jobs: ${(one.seconds / two.seconds).toFixed(2)}x (medians)`);
console.log(`peak memory, ${quarter.documents} vs ${two.documents} documents (2 jobs): ${quarter.peakMb} MB vs ${two.peakMb} MB`);
if (baseline) {
  const pdfPages = one.pages;
  console.log(`pdftotext -layout over the same ${baseline.files} PDFs: ${baseline.seconds.toFixed(1)} s, ${(pdfPages / baseline.seconds).toFixed(1)} pages/s`);
  console.log(`hmip (2 jobs, every format) / pdftotext (PDFs only) time: ${(two.seconds / baseline.seconds).toFixed(2)}x`);
} else console.log('pdftotext not found (apt-get install poppler-utils): no baseline');
