/** The press releases and the article (seeds 000, 001, 002, 004): classification, provider, stated ratings. */
import { describe, expect, it } from 'vitest';
import { extractFile, SEEDS } from './helpers.js';

describe('press releases and articles', () => {
  it('000 (2018 release): West Yorkshire CRC, overall "Requiring Improvement" normalised', async () => {
    const doc = await extractFile(SEEDS.release2018);
    expect(doc.kind).toBe('press-release');
    expect(doc.family).toBe('crc');
    expect(doc.provider?.shortName).toBe('West Yorkshire CRC');
    expect(doc.ratings?.overall?.rating).toBe('Requires improvement');
    expect(doc.ratings?.overall?.evidence.quote).toContain('rate it overall as “Requiring Improvement.”');
    expect(doc.published).toBe('2018-10-31');
    expect(doc.fieldworkStarted).toBe('2018-07');
    expect(doc.owner).toBe('Purple Futures');
    expect(doc.chiefInspector).toBe('Dame Glenys Stacey');
    expect(doc.id).toBe('west-yorkshire-crc-2018-press-release');
  });

  it('001 (blog article): Staffordshire and West Midlands CRC, not its neighbour DLNR CRC', async () => {
    const doc = await extractFile(SEEDS.blog);
    expect(doc.kind).toBe('press-release');
    expect(doc.provider?.shortName).toBe('Staffordshire and West Midlands CRC');
    expect(doc.ratings?.overall?.rating).toBe('Requires improvement');
    expect(doc.owner).toBe('Reducing Reoffending Partnership');
    // "excellent, good, requires improvement and poor": the blog's scale, which is not a rating.
    expect(doc.ratings?.others.map((o) => o.rating)).not.toContain('Good');
  });

  it('002 (2020 release): West Yorkshire CRC despite "Community Company (CRC)", overall Requires improvement', async () => {
    const doc = await extractFile(SEEDS.release2020);
    expect(doc.kind).toBe('press-release');
    expect(doc.family).toBe('crc');
    expect(doc.provider?.shortName).toBe('West Yorkshire CRC');
    expect(doc.ratings?.overall?.rating).toBe('Requires improvement');
    expect(doc.published).toBe('2020-03-10');
    expect(doc.fieldworkStarted).toBe('2019-10');
    expect(doc.id).toBe('west-yorkshire-crc-2020-press-release');
    // A release has no ratings table: the table checks are skipped with their reason, never absent.
    expect(doc.checks.find((c) => c.id === 'score-sum')).toMatchObject({ status: 'skipped', message: 'the document states no score' });
    expect(doc.checks.every((c) => c.status !== 'fail')).toBe(true);
  });

  it('004 (Cheshire release): Cheshire and Greater Manchester CRC, states no overall rating', async () => {
    const doc = await extractFile(SEEDS.cheshire);
    expect(doc.kind).toBe('press-release');
    expect(doc.provider?.shortName).toBe('Cheshire and Greater Manchester CRC');
    expect(doc.ratings?.overall ?? null).toBeNull();
    expect(doc.published).toBe('2019-04-03');
    expect(doc.fieldworkStarted).toBe('2018-12');
  });
});
