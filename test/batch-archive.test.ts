/**
 * `hmip batch` on archives built from the corpus: 500 documents end to end, and a batch killed
 * half-way then resumed, which must give the same dataset as one uninterrupted run.
 */
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { parse } from 'csv-parse/sync';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildArchive } from '../bench/archive.mjs';
import { cli, isDocumentJson, CORPUS, ROOT, tempDir } from './helpers.js';

const TABLES = ['documents', 'standards', 'key_questions', 'facts', 'recommendations', 'claims', 'checks'];
const nonPdf = readdirSync(CORPUS)
  .filter((f) => /\.(txt|html)$/.test(f))
  .map((f) => join(CORPUS, f));

function datasetOf(out: string) {
  const db = new Database(join(out, 'hmip.sqlite'), { readonly: true });
  try {
    return {
      jsonl: readFileSync(join(out, 'dataset.jsonl'), 'utf8'),
      csv: Object.fromEntries(TABLES.map((t) => [t, readFileSync(join(out, `${t}.csv`), 'utf8')])),
      sqlite: Object.fromEntries(TABLES.map((t) => [t, db.prepare(`SELECT * FROM "${t}" ORDER BY 1, 2`).all()])),
      json: readdirSync(out).filter(isDocumentJson).sort(),
    };
  } finally {
    db.close();
  }
}

describe('a 500-document archive', () => {
  it('finishes, with JSON for every document, one SQLite row each, and CSVs a CSV parser loads', { timeout: 300_000 }, () => {
    const input = tempDir('hmip-archive-');
    const out = tempDir('hmip-archive-out-');
    const files = buildArchive(input, nonPdf, 500);
    const result = cli(['batch', input, '--out', out, '--jobs', '2'], { timeout: 280_000 });
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/^500 documents, 0 pages, 0 failed, /m);
    const json = readdirSync(out).filter(isDocumentJson);
    expect(json).toHaveLength(files.length);
    const db = new Database(join(out, 'hmip.sqlite'), { readonly: true });
    try {
      expect(db.prepare('SELECT count(*) AS n FROM documents').get()).toEqual({ n: 500 });
      expect(db.prepare("SELECT count(*) AS n FROM documents WHERE overall_rating = 'Requires improvement' AND kind = 'inspection-report'").get()).toEqual({ n: 100 });
    } finally {
      db.close();
    }
    for (const table of TABLES) {
      const rows = parse(readFileSync(join(out, `${table}.csv`)), { columns: true }) as Record<string, string>[];
      expect(rows.length).toBeGreaterThan(0);
      if (table === 'documents') expect(rows).toHaveLength(500);
    }
  });
});

describe('a killed batch, resumed', () => {
  it('gives the same dataset as one uninterrupted run, and a second re-run does no work', { timeout: 300_000 }, async () => {
    const input = tempDir('hmip-resume-');
    buildArchive(input, nonPdf, 60);
    const whole = tempDir('hmip-whole-');
    expect(cli(['batch', input, '--out', whole, '--jobs', '1']).status).toBe(0);

    const out = tempDir('hmip-killed-');
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'hmip.js'), 'batch', input, '--out', out, '--jobs', '1'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let done = 0;
    await new Promise<void>((resolve) => {
      child.stderr.setEncoding('utf8');
      child.stderr.on('data', (chunk: string) => {
        done += chunk.split('\n').filter((l) => l.startsWith('ok ')).length;
        if (done >= 25 && child.exitCode === null) child.kill('SIGKILL');
      });
      child.on('exit', () => resolve());
    });
    expect(child.signalCode).toBe('SIGKILL');

    const resumed = cli(['batch', input, '--out', out, '--jobs', '1', '--resume']);
    expect(resumed.status).toBe(0);
    const [, processed, reused] = /\((\d+) processed, (\d+) already done/.exec(resumed.stderr)!;
    expect(Number(reused)).toBeGreaterThanOrEqual(25);
    expect(Number(processed) + Number(reused)).toBe(60);
    expect(datasetOf(out)).toEqual(datasetOf(whole));

    const again = cli(['batch', input, '--out', out, '--jobs', '1', '--resume']);
    expect(again.stderr).toMatch(/\(0 processed, 60 already done/);
    expect(datasetOf(out)).toEqual(datasetOf(whole));
  });
});
