/** The HTML renditions give the same extraction as the text of the same document. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS, extractFile, SEEDS } from './helpers.js';
import { releaseValues, reportValues } from './parity.js';

describe('HTML against text', () => {
  it('the West Yorkshire report web page gives the same ratings, score, standards, facts and recommendations', async () => {
    const html = await extractFile(join(CORPUS, 'west-yorkshire-crc-2020-report.html'));
    const text = await extractFile(SEEDS.report);
    expect(html.source.format).toBe('html');
    expect(reportValues(html)).toEqual(reportValues(text));
    expect(html.keyData.map((k) => [k.table, k.label, k.values])).toEqual(text.keyData.map((k) => [k.table, k.label, k.values]));
  });

  const releases: [string, string][] = [
    ['west-yorkshire-crc-2018-press-release.html', SEEDS.release2018],
    ['west-yorkshire-crc-2020-press-release.html', SEEDS.release2020],
    ['cheshire-greater-manchester-crc-2019-press-release.html', SEEDS.cheshire],
    ['staffordshire-west-midlands-crc-blog.html', SEEDS.blog],
  ];
  for (const [page, seed] of releases) {
    it(`${page} gives the same provider, date, rating and claims as its text`, async () => {
      const html = await extractFile(join(CORPUS, page));
      const text = await extractFile(seed);
      expect(html.source.format).toBe('html');
      expect(releaseValues(html)).toEqual(releaseValues(text));
    });
  }

  it('the blog shell leaks nothing into the claims', async () => {
    const doc = await extractFile(join(CORPUS, 'staffordshire-west-midlands-crc-blog.html'));
    const all = JSON.stringify([doc.claims, doc.quotes, doc.ratings]);
    for (const chrome of ['Share This Post', 'Related posts', 'Leave a Reply', 'Subscribe', 'Unilink']) expect(all).not.toContain(chrome);
  });

  it('detects HTML by content, whatever the extension', async () => {
    const { processBytes } = await import('../src/pipeline.js');
    const { readFileSync } = await import('node:fs');
    const page = readFileSync(join(CORPUS, 'west-yorkshire-crc-2020-press-release.html'));
    const asTxt = await processBytes(new Uint8Array(page), 'saved-page.txt');
    expect(asTxt.document.source.format).toBe('html');
    expect(asTxt.document.ratings?.overall?.rating).toBe('Requires improvement');
    const text = readFileSync(SEEDS.release2020);
    const asHtml = await processBytes(new Uint8Array(text), 'release.html');
    expect(asHtml.document.source.format).toBe('text');
    expect(asHtml.document.provider?.shortName).toBe('West Yorkshire CRC');
  });
});
