/** Altered copies of the real report: the cross-checks must catch each alteration. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check, extractText, SEEDS } from './helpers.js';

const original = readFileSync(SEEDS.report, 'utf8');

describe('cross-checks on altered copies of the West Yorkshire report', () => {
  it('fails score-sum when the score line says 12/30', async () => {
    const altered = original.replace('Score\t11/30', 'Score\t12/30');
    expect(altered).not.toBe(original);
    const doc = await extractText(altered, 'altered-score.txt');
    expect(doc.ratings?.score?.value).toBe(12);
    expect(check(doc, 'score-sum')).toMatchObject({ status: 'fail', expected: 11, actual: 12 });
    expect(check(doc, 'score-band').status).toBe('pass');
  });

  it('fails score-band and narrative-rating when the overall rating says Good', async () => {
    const altered = original.replace('rall rating\tRequires improvement', 'rall rating\tGood');
    expect(altered).not.toBe(original);
    const doc = await extractText(altered, 'altered-overall.txt');
    expect(doc.ratings?.overall?.rating).toBe('Good');
    expect(check(doc, 'score-band')).toMatchObject({ status: 'fail', expected: 'Requires improvement', actual: 'Good' });
    expect(check(doc, 'narrative-rating')).toMatchObject({ status: 'fail', expected: 'Good', actual: 'Requires improvement' });
    expect(check(doc, 'score-sum').status).toBe('pass');
  });

  it('fails key-question-band when a standard is rated against its lowest key question', async () => {
    const altered = original.replace('2.2\tPlanning\tInadequate', '2.2\tPlanning\tGood');
    const doc = await extractText(altered, 'altered-planning.txt');
    expect(check(doc, 'key-question-band', '2.2')).toMatchObject({ status: 'fail', expected: 'Inadequate', actual: 'Good' });
    expect(check(doc, 'score-sum').status).toBe('fail');
  });

  it('fails standard-count when a standard is missing from the ratings table', async () => {
    const altered = original.replace('4.2\tThrough the Gate\tGood\t\n', '');
    expect(altered).not.toBe(original);
    const doc = await extractText(altered, 'altered-count.txt');
    expect(doc.ratings?.standards).toHaveLength(9);
    expect(check(doc, 'standard-count')).toMatchObject({ status: 'fail', expected: 10, actual: 9 });
  });
});
