/**
 * The dataset as a researcher opens it: the batch of corpus/ (plus a "PDF" that is text, which
 * fails), run twice — with one job, and with two jobs on the same files renamed into another
 * order — then its data package validated against the Data Package v2 profile, every CSV read with
 * its Table Schema's types, the Datasette metadata checked against the database, the README's
 * pandas, R and SQL lines run or read against what the package declares, and its data dictionary
 * compared with the generated one.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { dataDictionary } from '../src/emit/describe.js';
import { jsonSchema } from '../src/schema.js';
import { CORPUS, ROOT, cli, tempDir } from './helpers.js';

const UPDATE = process.env.UPDATE === '1';
const README = join(ROOT, 'README.md');
const PROFILE = join(ROOT, 'test', 'fixtures', 'datapackage', 'datapackage-v2.profile.json');

interface Field {
  name: string;
  type: 'string' | 'integer' | 'number' | 'date';
  description: string;
  categories?: string[];
  categoriesOrdered?: boolean;
}
interface Resource {
  name: string;
  path: string;
  schema: { fields: Field[]; primaryKey: string[]; foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[]; missingValues: (string | { value: string; label: string })[] };
}

let one: string;
let two: string;
let pkg: { resources: Resource[]; [key: string]: unknown };

function batch(input: string, jobs: number): string {
  const out = tempDir('hmip-dataset-out-');
  const result = cli(['batch', input, '-o', out, '-j', String(jobs), '-q'], { timeout: 300_000 });
  expect(result.status, result.stderr).toBe(1); // the broken file fails; the batch goes on
  return out;
}

beforeAll(() => {
  const input = tempDir('hmip-dataset-in-');
  for (const name of readdirSync(CORPUS).filter((n) => n !== 'README.md')) copyFileSync(join(CORPUS, name), join(input, name));
  writeFileSync(join(input, 'broken.pdf'), 'This is no PDF.\n');
  one = batch(input, 1);
  // The same files under names that sort the other way round, in two folders, read by two jobs.
  const shuffled = tempDir('hmip-dataset-shuffled-');
  const names = readdirSync(input).sort().reverse();
  names.forEach((name, i) => {
    const dir = join(shuffled, i % 2 ? 'a' : 'b');
    mkdirSync(dir, { recursive: true });
    copyFileSync(join(input, name), join(dir, `${String(i).padStart(2, '0')}-${name}`));
  });
  two = batch(shuffled, 2);
  pkg = JSON.parse(readFileSync(join(one, 'datapackage.json'), 'utf8'));
}, 600_000);

const documentsOf = (out: string) => readFileSync(join(out, 'dataset.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const csv = (out: string, name: string): Record<string, string>[] => parse(readFileSync(join(out, `${name}.csv`)), { columns: true, bom: false });

describe('identity across a batch', () => {
  it('the three renditions of the West Yorkshire report share one inspection id, which release 002 carries; release 000 carries the one the report names as its previous', () => {
    const docs = documentsOf(one);
    const by = (id: string) => docs.find((d) => d.id === id);
    expect(['west-yorkshire-crc-2020-report', 'west-yorkshire-crc-2020-report-html', 'west-yorkshire-crc-2020-report-text'].map((id) => [by(id).source.format, by(id).inspectionId, by(id).previousInspectionId])).toEqual([
      ['pdf', 'west-yorkshire-crc-2020-03', 'west-yorkshire-crc-2018-10'],
      ['html', 'west-yorkshire-crc-2020-03', 'west-yorkshire-crc-2018-10'],
      ['text', 'west-yorkshire-crc-2020-03', 'west-yorkshire-crc-2018-10'],
    ]);
    const release2020 = docs.find((d) => d.source.path.endsWith('002_6a02e246b64b3411.txt'));
    const release2018 = docs.find((d) => d.source.path.endsWith('000_47a7a095a93de0df.txt'));
    expect(release2020.inspectionId).toBe('west-yorkshire-crc-2020-03');
    expect(release2018.inspectionId).toBe('west-yorkshire-crc-2018-10');
  });

  it('shuffled input and --jobs 1 vs --jobs 2 change no id', () => {
    const ids = (out: string) => new Map(documentsOf(out).map((d) => [d.source.sha256, [d.id, d.providerId, d.inspectionId, d.previousInspectionId]]));
    const a = ids(one);
    const b = ids(two);
    expect(a.size).toBe(14);
    expect(b).toEqual(a);
    const files = (out: string) => readdirSync(out).sort();
    expect(files(two)).toEqual(files(one));
  });
});

describe('datapackage.json', () => {
  it('is a valid Data Package v2 (the profile vendored, no network request made)', () => {
    const calls = [vi.spyOn(http, 'request'), vi.spyOn(https, 'request'), vi.spyOn(net, 'connect'), vi.spyOn(globalThis, 'fetch')];
    try {
      const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
      const validate = ajv.compile(JSON.parse(readFileSync(PROFILE, 'utf8')));
      const valid = validate(pkg);
      expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
      expect(valid).toBe(true);
      // The profile rejects what it should: a resource without its path or data.
      expect(validate({ ...pkg, resources: [{ name: 'x' }] })).toBe(false);
      for (const call of calls) expect(call).not.toHaveBeenCalled();
    } finally {
      for (const call of calls) call.mockRestore();
    }
  });

  it('declares the licence, the source, hmip_version, created, and standard_id a string, the rating an ordered category', () => {
    expect(pkg).toMatchObject({
      $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
      licenses: [{ name: 'OGL-UK-3.0' }],
      sources: [{ path: 'https://www.justiceinspectorates.gov.uk/hmiprobation/' }],
      hmip_version: JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version,
    });
    expect(String(pkg.created)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    const ratings = pkg.resources.find((r) => r.name === 'ratings')!;
    expect(ratings.schema.fields.find((f) => f.name === 'standard_id')!.type).toBe('string');
    expect(ratings.schema.fields.find((f) => f.name === 'rating')).toMatchObject({ type: 'string', categories: ['Inadequate', 'Requires improvement', 'Good', 'Outstanding'], categoriesOrdered: true });
    expect(ratings.schema.primaryKey).toEqual(['document_id', 'standard_id']);
    expect(ratings.schema.foreignKeys).toEqual([{ fields: ['document_id'], reference: { resource: 'documents', fields: ['id'] } }]);
    const wide = pkg.resources.find((r) => r.name === 'ratings_wide')!;
    expect(wide.schema.missingValues.map((m) => (typeof m === 'string' ? m : m.value))).toEqual(['', 'not-rated', 'not-inspected', 'not-found']);
    expect(pkg.resources.map((r) => r.name)).toEqual(['documents', 'providers', 'ratings', 'ratings_wide', 'standards', 'key_questions', 'facts', 'recommendations', 'claims', 'checks', 'quotes', 'verifications']);
    // The batch's verifications, described as the other tables are: both documents they name are rows of documents.
    const verifications = pkg.resources.find((r) => r.name === 'verifications')!;
    expect(verifications).toMatchObject({ path: 'verifications.csv', title: 'Verifications: each release checked against its report' });
    expect(verifications.schema.primaryKey).toEqual(['release_id', 'n']);
    expect(verifications.schema.foreignKeys).toEqual([
      { fields: ['release_id'], reference: { resource: 'documents', fields: ['id'] } },
      { fields: ['report_id'], reference: { resource: 'documents', fields: ['id'] } },
    ]);
    expect(verifications.schema.fields.find((f) => f.name === 'verdict')).toMatchObject({ type: 'string', categories: ['supported', 'contradicted', 'conflicting', 'not-found', 'unpaired'] });
    expect(verifications.schema.fields.find((f) => f.name === 'release_page')).toMatchObject({ type: 'integer', description: 'the page of the release the sentence is on (1-based; empty for an unpaged release)' });
  });

  it('each CSV loads with its Table Schema\'s types: no value violates them, keys are unique, foreign keys resolve', () => {
    const db = new Database(join(one, 'hmip.sqlite'), { readonly: true });
    const documentIds = new Set(csv(one, 'documents').map((r) => r.id));
    for (const resource of pkg.resources) {
      const rows = csv(one, resource.name);
      const header = Object.keys(parse(readFileSync(join(one, resource.path)), { columns: true, to: 1 })[0] ?? {});
      expect(header, resource.name).toEqual(resource.schema.fields.map((f) => f.name));
      const missing = new Set(resource.schema.missingValues.map((m) => (typeof m === 'string' ? m : m.value)));
      const bad: string[] = [];
      for (const [i, row] of rows.entries()) {
        for (const field of resource.schema.fields) {
          const cell = row[field.name]!;
          if (missing.has(cell)) continue;
          const ok =
            field.type === 'integer'
              ? /^-?\d+$/.test(cell)
              : field.type === 'number'
                ? cell.trim() !== '' && Number.isFinite(Number(cell))
                : field.type === 'date'
                  ? /^\d{4}-\d{2}-\d{2}$/.test(cell) && new Date(`${cell}T00:00:00Z`).toISOString().startsWith(cell)
                  : true;
          if (!ok || (field.categories && !field.categories.includes(cell))) bad.push(`${resource.name} row ${i + 1} ${field.name}: ${JSON.stringify(cell)}`);
        }
      }
      expect(bad).toEqual([]);
      const keys = rows.map((r) => resource.schema.primaryKey.map((k) => r[k]).join('\u0000'));
      expect(new Set(keys).size, resource.name).toBe(rows.length);
      // A missing value refers to nothing (an unpaired release's report_id); every other one to a document.
      for (const fk of resource.schema.foreignKeys ?? []) for (const row of rows) if (!missing.has(row[fk.fields[0]!]!)) expect(documentIds.has(row[fk.fields[0]!]!), `${resource.name}: ${row[fk.fields[0]!]}`).toBe(true);
      if (resource.name !== 'ratings_wide') expect(rows.length, resource.name).toBe((db.prepare(`SELECT COUNT(*) AS n FROM "${resource.name}"`).get() as { n: number }).n);
    }
    // The figures themselves: one row per framework standard of the 2020 report (their points add up to its 11/30), and the wide view's cells.
    const report = csv(one, 'ratings').filter((r) => r.document_id === 'west-yorkshire-crc-2020-report');
    expect(report.map((r) => `${r.standard_id} ${r.rating}${r.rating_missing}`)).toEqual(['1.1 Good', '1.2 Requires improvement', '1.3 Good', '1.4 Good', '2.1 Inadequate', '2.2 Inadequate', '2.3 Inadequate', '2.4 Inadequate', '4.1 Good', '4.2 Good']);
    const wide = csv(one, 'ratings_wide').find((r) => r.document_id === 'west-yorkshire-crc-2020-press-release')!;
    expect([wide['crc-2018 2.2 Planning'], wide['crc-2018 1.1 Leadership'], wide['pdu-2021 1.1 Leadership']]).toEqual(['Inadequate', 'not-found', 'not-inspected']);
    const documents = csv(one, 'documents');
    expect(documents.find((r) => r.id === 'west-yorkshire-crc-2020-report')).toMatchObject({ published: '2020-03', published_precision: 'month', published_date: '2020-03-01', score: '11', score_max: '30', overall_check: 'consistent', framework_id: 'crc-2018' });
    expect(csv(one, 'providers').map((r) => [r.provider_id, r.documents])).toEqual([
      ['cheshire-and-greater-manchester-crc', '3'],
      ['staffordshire-and-west-midlands-crc', '2'],
      ['west-yorkshire-crc', '9'],
    ]);
    db.close();
  });
});

describe('hmip.sqlite', () => {
  it('keeps integers as INTEGER, the failed file in errors, the run in runs', () => {
    const db = new Database(join(one, 'hmip.sqlite'), { readonly: true });
    expect(db.prepare("SELECT typeof(score) AS t, typeof(score_max) AS m, typeof(year) AS y FROM documents WHERE id = 'west-yorkshire-crc-2020-report'").get()).toEqual({ t: 'integer', m: 'integer', y: 'integer' });
    expect(db.prepare("SELECT DISTINCT typeof(score) AS t FROM standards WHERE score IS NOT NULL").all()).toEqual([{ t: 'integer' }]);
    const errors = db.prepare('SELECT path, error_class FROM errors').all() as { path: string; error_class: string }[];
    expect(errors.map((e) => [e.path.split('/').pop(), e.error_class])).toEqual([['broken.pdf', 'corrupt-pdf']]);
    const run = db.prepare('SELECT * FROM runs').get() as Record<string, unknown>;
    expect(run).toMatchObject({ hmip_version: JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version, jobs: 1, files: 15, documents: 14, failed: 1, processed: 15, reused: 0, duplicates: 0 });
    expect(JSON.parse(String(run.limits))).toEqual({ timeoutMs: 120000, memoryMb: 1024, maxPages: 2000, maxBytes: 209715200, maxLineChars: 1000000 });
    expect(Date.parse(String(run.started))).toBeLessThanOrEqual(Date.parse(String(run.finished)));
    db.close();
  });

  it('metadata.json names only tables and columns that exist, with a facet on family, overall rating and framework', () => {
    const metadata = JSON.parse(readFileSync(join(one, 'metadata.json'), 'utf8'));
    const db = new Database(join(one, 'hmip.sqlite'), { readonly: true });
    const tables = metadata.databases.hmip.tables as Record<string, { columns: Record<string, string>; facets?: string[] }>;
    expect(Object.keys(tables).length).toBeGreaterThan(10);
    for (const [name, table] of Object.entries(tables)) {
      const columns = (db.prepare(`SELECT name FROM pragma_table_info(?)`).all(name) as { name: string }[]).map((c) => c.name);
      expect(columns.length, `${name} exists`).toBeGreaterThan(0);
      expect(Object.keys(table.columns).sort(), name).toEqual([...columns].sort());
      for (const facet of table.facets ?? []) expect(columns, `${name} facet ${facet}`).toContain(facet);
      for (const text of Object.values(table.columns)) expect(text.length).toBeGreaterThan(5);
    }
    expect(tables.documents!.facets).toEqual(expect.arrayContaining(['family', 'overall_rating', 'framework_id']));
    expect(metadata.license).toBe('OGL-UK-3.0');
    db.close();
  });
});

describe('the README\'s "Using the dataset"', () => {
  const readme = () => readFileSync(README, 'utf8');
  const section = () => readme().split('## Using the dataset')[1]!.split('\n## ')[0]!;

  it('holds the data dictionary generated from the tables and the schema', () => {
    const start = '<!-- data-dictionary:start -->\n';
    const end = '\n<!-- data-dictionary:end -->';
    const text = readme();
    const current = text.slice(text.indexOf(start) + start.length, text.indexOf(end));
    const generated = dataDictionary();
    if (UPDATE) writeFileSync(README, text.slice(0, text.indexOf(start) + start.length) + generated + text.slice(text.indexOf(end)));
    else expect(current, 'the README\'s data dictionary differs from the generated one (UPDATE=1 npx vitest run test/dataset.test.ts rewrites it)').toBe(generated);
  });

  it('gives pandas the dtypes and parse options the data package declares, exactly', () => {
    const python = /```python\n([\s\S]*?)```/.exec(section())![1]!;
    for (const name of ['documents', 'ratings']) {
      const call = new RegExp(`${name} = pd\\.read_csv\\("dataset/${name}\\.csv",([\\s\\S]*?)\\}\\)`).exec(python)![1]!;
      expect(call).toContain('keep_default_na=False, na_values=[""]');
      const dtype = Object.fromEntries([...call.split('dtype={')[1]!.matchAll(/"([^"]+)": ("[^"]+"|\w+)/g)].map((m) => [m[1], m[2]]));
      const dates = /parse_dates=\[([^\]]*)\]/.exec(call)?.[1]?.match(/"([^"]+)"/g)?.map((s) => s.slice(1, -1)) ?? [];
      const fields = pkg.resources.find((r) => r.name === name)!.schema.fields;
      const expected = Object.fromEntries(fields.filter((f) => f.type !== 'date').map((f) => [f.name, f.categoriesOrdered ? 'rating' : f.type === 'integer' ? '"Int64"' : f.type === 'number' ? '"Float64"' : '"string"']));
      expect(dtype, name).toEqual(expected);
      expect(dates, name).toEqual(fields.filter((f) => f.type === 'date').map((f) => f.name));
    }
    expect(python).toContain('pd.CategoricalDtype(["Inadequate", "Requires improvement", "Good", "Outstanding"], ordered=True)');
  });

  it('gives R the column types the data package declares, exactly', () => {
    const r = /```r\n([\s\S]*?)```/.exec(section())![1]!;
    for (const name of ['documents', 'ratings']) {
      const types = new RegExp(`${name} <- read_csv\\("dataset/${name}\\.csv", na = "", col_types = "([cidD]+)"\\)`).exec(r)![1];
      const letters = pkg.resources.find((x) => x.name === name)!.schema.fields.map((f) => ({ string: 'c', integer: 'i', number: 'd', date: 'D' })[f.type]).join('');
      expect(types, name).toBe(letters);
    }
    expect(r).toContain('levels = c("Inadequate", "Requires improvement", "Good", "Outstanding"), ordered = TRUE');
  });

  it('runs each sqlite3 query, the as-at query among them, with the rows it shows', () => {
    const db = new Database(join(one, 'hmip.sqlite'), { readonly: true });
    const pairs = [...section().matchAll(/```sql\n([\s\S]*?)```\n\n```\n([\s\S]*?)```/g)];
    expect(pairs.length).toBe(5);
    for (const [, sql, rows] of pairs) {
      const got = db.prepare(sql!).raw().all() as unknown[][];
      expect(got.map((r) => r.map((v) => (v === null ? '' : String(v))).join('|')).join('\n'), sql).toBe(rows!.trimEnd());
    }
    db.close();
  });

  it('hmip schema describes every property', () => {
    const missing: string[] = [];
    const walk = (node: Record<string, unknown>, path: string) => {
      for (const key of ['anyOf', 'oneOf', 'allOf'] as const) for (const x of (node[key] as Record<string, unknown>[] | undefined) ?? []) walk(x, path);
      if (node.items) walk(node.items as Record<string, unknown>, `${path}[]`);
      if (node.additionalProperties && typeof node.additionalProperties === 'object') walk(node.additionalProperties as Record<string, unknown>, `${path}{}`);
      for (const [key, value] of Object.entries((node.properties as Record<string, Record<string, unknown>> | undefined) ?? {})) {
        const at = path ? `${path}.${key}` : key;
        if (typeof value.description !== 'string' || value.description.length < 5) missing.push(at);
        walk(value, at);
      }
    };
    const printed = cli(['schema']);
    expect(printed.status).toBe(0);
    const schema = JSON.parse(printed.stdout);
    expect(schema).toEqual(JSON.parse(JSON.stringify(jsonSchema())));
    walk(schema, '');
    expect(missing).toEqual([]);
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['providerId', 'inspectionId', 'previousInspectionId', 'publishedPrecision']));
  });
});
