/**
 * Identity: what a document is (its id, a file name), whom it is about (`providerId`) and which
 * inspection it speaks of (`inspectionId`, and `previousInspectionId` where a report names the
 * inspection before it). Every id comes from what the document states — its provider, its dates,
 * its own web address — and never from processing order, a file name or the site's chrome, so the
 * PDF, HTML and text copies of one report, and the release that announces it, get the same
 * inspection id wherever and whenever they are read.
 *
 * A slug is lower-case ASCII letters, digits and hyphens only, so whatever a document says, a
 * file named after it stays inside the output folder.
 */
import type { Document } from './schema.js';

export function slug(text: string, max = 80): string {
  const out = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return out.slice(0, max).replace(/-+$/, '') || 'document';
}

const KIND_WORD: Record<Document['kind'], string> = {
  'inspection-report': 'report',
  'press-release': 'press-release',
  other: 'document',
};

type ProviderName = Pick<NonNullable<Document['provider']>, 'name' | 'shortName' | 'type'>;

/**
 * The key of a provider type, and where the place stands in it: the names one service has gone by
 * share a key ("Cardiff Youth Offending Service" in 2016 and "Cardiff Youth Justice Service" in
 * 2022 are one provider, `cardiff-yjs`). Keyed by the provider `type` the families give.
 */
const PROVIDER_KEYS: Record<string, { key: string; prefix?: string }> = {
  CRC: { key: 'crc' },
  'CRC and NPS': { key: 'crc-and-nps' },
  'NPS division': { key: 'nps', prefix: 'NPS ' },
  PDU: { key: 'pdu' },
  region: { key: 'region' },
  'Probation Trust': { key: 'probation-trust' },
  YJS: { key: 'yjs' },
  YOS: { key: 'yjs' },
  YOT: { key: 'yjs' },
  CYPJS: { key: 'yjs' },
  'YPE&JS': { key: 'yjs' },
};

/** The provider's place: its short name without the noun of its type ("West Yorkshire" of "West Yorkshire CRC", "Wales" of "NPS Wales"). */
function placeOf(provider: ProviderName): string {
  const rule = PROVIDER_KEYS[provider.type];
  if (rule?.prefix && provider.shortName.startsWith(rule.prefix)) return provider.shortName.slice(rule.prefix.length);
  if (provider.shortName.endsWith(` ${provider.type}`)) return provider.shortName.slice(0, -provider.type.length - 1);
  return provider.shortName;
}

/** A stable slug of the provider: its place and the key of its type, the same under each name it has had. */
export function providerId(provider: ProviderName | null): string | null {
  if (!provider) return null;
  const rule = PROVIDER_KEYS[provider.type];
  return rule ? slug(`${placeOf(provider)} ${rule.key}`, 100) : slug(provider.shortName, 100);
}

/** What a web address says of its page: the month of a `/YYYY/MM/` path, and its last segment (or WordPress's `?p=N`). */
export function addressOf(url: string | null | undefined): { month: string | null; slug: string | null } {
  if (!url) return { month: null, slug: null };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { month: null, slug: null };
  }
  const month = /\/((?:19|20)\d\d)\/(0[1-9]|1[0-2])\//.exec(`${parsed.pathname}/`);
  const post = parsed.searchParams.get('p');
  const segments = parsed.pathname.split('/').filter((s) => s && !/^\d+$/.test(s) && s !== 'page');
  const last = segments.at(-1);
  const name = post && /^\d+$/.test(post) ? `p${post}` : last && last !== 'hmiprobation' ? slug(last, 100) : null;
  return { month: month ? `${month[1]}-${month[2]}` : null, slug: name };
}

/** "2020-03-10" → "2020-03"; "2020-03" and "2018" as they are; anything else null. */
function monthOf(date: string | null | undefined): string | null {
  const m = /^((?:19|20)\d\d)(?:-(0[1-9]|1[0-2]))?/.exec(date ?? '');
  return m ? (m[2] ? `${m[1]}-${m[2]}` : m[1]!) : null;
}

/** How precise a date is as printed: "2020-03-10" day, "2020-03" month, "2020" year. */
export function datePrecision(date: string | null): 'day' | 'month' | 'year' | null {
  if (!date) return null;
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? 'day' : /^\d{4}-\d{2}$/.test(date) ? 'month' : /^\d{4}$/.test(date) ? 'year' : null;
}

export interface IdentityInput {
  kind: Document['kind'];
  provider: ProviderName | null;
  title: string | null;
  published: string | null;
  fieldworkStarted?: string | null;
  previousInspection?: { published: string | null } | null;
  /** The document's own web address (an HTML page's canonical link), where it states one. */
  url?: string | null;
  /** The sha256 of the bytes: the id of last resort. */
  sha256?: string;
}

export interface Identity {
  id: string;
  providerId: string | null;
  inspectionId: string | null;
  previousInspectionId: string | null;
}

/**
 * The inspection a report or release speaks of: its provider and the month its report was
 * published (the month both the report and its release state, and the one a later report names
 * its previous inspection by: "our previous inspection report, published in October 2018"). Where
 * the document states no publication date, the month of its web address; else the month its
 * fieldwork started, marked as such (`…-fieldwork-2019-10`, which a publication month never
 * equals); else the Inspectorate's own slug of the page. Null for a page that is no report or
 * release, or that is about no one provider.
 */
export function inspectionIdOf(input: IdentityInput): string | null {
  const provider = providerId(input.provider);
  if (!provider || input.kind === 'other') return null;
  const address = addressOf(input.url);
  const month = monthOf(input.published) ?? address.month;
  if (month) return `${provider}-${month}`;
  const fieldwork = monthOf(input.fieldworkStarted);
  if (fieldwork) return `${provider}-fieldwork-${fieldwork}`;
  return address.slug ? slug(`${provider}-${address.slug}`, 120) : null;
}

/** The inspection a report names as its previous one, by the month (or year) its report was published. */
export function previousInspectionIdOf(input: IdentityInput): string | null {
  const provider = providerId(input.provider);
  const month = monthOf(input.previousInspection?.published);
  return provider && month && input.kind !== 'other' ? `${provider}-${month}` : null;
}

/**
 * A document's id, its file name: provider, year and kind ("west-yorkshire-crc-2020-report");
 * for a page about no one provider, the slug of its title, else of its web address, else its
 * sha256 prefix — never a placeholder that two documents would share. A batch tells copies apart
 * by format and content (batch/ids.ts).
 */
export function documentId(input: IdentityInput): string {
  const word = KIND_WORD[input.kind];
  const address = addressOf(input.url);
  const year = (monthOf(input.published) ?? address.month)?.slice(0, 4) ?? '';
  if (input.provider) return slug([input.provider.shortName, year, word].filter(Boolean).join(' '), 120);
  const title = input.title?.split(/\s+/).slice(0, 8).join(' ');
  if (title && slug(title) !== 'document') return slug(`${title} ${word}`, 120);
  if (address.slug) return slug(`${address.slug} ${word}`, 120);
  return `${word}-${(input.sha256 ?? '').slice(0, 12) || 'unknown'}`;
}

export function identify(input: IdentityInput): Identity {
  return { id: documentId(input), providerId: providerId(input.provider), inspectionId: inspectionIdOf(input), previousInspectionId: previousInspectionIdOf(input) };
}
