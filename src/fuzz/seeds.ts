/**
 * The documents the fuzz suite mutates: the corpus (reports and releases as PDF, HTML and text),
 * the Markdown views of the text fixtures, and two hand-written PDFs (a scan without a text
 * layer; a text page carrying JavaScript and a link). Each seed has a weight: the small press
 * release PDFs are drawn far more often than the 69-page report, which costs ten times as much
 * to read.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { SeedFormat } from './mutators.js';
import { imageOnlyPdf, textPdf } from './pdfs.js';

export interface Seed {
  name: string;
  format: SeedFormat;
  bytes: Uint8Array;
  weight: number;
}

const FORMATS: Record<string, SeedFormat> = { '.pdf': 'pdf', '.html': 'html', '.htm': 'html', '.txt': 'text', '.md': 'markdown' };

/** Draws per seed, relative: cheap documents often, the big report rarely (its truncations fail fast anyway). */
function weightOf(format: SeedFormat, bytes: number): number {
  if (format === 'pdf') return bytes > 200_000 ? 0.4 : 6;
  if (bytes > 100_000) return 1;
  return format === 'html' ? 3 : 2;
}

function readSeeds(dir: string, only?: (name: string) => boolean): Seed[] {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return [];
  }
  const seeds: Seed[] = [];
  for (const name of names) {
    const format = FORMATS[extname(name).toLowerCase()];
    if (!format || /^readme/i.test(name) || (only && !only(name))) continue;
    const bytes = new Uint8Array(readFileSync(join(dir, name)));
    seeds.push({ name, format, bytes, weight: weightOf(format, bytes.length) });
  }
  return seeds;
}

/** The seeds under the package root `root`, always in the same order (cases depend on it). */
export function loadSeeds(root: string): Seed[] {
  const seeds = [
    ...readSeeds(join(root, 'corpus')),
    ...readSeeds(join(root, 'test', 'fixtures', 'text'), (name) => name.endsWith('.md')).map((s) => ({ ...s, weight: 1 })),
    { name: 'scan.pdf', format: 'pdf' as const, bytes: imageOnlyPdf(2), weight: 1 },
    {
      name: 'scripted.pdf',
      format: 'pdf' as const,
      bytes: textPdf({
        lines: ['An inspection of probation services in: Westshire', 'Overall rating Good', "Inspectors rated the service as 'Good'."],
        title: '../../etc/passwd',
        javascript: 'globalThis.hmipPwned = 1;',
        uri: 'http://127.0.0.1:9/track',
      }),
      weight: 1,
    },
  ];
  if (!seeds.some((s) => s.format === 'pdf' && s.bytes.length < 200_000)) throw new Error(`no seed documents found under ${root}`);
  return seeds;
}
