/**
 * The PDF of the West Yorkshire report gives the same values as its text (evidence aside), and
 * every value read from the PDF carries the page it stands on — checked by hand against
 * `pdftotext -f N -l N` for the pages asserted here.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Document } from '../src/schema.js';
import { cli, CORPUS, extractFile, SEEDS } from './helpers.js';
import { releaseValues, reportValues } from './parity.js';

const REPORT_PDF = join(CORPUS, 'west-yorkshire-crc-2020.pdf');

let pdf: Document;
let text: Document;
beforeAll(async () => {
  [pdf, text] = await Promise.all([extractFile(REPORT_PDF), extractFile(SEEDS.report)]);
});

describe('the West Yorkshire report PDF against its text', () => {
  it('gives the same ratings, score, standards, key questions, facts, performance and recommendations', () => {
    expect(pdf.source).toMatchObject({ format: 'pdf', pages: 69 });
    expect(reportValues(pdf)).toEqual(reportValues(text));
    expect(pdf.keyData.map((k) => [k.table, k.label, k.values])).toEqual(text.keyData.map((k) => [k.table, k.label, k.values]));
    expect(pdf.id).toBe('west-yorkshire-crc-2020-report');
  });

  it('puts each value on its page', () => {
    expect(pdf.ratings!.overall!.evidence.page).toBe(6);
    expect(pdf.ratings!.score!.evidence.page).toBe(6);
    expect(new Set(pdf.ratings!.standards.map((s) => s.evidence.page))).toEqual(new Set([6]));
    expect(pdf.contextualFacts.map((f) => f.evidence.page)).toEqual(new Array(8).fill(18));
    expect(pdf.performanceAgainstTargets.map((p) => p.evidence.page)).toEqual([18, 18, 18]);
    expect(pdf.recommendations.previous[0]!.evidence).toMatchObject({ page: 13, quote: '1. Better manage the workloads of staff, so that they have the capacity to deliver services as intended.' });
    expect(pdf.recommendations.new[0]!.evidence.page).toBe(15);
    expect(pdf.ratings!.standards.find((s) => s.id === '2.2')!.keyQuestions[2]!.evidence.page).toBe(39);
    expect(pdf.metadataEvidence.fieldworkStarted!.page).toBe(2);
    expect(pdf.ratings!.narrativeOverall!.evidence.page).toBe(7);
    expect(pdf.caseSampleEvidence.communitySentence!.page).toBe(9);
  });

  it('gives every value a page', () => {
    const pages: (number | null)[] = [];
    const walk = (value: unknown) => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') {
        const record = value as Record<string, unknown>;
        if ('quote' in record && 'page' in record) pages.push(record.page as number | null);
        else Object.values(record).forEach(walk);
      }
    };
    walk({ ...pdf, metadataEvidence: Object.fromEntries(Object.entries(pdf.metadataEvidence).filter(([k]) => k !== 'published')) });
    expect(pages.length).toBeGreaterThan(100);
    expect(pages.filter((p) => p === null)).toEqual([]);
  });

  it('prints as Markdown that reads as the report', () => {
    const md = cli(['extract', REPORT_PDF, '--format', 'md']);
    expect(md.status).toBe(0);
    const headings = md.stdout.split('\n').filter((l) => l.startsWith('## ')).map((l) => l.slice(3));
    expect(headings.slice(0, 8)).toEqual(['Contents', 'Foreword', 'Ratings', 'Executive summary', 'Recommendations', 'Background', 'Contextual facts', '1. Organisational delivery']);
    expect(md.stdout).toMatch(/\| 4\.2 +\| Through the Gate +\| Good/);
    expect(md.stdout).not.toContain('Inspection of probation services: West Yorkshire CRC');
    expect(md.stdout).toContain('against a target of 75%[^9]');
    expect(md.stdout).not.toMatch(/\b(?:759|6510|unmanageable 14)\b/);
  });
});

describe('press-release PDFs against their text', () => {
  const releases: [string, string][] = [
    ['west-yorkshire-crc-2018-press-release.pdf', SEEDS.release2018],
    ['west-yorkshire-crc-2020-press-release.pdf', SEEDS.release2020],
    ['cheshire-greater-manchester-crc-2019-press-release.pdf', SEEDS.cheshire],
  ];
  for (const [file, seed] of releases) {
    it(`${file} gives the same claims`, async () => {
      const [fromPdf, fromText] = await Promise.all([extractFile(join(CORPUS, file)), extractFile(seed)]);
      expect(fromPdf.source.format).toBe('pdf');
      expect(releaseValues(fromPdf)).toEqual(releaseValues(fromText));
      expect(fromPdf.claims.every((c) => c.evidence.page !== null)).toBe(true);
    });
  }
});
