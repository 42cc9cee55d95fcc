/** The README's promises: its SQL examples run on a batch of the corpus and return what they say. */
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, CORPUS, ROOT, tempDir } from './helpers.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
// The queries of "The dataset"; those of "Using the dataset" are run by test/dataset.test.ts.
const queries = [...readme.split('## Using the dataset')[0]!.matchAll(/```sql\n([\s\S]*?)```/g)].map((m) => m[1]!);

describe('README', () => {
  let out: string;
  beforeAll(() => {
    out = tempDir('hmip-readme-');
    const run = cli(['batch', CORPUS, '--out', out, '--quiet'], { timeout: 280_000 });
    expect(run.status).toBe(0);
  }, 300_000);

  it('starts with the two commands', () => {
    const firstScreen = readme.split('\n').slice(0, 15).join('\n');
    expect(firstScreen).toContain('npm install && npm start');
    expect(firstScreen).toContain('npm test');
    const scripts = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts;
    expect(scripts.start).toBe('node bin/hmip.js batch corpus --out out');
  });

  it('has four SQL examples that run on the dataset', () => {
    expect(queries).toHaveLength(4);
    const db = new Database(join(out, 'hmip.sqlite'), { readonly: true });
    try {
      const [byYear, inadequate, mismatched, contradicted] = queries.map((q) => db.prepare(q).all()) as Record<string, unknown>[][];
      expect(byYear).toEqual([{ provider_short: 'West Yorkshire CRC', year: 2020, overall_rating: 'Requires improvement', score: 11, score_max: 30 }]);
      expect(inadequate!.map((r) => r.standard_id)).toEqual(['2.1', '2.2', '2.3', '2.4']);
      expect(inadequate![0]).toMatchObject({ name: 'Assessment', previous_rating: 'Requires improvement' });
      expect(mismatched).toEqual([]);
      // The corpus's releases as published: none contradicted (test/batch-verify.test.ts alters one).
      expect(contradicted).toEqual([]);
    } finally {
      db.close();
    }
  });
});
