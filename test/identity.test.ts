/**
 * Identity from what documents state. The table's inputs are what the pipeline reads from real
 * documents (corpus/ and test/fixtures/real/docs/, with the web address each page was found at,
 * as an HTML copy states it in its canonical link); each row is checked twice: the pure function
 * on the row, and the pipeline on the document with that address.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assignIds } from '../src/batch/ids.js';
import { identify, type Identity, type IdentityInput } from '../src/id.js';
import { ingest, DEFAULT_LIMITS } from '../src/ingest.js';
import { extractDocument } from '../src/pipeline.js';
import type { Document } from '../src/schema.js';
import { CORPUS, ROOT, SEEDS } from './helpers.js';

const REAL = join(ROOT, 'test', 'fixtures', 'real', 'docs');
const urlOf = (n: string): string => JSON.parse(readFileSync(join(REAL, `${n}.json`), 'utf8')).url;

async function read(path: string, url: string | null = null): Promise<Document> {
  const bytes = new Uint8Array(readFileSync(path));
  const ingested = await ingest(bytes, path, DEFAULT_LIMITS);
  return extractDocument(ingested.tree, { path, sha256: ingested.sha256, format: ingested.format, bytes: ingested.bytes, meta: { ...ingested.meta, canonicalUrl: url ?? ingested.meta.canonicalUrl ?? null }, warnings: ingested.warnings });
}

const CRC = (place: string) => ({ name: `${place} Community Rehabilitation Company`, shortName: `${place} CRC`, type: 'CRC' });

interface Row {
  case: string;
  /** The document the row was read from: a corpus file, or real/NNN (read with its web address); none for a row that changes one input of a real case. */
  doc?: string;
  input: IdentityInput;
  expect: Omit<Identity, 'id'> & { id?: string };
}

const ROWS: Row[] = [
  {
    case: 'the 2020 report: provider and publication month; its previous inspection by the month it names',
    doc: SEEDS.report,
    input: { kind: 'inspection-report', provider: CRC('West Yorkshire'), title: 'An inspection of probation services in: West Yorkshire Community Rehabilitation Company', published: '2020-03', fieldworkStarted: '2019-10-28', previousInspection: { published: '2018-10' } },
    expect: { id: 'west-yorkshire-crc-2020-report', providerId: 'west-yorkshire-crc', inspectionId: 'west-yorkshire-crc-2020-03', previousInspectionId: 'west-yorkshire-crc-2018-10' },
  },
  {
    case: 'release 002 announces it (published 10 March 2020, fieldwork October 2019)',
    doc: SEEDS.release2020,
    input: { kind: 'press-release', provider: CRC('West Yorkshire'), title: 'West Yorkshire probation service under-staffed and under-performing', published: '2020-03-10', fieldworkStarted: '2019-10', previousInspection: null },
    expect: { id: 'west-yorkshire-crc-2020-press-release', providerId: 'west-yorkshire-crc', inspectionId: 'west-yorkshire-crc-2020-03', previousInspectionId: null },
  },
  {
    case: 'release 000, of the 2018 inspection: the id the 2020 report names as its previous',
    doc: SEEDS.release2018,
    input: { kind: 'press-release', provider: CRC('West Yorkshire'), title: 'WEST YORKSHIRE CRC – Weaknesses need improvement but motivated by leaders and staff eager to learn', published: '2018-10-31', fieldworkStarted: '2018-07', previousInspection: null },
    expect: { id: 'west-yorkshire-crc-2018-press-release', providerId: 'west-yorkshire-crc', inspectionId: 'west-yorkshire-crc-2018-10', previousInspectionId: null },
  },
  {
    case: 'no date in the text: the month of the page address /2019/07/walescrc/',
    doc: 'real/001',
    input: { kind: 'press-release', provider: CRC('Wales'), title: 'Inspectors urge new managers of a probation service in Wales to keep raising standards', published: null, url: urlOf('001') },
    expect: { id: 'wales-crc-2019-press-release', providerId: 'wales-crc', inspectionId: 'wales-crc-2019-07', previousInspectionId: null },
  },
  {
    case: 'a second inspection of one company a year later (dtvcrcyr2): another month, another id',
    doc: 'real/128',
    input: { kind: 'press-release', provider: CRC('Durham Tees Valley'), title: null, published: null, url: urlOf('128') },
    expect: { providerId: 'durham-tees-valley-crc', inspectionId: 'durham-tees-valley-crc-2020-04', previousInspectionId: null },
  },
  {
    case: 'Cardiff Youth Offending Service (2016) and Cardiff Youth Justice Service (2022): one provider',
    doc: 'real/114',
    input: { kind: 'press-release', provider: { name: 'Cardiff Youth Offending Service', shortName: 'Cardiff YOS', type: 'YOS' }, title: null, published: null, url: urlOf('114') },
    expect: { providerId: 'cardiff-yjs', inspectionId: 'cardiff-yjs-2016-05', previousInspectionId: null },
  },
  {
    case: '… the same provider under its later name',
    doc: 'real/009',
    input: { kind: 'press-release', provider: { name: 'Cardiff Youth Justice Service', shortName: 'Cardiff YJS', type: 'YJS' }, title: null, published: null, url: urlOf('009') },
    expect: { providerId: 'cardiff-yjs', inspectionId: 'cardiff-yjs-2022-08', previousInspectionId: null },
  },
  {
    case: 'a youth offending team is a youth justice service too',
    doc: 'real/078',
    input: { kind: 'press-release', provider: { name: 'Medway Youth Offending Team', shortName: 'Medway YOT', type: 'YOT' }, title: null, published: null, url: urlOf('078') },
    expect: { providerId: 'medway-yjs', inspectionId: 'medway-yjs-2020-06', previousInspectionId: null },
  },
  {
    case: 'an NPS division: its place, then the key',
    doc: 'real/012',
    input: { kind: 'press-release', provider: { name: 'National Probation Service Wales division', shortName: 'NPS Wales', type: 'NPS division' }, title: null, published: null, url: urlOf('012') },
    expect: { providerId: 'wales-nps', inspectionId: 'wales-nps-2019-04', previousInspectionId: null },
  },
  {
    case: '"Kent, Surrey, and Sussex" and "Kent, Surrey and Sussex" are one region',
    doc: 'real/124',
    input: { kind: 'press-release', provider: { name: 'Probation Service – Kent, Surrey, and Sussex region', shortName: 'Kent, Surrey, and Sussex region', type: 'region' }, title: null, published: null, url: urlOf('124') },
    expect: { providerId: 'kent-surrey-and-sussex-region', inspectionId: 'kent-surrey-and-sussex-region-p6467', previousInspectionId: null },
  },
  {
    case: 'no date anywhere: the Inspectorate\'s own id of the page (?p=1137)',
    doc: 'real/005',
    input: { kind: 'press-release', provider: { name: 'Hertfordshire Probation Delivery Unit', shortName: 'Hertfordshire PDU', type: 'PDU' }, title: null, published: null, url: urlOf('005') },
    expect: { id: 'hertfordshire-pdu-press-release', providerId: 'hertfordshire-pdu', inspectionId: 'hertfordshire-pdu-p1137', previousInspectionId: null },
  },
  {
    case: 'a report page of the 2025 site: its slug',
    doc: 'real/016',
    input: { kind: 'inspection-report', provider: { name: 'North Wales Probation Delivery Unit', shortName: 'North Wales PDU', type: 'PDU' }, title: null, published: null, url: urlOf('016') },
    expect: { providerId: 'north-wales-pdu', inspectionId: 'north-wales-pdu-an-inspection-of-probation-services-in-north-wales-pdu-2025', previousInspectionId: null },
  },
  {
    case: 'release 002 without its date and address, keeping its fieldwork month: marked, so that it never equals a publication month',
    input: { kind: 'press-release', provider: CRC('West Yorkshire'), title: null, published: null, fieldworkStarted: '2019-10' },
    expect: { providerId: 'west-yorkshire-crc', inspectionId: 'west-yorkshire-crc-fieldwork-2019-10', previousInspectionId: null },
  },
  {
    case: 'a page behind a cookie banner: its title, not the banner',
    doc: 'real/172',
    input: { kind: 'other', provider: null, title: 'Probation Services', published: null, url: urlOf('172') },
    expect: { id: 'probation-services-document', providerId: null, inspectionId: null, previousInspectionId: null },
  },
  {
    case: 'no title: the slug of its address',
    doc: 'real/076',
    input: { kind: 'other', provider: null, title: null, published: null, url: urlOf('076') },
    expect: { id: 'transformingrehabilitation-document', providerId: null, inspectionId: null, previousInspectionId: null },
  },
  {
    case: 'nothing identifies it: its sha256 prefix',
    doc: 'real/104',
    input: { kind: 'other', provider: null, title: null, published: null, sha256: 'c0ffee'.padEnd(64, '0') },
    expect: { id: 'document-c0ffee000000', providerId: null, inspectionId: null, previousInspectionId: null },
  },
];

describe('identity (src/id.ts)', () => {
  it.each(ROWS)('$case', async (row) => {
    const got = identify(row.input);
    expect(got).toMatchObject(row.expect);
    if (!row.doc) return;
    // The pipeline reads the row's inputs from the document itself.
    const path = row.doc.startsWith('real/') ? join(REAL, `${row.doc.slice(5)}.txt`) : row.doc;
    const document = await read(path, row.input.url ?? null);
    const read_: IdentityInput = { kind: document.kind, provider: document.provider, title: document.title, published: document.published, fieldworkStarted: document.fieldworkStarted, previousInspection: document.previousInspection, url: document.source.url, sha256: document.source.sha256 };
    for (const key of ['kind', 'published', 'url'] as const) if (key in row.input) expect(read_[key], key).toEqual(row.input[key]);
    expect(read_.provider && { name: read_.provider.name, shortName: read_.provider.shortName, type: read_.provider.type }).toEqual(row.input.provider);
    if (row.input.fieldworkStarted !== undefined) expect(read_.fieldworkStarted).toBe(row.input.fieldworkStarted);
    if (row.input.previousInspection !== undefined) expect(read_.previousInspection?.published ?? null).toBe(row.input.previousInspection?.published ?? null);
    expect({ providerId: document.providerId, inspectionId: document.inspectionId, previousInspectionId: document.previousInspectionId }).toEqual({ providerId: row.expect.providerId, inspectionId: row.expect.inspectionId, previousInspectionId: row.expect.previousInspectionId });
    if (row.expect.id && !row.input.sha256) expect(document.id).toBe(row.expect.id);
  });

  it('the PDF, HTML and text copies of the West Yorkshire report share one inspection id; release 002 carries it; release 000 carries the one the report names as its previous', async () => {
    const copies = await Promise.all([SEEDS.report, join(CORPUS, 'west-yorkshire-crc-2020.pdf'), join(CORPUS, 'west-yorkshire-crc-2020-report.html')].map((p) => read(p)));
    expect(copies.map((d) => [d.source.format, d.inspectionId, d.previousInspectionId])).toEqual([
      ['text', 'west-yorkshire-crc-2020-03', 'west-yorkshire-crc-2018-10'],
      ['pdf', 'west-yorkshire-crc-2020-03', 'west-yorkshire-crc-2018-10'],
      ['html', 'west-yorkshire-crc-2020-03', 'west-yorkshire-crc-2018-10'],
    ]);
    const releases = await Promise.all([SEEDS.release2020, join(CORPUS, 'west-yorkshire-crc-2020-press-release.pdf'), join(CORPUS, 'west-yorkshire-crc-2020-press-release.html')].map((p) => read(p)));
    expect(releases.map((d) => d.inspectionId)).toEqual(['west-yorkshire-crc-2020-03', 'west-yorkshire-crc-2020-03', 'west-yorkshire-crc-2020-03']);
    const earlier = await read(SEEDS.release2018);
    expect(earlier.inspectionId).toBe(copies[0]!.previousInspectionId);
  });

  it('reads a page\'s own address from og:url where it has no canonical link', async () => {
    const html = readFileSync(join(CORPUS, 'west-yorkshire-crc-2020-press-release.html'), 'utf8').replace('<link rel="canonical" href="">', '<meta property="og:url" content="https://www.justiceinspectorates.gov.uk/hmiprobation/media/press-releases/2020/03/westyorkshirecrc2/">');
    const ingested = await ingest(new TextEncoder().encode(html), 'release.html', DEFAULT_LIMITS);
    expect(ingested.meta.canonicalUrl).toBe('https://www.justiceinspectorates.gov.uk/hmiprobation/media/press-releases/2020/03/westyorkshirecrc2/');
  });
});

describe('ids on the real corpus (test/fixtures/real/docs, 300 documents)', () => {
  const names = readdirSync(REAL).filter((f) => /^\d+\.txt$/.test(f)).map((f) => f.slice(0, 3)).sort();
  const truth = (n: string) => JSON.parse(readFileSync(join(REAL, `${n}.json`), 'utf8')) as { url: string; provider: string | null; published: string | null };
  const chrome = /cookie|skip-to|back-to-top|share-this|untitled|^document$|javascript|accept-all/;

  for (const withAddress of [false, true]) {
    it(`no id comes from site chrome and no two different inspections share one (${withAddress ? 'with each page\'s web address' : 'the text alone'})`, async () => {
      const documents = new Map<string, Document>();
      for (const n of names) documents.set(n, await read(join(REAL, `${n}.txt`), withAddress ? truth(n).url : null));
      for (const [n, d] of documents) {
        for (const id of [d.id, d.providerId, d.inspectionId].filter(Boolean)) expect(id, `${n}: ${id}`).not.toMatch(chrome);
      }
      // Documents that share an inspection id are about one provider (the truth's) and, where both state a month, the same one.
      const byInspection = new Map<string, string[]>();
      for (const [n, d] of documents) if (d.inspectionId) byInspection.set(d.inspectionId, [...(byInspection.get(d.inspectionId) ?? []), n]);
      for (const [id, group] of byInspection) {
        const providers = new Set(group.map((n) => truth(n).provider));
        expect(providers.size, `${id}: ${group.join(', ')}`).toBe(1);
        const months = new Set(group.map((n) => truth(n).published?.slice(0, 7) ?? /\/(\d{4})\/(\d{2})\//.exec(truth(n).url)?.slice(1).join('-')).filter(Boolean));
        expect(months.size, `${id}: ${group.join(', ')}`).toBeLessThanOrEqual(1);
      }
      const ids = assignIds([...documents.values()].map((d) => ({ key: d.source.sha256, id: d.id, format: d.source.format, path: d.source.path })));
      // 158 and 191 are the same bytes (one page found under two numbers): one document, one id.
      expect(new Set(ids.values()).size).toBe(new Set([...documents.values()].map((d) => d.source.sha256)).size);
      expect(new Set(ids.values()).size).toBe(299);
      if (withAddress) {
        // Every report and release about one provider has an inspection id.
        const missing = [...documents].filter(([, d]) => d.provider && d.kind !== 'other' && !d.inspectionId).map(([n]) => n);
        expect(missing).toEqual([]);
      }
    }, 300_000);
  }

  it('assignIds gives the same names whatever the order of the documents', () => {
    const requests = [
      { key: 'a'.repeat(64), id: 'x-report', format: 'pdf', path: 'b/x.pdf' },
      { key: 'b'.repeat(64), id: 'x-report', format: 'html', path: 'a/x.html' },
      { key: 'c'.repeat(64), id: 'x-report', format: 'text', path: 'c/x.txt' },
      { key: 'd'.repeat(64), id: 'x-report', format: 'text', path: 'a/y.txt' },
      { key: 'e'.repeat(64), id: 'y-release', format: 'text', path: 'z.txt' },
    ];
    const expected = new Map([
      ['a'.repeat(64), 'x-report'],
      ['b'.repeat(64), 'x-report-html'],
      ['c'.repeat(64), 'x-report-text-cccccccccccc'],
      ['d'.repeat(64), 'x-report-text-dddddddddddd'],
      ['e'.repeat(64), 'y-release'],
    ]);
    expect(assignIds(requests)).toEqual(expected);
    expect(assignIds([...requests].reverse())).toEqual(expected);
    expect(assignIds([requests[3]!, requests[0]!, requests[4]!, requests[2]!, requests[1]!])).toEqual(expected);
  });
});
