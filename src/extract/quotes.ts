/**
 * Quotes and who said them. A quotation opens with a quotation mark — at the start of a paragraph,
 * after a speech verb ("Martin Jones, Chief Inspector of Probation, said: “…", "Dame Glenys said,
 * “…", "The CRC, she added, “…"), or at the start of a sentence after one that names the speaker
 * ("Dame Glenys said NPS Wales staff held leaders in high regard. “They feel …") — and runs to
 * its closing mark, over several paragraphs where each opens with a mark and only the last
 * closes. Its speaker is named before it or after it ("…,” Dame Glenys said); "he"/"she" is the
 * last speaker named; short forms ("Mr Jones", "Dame Glenys") resolve to the full name the
 * document gives. A phrase the report is quoted as saying ("the report noted, “…”", "found
 * “consistently high quality” work") is no quote.
 */
import { annotateText, spansOf, type SentenceLayer } from '../annotate/index.js';
import type { PersonSpan, RoleSpan, Span } from '../annotate/types.js';
import { FIRST_NAME_TITLES, PERSONAL_PRONOUNS, SURNAME_TITLES } from '../lexicon/inspectorate.js';
import { REPORTING_VERBS, STATEMENT_INTRODUCERS } from '../lexicon/verbs.js';
import { alternation, words } from '../lexicon/words.js';
import { evidence, type Block } from '../model/blocks.js';
import type { Quote } from '../schema.js';

const VERB = words([...REPORTING_VERBS]);
const INTRODUCER = new RegExp(`(?:${VERB}(?:\\s+that)?\\s*[:,]?|${alternation([...STATEMENT_INTRODUCERS])}\\s*:)\\s*$`, 'iu');
const VERB_ANYWHERE = new RegExp(VERB, 'iu');
const PRONOUN = new RegExp(`\\b(?:${PERSONAL_PRONOUNS.join('|')})\\b`, 'i');
const REPORT_SPEAKER = /\b(?:the|this|our)\s+(?:report|inspection|inspectors?|survey|findings?|Inspectorate)\b|\binspectors?\b/i;
const AFTER = new RegExp(`^[,.]?["”’]?\\s*(?:(?:${VERB})\\s+(.{3,80}?)(?:[.,;]|$)|(.{2,60}?)\\s+(?:${VERB})\\b)`, 'iu');
const MIN_WORDS = 6;

interface Person {
  full: string;
  name: string;
  role: string | null;
}

/** Everyone the document names with a title, a role or a speech verb, by the names they may be called. */
function knownPeople(layer: SentenceLayer): Person[] {
  const people: Person[] = [];
  for (const sentence of layer.sentences) {
    const spans = sentence.spans;
    for (const p of spansOf(sentence, 'person')) {
      if (p.name.split(' ').length < 2) continue;
      const full = p.title && (FIRST_NAME_TITLES as readonly string[]).includes(p.title) ? `${p.title} ${p.name}` : p.name;
      const role = roleNear(spans, p);
      const known = people.find((k) => k.name === p.name);
      if (known) known.role ??= role;
      else people.push({ full, name: p.name, role });
    }
  }
  return people;
}

function roleNear(spans: Span[], p: PersonSpan): string | null {
  const roles = spans.filter((s): s is RoleSpan => s.type === 'role');
  const near = roles.find((r) => Math.abs(r.end - p.start) <= 3 || Math.abs(p.end - r.start) <= 8 || (r.end <= p.start && p.start - r.end <= 3));
  return near ? near.text.replace(/^(?:the|our)\s+/i, '') : null;
}

/** The speaker a piece of attribution names: a person (resolved to the full name), a role, "he"/"she", or the report. */
function speakerOf(text: string, people: Person[], last: Quote | null): { speaker: string | null; role: string | null } | 'report' | null {
  const spans = annotateText(text);
  const persons = spans.filter((s): s is PersonSpan => s.type === 'person');
  const roles = spans.filter((s): s is RoleSpan => s.type === 'role');
  const person = persons[persons.length - 1];
  const role = roles[roles.length - 1]?.text.replace(/^(?:the|our)\s+/i, '') ?? null;
  if (person) {
    const resolved = resolve(person, people);
    return { speaker: resolved?.full ?? (person.title && (FIRST_NAME_TITLES as readonly string[]).includes(person.title) ? `${person.title} ${person.name}` : person.name), role: role ?? resolved?.role ?? null };
  }
  if (roles.length) {
    const holder = people.find((p) => p.role && roleKey(p.role) === roleKey(role!));
    return { speaker: holder?.full ?? null, role };
  }
  if (PRONOUN.test(text) && last) return { speaker: last.speaker, role: last.role };
  if (REPORT_SPEAKER.test(text)) return 'report';
  return null;
}

const roleKey = (role: string) => role.toLowerCase().replace(/^(?:hm|his majesty[’']s|her majesty[’']s)\s+/, '');

/** "Mr Russell" → "Justin Russell", "Dame Glenys" → "Dame Glenys Stacey". */
function resolve(person: PersonSpan, people: Person[]): Person | null {
  const parts = person.name.split(' ');
  const exact = people.find((p) => p.name === person.name);
  if (exact) return exact;
  if (parts.length === 1) {
    const byTitle = person.title && (SURNAME_TITLES as readonly string[]).includes(person.title) ? (p: Person) => p.name.split(' ').at(-1) === parts[0] : (p: Person) => p.name.split(' ')[0] === parts[0];
    return people.find(byTitle) ?? null;
  }
  return null;
}

const OPEN_MARKS = '“"';
const CLOSE_OF: Record<string, string> = { '“': '”', '"': '"', '‘': '’' };

const OPENING = /[“"]/g;

/** Where a quotation may open in a block's text: a double mark (not one closing a word), or a single mark opening the block. */
function openings(text: string): number[] {
  const out: number[] = text.startsWith('‘') ? [0] : [];
  OPENING.lastIndex = 0;
  for (let m = OPENING.exec(text); m; m = OPENING.exec(text)) {
    if (m[0] === '"' && m.index > 0 && /[\p{L}\p{N}]/u.test(text[m.index - 1]!)) continue;
    out.push(m.index);
  }
  return out;
}

/** Where the last sentence of a text begins (after ". ", ".” ", "? " …). */
function lastSentenceEnd(text: string): number {
  let at = 0;
  for (const m of text.matchAll(/[.!?]["”’]?\s+/g)) at = m.index + m[0].length;
  return at;
}

/** The index of the mark that closes the quotation opened at `from`, or -1. */
function closing(text: string, from: number): number {
  const close = CLOSE_OF[text[from]!] ?? '”';
  if (close === '’') {
    const m = [...text.slice(from + 1).matchAll(/’(?![\p{L}])/gu)].pop();
    return m ? from + 1 + m.index : -1;
  }
  return text.indexOf(close, from + 1);
}

export function extractQuotes(layer: SentenceLayer, blocks: Block[], title: Block | null): Quote[] {
  const prose = blocks.filter((b) => b.type !== 'table' && b !== title);
  const people = knownPeople(layer);
  const quotes: Quote[] = [];
  const parts = new Map<Quote, string[]>();
  let last: Quote | null = null;
  /** The quote whose paragraph was the last one read, for continuation paragraphs. */
  let open: Quote | null = null;
  for (let b = 0; b < prose.length; b++) {
    const block = prose[b]!;
    const text = block.text;
    const previous = prose[b - 1];
    let continuing = open as Quote | null;
    open = null;
    for (const at of openings(text)) {
      const end = closing(text, at);
      const body = text.slice(at + 1, end < 0 ? undefined : end).trim();
      const intro = text.slice(0, at);
      const sentenceIntro = intro.slice(lastSentenceEnd(intro));
      const trailing = end < 0 ? '' : text.slice(end + 1, end + 120);
      // A paragraph that opens a mark right after a quotation of the paragraph before carries it on.
      if (at === 0 && continuing && !INTRODUCER.test(sentenceIntro)) {
        // Parts are kept apart and joined once at the end: a quotation of thousands of paragraphs must not be copied once per paragraph.
        parts.get(continuing)!.push(body);
        if (end < 0) open = continuing;
        continuing = null;
        if (end < 0) break;
        continue;
      }
      continuing = null;
      let who: ReturnType<typeof speakerOf> = null;
      let attribution: string | null = null;
      if (INTRODUCER.test(sentenceIntro)) {
        who = speakerOf(sentenceIntro, people, last);
        attribution = sentenceIntro.trim();
      } else if (at === 0 && previous && /(?::|statement:?)\s*$/.test(previous.text) && VERB_ANYWHERE.test(previous.text + ' said') && /:\s*$/.test(previous.text)) {
        who = speakerOf(previous.text, people, last);
        attribution = previous.text.trim();
      } else if (AFTER.test(trailing) && body.split(/\s+/).length >= MIN_WORDS) {
        const m = AFTER.exec(trailing)!;
        who = speakerOf(m[0], people, last);
        attribution = m[0].replace(/^[,.]?["”’]?\s*/, '').trim();
      } else if (/^\s*$/.test(sentenceIntro) && at > 0) {
        // A sentence that opens with a quotation, after a sentence naming its speaker with a speech verb.
        const before = intro.slice(0, intro.length - sentenceIntro.length);
        const sentence = before.slice(lastSentenceEnd(before.trimEnd()));
        if (VERB_ANYWHERE.test(sentence)) {
          who = speakerOf(sentence, people, last);
          attribution = sentence.trim();
        }
      } else if (at === 0 && body.split(/\s+/).length >= MIN_WORDS && (end < 0 || end > text.length - 3)) {
        who = { speaker: null, role: null };
      }
      if (!who || who === 'report' || body.split(/\s+/).length < (at === 0 ? MIN_WORDS : 3)) continue;
      const quote: Quote = { speaker: who.speaker, role: who.role, text: body, attribution, evidence: evidence(block, text.slice(at, end < 0 ? undefined : end + 1)) };
      quotes.push(quote);
      parts.set(quote, [body]);
      if (who.speaker) last = quote;
      if (end < 0) {
        open = quote;
        break;
      }
    }
  }
  for (const quote of quotes) quote.text = parts.get(quote)!.filter(Boolean).join(' ');
  return quotes;
}
