/**
 * What the table and the page say in words, from the verification object alone: the verdicts'
 * names, the summary, where a report passage stands, a claim's value as printed.
 */
import type { ReportQuote, Verdict, Verification, VerifiedClaim } from './schema.js';

export const VERDICT_NAMES: Record<Verdict, string> = {
  supported: 'Supported',
  contradicted: 'Contradicted',
  conflicting: 'Conflicting',
  'not-found': 'Not found',
};

/** The verdicts in the order the summary counts them. */
export const VERDICT_ORDER: readonly Verdict[] = ['supported', 'contradicted', 'conflicting', 'not-found'];

const SUMMARY_KEYS: Record<Verdict, keyof Verification['summary']> = { supported: 'supported', contradicted: 'contradicted', conflicting: 'conflicting', 'not-found': 'notFound' };

export function summaryCount(result: Verification, verdict: Verdict): number {
  return result.summary[SUMMARY_KEYS[verdict]];
}

/** "7 supported, 0 contradicted, 0 conflicting, 0 not found". */
export function summaryLine(result: Verification): string {
  return VERDICT_ORDER.map((v) => `${summaryCount(result, v)} ${VERDICT_NAMES[v].toLowerCase()}`).join(', ');
}

/** "7 of 38 sentences of the release state a claim that was checked", or null where the sentences were not at hand. */
export function coverageLine(result: Verification): string | null {
  const c = result.coverage;
  return c ? `${c.checked} of ${c.sentences} sentence${c.sentences === 1 ? '' : 's'} of the release state${c.checked === 1 ? 's' : ''} a claim that was checked; the other ${c.sentences - c.checked} are listed as not checked.` : null;
}

/** Where a passage stands: "p. 6, table row “2.1 Assessment”, column “Rating”"; empty for a sentence of an unpaged source. */
export function placeOf(q: ReportQuote): string {
  const page = q.page === null ? null : `p. ${q.page}`;
  const cell = q.table ? `table row “${q.table.row}”${q.table.column ? `, column “${q.table.column}”` : ''}` : null;
  return [page, cell].filter(Boolean).join(', ');
}

/** What a passage is for, where a claim is conflicting. */
export const ROLE_NAMES: Record<ReportQuote['role'], string | null> = {
  evidence: null,
  'other-population': 'where the report states the figure (for another population or period)',
  'claimed-population': 'what the report states for the one the release speaks of',
};

/** The claim's value as the release prints it, with its qualifier ("more than 16,000", "‘Good’"). */
export function claimedValue(c: VerifiedClaim): string {
  if (c.display) return c.display.replace(/^[‘“"']+|[’”"'.]+$/g, '');
  if (c.value === null) return '—';
  return `${c.qualifier ? `${c.qualifier} ` : ''}${c.value}${c.of ? ` of ${c.of}` : ''}`;
}

export function reportValueOf(c: VerifiedClaim): string {
  if (c.reportValue === null) return '—';
  return c.kind === 'date' && typeof c.reportValue === 'string' ? (dateInWords(c.reportValue) ?? c.reportValue) : String(c.reportValue);
}

/** A date as a reader writes it: "10 March 2020", "March 2020". */
export function dateInWords(date: string | null): string | null {
  if (!date) return null;
  const [y, m, d] = date.split('-');
  const month = m ? new Date(Date.UTC(Number(y), Number(m) - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' }) : '';
  return [d ? String(Number(d)) : '', month, y].filter(Boolean).join(' ');
}
