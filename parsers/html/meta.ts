/**
 * What the page says about itself, outside its text: `<title>`, publication date and canonical URL
 * (`SourceMeta`). The date is read from `<meta>` first, then from a `<time datetime>` in the article.
 */
import type { CheerioAPI } from 'cheerio';
import type { SourceMeta } from '../../src/model/types.js';
import { type Element, attrOf, descendants, tagOf } from './dom.js';
import { normalizeSpace } from './text.js';

/** `<meta>` names and properties that state the publication date, most specific first. */
const DATE_META = [
  'article:published_time',
  'date',
  'dc.date',
  'dc.date.issued',
  'dcterms.date',
  'dcterms.issued',
  'dcterms.created',
  'datepublished',
  'citation_publication_date',
  'govuk:first-published-at',
];

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

export function titleOf($: CheerioAPI): string | null {
  // The document's own <title>, not one of an inline SVG drawing.
  const title = normalizeSpace($('head title').first().text() || $('title').not('svg title').first().text());
  if (title) return title;
  const og = normalizeSpace($('meta[property="og:title"]').attr('content') ?? '');
  return og || null;
}

/** The page's own address: `<link rel="canonical">`, else Open Graph's `og:url`; only an absolute http(s) address. */
export function canonicalOf($: CheerioAPI): string | null {
  for (const href of [$('link[rel~="canonical"]').attr('href'), $('meta[property="og:url"]').attr('content')]) {
    const url = (href ?? '').trim();
    if (/^https?:\/\/\S+$/i.test(url)) return url;
  }
  return null;
}

export function metaDate($: CheerioAPI): string | null {
  const byKey = new Map<string, string>();
  $('meta').each((_, el) => {
    const key = (attrOf(el, 'property') || attrOf(el, 'name') || attrOf(el, 'itemprop')).toLowerCase();
    const content = attrOf(el, 'content');
    if (key && content && !byKey.has(key)) byKey.set(key, content);
  });
  for (const key of DATE_META) {
    const date = isoDate(byKey.get(key) ?? '');
    if (date) return date;
  }
  return null;
}

/** The first `<time datetime>` (or its text) inside `scope` that is a date. */
export function timeDate(scope: Element): string | null {
  for (const el of descendants(scope)) {
    if (tagOf(el) !== 'time') continue;
    const date = isoDate(attrOf(el, 'datetime')) ?? isoDate(el.children.map((c) => ('data' in c ? String(c.data) : '')).join(''));
    if (date) return date;
  }
  return null;
}

/**
 * A stated date as YYYY-MM-DD: ISO dates and timestamps (the date as written, no time-zone shift),
 * "31 October 2018", "October 31, 2018", "31/10/2018" (day first, as in the UK).
 */
export function isoDate(value: string): string | null {
  const text = normalizeSpace(value);
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])/.exec(text);
  if (match) return valid(+match[1]!, +match[2]!, +match[3]!);
  match = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(text);
  if (match) return valid(+match[3]!, +match[2]!, +match[1]!);
  match = /^(?:[A-Za-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})\b/.exec(text);
  if (match) return valid(+match[3]!, monthOf(match[2]!), +match[1]!);
  match = /^(?:[A-Za-z]+,?\s+)?([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(text);
  if (match) return valid(+match[3]!, monthOf(match[1]!), +match[2]!);
  return null;
}

function monthOf(name: string): number {
  const lower = name.toLowerCase();
  if (lower.length < 3) return 0;
  return MONTHS.findIndex((month) => month.startsWith(lower)) + 1;
}

function valid(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2999) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function emptyMeta(): SourceMeta {
  return { pages: null, title: null, published: null, canonicalUrl: null };
}
