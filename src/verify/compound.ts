/**
 * Compound claims: one sentence that counts the standards inspected and rates them in shares,
 * "Inspectors looked at 10 aspects of the division’s work, rating half of them as ‘Good’ and half
 * as ‘Requires improvement’" (real/045). The count is the whole; each share with its rating is a
 * part with its own verdict (as many standards so rated in the report's ratings table), listed
 * under it; the whole's verdict is derived from its own and its parts': supported only if all are,
 * contradicted if one is. Built on the parts mechanism of `withParts` (a part's `partOf`).
 */
import { compareWithQualifier } from './qualifier.js';
import { ratingFollowing, standardPassage } from './checkers.js';
import type { Document, Standard } from '../schema.js';
import type { VerifiedClaim } from './schema.js';
import type { Rating } from '../normalise/rating.js';

/** Where each claim's figure stands in its sentence: the n-th printing of its display, for claims alike. */
function positions(claims: VerifiedClaim[], text: string): Map<VerifiedClaim, number> {
  const at = new Map<VerifiedClaim, number>();
  let cursor = 0;
  for (const c of claims) {
    if (!c.display) continue;
    const i = text.indexOf(c.display, cursor);
    if (i < 0) continue;
    at.set(c, i);
    cursor = i + c.display.length;
  }
  return at;
}

function shareOf(part: VerifiedClaim, total: number): number | null {
  if (typeof part.value !== 'number') return null;
  return part.kind === 'fraction' && part.of ? (total * part.value) / part.of : part.value;
}

/** One share of the standards with its rating, checked against the report's ratings. */
function checkPart(part: VerifiedClaim, rating: Rating, total: number, whole: VerifiedClaim, report: Document): VerifiedClaim {
  const claimed = shareOf(part, total)!;
  const against = whole.checkedAgainst;
  const standards = report.ratings?.source === 'table' ? report.ratings.standards : [];
  const value = (s: Standard) => (against === 'current' ? s.rating : s.previousRating);
  const base = { ...part, partOf: whole.id, label: `Standards rated ‘${rating}’`, checkedAgainst: against, alsoStated: [] };
  if (!standards.length || standards.some((s) => value(s) === null)) {
    return { ...base, verdict: 'not-found', reportValue: null, reportEvidence: null, reportQuotes: [], note: 'The report does not state every standard’s rating in a ratings table.' };
  }
  const rated = standards.filter((s) => value(s) === rating);
  const quotes = rated.map((s) => standardPassage(s, against, report));
  const holds = compareWithQualifier(claimed, part.qualifier, rated.length).holds;
  const said = part.kind === 'fraction' ? `${part.display ?? `${part.value}/${part.of}`} (${claimed} of ${total})` : String(claimed);
  const which = rated.length ? `: ${rated.map((s) => `${s.id} ${s.name}`).join(', ')}` : '';
  return {
    ...base,
    verdict: holds ? 'supported' : 'contradicted',
    reportValue: `${rated.length} of ${standards.length}`,
    reportEvidence: quotes.length ? { page: quotes[0]!.page, quote: quotes.map((q) => q.quote).join(' · ') } : null,
    reportQuotes: quotes,
    note: holds ? `The report rates ${rated.length} of its ${standards.length} standards '${rating}'${which}.` : `The release says ${said} were rated '${rating}'; the report rates ${rated.length} of its ${standards.length}${which}.`,
  };
}

export function withCompounds(claims: VerifiedClaim[], report: Document): VerifiedClaim[] {
  const replaced = new Map<VerifiedClaim, VerifiedClaim>();
  const bySentence = new Map<string, VerifiedClaim[]>();
  for (const c of claims) if (c.partOf === null) bySentence.set(c.text, [...(bySentence.get(c.text) ?? []), c]);
  for (const [text, inSentence] of bySentence) {
    const whole = inSentence.find((c) => c.kind === 'count' && c.subject === 'standardsInspected' && typeof c.value === 'number');
    if (!whole) continue;
    const at = positions(inSentence, text);
    const parts: VerifiedClaim[] = [];
    for (const c of inSentence) {
      if (c === whole || (c.kind !== 'fraction' && c.kind !== 'count') || !at.has(c) || at.get(c)! < at.get(whole)!) continue;
      const rating = ratingFollowing(text.slice(at.get(c)! + c.display!.length));
      if (rating) parts.push(checkPart(c, rating, whole.value as number, whole, report));
    }
    if (!parts.length) continue;
    for (const p of parts) replaced.set(inSentence.find((c) => c.id === p.id)!, p);
    const contradicted = parts.filter((p) => p.verdict === 'contradicted');
    const allSupported = whole.verdict === 'supported' && parts.every((p) => p.verdict === 'supported');
    const verdict = whole.verdict === 'contradicted' || contradicted.length ? 'contradicted' : allSupported ? 'supported' : whole.verdict;
    const note = contradicted.length
      ? `${whole.note} But ${contradicted.length} of its ${parts.length} parts ${contradicted.length === 1 ? 'is' : 'are'} contradicted: ${contradicted.map((p) => p.note).join(' ')}`
      : allSupported
        ? `${whole.note} Each of its ${parts.length} parts is supported too.`
        : whole.note;
    replaced.set(whole, { ...whole, verdict, note, derived: true });
  }
  return claims.map((c) => replaced.get(c) ?? c);
}
