/**
 * What a press release or article says that can be checked: ratings, counts, percentages,
 * averages, money, the number of recommendations, dates, how many aspects were inspected, and
 * comparisons with the previous inspection. Each claim keeps its qualifier ("more than",
 * "almost", "fewer than half") and the sentence it came from. Also the quotes (with speaker and
 * role, joined across paragraphs) and the notes to editors.
 */
import { evidence, splitSentences, type Block } from '../model/blocks.js';
import { findHeading } from '../model/sections.js';
import { DAY_MONTH_YEAR, findDate, MONTH_YEAR } from '../normalise/date.js';
import { parseCount, parseNumber } from '../normalise/numbers.js';
import type { Claim, Quote } from '../schema.js';
import type { ExtractContext } from './context.js';
import type { RatingStatement } from './statedRatings.js';

export const QUALIFIERS = [
  'more than', 'over', 'just over', 'almost', 'nearly', 'around', 'about', 'approximately', 'roughly', 'some',
  'up to', 'at least', 'fewer than', 'less than', 'under', 'just under', 'no more than', 'no fewer than',
] as const;

const QUALIFIER = new RegExp(`\\b(${[...QUALIFIERS].sort((a, b) => b.length - a.length).join('|')})\\s+$`, 'i');
const NUMBER = /(£\s?)?\b(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\b(\s?(?:per cent|%|million|bn|m\b|k\b))?/gi;
const FRACTION_WORDS = /\b(more than|fewer than|less than|almost|nearly|over|under|just over|just under|around|about)\s+(half|a third|a quarter|two-thirds|three-quarters)\b/gi;
const FRACTION_VALUE: Record<string, number> = { half: 50, 'a third': 33.3, 'a quarter': 25, 'two-thirds': 66.7, 'three-quarters': 75 };
const IDENTIFIER_BEFORE = /\b(?:layer|tier|band|level|SARA|phase|stage|page|paragraph|section|annexe|appendix|chapter|note|Q|standard|domain|version|no\.?|number|round)\s*$/i;
const CONTACT = /\b(?:contact|enquiries|telephone|phone|e-?mail|tel\.?)\b/i;
const SAME_GRADE = /\bretain(?:ing|s|ed)? (?:the same|its) (?:grade|rating)|\b(?:overall )?rating (?:stays|remains|remained|stayed) the same\b|\bthe same (?:grade|rating) (?:as|that)\b|\bremains the same\b/i;
const SCORE_CHANGE = /\bscor(?:ing|ed|es) (?:just |only )?(\w+) points? (more|higher|fewer|less|lower)\b/i;
const RECOMMENDATIONS = new RegExp(`\\b(?:made|makes|make|making|set out|sets out)\\s+(\\w+)\\s+recommendations\\b`, 'i');
const ASPECTS = /\b(?:looked at|inspected|inspect|examined|assessed|against)\s+(\w+)\s+(?:aspects|standards|areas)\b/i;
const FIELDWORK = /\bfieldwork\b[^.]*?\b(started|began|commenced|took place|was carried out)\b|\bat the time of the inspection in\b/i;
const PUBLICATION = /\breport (?:is|was|will be) (?:available|published)\b|\bpublishing (?:a|the) report\b/i;
const TIME = /\b(?:at )?(\d{2})[.:](\d{2})\b/;

export function extractClaims(ctx: ExtractContext, statements: RatingStatement[]): Claim[] {
  const claims: Omit<Claim, 'id'>[] = [];
  for (const block of ctx.view.blocks) {
    if (block.type === 'table') continue;
    const text = block.type === 'listItem' || block.type === 'paragraph' ? stripNumber(block.text) : block.text;
    for (const sentence of splitSentences(text)) {
      for (const statement of statements.filter((s) => s.block === block && s.sentence.includes(sentence.slice(0, 40)))) {
        if (!sentence.includes(statement.printed.trim())) continue;
        claims.push({
          type: 'rating',
          text: sentence,
          value: statement.rating,
          unit: 'rating',
          subject: statement.subject ?? 'unstated',
          qualifier: null,
          inspection: statement.inspection,
          evidence: evidence(block, sentence),
        });
      }
      claims.push(...claimsInSentence(block, sentence));
    }
  }
  return dedupe(claims).map((claim, i) => ({ id: `claim-${i + 1}`, ...claim }));
}

/** Numbered notes and list items start with their number; that number is not a claim. */
function stripNumber(text: string): string {
  return text.replace(/^\d{1,2}\.\s+/, '');
}

function claimsInSentence(block: Block, sentence: string): Omit<Claim, 'id'>[] {
  const out: Omit<Claim, 'id'>[] = [];
  const ev = evidence(block, sentence);
  const base = { text: sentence, inspection: 'current' as const, evidence: ev };

  if (PUBLICATION.test(sentence)) {
    const date = findDate(sentence);
    if (date) {
      const time = TIME.exec(sentence.replace(date.text, ''));
      out.push({ ...base, type: 'date', value: date.value, unit: time ? `time ${time[1]}:${time[2]}` : 'date', subject: 'published', qualifier: null });
    }
  }
  const fieldwork = FIELDWORK.exec(sentence);
  if (fieldwork) {
    const date = findDate(sentence.slice(fieldwork.index));
    if (date) {
      const started = /started|began|commenced/i.test(fieldwork[1] ?? '');
      out.push({ ...base, type: 'date', value: date.value, unit: 'date', subject: started ? 'fieldworkStarted' : 'fieldwork', qualifier: null });
    }
  }
  const recommendations = RECOMMENDATIONS.exec(sentence);
  if (recommendations) {
    const value = parseCount(recommendations[1]!);
    if (value !== null) out.push({ ...base, type: 'recommendations', value, unit: 'count', subject: 'recommendations', qualifier: null });
  }
  const aspects = ASPECTS.exec(sentence);
  if (aspects && !/\ball\b/i.test(aspects[1]!)) {
    const value = parseCount(aspects[1]!);
    if (value !== null) out.push({ ...base, type: 'count', value, unit: 'count', subject: 'standardsInspected', qualifier: null });
  }
  if (SAME_GRADE.test(sentence)) {
    out.push({ ...base, type: 'other', value: null, unit: null, subject: 'same-overall-as-previous', qualifier: null });
  }
  const change = SCORE_CHANGE.exec(sentence);
  if (change) {
    const n = parseCount(change[1]!);
    if (n !== null) out.push({ ...base, type: 'other', value: /more|higher/i.test(change[2]!) ? n : -n, unit: 'points', subject: 'score-change', qualifier: null });
  }
  for (const match of sentence.matchAll(FRACTION_WORDS)) {
    out.push({ ...base, type: 'percent', value: FRACTION_VALUE[match[2]!.toLowerCase()]!, unit: 'percent', subject: subjectAfter(sentence, match.index + match[0].length), qualifier: `${match[1]!.toLowerCase()} ${match[2]!.toLowerCase()}` });
  }
  if (!CONTACT.test(sentence)) out.push(...numbersIn(sentence, base));
  return out;
}

/** Spans of dates and times, whose digits are not figures. */
function dateSpans(sentence: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const pattern of [DAY_MONTH_YEAR, MONTH_YEAR, /\b\d{1,2}\/\d{1,2}\/\d{4}\b/, /\b(?:19|20)\d\d(?:[-–\/](?:\d\d|\d{4}))?\b/, /\b\d{2}[.:]\d{2}\b/]) {
    const global = new RegExp(pattern.source, 'gi');
    for (const m of sentence.matchAll(global)) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

/** The figures of a sentence (counts, percentages, averages, money), each with its qualifier and subject. */
export function figuresIn(sentence: string): Pick<Claim, 'type' | 'value' | 'unit' | 'subject' | 'qualifier'>[] {
  return numbersIn(sentence, { text: sentence, inspection: 'current', evidence: { page: null, quote: sentence } });
}

function numbersIn(sentence: string, base: Pick<Claim, 'text' | 'inspection' | 'evidence'>): Omit<Claim, 'id'>[] {
  const out: Omit<Claim, 'id'>[] = [];
  const skip = dateSpans(sentence);
  for (const match of sentence.matchAll(NUMBER)) {
    const start = match.index + (match[1]?.length ?? 0);
    if (skip.some(([a, b]) => start >= a && start < b)) continue;
    const before = sentence.slice(0, match.index);
    const after = sentence.slice(match.index + match[0].length);
    if (IDENTIFIER_BEFORE.test(before) || /^[-–]\w|^\s?(?:st|nd|rd|th)\b|^[:/]\d/.test(after) || /[A-Za-z]$/.test(before)) continue;
    if (/^\s+(?:recommendations|aspects|standards|points?)\b/i.test(after)) continue; // read above, with their own meaning
    const value = parseNumber(match[2]!);
    if (value === null) continue;
    const suffix = (match[3] ?? '').trim().toLowerCase();
    const qualifier = QUALIFIER.exec(before)?.[1]?.toLowerCase() ?? null;
    if (match[1]) {
      const multiplier = suffix === 'million' || suffix === 'm' ? 1e6 : suffix === 'bn' ? 1e9 : suffix === 'k' ? 1e3 : 1;
      out.push({ ...base, type: 'money', value: value * multiplier, unit: 'gbp', subject: subjectAfter(sentence, match.index + match[0].length), qualifier });
    } else if (suffix === '%' || suffix === 'per cent') {
      out.push({ ...base, type: 'percent', value, unit: 'percent', subject: subjectAfter(sentence, match.index + match[0].length), qualifier });
    } else if (/\baverage of\s*$/i.test(before)) {
      out.push({ ...base, type: 'average', value, unit: 'count', subject: averageSubject(after), qualifier: 'average' });
    } else if (value >= 2 || /,/.test(match[2]!)) {
      out.push({ ...base, type: 'count', value, unit: 'count', subject: countSubject(sentence, after), qualifier });
    }
  }
  return out;
}

function subjectAfter(sentence: string, index: number): string {
  const rest = sentence.slice(index).replace(/^\s*(?:of\s+)?(?:the\s+)?/i, '');
  return rest.split(/[,.;:]/)[0]!.trim().split(/\s+/).slice(0, 10).join(' ') || 'unstated';
}

function averageSubject(after: string): string {
  const noun = after.trim().split(/[,.;]/)[0]!.trim();
  return /^cases?\b/i.test(noun) ? 'caseload' : noun.split(/\s+/).slice(0, 6).join(' ') || 'unstated';
}

/** "supervised 8,136 …", "supervises more than 12,600 …", "responsible for supervising 8,136 people". */
function countSubject(sentence: string, after: string): string {
  if (/\bsupervis(?:es|ed|ing|e)\b|\bcaseload\b/i.test(sentence) && /^\s+(?:[\w-]+\s+){0,6}?(?:offenders|people|individuals|service users|cases|adults|children)\b/i.test(after)) {
    return 'supervised';
  }
  return nounPhrase(after.trim().split(/[,.;:]/)[0]!.trim().split(/\s+/).slice(0, 6)) || 'unstated';
}

/** Where the counted thing's name ends: "21 Community Rehabilitation Companies across England …". */
const PHRASE_END = /^(?:across|in|at|on|who|which|that|responsible|are|were|is|was|have|has|had)$/i;

function nounPhrase(words: string[]): string {
  const end = words.findIndex((word, i) => i > 0 && PHRASE_END.test(word));
  return (end === -1 ? words : words.slice(0, end)).join(' ');
}

function dedupe(claims: Omit<Claim, 'id'>[]): Omit<Claim, 'id'>[] {
  const seen = new Set<string>();
  return claims.filter((c) => {
    const key = `${c.type}|${c.subject}|${c.value}|${c.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const OPEN = /^["“‘']/;
const CLOSES = /["”’']\W*$/;
const SAID_BEFORE = /(?:^|[.!?]["”’']?\s+)([^.!?“"]*?)\b(?:said|says|added|commented|noted|concluded|stated)(?:\s+that)?:?\s*$/i;
const SAID_AFTER = /^[”"’']?,?\s*([A-Z][\w\s.'’-]{2,60}?)\s+(?:said|says|added|commented|noted)\b/;
const ROLE = /\b((?:HM |Her Majesty['’]s )?(?:Deputy )?Chief Inspector of (?:Probation|Prisons)|(?:HM )?Inspector of Probation|Head of Communications|Chief Executive(?: Officer)?)\b/i;
const PERSON = /\b((?:Dame |Sir |Dr |Mr |Mrs |Ms )?[A-Z][a-z]+(?: [A-Z][a-z'’-]+){1,2})\b/;

interface Speaker {
  speaker: string | null;
  role: string | null;
}

/**
 * Quotes: a paragraph that opens with a quotation mark, joined with the paragraphs that follow it
 * while the quotation is not closed (each paragraph of a long quotation opens, only the last
 * closes); its speaker is named before it ("Mr Russell said:") or after it ("…,” Dame Glenys said).
 */
export function extractQuotes(ctx: ExtractContext): Quote[] {
  if (ctx.kind !== 'press-release') return [];
  const blocks = ctx.view.blocks.filter((b) => b.type !== 'table');
  const people = knownPeople(blocks);
  const quotes: Quote[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const text = block.text;
    const start = quoteStart(text);
    if (start < 0) continue;
    const intro = text.slice(0, start);
    let body = text.slice(start);
    let j = i;
    // A long quotation opens each paragraph and closes only the last: one quote, without the inner marks.
    // Only the paragraph joined last (and the end before it) can close it, so only they are read
    // again: thousands of paragraphs opening with a quote must not re-read the whole each time.
    const opener = body[0];
    let closed = closesQuote(body);
    let end = body.slice(-QUOTE_END);
    while (!closed && j + 1 < blocks.length && OPEN.test(blocks[j + 1]!.text)) {
      j++;
      const part = blocks[j]!.text.replace(OPEN, '');
      body = `${body} ${part}`;
      end = `${end} ${part}`.slice(-QUOTE_END);
      closed = closesAfter(opener, part, end);
    }
    const closing = closingIndex(body);
    const quoted = body.slice(0, closing + 1);
    const trailing = body.slice(closing + 1);
    if (quoted.split(/\s+/).length < 6) {
      i = j;
      continue;
    }
    const speaker =
      who(intro, people) ?? who(blocks[i - 1] && /[:]\s*$/.test(blocks[i - 1]!.text) ? blocks[i - 1]!.text : '', people) ?? whoAfter(trailing, people) ?? { speaker: null, role: null };
    quotes.push({ ...speaker, text: quoted.replace(/^["“‘']|["”’']$/g, '').trim(), evidence: evidence(block, quoted) });
    i = j;
  }
  return quotes;
}

/** People the document names with their role ("Dame Glenys Stacey, HM Chief Inspector of Probation"), so that "Dame Glenys" resolves. */
function knownPeople(blocks: { text: string }[]): Map<string, Speaker> {
  const people = new Map<string, Speaker>();
  const person = PERSON.source;
  const role = ROLE.source;
  const patterns = [new RegExp(`${person},? (?:the )?${role}`, 'g'), new RegExp(`${role},? ${person}`, 'g')];
  for (const block of blocks) {
    for (const [i, pattern] of patterns.entries()) {
      for (const m of block.text.matchAll(pattern)) {
        const [name, title] = i === 0 ? [m[1]!, m[2]!] : [m[2]!, m[1]!];
        if (!people.has(name)) people.set(name, { speaker: name, role: title });
      }
    }
  }
  return people;
}

function quoteStart(text: string): number {
  if (OPEN.test(text)) return 0;
  const said = /\b(?:said|says|added|commented|noted|concluded|stated)(?:\s+that)?:\s*["“‘]/i.exec(text);
  if (said) return said.index + said[0].length - 1;
  // "… “However, many practitioners feel … CRCs,” Dame Glenys said."
  const attributedAfter = /“[^”]{30,}”,?\s+[A-Z][^.“”]{0,50}?\b(?:said|added)\b/.exec(text);
  return attributedAfter ? attributedAfter.index : -1;
}

function closingIndex(body: string): number {
  const opener = body[0];
  const closer = opener === '“' ? '”' : opener === '‘' ? '’' : opener;
  if (closer === '’') {
    // A curly apostrophe also closes words ("CRC’s"): take the last one followed by a non-letter.
    const m = [...body.matchAll(/’(?![A-Za-z])/g)].pop();
    return m ? m.index : body.length - 1;
  }
  const index = body.indexOf(closer!, 1);
  return index < 0 ? body.length - 1 : index;
}

function closesQuote(body: string): boolean {
  const opener = body[0];
  const closer = opener === '“' ? '”' : opener === '"' ? '"' : null;
  return closer ? body.indexOf(closer, 1) >= 0 : CLOSES.test(body);
}

/** Enough of a quotation's end for CLOSES (a closing mark and the punctuation after it). */
const QUOTE_END = 256;

/** `closesQuote` of a quotation that was open before `part` was joined to it; `end` is its last characters. */
function closesAfter(opener: string | undefined, part: string, end: string): boolean {
  const closer = opener === '“' ? '”' : opener === '"' ? '"' : null;
  return closer ? part.includes(closer) : CLOSES.test(end);
}

function who(text: string, people: Map<string, Speaker>): Speaker | null {
  const said = SAID_BEFORE.exec(text);
  if (!said) return null;
  return resolve(said[1]!, people);
}

function whoAfter(text: string, people: Map<string, Speaker>): Speaker | null {
  const said = SAID_AFTER.exec(text.trim());
  return said ? resolve(said[1]!, people) : null;
}

/** A name and role from the words before "said"; short forms ("Mr Russell", "Dame Glenys") resolve to the full name seen before. */
function resolve(words: string, people: Map<string, Speaker>): Speaker | null {
  const role = ROLE.exec(words)?.[1] ?? null;
  const name = PERSON.exec(words.replace(ROLE, ' '))?.[1] ?? null;
  if (!name) {
    if (/\breport\b/i.test(words)) return { speaker: 'the report', role: null };
    return role ? { speaker: null, role } : null;
  }
  const parts = name.replace(/^(?:Mr|Mrs|Ms|Dr) /, '').split(' ');
  for (const [full, known] of people) {
    const fullParts = full.replace(/^(?:Dame|Sir|Dr|Mr|Mrs|Ms) /, '').split(' ');
    const matches = parts.every((p) => fullParts.includes(p) || /^(?:Dame|Sir)$/.test(p));
    if (matches && full !== name) return { speaker: full, role: role ?? known.role };
  }
  const speaker = { speaker: name, role };
  if (!people.has(name) || role) people.set(name, speaker);
  return speaker;
}

/** Notes to editors: the numbered items after "Notes to editors" (or the closing numbered list that says where the report is available). */
export function extractNotesToEditors(ctx: ExtractContext): { number: number | null; text: string; evidence: { page: number | null; quote: string } }[] {
  if (ctx.kind !== 'press-release') return [];
  const blocks = ctx.view.blocks;
  const marker = blocks.find((b) => /^notes? to editors?:?$/i.test(b.text.trim()));
  const heading = findHeading(ctx.view, /^notes? to editors?/i);
  let start = marker?.index ?? heading?.index ?? -1;
  if (start < 0) {
    const first = blocks.find((b) => b.type !== 'table' && /^1\.\s/.test(b.text) && /report is (?:available|published)/i.test(b.text));
    if (!first) return [];
    start = first.index - 1;
  }
  const out = [];
  for (const block of blocks.slice(start + 1)) {
    if (block.type === 'table' || block.type === 'heading') break;
    const numbered = /^(\d{1,2})[.)]\s+(.*)$/.exec(block.text);
    out.push({ number: numbered ? Number(numbered[1]) : null, text: numbered ? numbered[2]! : block.text, evidence: evidence(block, block.text) });
  }
  return out;
}
