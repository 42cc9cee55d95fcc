/**
 * The producer matrix (test/fixtures/producers/, made by its make.mjs): the report, a release and
 * a real document typeset by Chromium, LibreOffice (from .docx) and groff + Ghostscript, with page
 * breaks inside the Ratings, contextual-facts and key-question tables. Every rendition gives the
 * values of its text seed, and every rating its page as poppler's pdftotext finds it (recorded in
 * the manifest when the PDFs were made). Then the ratings read twice, from words and colour.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Document } from '../src/schema.js';
import { extractFile, ROOT } from './helpers.js';
import { releaseValues, reportValues } from './parity.js';

const DIR = join(ROOT, 'test', 'fixtures', 'producers');

interface Entry {
  file: string;
  producer: 'chromium' | 'libreoffice' | 'ghostscript';
  source: string;
  seed: string | null;
  kind: 'report' | 'release' | 'colour' | 'cut';
  placement: 'early' | 'middle' | 'late' | null;
  ratingsPage?: number;
  standardPages?: Record<string, number>;
}

const manifest: Entry[] = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8'));
const byKind = (kind: Entry['kind']) => manifest.filter((e) => e.kind === kind);
const documents = new Map<string, Document>();
const seeds = new Map<string, Document>();

beforeAll(async () => {
  for (const entry of manifest) {
    documents.set(entry.file, await extractFile(join(DIR, entry.file)));
    if (entry.seed && !seeds.has(entry.seed)) seeds.set(entry.seed, await extractFile(join(ROOT, entry.seed)));
  }
}, 300_000);

const metadata = (doc: Document) => ({
  owner: doc.owner,
  published: doc.published,
  fieldworkStarted: doc.fieldworkStarted,
  chiefInspector: doc.chiefInspector,
  leadInspector: doc.leadInspector,
});

describe('the producer matrix', () => {
  it('holds three producers, three placements of the break for the report, a release and a real document', () => {
    expect(new Set(manifest.map((e) => e.producer))).toEqual(new Set(['chromium', 'libreoffice', 'ghostscript']));
    expect(byKind('report').map((e) => `${e.placement}.${e.producer}`).sort()).toEqual(
      ['early', 'late', 'middle'].flatMap((p) => ['chromium', 'ghostscript', 'libreoffice'].map((q) => `${p}.${q}`)).sort(),
    );
    expect(byKind('release').map((e) => e.file).sort()).toEqual(
      ['real-001', 'release'].flatMap((d) => ['chromium', 'ghostscript', 'libreoffice'].map((q) => `${d}.${q}.pdf`)).sort(),
    );
  });

  for (const entry of byKind('report')) {
    describe(`${entry.file} (${entry.producer}, break ${entry.placement})`, () => {
      it('gives the text seed’s values field by field', () => {
        const doc = documents.get(entry.file)!;
        const seed = seeds.get(entry.seed!)!;
        expect(doc.source.format).toBe('pdf');
        expect(reportValues(doc)).toEqual(reportValues(seed));
        expect(metadata(doc)).toEqual(metadata(seed));
        expect(doc.keyData.map((k) => [k.table, k.label, k.values])).toEqual(seed.keyData.map((k) => [k.table, k.label, k.values]));
      });

      it('puts the Ratings evidence on the page where the table starts, and each standard on its row’s page', () => {
        const doc = documents.get(entry.file)!;
        expect(doc.ratings!.overall!.evidence.page).toBe(entry.ratingsPage);
        expect(doc.ratings!.score!.evidence.page).toBe(entry.ratingsPage);
        expect(Object.fromEntries(doc.ratings!.standards.map((s) => [s.id, s.evidence.page]))).toEqual(entry.standardPages);
        expect(doc.warnings.filter((w) => w.rule === 'ratings-colour')).toEqual([]);
        // No table cut by the break is left unjoined: the ratings warnings are the seed's own.
        const ratingWarnings = (d: Document) => d.warnings.filter((w) => w.rule === 'ratings').map((w) => w.message);
        expect(ratingWarnings(doc)).toEqual(ratingWarnings(seeds.get(entry.seed!)!));
      });
    });
  }

  it('reads each rating cell’s shading where the producer shades it, and none where it does not', () => {
    const colours = (file: string) => documents.get(file)!.ratings!.standards.map((s) => s.ratingColour);
    const expected = ['#92d050', '#ffc000', '#92d050', '#92d050', '#ff0000', '#ff0000', '#ff0000', '#ff0000', '#92d050', '#92d050'];
    for (const entry of byKind('report')) {
      if (entry.producer === 'ghostscript') expect(colours(entry.file)).toEqual(new Array(10).fill(null));
      else expect(colours(entry.file)).toEqual(expected);
      const overall = documents.get(entry.file)!.ratings!.overall!;
      expect(overall.colour).toBe(entry.producer === 'ghostscript' ? null : '#ffc000');
    }
  });

  for (const entry of byKind('release')) {
    it(`${entry.file} (${entry.producer}, two columns) gives the same claims as its text`, () => {
      const doc = documents.get(entry.file)!;
      const seed = seeds.get(entry.seed!)!;
      expect(releaseValues(doc)).toEqual(releaseValues(seed));
      expect(doc.claims.every((c) => c.evidence.page !== null)).toBe(true);
    });
  }
});

describe('ratings read twice: words and colour', () => {
  for (const entry of manifest.filter((e) => e.file.startsWith('ratings-colour-disagrees'))) {
    it(`${entry.file}: a cell whose words and colour disagree keeps its words, with a warning giving both`, () => {
      const doc = documents.get(entry.file)!;
      const planning = doc.ratings!.standards.find((s) => s.id === '2.2')!;
      expect([planning.rating, planning.ratingColour]).toEqual(['Inadequate', '#92d050']);
      expect(doc.warnings.filter((w) => w.rule === 'ratings-colour')).toEqual([
        {
          message: "Standard 2.2 Planning: its cell reads 'Inadequate' but is shaded #92d050, the colour of 'Good'; the words are kept.",
          page: entry.standardPages!['2.2'],
          line: null,
          rule: 'ratings-colour',
        },
      ]);
      expect(doc.checks.find((c) => c.id === 'score-sum')).toMatchObject({ status: 'pass', expected: 11, actual: 11 });
    });
  }

  for (const entry of manifest.filter((e) => e.file.startsWith('ratings-text-garbled'))) {
    it(`${entry.file}: a cell whose words are garbled gives its colour’s rating, with a warning saying so`, () => {
      const doc = documents.get(entry.file)!;
      const services = doc.ratings!.standards.find((s) => s.id === '1.3')!;
      expect([services.name, services.rating, services.ratingColour]).toEqual(['Services', 'Good', '#92d050']);
      expect(doc.warnings.filter((w) => w.rule === 'ratings-colour')).toEqual([
        {
          message: "Standard 1.3 Services: its cell's text ('*RRG') is no rating, but it is shaded #92d050, the colour of 'Good', so the rating is read from the colour.",
          page: entry.standardPages!['1.3'],
          line: null,
          rule: 'ratings-colour',
        },
      ]);
      expect(doc.ratings!.standards.map((s) => s.rating)).toEqual(seedRatings());
      expect(doc.checks.find((c) => c.id === 'score-sum')).toMatchObject({ status: 'pass', expected: 11, actual: 11 });
    });
  }

  it('a Ratings table cut so badly that its parts cannot be joined loses no rating, and the warning names the page', () => {
    const entry = manifest.find((e) => e.file === 'ratings-cut-badly.chromium.pdf')!;
    const doc = documents.get(entry.file)!;
    expect(doc.ratings!.standards.map((s) => [s.id, s.rating, s.evidence.page])).toEqual(
      Object.entries(entry.standardPages!).map(([id, page], i) => [id, seedRatings()[i], page]),
    );
    expect(entry.standardPages!['2.3']).toBe(entry.ratingsPage! + 1);
    expect(doc.warnings.filter((w) => w.rule === 'ratings')).toContainEqual({
      message: `The ratings table continues on page ${entry.ratingsPage! + 1} in a table of another shape that could not be joined to it; its rows were read as the ratings table's.`,
      page: entry.ratingsPage! + 1,
      line: null,
      rule: 'ratings',
    });
    expect(doc.checks.find((c) => c.id === 'standard-count')).toMatchObject({ status: 'pass' });
  });
});

/** The text seed's ratings of the ten standards, in order. */
function seedRatings() {
  return seeds.get('corpus/003_b61d8a66136cbfc4.txt')!.ratings!.standards.map((s) => s.rating);
}
