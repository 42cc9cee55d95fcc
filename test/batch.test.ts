/** `hmip batch` on the seeds: per-document JSON, the dataset files, resumable. */
import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import { copyFileSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, isDocumentJson, SEEDS, tempDir } from './helpers.js';

const seeds = Object.values(SEEDS);

describe('hmip batch on the five seed documents', () => {
  let input: string;
  let out: string;
  let first: ReturnType<typeof cli>;

  beforeAll(() => {
    input = tempDir('hmip-batch-in-');
    out = tempDir('hmip-batch-out-');
    for (const seed of seeds) copyFileSync(seed, join(input, basename(seed)));
    first = cli(['batch', input, '--out', out, '--jobs', '2']);
  });

  it('writes one JSON per document and a summary line', () => {
    expect(first.status).toBe(0);
    const json = readdirSync(out).filter(isDocumentJson).sort();
    // The summary counts the documents' warnings: the same as their JSON holds.
    const warnings = json.reduce((sum, f) => sum + JSON.parse(readFileSync(join(out, f), 'utf8')).warnings.length, 0);
    expect(warnings).toBeGreaterThan(0);
    expect(first.stderr).toMatch(new RegExp(`^5 documents, 0 pages, 0 failed, [\\d.]+ s \\(5 processed, 0 already done; 0 skipped as duplicates; ${warnings} warnings; peak memory \\d+ MB\\)$`, 'm'));
    expect(json).toEqual([
      'cheshire-and-greater-manchester-crc-2019-press-release.json',
      'staffordshire-and-west-midlands-crc-press-release.json',
      'west-yorkshire-crc-2018-press-release.json',
      'west-yorkshire-crc-2020-press-release.json',
      'west-yorkshire-crc-2020-report.json',
    ]);
    const report = JSON.parse(readFileSync(join(out, 'west-yorkshire-crc-2020-report.json'), 'utf8'));
    expect(report.ratings.score).toMatchObject({ value: 11, max: 30 });
  });

  it('writes dataset.jsonl, CSV tables a CSV parser loads, and an SQLite file with the same rows', () => {
    const lines = readFileSync(join(out, 'dataset.jsonl'), 'utf8').trim().split('\n');
    expect(lines).toHaveLength(5);
    const documents = parse(readFileSync(join(out, 'documents.csv')), { columns: true }) as Record<string, string>[];
    expect(documents).toHaveLength(5);
    const report = documents.find((d) => d.id === 'west-yorkshire-crc-2020-report')!;
    expect(report).toMatchObject({ overall_rating: 'Requires improvement', score: '11', score_max: '30', provider_short: 'West Yorkshire CRC', published: '2020-03', year: '2020' });
    const standards = parse(readFileSync(join(out, 'standards.csv')), { columns: true }) as Record<string, string>[];
    expect(standards.filter((s) => s.document_id === 'west-yorkshire-crc-2020-report')).toHaveLength(10);
    expect(standards.find((s) => s.standard_id === '1.4')).toMatchObject({ rating: 'Good', previous_rating: 'Requires improvement', score: '2' });
    for (const table of ['key_questions', 'facts', 'recommendations', 'claims', 'checks']) {
      expect(existsSync(join(out, `${table}.csv`))).toBe(true);
      expect((parse(readFileSync(join(out, `${table}.csv`)), { columns: true }) as unknown[]).length).toBeGreaterThan(0);
    }
    const db = new Database(join(out, 'hmip.sqlite'), { readonly: true });
    try {
      expect(db.prepare('SELECT count(*) AS n FROM documents').get()).toEqual({ n: 5 });
      // The report's table rates four standards Inadequate; the 2020 release and the Staffordshire blog each say so of
      // case supervision in one sentence ("we have rated all four aspects ‘Inadequate’").
      expect(db.prepare("SELECT source, count(*) AS n FROM standards WHERE rating = 'Inadequate' GROUP BY source ORDER BY source").all()).toEqual([
        { source: 'prose', n: 8 },
        { source: 'table', n: 4 },
      ]);
      const fk = db.prepare("SELECT * FROM pragma_foreign_key_list('standards')").all() as { table: string }[];
      expect(fk[0]?.table).toBe('documents');
      const indexes = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'documents'").all() as { name: string }[]).map((r) => r.name);
      expect(indexes).toEqual(expect.arrayContaining(['documents_provider', 'documents_published']));
    } finally {
      db.close();
    }
    expect(readFileSync(join(out, 'errors.jsonl'), 'utf8')).toBe('');
  });

  it('does no work on a re-run of unchanged files', () => {
    const again = cli(['batch', input, '--out', out, '--resume']);
    expect(again.status).toBe(0);
    expect(again.stderr).toMatch(/5 documents, 0 pages, 0 failed, [\d.]+ s \(0 processed, 5 already done; 0 skipped as duplicates; \d+ warnings; peak memory \d+ MB\)$/m);
  });
});

describe('hmip batch on a folder with nothing in it', () => {
  it('creates the output folder and writes an empty dataset, not an error', () => {
    const input = tempDir('hmip-batch-empty-in-');
    const out = join(tempDir('hmip-batch-empty-out-'), 'not-yet-made');
    const run = cli(['batch', input, '--out', out]);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/^0 documents, 0 pages, 0 failed, /m);
    expect(readFileSync(join(out, 'dataset.jsonl'), 'utf8')).toBe('');
    expect(readFileSync(join(out, 'errors.jsonl'), 'utf8')).toBe('');
    const db = new Database(join(out, 'hmip.sqlite'), { readonly: true });
    try {
      expect(db.prepare('SELECT count(*) AS n FROM documents').get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  });
});
