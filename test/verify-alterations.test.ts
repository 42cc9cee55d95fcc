/**
 * The alteration suite (src/eval/verify, `npm run eval:verify`): the seeds' and the real
 * release/report pairs as published, each stated value altered one at a time, and rewrites that
 * keep the meaning, every case through the real pipeline, scored strictly against the
 * hand-checked verdicts of test/fixtures/verify/gold.json — a verdict counts only with the right
 * page and quote, a contradiction only with both values.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { runSuite, type SuiteResult } from '../src/eval/verify/suite.js';
import { alteration, casesOf, numberInWords } from '../src/eval/verify/variants.js';
import { loadGold } from '../src/eval/verify/gold.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers.js';

describe('the alteration suite over 18 release/report pairs', () => {
  let result: SuiteResult;
  beforeAll(async () => {
    result = await runSuite(ROOT);
  }, 300_000);

  it('runs every case', () => {
    expect(result.pairs).toBe(18);
    expect(result.cases).toEqual({ 'as-published': 18, alteration: 86, rewrite: 61 });
    expect(result.claims).toBe(774);
  });

  it('gives no false supported and no false contradicted verdict on an unaltered release', () => {
    expect(result.unaltered).toEqual({ falseSupported: 0, falseContradicted: 0 });
  });

  it('scores each verdict strictly: precision 100% for supported and contradicted', () => {
    const table = Object.fromEntries(result.figures.map((f) => [f.verdict, [f.gold, f.given, f.right]]));
    expect(table).toEqual({
      supported: [405, 379, 379],
      contradicted: [51, 47, 47],
      conflicting: [0, 0, 0],
      'not-found': [318, 348, 318],
    });
  });

  it('misses only the previous inspection’s fieldwork, which the report dates as “summer 2018” in a sentence its document does not keep', () => {
    const distinct = [...new Set(result.misses.map((m) => `${m.claim}: ${m.expected} → ${m.got}`))];
    expect(distinct).toEqual(['date fieldwork 2018-07: supported → not-found', 'date fieldwork 2018-09: contradicted → not-found']);
    expect(result.misses.every((m) => m.pair.startsWith('corpus/000_47a7a095a93de0df.txt'))).toBe(true);
    expect(result.misses).toHaveLength(30);
  });
});

describe('the suite’s alterations and rewrites', () => {
  const pairs = loadGold(join(ROOT, 'test/fixtures/verify/gold.json'));
  const seed = pairs.find((p) => p.release.startsWith('corpus/002') && p.report.endsWith('.txt'))!;
  const text = readFileSync(join(ROOT, seed.release), 'utf8');

  it('alters each kind of stated value to one the report cannot bear out', () => {
    const byKind = Object.fromEntries(seed.claims.map((c) => [`${c.kind} ${c.subject}`, alteration(c)]));
    expect(byKind['rating overall']).toEqual({ said: '‘Good’', value: 'Good' });
    expect(byKind['recommendations recommendations']).toEqual({ said: 'nine', value: 9 });
    expect(byKind['date fieldworkStarted']).toEqual({ said: 'December 2019', value: '2019-12' });
    expect(byKind['date published']).toEqual({ said: '10 May 2020', value: '2020-05-10' });
    expect(numberInWords(72)).toBe('seventy-two');
  });

  it('keeps the meaning in its rewrites: numbers, quotation marks, order', () => {
    const rewrites = Object.fromEntries(casesOf(seed, text).filter((c) => c.kind === 'rewrite').map((c) => [c.name, c.releaseText]));
    expect(rewrites['numbers in words as digits and digits as words']).toContain('Inspectors have made 7 recommendations');
    expect(rewrites['numbers in words as digits and digits as words']).toContain('we have rated all 4 aspects ‘Inadequate’');
    expect(rewrites['straight quotation marks']).toContain("an overall rating of 'Requires improvement'");
    expect(rewrites['double quotation marks for single']).toContain('an overall rating of “Requires improvement”');
    const reordered = rewrites['paragraphs and sentences in another order']!;
    // The sentence that leans on the one before it ("this area of work") moves with it.
    expect(reordered).toContain('Inspectors also noted effective Through the Gate services');
    expect(reordered.indexOf('The Inspectorate rated this area of work')).toBeGreaterThan(reordered.indexOf('Inspectors also noted effective Through the Gate'));
    expect(reordered.indexOf('Inspectors have made seven recommendations')).toBeLessThan(reordered.indexOf('Inspectors have given West Yorkshire CRC an overall rating'));
  });
});
