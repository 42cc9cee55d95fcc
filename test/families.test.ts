/**
 * Every report family: classification, ratings, and each family's own scoring rules, on real
 * releases (test/fixtures/real) and, where no real document shows a form, on the ratings-page and
 * release fixtures of test/fixtures/families (see its README for where the values come from).
 * The CRC results on the real report are asserted in report.test.ts.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { frameworkFor } from '../src/frameworks/index.js';
import { normaliseRating } from '../src/normalise/rating.js';
import { check, extractFile, extractText, ROOT, standard } from './helpers.js';

const fixture = (name: string) => extractFile(join(ROOT, 'test', 'fixtures', 'families', name));

describe('youth offending services', () => {
  it('scores 12 standards out of 36 and keeps the rated resettlement standard out of the sum', async () => {
    const doc = await fixture('yos-bath-and-north-east-somerset-2025.txt');
    expect(doc.kind).toBe('inspection-report');
    expect(doc.family).toBe('yos');
    expect(doc.classification.family.reason).toContain('youth offending');
    expect(doc.classification.framework).toBe('yos-2018');
    expect(doc.provider?.shortName).toBe('Bath and North East Somerset YOS');
    expect(doc.ratings?.overall?.rating).toBe('Good');
    expect(doc.ratings?.score).toMatchObject({ value: 26, max: 36 });
    expect(doc.ratings?.standards).toHaveLength(13);
    expect(standard(doc, '4.1')).toMatchObject({ name: 'Resettlement policy and provision', rating: 'Good', scored: false });
    expect(doc.ratings!.standards.filter((s) => s.scored)).toHaveLength(12);
    expect(check(doc, 'score-sum')).toMatchObject({ status: 'pass', expected: 26, actual: 26 });
    expect(check(doc, 'score-sum').message).toContain('1 unscored standard kept out of the sum');
    expect(check(doc, 'score-band')).toMatchObject({ status: 'pass', expected: 'Good' });
    expect(check(doc, 'score-band').message).toBe("26/36 is in the 19–30 band, 'Good', as stated");
    expect(check(doc, 'standard-count')).toMatchObject({ status: 'pass', expected: 12, actual: 12 });
  });

  it('bands youth scores 0–6 / 7–18 / 19–30 / 31–36', () => {
    const bands = frameworkFor('yos', { scoreMax: 36 })!.bands!;
    expect(bands.map((b) => [b.min, b.max, b.rating])).toEqual([
      [0, 6, 'Inadequate'],
      [7, 18, 'Requires improvement'],
      [19, 30, 'Good'],
      [31, 36, 'Outstanding'],
    ]);
  });

  it('keeps a score out of 24 as printed, with its unrated domain, and does not band it', async () => {
    const doc = await fixture('yos-unrated-domain.txt');
    expect(doc.ratings?.score).toMatchObject({ value: 16, max: 24 });
    expect(standard(doc, '3.4').rating).toBeNull();
    expect(check(doc, 'score-sum')).toMatchObject({ status: 'pass', expected: 16, actual: 16 });
    expect(check(doc, 'score-band')).toMatchObject({ status: 'skipped' });
    expect(check(doc, 'score-band').message).toContain('banding for a score out of 24 is not published');
    expect(check(doc, 'standard-count').status).toBe('pass');
  });
});

describe('probation delivery units', () => {
  it('passes score-sum at 1/27 and skips score-band: PDU banding is not published', async () => {
    const doc = await fixture('pdu-northtown-2022.txt');
    expect(doc.family).toBe('pdu');
    expect(doc.classification.framework).toBe('pdu-2021');
    expect(doc.provider?.shortName).toBe('Northtown PDU');
    expect(doc.ratings?.score).toMatchObject({ value: 1, max: 27 });
    expect(doc.ratings!.standards.filter((s) => s.rating === 'Inadequate')).toHaveLength(8);
    expect(doc.ratings!.standards.filter((s) => s.rating === 'Requires improvement')).toHaveLength(1);
    expect(check(doc, 'score-sum')).toMatchObject({ status: 'pass', expected: 1, actual: 1 });
    expect(check(doc, 'score-band')).toMatchObject({ status: 'skipped', message: 'banding for PDU 2021–23 not published' });
    expect(check(doc, 'standard-count')).toMatchObject({ status: 'pass', expected: 9 });
  });
});

describe('NPS divisions and regions', () => {
  it('reads an NPS division under the 10-standard, 0–30 framework', async () => {
    const doc = await fixture('nps-midshire-2019.txt');
    expect(doc.family).toBe('nps');
    expect(doc.provider?.shortName).toBe('NPS Midshire');
    expect(standard(doc, '3.2')).toMatchObject({ name: 'Statutory victim work', rating: 'Inadequate' });
    expect(check(doc, 'score-sum').status).toBe('pass');
    expect(check(doc, 'score-band').status).toBe('pass');
    expect(check(doc, 'standard-count').status).toBe('pass');
  });

  it('skips the checks whose rules are unpublished for regional inspections', async () => {
    const doc = await fixture('regional-westshire-2024.txt');
    expect(doc.family).toBe('regional');
    expect(doc.ratings?.overall?.rating).toBe('Requires improvement');
    expect(doc.ratings?.score).toBeNull();
    expect(check(doc, 'standard-count')).toMatchObject({ status: 'skipped', message: 'the number of standards of Regional inspections from October 2023 is not published' });
    expect(doc.checks.some((c) => c.status === 'fail')).toBe(false);
  });
});

describe('thematic reports', () => {
  it('has no ratings and no failed check', async () => {
    const doc = await fixture('thematic-women-2021.txt');
    expect(doc.kind).toBe('inspection-report');
    expect(doc.family).toBe('thematic');
    expect(doc.ratings).toBeNull();
    expect(doc.checks.length).toBeGreaterThan(0);
    expect(doc.checks.every((c) => c.status === 'skipped')).toBe(true);
  });

  it('is classified from its own words, with the evidence that decided it', async () => {
    const doc = await extractText('Annual report 2023\n\nThe Chief Inspector’s annual report on probation and youth justice services in England and Wales.\n\nHM Inspectorate of Probation inspected many services this year.\n', 'annual.txt');
    expect(doc.family).toBe('thematic');
    expect(doc.classification.family.evidence?.quote).toContain('nnual report');
  });
});

describe('ratings stated in releases', () => {
  const real = (name: string) => extractFile(join(ROOT, 'test', 'fixtures', 'real', 'docs', `${name}.txt`));

  it('takes the overall rating, not the separately rated resettlement work (real 107, 046)', async () => {
    const doc = await real('107');
    expect(doc.kind).toBe('press-release');
    expect(doc.family).toBe('yos');
    expect(doc.ratings?.overall?.rating).toBe('Good');
    expect(doc.ratings?.others).toEqual([expect.objectContaining({ subject: 'Resettlement policy and provision', rating: 'Outstanding' })]);
    const same = await real('046');
    expect(same.ratings?.overall?.rating).toBe('Good');
    expect(same.ratings?.others.map((o) => [o.subject, o.rating])).toEqual([['Resettlement policy and provision', 'Good']]);
  });

  it('reads "raised from … to …" as the current rating with the previous one', async () => {
    // Invented: no real document in test/fixtures/real states a change of rating in this form.
    const doc = await fixture('release-yos-raised.txt');
    expect(doc.ratings?.overall?.rating).toBe('Good');
    expect(doc.ratings?.previousOverall?.rating).toBe('Requires improvement');
  });

  it('reads a score in words (real 060), and "after they received an ‘Inadequate’ rating in 2020" as the previous rating (real 009)', async () => {
    const doc = await real('060');
    expect(doc.family).toBe('pdu');
    expect(doc.ratings?.score).toMatchObject({ value: 1, max: 27 });
    expect(doc.ratings?.overall?.rating).toBe('Inadequate');
    expect(doc.ratings?.others.map((o) => [o.subject, o.rating])).toEqual([
      ['Kirklees PDU', 'Inadequate'],
      ['Hull and East Riding PDU', 'Requires improvement'],
      ['North and North East Lincolnshire PDU', 'Requires improvement'],
    ]);
    const reinspection = await real('009');
    expect(reinspection.ratings?.overall?.rating).toBe('Requires improvement');
    expect(reinspection.ratings?.previousOverall?.rating).toBe('Inadequate');
  });

  it('gives one entry per service, and no overall, when a release rates several', async () => {
    // Invented: no real document in test/fixtures/real rates services "… respectively".
    const doc = await fixture('release-several-services.txt');
    expect(doc.ratings?.overall).toBeNull();
    expect(doc.ratings?.others.map((o) => [o.subject, o.rating])).toEqual([
      ['Southmoor', 'Good'],
      ['Eastborough', 'Requires improvement'],
    ]);
  });

  it('normalises rating spellings, and reads "poor" only where the text uses it as the scale', async () => {
    expect(normaliseRating('Requiring Improvement.’')).toBe('Requires improvement');
    expect(normaliseRating('‘Requiring Improvement,’')).toBe('Requires improvement');
    expect(normaliseRating('require improvement')).toBe('Requires improvement');
    expect(normaliseRating('INADEQUATE')).toBe('Inadequate');
    expect(normaliseRating('Outstanding 太')).toBe('Outstanding');
    expect(normaliseRating('Good practice example')).toBeNull();
    expect(normaliseRating('poor')).toBeNull();
    expect(normaliseRating('poor', { poorMeansInadequate: true })).toBe('Inadequate');
    const scale = await extractText(
      'Westshire CRC rated poor\n\nThe Probation Inspectorate works on a four-band rating system: excellent, good, requires improvement and poor.\n\nInspectors rated Westshire Community Rehabilitation Company as poor overall, HM Inspectorate of Probation said.\n',
      'scale.txt',
    );
    expect(scale.ratings?.overall?.rating).toBe('Inadequate');
    const prose = await extractText(
      'Westshire CRC inspected\n\nHM Inspectorate of Probation inspected Westshire Community Rehabilitation Company. Inspectors found some poor assessments and rated it overall as ‘Good’.\n',
      'prose.txt',
    );
    expect(prose.ratings?.overall?.rating).toBe('Good');
    expect(prose.ratings?.others).toEqual([]);
  });
});
