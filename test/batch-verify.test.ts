/**
 * `hmip batch` verifies every press release of the archive against the report it announces:
 * verifications.jsonl, verifications.csv and the `verifications` table of hmip.sqlite, on the
 * corpus (three formats of each seed) and one release altered, each verdict the one `hmip verify`
 * gives for the same two files.
 */
import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pairReleases } from '../src/verify/pair.js';
import type { ArchiveVerification } from '../src/verify/archive.js';
import type { Document } from '../src/schema.js';
import { cli, CORPUS, extractFile, ROOT, SEEDS, tempDir } from './helpers.js';

type Row = Record<string, string | number | null>;

describe('hmip batch over the corpus: verifications', () => {
  let out: string;
  let rows: Row[];
  let lines: ArchiveVerification[];
  /** The id the batch gave the file at `path` (the altered copy of 002 and 002 share a slug). */
  let idOf: (path: string) => string;
  const wholes = (release: string) => rows.filter((r) => r.release_id === release && r.part_of === null);

  let altered: string;
  beforeAll(() => {
    const extra = tempDir('hmip-verify-in-');
    // 002 as published, altered: nine recommendations where the report makes seven.
    altered = join(extra, 'release-nine.txt');
    writeFileSync(altered, readFileSync(SEEDS.release2020, 'utf8').replace('made seven recommendations', 'made nine recommendations'));
    out = tempDir('hmip-verify-out-');
    const run = cli(['batch', CORPUS, extra, '--out', out, '--quiet'], { timeout: 280_000 });
    expect(run.status).toBe(0);
    const db = new Database(join(out, 'hmip.sqlite'), { readonly: true });
    try {
      rows = db.prepare('SELECT * FROM verifications ORDER BY release_id, n').all() as Row[];
    } finally {
      db.close();
    }
    lines = readFileSync(join(out, 'verifications.jsonl'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
    const documents = readFileSync(join(out, 'dataset.jsonl'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as { id: string; source: { path: string } });
    idOf = (path) => documents.find((d) => d.source.path === path)!.id;
  }, 300_000);

  it('pairs release 002 with the 2020 report (its PDF, whose quotes have pages): 7 supported', () => {
    const release = idOf(SEEDS.release2020);
    const claims = wholes(release);
    expect(new Set(claims.map((r) => [r.report_id, r.relation].join(' ')))).toEqual(new Set(['west-yorkshire-crc-2020-report same-inspection']));
    expect(claims.map((r) => r.verdict)).toEqual(Array(7).fill('supported'));
    const recommendations = claims.find((r) => r.kind === 'recommendations')!;
    expect(recommendations).toMatchObject({ label: 'Number of recommendations', release_value: '7', report_value: '7', report_page: 15, report_quote: 'As a result of our inspection findings, we have made seven recommendations.' });
    expect(lines.find((l) => l.release === release)!.reason).toBe('The release and the report are of one inspection, west-yorkshire-crc-2020-03 (their inspection_id).');
    const report = JSON.parse(readFileSync(join(out, 'west-yorkshire-crc-2020-report.json'), 'utf8'));
    expect(report.source.format).toBe('pdf');
  });

  it('pairs release 000 with the 2020 report, checked against the 2018 inspection the report names as its previous one', () => {
    const release = idOf(SEEDS.release2018);
    expect(release).toBe('west-yorkshire-crc-2018-press-release-text');
    const line = lines.find((l) => l.release === release)!;
    expect(line).toMatchObject({ report: 'west-yorkshire-crc-2020-report', relation: 'previous-inspection' });
    expect(line.reason).toBe(
      'The release is of inspection west-yorkshire-crc-2018-10, which the report names as its previous one (its previous_inspection_id); its claims are checked against what the report says of that previous inspection.',
    );
    expect(line.verification!.summary).toEqual({ supported: 4, contradicted: 0, conflicting: 0, notFound: 3 });
    expect(wholes(release).find((r) => r.kind === 'rating')).toMatchObject({ verdict: 'supported', release_value: 'Requires improvement', report_quote: "At that time, we rated its work as 'Requires improvement'.", report_page: 4 });
  });

  it('gives the verdicts hmip verify gives for the same two files', () => {
    for (const file of [SEEDS.release2018, SEEDS.release2020, join(CORPUS, 'west-yorkshire-crc-2020-press-release.pdf')]) {
      const release = idOf(file);
      const json = JSON.parse(cli(['verify', file, '--report', join(CORPUS, 'west-yorkshire-crc-2020.pdf'), '-f', 'json']).stdout);
      const batch = lines.find((l) => l.release === release)!.verification!;
      const verdicts = (v: { claims: { id: string; verdict: string; reportValue: unknown; reportEvidence: unknown; partOf: string | null }[] }) =>
        v.claims.map((c) => [c.id, c.partOf, c.verdict, c.reportValue, c.reportEvidence]);
      expect(verdicts(batch)).toEqual(verdicts(json));
      expect(batch.summary).toEqual(json.summary);
    }
  });

  it('lists a release with no report in the batch as unpaired', () => {
    const cheshire = rows.filter((r) => r.release_id === 'cheshire-and-greater-manchester-crc-2019-press-release');
    expect(cheshire).toEqual([
      expect.objectContaining({ n: 1, report_id: null, verdict: 'unpaired', claim_id: null, note: 'The batch holds no inspection report of Cheshire and Greater Manchester CRC.' }),
    ]);
    expect(lines.find((l) => l.release === 'cheshire-and-greater-manchester-crc-2019-press-release')).toMatchObject({ report: null, verification: null });
    // Every release of the batch is listed, paired or not; no report is listed as a release.
    const documents = readFileSync(join(out, 'dataset.jsonl'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.release).sort()).toEqual(documents.filter((d) => d.kind === 'press-release').map((d) => d.id).sort());
    expect(lines.filter((l) => l.report === null)).toHaveLength(5);
  });

  it('writes the same rows to verifications.csv', () => {
    const csv = parse(readFileSync(join(out, 'verifications.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    expect(csv).toHaveLength(rows.length);
    const key = (r: Row | Record<string, string>) => `${r.release_id} ${r.n} ${r.verdict} ${r.report_quote ?? ''}`;
    expect(csv.map(key).sort()).toEqual(rows.map((r) => key({ ...r, report_quote: r.report_quote ?? '' })).sort());
  });

  it('answers the README’s query: the releases with a contradicted claim', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const query = [...readme.matchAll(/```sql\n([\s\S]*?)```/g)].map((m) => m[1]!).find((q) => q.includes('FROM verifications'))!;
    const db = new Database(join(out, 'hmip.sqlite'), { readonly: true });
    try {
      expect(db.prepare(query).all()).toEqual([
        {
          release_id: idOf(altered),
          path: altered,
          report_id: 'west-yorkshire-crc-2020-report',
          label: 'Number of recommendations',
          release_value: '9',
          report_value: '7',
          report_page: 15,
        },
      ]);
    } finally {
      db.close();
    }
  });
});

describe('pairReleases', () => {
  let release2020: Document, release2018: Document, cheshire: Document, reportText: Document, reportPdf: Document, reportHtml: Document;
  beforeAll(async () => {
    const files = [SEEDS.release2020, SEEDS.release2018, SEEDS.cheshire, SEEDS.report, join(CORPUS, 'west-yorkshire-crc-2020.pdf'), join(CORPUS, 'west-yorkshire-crc-2020-report.html')];
    [release2020, release2018, cheshire, reportText, reportPdf, reportHtml] = (await Promise.all(files.map(extractFile))) as [Document, Document, Document, Document, Document, Document];
  }, 120_000);

  it('pairs by inspection_id first: release 002 with the report whose PDF, HTML and text copies share west-yorkshire-crc-2020-03, release 000 with the report that names its inspection as the previous one', () => {
    expect([release2020, reportText, reportPdf, reportHtml].map((d) => d.inspectionId)).toEqual(Array(4).fill('west-yorkshire-crc-2020-03'));
    expect(release2018.inspectionId).toBe('west-yorkshire-crc-2018-10');
    expect([reportText, reportPdf, reportHtml].map((d) => d.previousInspectionId)).toEqual(Array(3).fill('west-yorkshire-crc-2018-10'));
    const documents = [reportHtml, release2020, reportText, cheshire, reportPdf, release2018].map((d, i) => ({ ...d, id: `doc-${i}` }));
    expect(pairReleases(documents)).toEqual([
      { release: 'doc-1', report: 'doc-4', relation: 'same-inspection', reason: 'The release and the report are of one inspection, west-yorkshire-crc-2020-03 (their inspection_id).' },
      { release: 'doc-3', report: null, relation: null, reason: 'The batch holds no inspection report of Cheshire and Greater Manchester CRC.' },
      {
        release: 'doc-5',
        report: 'doc-4',
        relation: 'previous-inspection',
        reason: 'The release is of inspection west-yorkshire-crc-2018-10, which the report names as its previous one (its previous_inspection_id); its claims are checked against what the report says of that previous inspection.',
      },
    ]);
    // The id decides before the dates: release 002 dated three years after the report (which by
    // dates alone pairs it with nothing, as the next test shows) is still paired by its inspection_id.
    const redated = pairReleases([{ ...release2020, published: '2023-05-10', fieldworkStarted: null }, reportText]);
    expect(redated.map((p) => [p.release, p.report, p.relation])).toEqual([[release2020.id, reportText.id, 'same-inspection']]);
  });

  it('without an inspection id that pairs, pairs by provider and dates, the paged copy of a report first, and says why a release is unpaired', () => {
    // Documents with no inspection id (one that states no date, no web address and no fieldwork has none).
    const noIds = (d: Document) => ({ ...d, inspectionId: null, previousInspectionId: null });
    const pairs = pairReleases([reportText, release2020, cheshire, reportPdf, release2018].map((d, i) => ({ ...noIds(d), id: `doc-${i}` })));
    expect(pairs.map((p) => [p.release, p.report, p.relation])).toEqual([
      ['doc-1', 'doc-3', 'same-inspection'],
      ['doc-2', null, null],
      ['doc-4', 'doc-3', 'previous-inspection'],
    ]);
    // Without the report of its inspection, a later release is not checked against an earlier report.
    const later = pairReleases([{ ...noIds(release2020), published: '2023-05-10', fieldworkStarted: null }, noIds(reportText)]);
    expect(later).toEqual([
      { release: release2020.id, report: null, relation: null, reason: "None of the batch's 1 report of West Yorkshire CRC is of the inspection the release is about, or the next one: The release (May 2023) is later than the report (March 2020); it may concern a later inspection. Claims are checked against the report as it stands." },
    ]);
    // An inspection id that no report of the batch has, or names as its previous one: the dates decide.
    const unmatched = pairReleases([{ ...release2020, inspectionId: 'west-yorkshire-crc-2020-02' }, reportText]);
    expect(unmatched).toEqual([{ release: release2020.id, report: reportText.id, relation: 'same-inspection', reason: "Both are about West Yorkshire CRC's inspection whose fieldwork started in October 2019." }]);
  });
});
