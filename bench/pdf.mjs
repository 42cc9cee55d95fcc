#!/usr/bin/env node
// Benchmark of the PDF path on the 69-page West Yorkshire report, in one run, as whole processes:
//   hmip extract          the whole pipeline (start-up, layout, extraction, checks, validation, JSON)
//   pdf.js alone          reading every page's text items (bench/pdfjs-floor.mjs): our stack's floor
//   pdftotext -layout     poppler, for scale
// Each is run N times, interleaved; the medians are compared.
// Usage: npm run build && node bench/pdf.mjs [FILE.pdf] [N=9]
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const file = process.argv[2] ?? join(root, 'corpus', 'west-yorkshire-crc-2020.pdf');
const runs = Number(process.argv[3] ?? 9);

const commands = {
  hmip: [process.execPath, join(root, 'bin', 'hmip.js'), 'extract', file],
  'pdf.js alone': [process.execPath, join(root, 'bench', 'pdfjs-floor.mjs'), file],
  pdftotext: ['pdftotext', '-layout', file, '-'],
};

function time([command, ...args]) {
  const started = performance.now();
  const run = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = (performance.now() - started) / 1000;
  if (run.error || run.status !== 0) return { seconds: null, output: run.stdout };
  return { seconds, output: run.stdout };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const samples = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
let pages = null;
for (let i = 0; i < runs; i++) {
  for (const [name, command] of Object.entries(commands)) {
    const { seconds, output } = time(command);
    if (seconds === null) continue;
    samples[name].push(seconds);
    if (name === 'hmip' && pages === null) pages = JSON.parse(output).source.pages;
  }
}
console.log(`${file}: ${pages} pages, ${runs} runs each, medians`);
const med = {};
for (const [name, xs] of Object.entries(samples)) {
  if (xs.length === 0) {
    console.log(`${name.padEnd(14)} not available`);
    continue;
  }
  med[name] = median(xs);
  console.log(`${name.padEnd(14)} ${med[name].toFixed(3)} s  ${(pages / med[name]).toFixed(1)} pages/s`);
}
if (med.hmip && med['pdf.js alone']) console.log(`hmip / pdf.js alone: ${(med.hmip / med['pdf.js alone']).toFixed(2)}x (budget 1.50x)`);
if (med.hmip && med.pdftotext) console.log(`hmip / pdftotext:    ${(med.hmip / med.pdftotext).toFixed(2)}x`);
