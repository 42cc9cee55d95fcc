#!/usr/bin/env node
// Benchmark of the PDF path on the 69-page West Yorkshire report, in one run, as whole processes:
//   hmip extract          the whole pipeline (start-up, layout, extraction, checks, validation, JSON)
//   pdf.js alone          reading every page's text items (bench/pdfjs-floor.mjs): our stack's floor
//   pdftotext -layout     poppler, for scale
// Each runs N times, interleaved; medians are compared. The cost of a run is its CPU time (user +
// system, every thread, from GNU time), which page-cache misses and a busy machine disturb far
// less than wall time; wall time is printed beside it.
// With --against DIR (another built checkout of hmip, e.g. a `git worktree` of an earlier commit),
// that checkout's `hmip extract` runs in the same interleaving, so a change's cost is a ratio of
// two runs on the same machine at the same time.
// Usage: npm run build && node bench/pdf.mjs [FILE.pdf] [N=11] [--against DIR]
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure, median } from './measure.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const againstAt = args.indexOf('--against');
const against = againstAt >= 0 ? args.splice(againstAt, 2)[1] : null;
const file = args[0] ?? join(root, 'corpus', 'west-yorkshire-crc-2020.pdf');
const runs = Number(args[1] ?? 11);

const commands = {
  hmip: [process.execPath, join(root, 'bin', 'hmip.js'), 'extract', file],
  'pdf.js alone': [process.execPath, join(root, 'bench', 'pdfjs-floor.mjs'), file],
  pdftotext: ['pdftotext', '-layout', file, '-'],
  ...(against ? { 'hmip baseline': [process.execPath, join(against, 'bin', 'hmip.js'), 'extract', file] } : {}),
};

const samples = Object.fromEntries(Object.keys(commands).map((k) => [k, { wall: [], cpu: [] }]));
let pages = null;
for (let i = 0; i < runs; i++) {
  for (const [name, command] of Object.entries(commands)) {
    const result = measure(command);
    if (!result) continue;
    samples[name].wall.push(result.wall);
    if (result.cpu !== null) samples[name].cpu.push(result.cpu);
    if (name === 'hmip' && pages === null) pages = JSON.parse(result.stdout).source.pages;
  }
}
console.log(`${file}: ${pages} pages, ${runs} runs each, medians`);
const med = {};
for (const [name, { wall, cpu }] of Object.entries(samples)) {
  if (wall.length === 0) {
    console.log(`${name.padEnd(14)} not available`);
    continue;
  }
  med[name] = { wall: median(wall), cpu: cpu.length ? median(cpu) : null };
  const cpuText = med[name].cpu !== null ? `  cpu ${med[name].cpu.toFixed(3)} s` : '';
  console.log(`${name.padEnd(14)} wall ${med[name].wall.toFixed(3)} s  ${(pages / med[name].wall).toFixed(1)} pages/s${cpuText}`);
}
const ratio = (a, b, key) => (med[a]?.[key] && med[b]?.[key] ? (med[a][key] / med[b][key]).toFixed(2) : 'n/a');
console.log(`hmip / pdf.js alone: cpu ${ratio('hmip', 'pdf.js alone', 'cpu')}x, wall ${ratio('hmip', 'pdf.js alone', 'wall')}x (target: cpu 1.25x)`);
console.log(`hmip / pdftotext:    cpu ${ratio('hmip', 'pdftotext', 'cpu')}x, wall ${ratio('hmip', 'pdftotext', 'wall')}x`);
if (against) console.log(`hmip / baseline (${against}): cpu ${ratio('hmip', 'hmip baseline', 'cpu')}x, wall ${ratio('hmip', 'hmip baseline', 'wall')}x`);
