/**
 * `hmip verify --format html` as a reader and a search engine see it: opened in headless
 * Chromium (test/browser.ts), the summary stands above the first claim, the provenance names
 * both documents by title, date and sha256, every claim shows its verdict and both quotes, the
 * release's unchecked sentences are listed, each claim has a schema.org ClaimReview block, and
 * printed to PDF the report's column keeps at least a third of the page.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Verification } from '../src/verify/schema.js';
import { withBrowser, type LivePage } from './browser.js';
import { cli, CORPUS, ROOT, SEEDS, tempDir } from './helpers.js';

const REPORT_PDF = join(CORPUS, 'west-yorkshire-crc-2020.pdf');
const REAL = join(ROOT, 'test', 'fixtures', 'real', 'docs');
const EPOCH = { SOURCE_DATE_EPOCH: '1767225600' }; // 1 January 2026
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;

function run(args: string[]): { json: Verification; page: string } {
  const dir = tempDir('hmip-page-');
  const page = join(dir, 'check.html');
  const html = cli([...args, '-f', 'html', '-o', page], { env: EPOCH });
  expect(html.status).toBe(0);
  expect(html.stdout).toBe('');
  const json = cli([...args, '-f', 'json'], { env: EPOCH });
  expect(json.status).toBe(0);
  return { json: JSON.parse(json.stdout) as Verification, page };
}

interface Seen {
  summaryTop: number;
  firstClaimTop: number;
  provenance: string;
  claims: { id: string; verdict: string; text: string; parts: string[] }[];
  unchecked: string[];
  jsonLd: string[];
  scripts: { type: string }[];
}

async function look(live: LivePage): Promise<Seen> {
  return (await live.page.evaluate(`(() => {
    const top = (el) => el.getBoundingClientRect().top + window.scrollY;
    return {
      summaryTop: top(document.querySelector('#summary')),
      firstClaimTop: top(document.querySelector('.claim')),
      provenance: document.querySelector('#provenance').innerText,
      claims: [...document.querySelectorAll('.claim')].map((a) => ({ id: a.id, verdict: a.dataset.verdict, text: a.innerText, parts: [...a.querySelectorAll('[data-part-verdict]')].map((p) => p.dataset.partVerdict) })),
      unchecked: [...document.querySelectorAll('#unchecked li')].map((li) => li.innerText),
      jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent),
      scripts: [...document.scripts].map((s) => ({ type: s.type })),
    };
  })()`)) as Seen;
}

/** The report column's share of the page width, from the printed PDF's text positions: from the "THE REPORT SAYS" heading to the column's right edge. */
async function reportColumnShare(pdf: Uint8Array): Promise<{ pages: number; columns: number; share: number }> {
  const doc = await getDocument({ data: pdf, useSystemFonts: false }).promise;
  let share = Infinity;
  let columns = 0;
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const width = page.view[2]! - page.view[0]!;
    const items = (await page.getTextContent()).items.filter((i): i is TextItem => 'str' in i && i.str.trim() !== '');
    // A narrow column wraps its heading: "THE REPORT" alone on its line still marks where the column starts.
    for (const heading of items.filter((i) => i.str.startsWith('THE REPORT'))) {
      columns++;
      const left = heading.transform[4]!;
      const right = Math.max(...items.filter((i) => i.transform[4]! >= left - 1).map((i) => i.transform[4]! + i.width));
      share = Math.min(share, (right - left) / width);
    }
  }
  const pages = doc.numPages;
  await doc.destroy();
  return { pages, columns, share };
}

describe('the verification page in a browser', () => {
  const release2018 = run(['verify', SEEDS.release2018, '--report', REPORT_PDF]);
  const cardiff = run([
    'verify', join(REAL, '030.txt'), '--report', join(REAL, '031.txt'),
    '--release-url', JSON.parse(readFileSync(join(REAL, '030.json'), 'utf8')).url,
    '--report-url', JSON.parse(readFileSync(join(REAL, '031.json'), 'utf8')).url,
  ]);
  let seen: { release2018: Seen; cardiff: Seen; requests: string[]; pdf: Uint8Array };

  beforeAll(async () => {
    seen = await withBrowser(async (open) => {
      const a = await open(release2018.page);
      const b = await open(cardiff.page);
      const pdf = await a.page.pdf({ format: 'A4', printBackground: true });
      return { release2018: await look(a), cardiff: await look(b), requests: [...a.requests, ...b.requests], pdf: new Uint8Array(pdf) };
    });
  }, 180_000);

  it('makes no request and runs no script: its only scripts are JSON-LD data', () => {
    expect(seen.requests).toEqual([]);
    for (const page of [seen.release2018, seen.cardiff]) expect(page.scripts.every((s) => s.type === 'application/ld+json')).toBe(true);
    const html = readFileSync(release2018.page, 'utf8');
    expect(html).not.toMatch(/<(?:link|img|iframe|object|embed)\b|\bsrc=|url\(/i);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
  });

  it('puts the summary above the first claim', () => {
    expect(seen.release2018.summaryTop).toBeLessThan(seen.release2018.firstClaimTop);
  });

  it('says where the check comes from: when, which hmip, each document by title, provider, date, address and sha256', () => {
    const p = seen.release2018.provenance;
    expect(p).toContain(`Made on 1 January 2026 (2026-01-01T00:00:00Z) by hmip verify, hmip version ${version}.`);
    expect(p).toContain('WEST YORKSHIRE CRC – Weaknesses need improvement but motivated by leaders and staff eager to learn');
    expect(p).toContain('An inspection of probation services in: West Yorkshire Community Rehabilitation Company');
    expect(p).toContain('West Yorkshire Community Rehabilitation Company');
    expect(p).toContain('31 October 2018');
    expect(p).toContain('March 2020');
    expect(p).toContain(sha256(SEEDS.release2018));
    expect(p).toContain(sha256(REPORT_PDF));
    expect(seen.cardiff.provenance).toContain('https://hmiprobation.justiceinspectorates.gov.uk/news/urgent-and-sustained-attention-needed-at-cardiff-and-the-vale-probation-delivery-unit-rated-inadequate');
  });

  it('shows every claim once, with its label, verdict, the release’s sentence and the report’s quotes with their pages and table cells', () => {
    for (const [json, page] of [[release2018.json, seen.release2018], [cardiff.json, seen.cardiff]] as const) {
      const wholes = json.claims.filter((c) => c.partOf === null);
      expect(page.claims.map((c) => [c.id, c.verdict])).toEqual(wholes.map((c) => [c.id, c.verdict]));
      for (const claim of wholes) {
        const shown = page.claims.find((c) => c.id === claim.id)!;
        expect(shown.text).toContain(claim.label);
        expect(shown.text).toContain(claim.text);
        for (const q of claim.reportQuotes) expect(shown.text).toContain(q.quote);
        expect(shown.parts).toEqual(json.claims.filter((p) => p.partOf === claim.id).map((p) => p.verdict));
      }
      expect(new Set(wholes.map((c) => `${c.kind} ${c.subject} ${c.value}`)).size).toBe(wholes.length);
    }
    const labels = seen.release2018.claims.map((c) => c.text.split('\n')[1]);
    expect(labels).toEqual(['Overall rating', 'Date of fieldwork', 'Number of people supervised', 'Rating of some case-supervision standards', 'Publication date', 'Number of Community Rehabilitation Companies', 'Number of CRCs']);
    const some = seen.release2018.claims.find((c) => c.text.includes('Rating of some case-supervision standards'))!;
    expect(some.text).toContain('p. 38, table row “2.2 Planning”, column “Previous inspection”');
    expect(some.text).toContain('Aspects of its case supervision were assessed as inadequate.');
    const supervised = seen.release2018.claims.find((c) => c.text.includes('Number of people supervised'))!;
    expect(supervised.text).toContain('Also stated in another sentence');
    expect(supervised.text).toContain('When fieldwork took place, West Yorkshire CRC was responsible for supervising 8,136 people.');
  });

  it('lists the release’s sentences that were not checked', () => {
    const json = release2018.json;
    expect(json.coverage).toEqual({ sentences: json.unchecked.length + json.coverage!.checked, checked: json.coverage!.checked });
    expect(seen.release2018.unchecked).toEqual(json.unchecked.map((s) => s.text));
    expect(json.coverage).toEqual({ sentences: 29, checked: 7 });
    expect(seen.release2018.unchecked).toHaveLength(22);
    expect(seen.release2018.unchecked).toContain('Among positive findings, Dame Glenys noted that partnership working was strong.');
    // A sentence that states a checked claim is not among them.
    expect(seen.release2018.unchecked.some((s) => s.includes('8,136'))).toBe(false);
  });

  it('carries one valid schema.org ClaimReview per claim: the release’s sentence, the verdict, the release’s address', () => {
    for (const [json, page, url] of [
      [release2018.json, seen.release2018, null],
      [cardiff.json, seen.cardiff, 'https://hmiprobation.justiceinspectorates.gov.uk/news/urgent-and-sustained-attention-needed-at-cardiff-and-the-vale-probation-delivery-unit-rated-inadequate'],
    ] as const) {
      const wholes = json.claims.filter((c) => c.partOf === null);
      const reviews = page.jsonLd.map((text) => JSON.parse(text));
      expect(reviews).toHaveLength(wholes.length);
      reviews.forEach((review, i) => {
        const claim = wholes[i]!;
        expect(review['@context']).toBe('https://schema.org');
        expect(review['@type']).toBe('ClaimReview');
        expect(review.claimReviewed).toBe(claim.text);
        expect(review.reviewRating['@type']).toBe('Rating');
        expect(review.reviewRating.alternateName).toBe({ supported: 'Supported', contradicted: 'Contradicted', conflicting: 'Conflicting', 'not-found': 'Not found' }[claim.verdict]);
        expect(review.itemReviewed['@type']).toBe('Claim');
        expect(review.itemReviewed.appearance['@type']).toBe('CreativeWork');
        expect(review.itemReviewed.appearance.url).toBe(url ?? undefined);
        expect(review.datePublished).toBe('2026-01-01');
        expect(review.author['@type']).toBe('Organization');
      });
    }
  });

  it('prints to PDF with the report’s column at least a third of the page wide', async () => {
    const { pages, columns, share } = await reportColumnShare(seen.pdf);
    expect(pages).toBeGreaterThan(1);
    expect(columns).toBe(release2018.json.claims.filter((c) => c.partOf === null).length);
    console.log(`report column: ${(100 * share).toFixed(1)}% of the page width`);
    expect(share).toBeGreaterThanOrEqual(1 / 3);
  });
});
