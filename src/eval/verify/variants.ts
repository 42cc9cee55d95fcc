/**
 * The alteration suite's cases: each release as published; each stated value altered, one at a
 * time (a count, a percentage, a share, a rating, a number of recommendations, a date), which
 * must turn its claim `contradicted` where the report speaks to it; and rewrites that keep the
 * meaning (numbers in digits or words, another style of quotation marks, another order of
 * sentences and paragraphs), which must leave every verdict as it was. Each case carries what a
 * fact-checker expects of it, derived from the gold verdicts of the release as published.
 */
import { cardinalValue, FRACTION_WORDS } from '../../lexicon/numbers.js';
import { MONTHS } from '../../lexicon/dates.js';
import { RATING_FORMS, type Rating } from '../../lexicon/ratings.js';
import { splitSentences } from '../../model/blocks.js';
import { compareWithQualifier } from '../../verify/qualifier.js';
import type { GoldClaim, GoldPair } from './gold.js';

export type CaseKind = 'as-published' | 'alteration' | 'rewrite';

export interface Case {
  pair: GoldPair;
  kind: CaseKind;
  /** What was done ("‘Good’ → ‘Inadequate’", "numbers in words"). */
  name: string;
  releaseText: string;
  expected: GoldClaim[];
}

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** A whole number below 1,000 in words, as the releases write them ("seventy-two", "one hundred and five"). */
export function numberInWords(n: number): string {
  if (n < 20) return ONES[n]!;
  if (n < 100) return `${TENS[Math.floor(n / 10)]}${n % 10 ? `-${ONES[n % 10]}` : ''}`;
  return `${ONES[Math.floor(n / 100)]} hundred${n % 100 ? ` and ${numberInWords(n % 100)}` : ''}`;
}

const capitalised = (text: string) => /^\p{Lu}/u.test(text);
const withCase = (text: string, like: string) => (capitalised(like) ? text[0]!.toUpperCase() + text.slice(1) : text);

/** A number as printed: digits (with thousands commas or not) or words, and what follows it in the same word ("-month"). */
interface Printed {
  value: number;
  words: boolean;
  commas: boolean;
  head: string;
  suffix: string;
}

function printedNumber(said: string): Printed | null {
  const m = /^(.*?)([\d,]+(?:\.\d+)?|[A-Za-z]+(?:-[a-z]+)?)((?:-[a-z]+)?(?:\s*(?:per cent|%))?)$/.exec(said);
  if (!m) return null;
  // "six-month": the number is the first part of the hyphenated word.
  const [head, body, tail] = [m[1]!, m[2]!, m[3]!];
  const direct = cardinalValue(body);
  if (direct !== null) return { value: direct, words: !/\d/.test(body), commas: body.includes(','), head, suffix: tail };
  const hyphen = /^([A-Za-z]+)(-[a-z]+)$/.exec(body);
  if (hyphen) {
    const value = cardinalValue(hyphen[1]!);
    if (value !== null) return { value, words: true, commas: false, head, suffix: `${hyphen[2]}${tail}` };
  }
  return null;
}

function printed(p: Printed, value: number, like: string, words = p.words): string {
  const body = words && Number.isInteger(value) && value < 1000 ? withCase(numberInWords(value), like.slice(p.head.length)) : p.commas ? value.toLocaleString('en-GB') : String(value);
  return `${p.head}${body}${p.suffix}`;
}

/** The rating an altered sentence gives instead: never one the report could bear out by chance. */
const OTHER_RATING: Record<Rating, Rating> = { Inadequate: 'Outstanding', 'Requires improvement': 'Good', Good: 'Inadequate', Outstanding: 'Requires improvement' };

const RATING_PATTERN = new RegExp(`(${RATING_FORMS.flatMap((r) => r.forms).sort((a, b) => b.length - a.length).join('|')})`, 'i');

function ratingOf(form: string): Rating | null {
  return RATING_FORMS.find((r) => r.forms.includes(form.toLowerCase()))?.rating ?? null;
}

/** Fractions in words and the one an alteration puts instead. */
const OTHER_FRACTION: Record<string, string> = { half: 'a quarter', 'a third': 'two thirds', 'two thirds': 'a third', 'two-thirds': 'a third', 'a quarter': 'half', 'three quarters': 'a quarter', 'three-quarters': 'a quarter' };

interface Altered {
  said: string;
  value: string | number;
  of?: number;
}

/** The altered value of a claim, as printed and as read; null where the claim states nothing to alter. */
export function alteration(claim: GoldClaim): Altered | null {
  const said = claim.said;
  if (!said) return null;
  switch (claim.kind) {
    case 'rating':
    case 'rating-change':
    case 'same-as-previous': {
      const m = RATING_PATTERN.exec(said);
      const rating = m ? ratingOf(m[1]!) : null;
      if (!m || !rating) return null;
      const other = OTHER_RATING[rating];
      const form = m[1] === m[1]!.toLowerCase() ? other.toLowerCase() : other;
      return { said: said.replace(m[1]!, form), value: other };
    }
    case 'date': {
      const m = new RegExp(`\\b(${MONTHS.join('|')})\\b`).exec(said);
      if (!m || typeof claim.value !== 'string') return null;
      const month = MONTHS.indexOf(m[1] as (typeof MONTHS)[number]);
      const other = (month + 2) % 12;
      const [y, , d] = claim.value.split('-');
      return { said: said.replace(m[1]!, MONTHS[other]!), value: [y, String(other + 1).padStart(2, '0'), d].filter(Boolean).join('-') };
    }
    case 'fraction': {
      const key = Object.keys(OTHER_FRACTION).sort((a, b) => b.length - a.length).find((k) => said.toLowerCase().includes(k));
      if (!key) return null;
      const other = OTHER_FRACTION[key]!;
      const at = said.toLowerCase().indexOf(key);
      const replaced = `${said.slice(0, at)}${at === 0 ? withCase(other, said) : other}${said.slice(at + key.length)}`;
      const read = FRACTION_WORDS[other]!;
      return { said: replaced, value: read.value, of: read.of };
    }
    default: {
      const p = printedNumber(said);
      if (!p) return null;
      // Far enough from the report's figure that no qualifier ("more than", "almost") bears it out.
      const actual = typeof claim.reportValue === 'number' ? claim.reportValue : null;
      const qualifier = claim.qualifier ?? null;
      const steps = claim.kind === 'percent' ? [10, -10] : [2, Math.ceil(p.value * 0.5), -Math.floor(p.value / 2)];
      const value = steps.map((s) => p.value + s).find((v) => v > 0 && (actual === null || !compareWithQualifier(v, qualifier, actual).holds)) ?? p.value + 2;
      return { said: printed(p, value, said), value };
    }
  }
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const loose = (text: string) => new RegExp(escape(text).replace(/\s+/g, '\\s+'));

/** Where `said` stands inside the passage `in`; null where the passage is not found. */
function locate(text: string, inside: string, said: string): { start: number; end: number } | null {
  const at = loose(inside).exec(text);
  const within = at ? loose(said).exec(at[0]) : null;
  return at && within ? { start: at.index + within.index, end: at.index + within.index + within[0].length } : null;
}

/** The text with each located span replaced, all found in the text as it was. */
function replaced(text: string, edits: { start: number; end: number; by: string }[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = `${out.slice(0, e.start)}${e.by}${out.slice(e.end)}`;
  return out;
}

/** Gold claims and their parts, flat, each with the whole it belongs to. */
function flat(claims: GoldClaim[]): { claim: GoldClaim; whole: GoldClaim | null }[] {
  return claims.flatMap((c) => [{ claim: c, whole: null }, ...(c.parts ?? []).map((p) => ({ claim: p, whole: c }))]);
}

/** Where a claim is printed: its sentence, and the others that state it too. */
interface Occurrence {
  said: string;
  in: string;
}

function occurrences(c: GoldClaim): Occurrence[] {
  return [...(c.said && c.in ? [{ said: c.said, in: c.in }] : []), ...(c.alsoIn ?? [])];
}

const sameOccurrence = (a: Occurrence, b: Occurrence) => a.said === b.said && a.in === b.in;

/**
 * What an alteration of one printed value makes the release's claims: each claim printed there
 * (and stated nowhere else) takes the altered value and is contradicted where the report speaks
 * to it; a claim also stated in another sentence stays, as it was, beside it; a whole whose part
 * was altered is contradicted through it.
 */
function expectedAfter(claims: GoldClaim[], at: Occurrence, altered: Altered): GoldClaim[] {
  const alteredClaim = (c: GoldClaim): GoldClaim => ({
    ...c,
    value: altered.value,
    ...(altered.of !== undefined ? { of: altered.of } : {}),
    said: altered.said,
    alsoIn: [],
    verdict: c.verdict === 'supported' ? 'contradicted' : c.verdict,
    ...(c.alteredEvidence ? { evidence: c.alteredEvidence, alternatives: [] } : {}),
  });
  const out: GoldClaim[] = [];
  for (const c of claims) {
    const part = c.parts?.find((p) => occurrences(p).some((o) => sameOccurrence(o, at)));
    if (part?.whenAltered) {
      out.push(...part.whenAltered);
      continue;
    }
    if (part) {
      const parts = c.parts!.map((p) => (p === part ? alteredClaim(p) : p));
      out.push({ ...c, parts, verdict: c.verdict === 'supported' && part.verdict === 'supported' ? 'contradicted' : c.verdict });
      continue;
    }
    const printedHere = occurrences(c);
    if (!printedHere.some((o) => sameOccurrence(o, at))) {
      out.push(c);
      continue;
    }
    out.push(alteredClaim(c));
    const rest = printedHere.filter((o) => !sameOccurrence(o, at));
    if (rest.length) out.push({ ...c, said: rest[0]!.said, in: rest[0]!.in, alsoIn: rest.slice(1) });
  }
  return out;
}

/** Every number a release prints in words as digits, and every one below 100 in digits as words. */
function numbersSwapped(text: string, claims: GoldClaim[]): string {
  const edits: { start: number; end: number; by: string }[] = [];
  for (const { claim } of flat(claims)) {
    if (['rating', 'same-as-previous', 'rating-change', 'date', 'fraction'].includes(claim.kind)) continue;
    for (const o of occurrences(claim)) {
      const p = printedNumber(o.said);
      if (!p || (!p.words && (p.value >= 100 || !Number.isInteger(p.value)))) continue;
      if (!p.words && /per cent|%/.test(p.suffix)) continue; // "forty-nine per cent" is no style a release uses
      const at = locate(text, o.in, o.said);
      if (at && !edits.some((e) => e.start === at.start)) edits.push({ ...at, by: printed(p, p.value, o.said, !p.words) });
    }
  }
  return replaced(text, edits);
}

/** Curly quotation marks and apostrophes as straight ones. */
const straightQuotes = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');

/** Single curly quotation marks as double ones (‘Good’ → “Good”), apostrophes left alone. */
const doubleQuotes = (text: string) => text.replace(/‘([^‘’\n]*)’(?!\p{L})/gu, '“$1”');

/** Sentences that lean on the one before ("This area of work", "However, …", "He added"): moving them changes what they say. */
const LEANS_BACK = /^(?:this|these|that|those|it|its|they|their|he|she|his|her|such|however|but|also|in addition|additionally|as a result|therefore|then|further|furthermore|moreover|despite this|mr|ms|mrs)\b/i;

/** Words anywhere in a sentence that point to what went before ("rated this area of work"). */
const REFERS_BACK = /\b(?:this|these|those|such|it|they|them|there)\b/i;

/**
 * Another order of the release's sentences that keeps what each says: the body's paragraphs in
 * reverse (a quotation over several paragraphs, and a list with the line that opens it, move as
 * one; the headline and the lead stay first, the notes to editors last), and within a paragraph
 * of plain sentences none of which leans on the one before, the sentences in reverse.
 */
function reordered(text: string): string {
  const paragraphs = text.split(/\n\s*\n/);
  const notesAt = paragraphs.findIndex((p) => /^\s*notes to editor/i.test(p));
  const end = notesAt < 0 ? paragraphs.length : notesAt;
  const head = paragraphs.slice(0, 2);
  const body = paragraphs.slice(2, end);
  const tail = paragraphs.slice(end);
  const groups: string[][] = [];
  for (const p of body) {
    const last = groups[groups.length - 1];
    const continues = last && (/^\s*“/.test(p) || /:\s*$/.test(last[last.length - 1]!) || LEANS_BACK.test(p.trim()));
    if (continues) last.push(p);
    else groups.push([p]);
  }
  const plain = (p: string) => !/[“”"‘’]|\n\s*[•\-*\d]/.test(p) && splitSentences(p.replace(/\s+/g, ' ').trim()).every((s, i) => i === 0 || (!LEANS_BACK.test(s) && !REFERS_BACK.test(s)));
  const flipped = groups.reverse().map((g) => (g.length === 1 && plain(g[0]!) ? splitSentences(g[0]!.replace(/\s+/g, ' ').trim()).reverse().join(' ') : g.join('\n\n')));
  return [...head, ...flipped, ...tail].join('\n\n');
}

export const REWRITES: readonly { name: string; apply: (text: string, claims: GoldClaim[]) => string }[] = [
  { name: 'numbers in words as digits and digits as words', apply: numbersSwapped },
  { name: 'straight quotation marks', apply: straightQuotes },
  { name: 'double quotation marks for single', apply: doubleQuotes },
  { name: 'paragraphs and sentences in another order', apply: reordered },
];

/** The cases of one pair: as published, one alteration per stated value, and each rewrite. */
export function casesOf(pair: GoldPair, releaseText: string): Case[] {
  const cases: Case[] = [{ pair, kind: 'as-published', name: 'as published', releaseText, expected: pair.claims }];
  const done = new Set<string>();
  for (const { claim } of flat(pair.claims)) {
    for (const o of occurrences(claim)) {
      const id = `${o.in}|${o.said}`;
      if (done.has(id)) continue;
      done.add(id);
      const altered = alteration({ ...claim, said: o.said });
      if (!altered) continue;
      const at = locate(releaseText, o.in, o.said);
      if (!at) throw new Error(`${pair.release}: "${o.said}" not found in "${o.in}"`);
      const text = replaced(releaseText, [{ ...at, by: altered.said }]);
      cases.push({ pair, kind: 'alteration', name: `${o.said} → ${altered.said} (“…${o.in.trim()}…”)`, releaseText: text, expected: expectedAfter(pair.claims, o, altered) });
    }
  }
  for (const rewrite of REWRITES) {
    const text = rewrite.apply(releaseText, pair.claims);
    if (text !== releaseText) cases.push({ pair, kind: 'rewrite', name: rewrite.name, releaseText: text, expected: pair.claims });
  }
  return cases;
}
