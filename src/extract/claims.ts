/**
 * What a document states that can be checked, as a small grammar over the sentence layer: a
 * figure (digits, words, fractions, "N in M", "N out of M", money, percentages) with the qualifier
 * before it ("more than", "almost", "an average of") and the noun phrase after it, whose head
 * gives the unit ("9,000 … offenders": people, "72 cases": cases, "10 aspects": standards,
 * "seven recommendations"); ratings, changes of rating and "the same grade as before" from the
 * rating statements; publication and fieldwork dates. Figures inside the spans of the ignored
 * rules (years, ages, ranges, "Covid-19", postcodes …) are never claims.
 */
import type { Sentence, SentenceLayer } from '../annotate/index.js';
import { annotateText, spansOf } from '../annotate/index.js';
import type { NumberSpan, QualifierSpan } from '../annotate/types.js';
import { DURATION_UNITS } from '../lexicon/dates.js';
import { ADDRESSEE_WORDS, ANAPHORA_AFTER, PHRASE_STOPS, POSTPOSITIVE_ADJECTIVES, REMAINDER_BEFORE } from '../lexicon/phrases.js';
import { STRUCTURE_NOUNS, UNIT_NOUNS } from '../lexicon/units.js';
import { alternation, compile, keyOf } from '../lexicon/words.js';
import { evidence } from '../model/blocks.js';
import { findDate } from '../normalise/date.js';
import type { Claim, ClaimKind } from '../schema.js';
import type { RatingStatement } from './ratingStatements.js';

export type Figure = Pick<Claim, 'kind' | 'type' | 'value' | 'of' | 'unit' | 'subject' | 'qualifier' | 'display'>;

const UNIT_OF = new Map(UNIT_NOUNS.flatMap((u) => u.nouns.map((n) => [keyOf(n), u.unit] as const)));
const STRUCTURE = new Set(STRUCTURE_NOUNS.map(keyOf));
const STOPS = new Set(PHRASE_STOPS.map(keyOf));
const ANAPHORA = new RegExp(`^\\s+${alternation([...ANAPHORA_AFTER])}\\b`, 'i');
const REMAINDER = new RegExp(`${alternation([...REMAINDER_BEFORE])}\\s+$`, 'i');
const LEAD_OF = /^\s+of\s+(?:the\s+|our\s+|its\s+|their\s+|all\s+|all\s+the\s+)?/i;

const POSTPOSITIVE = new RegExp(`^${alternation([...POSTPOSITIVE_ADJECTIVES])}$`, 'i');

/** The noun phrase after a figure: its words, and the unit of its head (null when it names nothing countable). */
export function nounPhrase(after: string): { words: string[]; unit: string | null; structure: boolean; text: string } {
  const words: string[] = [];
  const tokens = after.replace(/\s*\([\p{Lu}&*]{2,8}\*?\)/gu, ' ').match(/[\p{L}’'-]+|[^\s\p{L}]+/gu) ?? [];
  for (const [i, raw] of tokens.entries()) {
    if (!/^[\p{L}’'-]+$/u.test(raw)) {
      // A quoted word before the noun describes it ("seven ‘Good’ ratings"); after it, it is what the things were rated ("four aspects ‘Inadequate’").
      if (/^[‘’'"“”]+$/.test(raw) && !words.length) continue;
      break;
    }
    const word = raw.replace(/^[’']|[’']$/g, '');
    const k = keyOf(word);
    if (k === 'and' && words.length) {
      words.push(word);
      continue;
    }
    // A participle before a plural noun describes it ("four inspected aspects"); after it, it ends the phrase ("72 cases were
    // inspected"). Before a singular one it is an example, not a count ("In one inspected case, …").
    if (!words.length && /ed$/i.test(word) && /s$/i.test(tokens[i + 1] ?? '') && UNIT_OF.has(keyOf(tokens[i + 1] ?? ''))) continue;
    if (STOPS.has(k) || /^(?:we|they|you)[’']/i.test(word)) break;
    if (words.length && /(?:ed|ing)$/i.test(word) && !UNIT_OF.has(k)) break;
    words.push(word);
    if (words.length >= 7) break;
  }
  while (words.length && keyOf(words[words.length - 1]!) === 'and') words.pop();
  const structure = words.some((w, i) => STRUCTURE.has(keyOf(w)) || STRUCTURE.has(keyOf(`${w} ${words[i + 1] ?? ''}`)));
  let unit: string | null = null;
  if (words.length) {
    // A duration right after the figure is the unit ("three months accommodation").
    const first = keyOf(words[0]!);
    if (DURATION_UNITS[first]) unit = DURATION_UNITS[first]!;
    else {
      // The head before an "and" counts ("regions and inspections will be …", "children and young people"); else the last word's;
      // else the word's before an adjective that follows its noun ("four staff members responsible for …").
      const and = words.findIndex((w) => keyOf(w) === 'and');
      const parts = and > 0 ? [words.slice(0, and), words] : [words];
      const postpositive = words.length > 1 && POSTPOSITIVE.test(words[words.length - 1]!) ? [words.slice(0, -1)] : [];
      for (const part of [...parts, ...postpositive]) {
        for (const size of [3, 2, 1]) {
          const tail = keyOf(part.slice(-size).join(' '));
          if (part.length >= size && UNIT_OF.has(tail)) {
            unit = UNIT_OF.get(tail)!;
            break;
          }
        }
        if (unit) break;
      }
      unit ??= 'count';
    }
  }
  return { words, unit, structure, text: words.join(' ') };
}

const KIND_TYPE: Record<ClaimKind, Claim['type']> = {
  count: 'count', percent: 'percent', money: 'money', fraction: 'other', average: 'average', duration: 'other', score: 'other',
  recommendations: 'recommendations', rating: 'rating', 'rating-change': 'rating', 'same-as-previous': 'other', date: 'date',
};

function qualifierBefore(sentence: string, n: NumberSpan, qualifiers: QualifierSpan[]): QualifierSpan | null {
  for (const q of qualifiers) {
    if (q.end > n.start || q.end < n.start - 8) continue;
    const between = sentence.slice(q.end, n.start);
    if (q.end <= n.start && (/^\s*$/.test(between) || (q.qualifier === 'only' && /^\s+(?:where|in|for)\s+$/i.test(between)))) return q;
  }
  return null;
}

interface Context {
  /** Units of the figures read before, latest last (for "the remaining seven", "Three of these"). */
  recent: { unit: string | null; sentence: number }[];
  /** The names of the document's provider: recommendations to it are its total, to anyone else a part. */
  own: string[];
}

const OWN_ADDRESSEE = /^the\s+(?:region|service|PDU|CRC|YJS|YOS|YOT|division|partnership|unit)$/i;

/** Whom recommendations are addressed to ("are for the management board", "to East Sussex Police"); null for the document's own provider. */
const ADDRESSEE = new RegExp(
  String.raw`^\s*(?:(?:are|is|were|was)\s+)?(?:to|for|addressed\s+to)\s+((?:(?:the|its|their|a)\s+[\p{L}’'&-]+|[\p{Lu}][\p{L}’'&-]*)(?:\s+(?:[\p{Lu}][\p{L}’'&-]*|${alternation([...ADDRESSEE_WORDS])})(?![\p{L}]))*)`,
  'u',
);

function addresseeOf(after: string, anaphora: boolean, own: string[]): string | null {
  // "Two recommendations are for …" counts a part, whoever it is for; "makes six recommendations to the region" the whole.
  const part = /^\s*(?:are|is|were|was)\s+(?:for|to|addressed\s+to)\b/i.test(after);
  // An addressee is a name or a noun phrase ("to the region", "for Westminster YJS"), not an infinitive ("to further improve").
  const m = ADDRESSEE.exec(after);
  if (!m) return anaphora ? 'part of them' : null;
  const to = m[1]!.trim();
  const key = keyOf(to);
  if (!part && (OWN_ADDRESSEE.test(to) || own.some((o) => keyOf(o).includes(key) || key.includes(keyOf(o))))) return anaphora ? 'part of them' : null;
  return to;
}

/** One figure of a sentence as a claim, or null when the figure states nothing to check. */
function readFigure(sentence: Sentence, n: NumberSpan, ctx: Context, qualifiers: QualifierSpan[], numbers: NumberSpan[]): Figure | null {
  const text = sentence.text;
  const qualifier = qualifierBefore(text, n, qualifiers);
  const display = text.slice(qualifier?.start ?? n.start, n.end);
  const after = text.slice(n.end);
  const base = { qualifier: qualifier?.qualifier ?? null, display, of: n.of };
  const figure = (kind: ClaimKind, unit: string | null, subject: string | null, value: number = n.value): Figure => ({ ...base, kind, type: KIND_TYPE[kind], value, unit, subject });
  if (n.form === 'money') return figure('money', 'gbp', nounPhrase(after.replace(LEAD_OF, ' ')).text || null);
  if (n.form === 'percent') return figure('percent', 'percent', nounPhrase(after.replace(LEAD_OF, ' ')).text || null);
  if (n.form === 'fraction') return figure('fraction', 'fraction', nounPhrase(after.replace(LEAD_OF, ' ')).text || null);
  if (n.glued) return figure('duration', n.glued, nounPhrase(after).text || null);

  const phrase = n.form === 'out-of' ? nounPhrase(between(n, text) || after.replace(LEAD_OF, ' ')) : nounPhrase(after.replace(LEAD_OF, ' '));
  if (phrase.structure) return null;
  let unit = phrase.unit;
  if (n.form === 'out-of') {
    // A part of a whole counts the whole's things only where they are standards, points or recommendations ("three out of ten of our quality standards").
    const counted = unit && ['standards', 'points', 'recommendations'].includes(unit) ? unit : 'count';
    // "more than four out of 10 of the cases": a share of ten or a hundred is a fraction.
    if (counted === 'count' && (n.of === 10 || n.of === 100)) return figure('fraction', 'fraction', phrase.text || null);
    return figure(counted === 'points' ? 'score' : counted === 'recommendations' ? 'recommendations' : 'count', counted, phrase.text || null);
  }
  if (!unit) {
    if (ANAPHORA.test(after) || REMAINDER.test(text.slice(0, n.start)) || /^\s+(?:are|is)\s+(?:for|to|addressed)\b/i.test(after)) unit = ctx.recent.filter((r) => r.sentence >= sentence.index - 2).at(-1)?.unit ?? 'count';
    else if (n.words && n.value === 1 && !/^\s+as\s+["“‘']/i.test(after)) return null;
    else {
      const bound = NUMBER_OF.exec(text.slice(0, n.start));
      if (bound) {
        unit = nounPhrase(` ${bound[2]}`).unit ?? earlierUnit(sentence, n, numbers) ?? 'count';
        if (!base.qualifier && bound[1]!.toLowerCase() !== 'total') base.qualifier = bound[1]!.toLowerCase();
      } else unit = (afterAnd(text, n, numbers, 80) ? ctx.recent.filter((r) => r.sentence === sentence.index).at(-1)?.unit : null) ?? earlierUnit(sentence, n, numbers) ?? 'count';
    }
  }
  // "one" counts only where it is set beside another figure ("10 inspections of CRCs and one NPS division") or rated ("one as ‘Requires improvement’").
  const coordinated = afterAnd(text, n, numbers, 45);
  if (n.words && n.value === 1 && phrase.unit === 'count' && !/^\s+as\s+["“‘']/i.test(after) && !coordinated) return null;
  // A bare "1" is a list number or a leftover marker, not a figure.
  if (!n.words && n.value < 2 && !phrase.words.length) return null;
  // "scoring just two points more": a change of score, signed.
  const change = unit === 'points' ? /^\s+points?\s+(more|higher|fewer|less|lower)\b/i.exec(after) : null;
  if (change) return figure('score', unit, 'score-change', /more|higher/i.test(change[1]!) ? n.value : -n.value);
  const kind: ClaimKind =
    base.qualifier === 'average' ? 'average' : unit === 'recommendations' ? 'recommendations' : ['years', 'months', 'weeks', 'days', 'hours'].includes(unit) ? 'duration' : unit === 'points' ? 'score' : 'count';
  if (kind === 'recommendations') {
    const rest = after.replace(/^\s+(?:of\s+(?:these|them|those)|[\p{L}-]*\s*recommendations?)/iu, '');
    const to = addresseeOf(rest, ANAPHORA.test(after) || !phrase.words.length, ctx.own);
    return figure(kind, unit, to ? `recommendations to ${to}` : 'recommendations');
  }
  return figure(kind, unit, kind === 'average' && unit === 'cases' ? 'caseload' : subjectOf(sentence, n, phrase.text));
}

/** The words between a figure and "out of" ("six vacancies out of 43"), or the noun after the whole. */
function between(n: NumberSpan, text: string): string {
  const inner = /^\S+\s+(.*?)\s+out\s+(?:of|a\s+possible)\b/i.exec(text.slice(n.start, n.end))?.[1] ?? '';
  if (inner) return ` ${inner}`;
  return text.slice(n.end).replace(LEAD_OF, ' ');
}

/** "The minimum number of children’s cases … reduced from 15 to 14": the bound and the thing a bare figure counts, named earlier in its clause. */
const NUMBER_OF = compile(String.raw`\b(?:the\s+)?(?:anticipated\s+)?(minimum|maximum|total|average)\s+number\s+of\s+([^.;]{1,60})`, 'iu');

/**
 * Whether a figure follows "and" with another figure of its sentence at most `reach` characters before
 * it: set beside that one ("10 inspections of CRCs and one NPS division"), or, with no noun of its own,
 * counting what that one counted ("546 cases, 327 of which … and 219 to release on licence").
 */
function afterAnd(text: string, n: NumberSpan, numbers: NumberSpan[], reach: number): boolean {
  return /\band\s+$/i.test(text.slice(0, n.start)) && numbers.some((o) => o !== n && o.end <= n.start && n.start - o.end <= reach);
}

/** A unit noun earlier in the clause, with no figure between ("caseloads should not exceed 50"). */
function earlierUnit(sentence: Sentence, n: NumberSpan, numbers: NumberSpan[]): string | null {
  const before = sentence.text.slice(Math.max(0, n.start - 200), n.start);
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), 0));
  const clauseStart = n.start - clause.length;
  const i = numbers.indexOf(n);
  if (i > 0 && numbers[i - 1]!.start >= clauseStart) return null;
  const words = clause.match(/[\p{L}’'-]+/gu) ?? [];
  for (let i = words.length - 1; i >= 0; i--) {
    const unit = UNIT_OF.get(keyOf(words[i]!));
    if (unit) return unit;
  }
  return null;
}

/** What a count is about: "supervised" for a caseload, "standardsInspected" for the aspects looked at, else the noun phrase. */
function subjectOf(sentence: Sentence, n: NumberSpan, phrase: string): string | null {
  const before = sentence.text.slice(Math.max(0, n.start - 60), n.start);
  if (/\bsupervis(?:es|ed|ing|e)\b|\bmanages\b|\bworked\s+with\b|\bresponsible\s+for\s+supervising\b/i.test(before) && /\b(?:offenders|people|individuals|children|adults|cases)\b/i.test(phrase)) return 'supervised';
  if (/\b(?:looked\s+at|inspected|examined|assessed|against)\s+$/i.test(before) && /^(?:aspects|standards|areas)\b/i.test(phrase)) return 'standardsInspected';
  return phrase || null;
}

/** The figures of a sentence's text, as claims without evidence (verify reads the report's prose with it). */
export function figuresIn(text: string): Figure[] {
  const sentence: Sentence = { index: 0, block: null as never, offset: 0, text, spans: annotateText(text) };
  const ctx: Context = { recent: [], own: [] };
  const numbers = spansOf(sentence, 'number');
  const qualifiers = spansOf(sentence, 'qualifier');
  return numbers.map((n) => readFigure(sentence, n, ctx, qualifiers, numbers)).filter((f): f is Figure => f !== null);
}

const FIELDWORK = /\bfieldwork\b[^.]*?\b(started|began|commenced|took place|was carried out)\b|\bat the time of the inspection in\b/i;
const PUBLICATION = /\breport (?:is|was|will be) (?:available|published)\b|\bpublishing (?:a|the) report\b/i;
const TIME = /\b(?:at )?(\d{2})[.:](\d{2})\b/;

function dateClaims(sentence: Sentence): Omit<Claim, 'id' | 'text' | 'inspection' | 'evidence'>[] {
  const out: Omit<Claim, 'id' | 'text' | 'inspection' | 'evidence'>[] = [];
  const text = sentence.text;
  const base = { of: null, qualifier: null, from: null } as const;
  if (PUBLICATION.test(text)) {
    const date = findDate(text);
    if (date) {
      const time = TIME.exec(text.replace(date.text, ''));
      out.push({ ...base, kind: 'date', type: 'date', value: date.value, unit: time ? `time ${time[1]}:${time[2]}` : 'date', subject: 'published', display: date.text });
    }
  }
  const fieldwork = FIELDWORK.exec(text);
  if (fieldwork) {
    const date = findDate(text.slice(fieldwork.index));
    if (date) out.push({ ...base, kind: 'date', type: 'date', value: date.value, unit: 'date', subject: /started|began|commenced/i.test(fieldwork[1] ?? '') ? 'fieldworkStarted' : 'fieldwork', display: date.text });
  }
  return out;
}

/** A duration that qualifies the people a share counts ("around half of the practitioners … had been in post for less than three years"). */
function conditionOfShare(sentence: Sentence, n: NumberSpan, figures: { n: NumberSpan; figure: Figure }[]): boolean {
  if (!n.of && figures.some((f) => (f.figure.kind === 'fraction' || f.figure.kind === 'percent') && f.n.end < n.start)) {
    return /\bfor\s+(?:less|more|fewer)\s+than\s+$/i.test(sentence.text.slice(0, n.start));
  }
  return false;
}

export function extractClaims(layer: SentenceLayer, statements: RatingStatement[], own: string[] = []): Claim[] {
  const claims: Omit<Claim, 'id'>[] = [];
  const ctx: Context = { recent: [], own };
  const bySentence = new Map<string, RatingStatement[]>();
  for (const s of statements) bySentence.set(s.sentence, [...(bySentence.get(s.sentence) ?? []), s]);
  for (const sentence of layer.sentences) {
    const ev = evidence(sentence.block, sentence.text);
    const base = { text: sentence.text, evidence: ev };
    for (const s of bySentence.get(sentence.text) ?? []) {
      if (s.block !== sentence.block) continue;
      const subject = s.subject === 'overall' ? 'overall' : (s.area?.key ?? s.subjectText);
      if (s.implied) {
        claims.push({ ...base, kind: 'same-as-previous', type: 'other', value: s.rating, of: null, unit: 'rating', subject: 'overall', qualifier: null, display: null, from: null, inspection: 'current' });
        continue;
      }
      if (!s.rating) continue;
      claims.push({ ...base, kind: 'rating', type: 'rating', value: s.rating, of: null, unit: 'rating', subject, qualifier: null, display: s.printed, from: null, inspection: s.inspection });
      if (s.rule === 'rating.unchanged' && s.inspection === 'previous') {
        claims.pop();
        claims.push({ ...base, kind: 'same-as-previous', type: 'other', value: s.rating, of: null, unit: 'rating', subject, qualifier: null, display: s.printed, from: null, inspection: 'current' });
      }
    }
    for (const d of dateClaims(sentence)) claims.push({ ...base, ...d, inspection: 'current' });
    const read: { n: NumberSpan; figure: Figure }[] = [];
    const numbers = spansOf(sentence, 'number');
    const qualifiers = spansOf(sentence, 'qualifier');
    for (const n of numbers) {
      if (conditionOfShare(sentence, n, read)) continue;
      const figure = readFigure(sentence, n, ctx, qualifiers, numbers);
      if (!figure) continue;
      read.push({ n, figure });
      ctx.recent.push({ unit: figure.unit, sentence: sentence.index });
      claims.push({ ...base, ...figure, from: null, inspection: 'current' });
    }
  }
  return dedupe(claims).map((claim, i) => ({ id: `claim-${i + 1}`, ...claim }));
}

function dedupe(claims: Omit<Claim, 'id'>[]): Omit<Claim, 'id'>[] {
  const seen = new Set<string>();
  return claims.filter((c) => {
    const key = `${c.kind}|${c.subject}|${c.value}|${c.of}|${c.inspection}|${c.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** How a document says it makes recommendations: "makes seven", "set out", "There were seven recommendations stemming from this report" (real/262; not "in our previous report"). */
const MAKES = /\b(?:makes?|made|making|set(?:s)?\s+out)\b|\bthere\s+(?:are|were)\s+[\w-]+\s+recommendations\s+(?:stemming\s+from|arising\s+from|from|in)\s+this\s+(?:report|inspection)\b/i;

/** The total of recommendations a document states it makes ("The report makes seven recommendations"), or null. */
export function statedRecommendations(claims: Claim[]): { count: number; claim: Claim } | null {
  const made = claims.filter((c) => c.kind === 'recommendations' && typeof c.value === 'number' && MAKES.test(c.text));
  const total = made.find((c) => c.subject === 'recommendations');
  if (!total) return null;
  // Recommendations to another addressee beside these ("also makes one recommendation to East Sussex Police"): parts, not a total.
  if (made.some((c) => c.subject !== 'recommendations' && /\balso\b/i.test(c.text))) return null;
  return { count: total.value as number, claim: total };
}
