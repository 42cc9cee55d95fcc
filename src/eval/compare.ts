/**
 * One document's projection against its truth, field by field. Each comparison is an outcome:
 * a hit or a miss with what was expected and what hmip gave, so that the evaluation can print
 * accuracy per field and list every miss.
 */
import type { Projection } from './project.js';
import type { Truth, TruthClaim } from './truth.js';

export interface Outcome {
  field: string;
  hit: boolean;
  expected: unknown;
  actual: unknown;
  note?: string;
}

/** Names compared as a reader would: case, quote marks, dashes, "&" and spacing do not matter. */
export function normName(text: string | null | undefined): string {
  return (text ?? '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/&/g, ' and ')
    .replace(/[–—-]/g, ' ')
    .replace(/[^a-z0-9' ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function normText(text: string): string {
  return text.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();
}

const KIND: Record<Truth['kind'], Projection['kind']> = { 'press-release': 'press-release', report: 'inspection-report', other: 'other' };

const GENERIC = new Set('the and of pdu pdus yjs yos yot crc policy provision service services probation delivery unit youth justice offending team region division'.split(' '));

function sameSubject(truth: string, actual: string): boolean {
  // A bracket in the truth's subject is its collector's note ("Western Bay YJS (predecessor service, 2019)"), not the name.
  const a = normName(truth.replace(/\s*\([^)]*\)/g, ''));
  const b = normName(actual);
  if (a === b || a.includes(b) || b.includes(a)) return true;
  const words = (s: string) => s.split(' ').filter((w) => w.length > 2 && !GENERIC.has(w));
  const wa = words(a);
  const wb = new Set(words(b));
  return wa.length > 0 && wa.every((w) => wb.has(w));
}

/** A distractor as the truth describes it: the number(s) it names and the text around them. */
export interface Distractor {
  description: string;
  values: number[];
  snippets: string[];
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6,
};

function numbersOf(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/\d+(?:\.\d+)?|[A-Za-z]+/g)) {
    const word = m[0].toLowerCase();
    if (/^\d/.test(word)) out.push(Number(word));
    else if (word in NUMBER_WORDS) out.push(NUMBER_WORDS[word]!);
  }
  return out;
}

/**
 * Reads a truth distractor line ("19 in \"Covid-19\" (twice)", "TW9 4DU (postcode …)", "\"the
 * last 12 months\" (a period)"): quoted parts that occur in the document are its context; else
 * the words before the first bracket. A line whose numbers cannot be placed in the text is kept
 * only when its numbers are years (a year is never a claim, wherever it stands).
 */
export function readDistractor(description: string, documentText: string): Distractor | null {
  const text = normText(documentText);
  // Quoted parts outside brackets name the distractor; inside brackets they give context ("follows from \"one of four\"").
  const outside = description.replace(/\([^()]*\)/g, ' ');
  const quoted = [...outside.matchAll(/"([^"]+)"/g)].map((m) => m[1]!).filter((q) => text.includes(normText(q)) && numbersOf(q).length);
  if (quoted.length) return { description, values: quoted.flatMap(numbersOf), snippets: quoted };
  const lead = description.split(/\s[(–]|\sin\s"/)[0]!.replace(/^"|"$/g, '').trim();
  if (lead && text.includes(normText(lead)) && numbersOf(lead).length) return { description, values: numbersOf(lead), snippets: [lead] };
  const years = numbersOf(description).filter((n) => n >= 1990 && n <= 2100);
  return years.length ? { description, values: years, snippets: [] } : null;
}

function claimMatches(truth: TruthClaim, claim: Projection['claims'][number]): boolean {
  if (typeof claim.value !== 'number' || claim.value !== truth.value) return false;
  if (truth.of !== undefined && claim.of !== truth.of) return false;
  const a = normText(truth.text);
  const b = normText(claim.text);
  return b.includes(a) || a.includes(b);
}

const NUMERIC_KINDS = new Set(['rating', 'rating-change', 'same-as-previous', 'date']);

export function compare(truth: Truth, actual: Projection, documentText: string): Outcome[] {
  const out: Outcome[] = [];
  const t = truth.truth;
  const push = (field: string, expected: unknown, got: unknown, hit: boolean, note?: string) => out.push({ field, hit, expected, actual: got, ...(note ? { note } : {}) });

  push('kind', KIND[truth.kind], actual.kind, KIND[truth.kind] === actual.kind);
  push('family', truth.family, actual.family, truth.family === actual.family);
  if (truth.provider) {
    push('family (one service)', truth.family, actual.family, truth.family === actual.family);
    push('provider', truth.provider, actual.provider, normName(truth.provider) === normName(actual.provider));
  } else push('provider none', null, actual.provider, actual.provider === null);
  if (truth.title) push('title', truth.title, actual.title, normText(truth.title) === normText(actual.title ?? ''));

  if (t.overallRating) push('overall', t.overallRating, actual.overall, t.overallRating === actual.overall);
  else push('overall none', null, actual.overall, actual.overall === null);
  if (t.previousRating) push('previous', t.previousRating.rating, actual.previous, t.previousRating.rating === actual.previous);
  else push('previous none', null, actual.previous, actual.previous === null);
  if (t.score) push('score', t.score, actual.score, actual.score?.value === t.score.value && actual.score.max === t.score.max);
  else push('score none', null, actual.score, actual.score === null);
  if (t.recommendationsCount !== null) push('recommendations', t.recommendationsCount, actual.recommendationsCount, t.recommendationsCount === actual.recommendationsCount);

  for (const s of t.standardRatings) {
    // A standard the truth names without a number may be given by hmip among the other rated areas.
    const found =
      actual.standards.find((a) => (s.id && a.id === s.id) || (!s.id && sameSubject(s.name, a.name))) ??
      (s.id ? undefined : actual.others.map((o) => ({ id: '', name: o.subject, rating: o.rating })).find((a) => sameSubject(s.name, a.name)));
    push('standard rating', `${s.id ?? ''} ${s.name}: ${s.rating}`.trim(), found ? `${found.id} ${found.name}: ${found.rating}` : null, found?.rating === s.rating);
  }
  for (const o of t.otherRatings) {
    const found = actual.others.find((a) => a.rating === o.rating && sameSubject(o.subject, a.subject)) ?? actual.others.find((a) => sameSubject(o.subject, a.subject));
    push('other rating', `${o.subject}: ${o.rating}`, found ? `${found.subject}: ${found.rating}` : null, found?.rating === o.rating);
  }
  for (const a of actual.others) {
    const expected = t.otherRatings.some((o) => sameSubject(o.subject, a.subject)) || t.standardRatings.some((s) => sameSubject(s.name, a.subject));
    if (!expected) push('other rating not in truth', null, `${a.subject}: ${a.rating}`, false);
  }

  const numeric = actual.claims.filter((c) => !NUMERIC_KINDS.has(c.kind));
  for (const c of t.claims) {
    const found = numeric.find((a) => claimMatches(c, a));
    const shown = `${c.value}${c.of !== undefined ? `/${c.of}` : ''} ${c.unit}${c.qualifier ? ` (${c.qualifier})` : ''}: ${c.text}`;
    push('claim value', shown, found ? `${found.value}${found.of !== null ? `/${found.of}` : ''} ${found.unit}${found.qualifier ? ` (${found.qualifier})` : ''}` : null, !!found);
    if (found) {
      push('claim unit', c.unit, found.unit, found.unit === c.unit, c.text);
      push('claim qualifier', c.qualifier ?? null, found.qualifier, (found.qualifier ?? '').toLowerCase() === (c.qualifier ?? '').toLowerCase(), c.text);
    }
  }
  for (const d of t.distractors) {
    const distractor = readDistractor(d, documentText);
    if (!distractor) continue;
    const near = numeric.filter(
      (c) => typeof c.value === 'number' && distractor.values.includes(c.value) && (distractor.snippets.length === 0 || distractor.snippets.some((s) => normText(c.text).includes(normText(s)))),
    );
    // A claim of the same value and unit in the same sentence that the truth lists is that claim, not
    // the distractor ("one per cent … in any one year": the percentage is a claim, "one year" is not).
    const taken = near.find((c) => !t.claims.some((tc) => claimMatches(tc, c) && tc.unit === c.unit));
    push('distractor not taken', d, taken ? `${taken.value} ${taken.unit}: ${taken.text}` : null, !taken);
  }

  for (const q of t.quotes) {
    const starts = normText(q.starts);
    const found = actual.quotes.find((a) => normText(a.starts).startsWith(starts.split(' ').slice(0, 4).join(' ')) || starts.startsWith(normText(a.starts)));
    push('quote speaker', `${q.speaker}: ${q.starts}`, found ? `${found.speaker}: ${found.starts}` : 'no quote found', !!found && normName(found.speaker) === normName(q.speaker));
  }
  return out;
}
