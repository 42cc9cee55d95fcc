/**
 * Quotes and who said them. A quotation opens with a quotation mark and runs to its closing mark,
 * over several paragraphs where each opens with a mark and only the last closes. Who said it is
 * read by the first row of ATTRIBUTIONS that fits: a speech verb before it ("Martin Jones, Chief
 * Inspector of Probation, said: “…", "The CRC, she added, “…"), a name and a colon ("Chief
 * Inspector of Probation Justin Russell: “…"), a statement announced in the paragraph before,
 * a speaker after it ("…,” Dame Glenys said), indirect speech running into it ("said the
 * leadership had “a clear vision …"), or a speaker named in the sentence or paragraph before.
 * "He"/"she" is the last person named; "Mr Jones", "Dame Glenys" resolve to the full name the
 * document gives. The report is no speaker: "the report noted, “…”" is no quote, nor a phrase
 * the text quotes ("found “consistently high quality” work").
 */
import { annotateText, type SentenceLayer } from '../annotate/index.js';
import type { PersonSpan, RoleSpan, Span } from '../annotate/types.js';
import { FIRST_NAME_TITLES, PERSONAL_PRONOUNS, SURNAME_TITLES } from '../lexicon/inspectorate.js';
import { REPORTING_VERBS, STATEMENT_INTRODUCERS } from '../lexicon/verbs.js';
import { alternation, compile, execAll, words } from '../lexicon/words.js';
import { evidence, type Block } from '../model/blocks.js';
import type { Counterexample, Example } from '../rules/types.js';
import type { Quote } from '../schema.js';

const VERB = words([...REPORTING_VERBS]);
const VERB_AT_END = compile(`(?:${VERB}(?:\\s+that)?\\s*[:,]?|${alternation([...STATEMENT_INTRODUCERS])}\\s*:)\\s*$`, 'iu');
const VERB_ANYWHERE = compile(VERB, 'giu');
/** After a quotation that ends its sentence: a short "X said." or "said X." that belongs to it. */
const SHORT_ATTRIBUTION = compile(`^\\s*[^.!?]{2,60}?\\s+(?:${VERB})\\s*[.,]|^\\s*(?:${VERB})\\s+[^.!?]{2,60}[.,]`, 'iu');
const PRONOUN = new RegExp(`\\b(?:${PERSONAL_PRONOUNS.join('|')})\\b`, 'i');
/** A clause whose subject is the report or its inspectors: what they "noted" is no quote of a person. */
const REPORT_SUBJECT = compile(String.raw`^\W*(?:the|this|our|a|an|its|their)\s+(?:[\p{L}’'-]+\s+){0,3}?(?:report|inspection|survey|findings?|inspectors|Inspectorate)\b`, 'iu');
const AFTER = compile(`^[,.]?["”’]?\\s*(?:(?:${VERB})\\s+(.{3,80}?)(?:[.,;]|$)|(.{2,60}?)\\s+(?:${VERB})\\b)`, 'iu');
const MIN_WORDS = 6;
/** The words before speech given with no quotation marks: one sentence ending in a speech verb and a colon ("Martin Jones, said: 17 years on …"). */
const UNMARKED = compile(`^[^.!?:]{0,200}?(?:${VERB})\\s*:\\s+(?=[\\p{L}\\p{N}])`, 'iu');

export interface AttributionRule {
  id: string;
  /** What the rule reads, in words. */
  form: string;
  examples: Example<{ speaker: string | null }>[];
  counterexamples: Counterexample[];
}

/** The attribution forms, in the order they are tried. Their logic is in `attribute`, keyed by id. */
export const ATTRIBUTIONS: readonly AttributionRule[] = [
  {
    id: 'quote.verb-before',
    form: 'a speech verb ends the words before the quotation: "X said:", "said that", "X continued,"',
    examples: [
      { text: 'Martin Jones, Chief Inspector of Probation, said: “The picture at Bedfordshire PDU is again similar to what we are seeing elsewhere.”', expect: { speaker: 'Martin Jones' }, source: 'real/004' },
      { text: 'Dame Glenys Stacey, HM Chief Inspector of Probation, said: “It was a good day.” The rate was high. In response, Dame Glenys said, “senior leaders are working with partner agencies on a laudable initiative.”', expect: { speaker: 'Dame Glenys Stacey' }, source: 'real/010' },
      { text: 'Mr Jones continued, “While the initiatives and innovation underway in Wales are positive, it is important.”', expect: { speaker: 'Mr Jones' }, source: 'real/015' },
    ],
    counterexamples: [{ text: 'At the time of the inspection, the YJS had six vacancies out of 43 staff places and, the report noted, “caseloads were higher than normal as a result.”', source: 'real/023', why: 'the report is no speaker' }],
  },
  {
    id: 'quote.name-colon',
    form: 'a speaker and a colon, with no verb: "Chief Inspector of Probation Justin Russell: “…"',
    examples: [{ text: 'Chief Inspector of Probation Justin Russell: “While it has been encouraging to see some signs of improvement this year, others remain a concern.”', expect: { speaker: 'Justin Russell' }, source: 'real/144' }],
    counterexamples: [],
  },
  {
    id: 'quote.announced',
    form: 'the paragraph before ends by announcing it: "has published the following statement:", "X said:"',
    examples: [{ text: 'The Chief Inspector, Justin Russell, has published the following statement:\n\n“The Probation Service is struggling. It’s more than two years since the unification of probation.”', expect: { speaker: 'Justin Russell' }, source: 'real/042' }],
    counterexamples: [],
  },
  {
    id: 'quote.speaker-after',
    form: 'the speaker after the closing mark: "…,” Dame Glenys said', 
    examples: [{ text: '“Reviews of risk of harm were not always completed when circumstances change, and in some cases appropriate contingency plans needed to be set out,” Dame Glenys said.', expect: { speaker: 'Dame Glenys' }, source: 'real/157' }],
    counterexamples: [],
  },
  {
    id: 'quote.indirect-speech',
    form: 'indirect speech runs into the quotation: "X said the leadership had “a clear vision …"',
    examples: [{ text: 'Dame Glenys Stacey, HM Chief Inspector of Probation, said the leadership had “a clear vision and strategy to protect the public and to reduce reoffending.”', expect: { speaker: 'Dame Glenys Stacey' }, source: 'real/135' }],
    counterexamples: [{ text: 'Inspectors found “consistently high quality” work to ensure the safety and wellbeing of children known to the YJS.', source: 'real/024', why: 'a phrase the report is quoted for' }],
  },
  {
    id: 'quote.subject-colon',
    form: 'the sentence before the quotation opens with its speaker and ends in a colon: "Justin Russell, who …, praised …: “…"',
    examples: [
      { text: 'Chief Inspector of Probation Justin Russell, who is publishing his final youth annual report before leaving the post this autumn, praised the performance of local youth justice services: “I am pleased to complete my tenure as chief inspector on a positive note.”', expect: { speaker: 'Justin Russell' }, source: 'real/203' },
    ],
    counterexamples: [{ text: 'The report sets out what inspectors found in three areas: “consistently high quality work with children and families in every case we read.”', source: 'invented (a colon after the report, not a person)', why: 'no person opens the sentence' }],
  },
  {
    id: 'quote.sentence-before',
    form: 'the quotation opens a sentence after one whose speech verb names the speaker',
    examples: [{ text: 'Dame Glenys said NPS Wales staff held leaders in high regard. “They feel there is a learning culture, and professional development is encouraged.”', expect: { speaker: 'Dame Glenys' }, source: 'real/012' }],
    counterexamples: [],
  },
  {
    id: 'quote.paragraph-before',
    form: 'the quotation opens a paragraph after one whose speech verb names the speaker',
    examples: [{ text: 'However, publishing the first report, Dame Glenys Stacey said that a shortage of staff was having an impact on the division.\n\n“The number of probation staff has fallen short of the target since 2015; at the same time the workload has increased.”', expect: { speaker: 'Dame Glenys Stacey' }, source: 'real/153' }],
    counterexamples: [{ text: 'The Northumbria report, published by Dame Glenys Stacey, HM Chief Inspector of Probation, noted that some of its problems stemmed from factors not all within its control.\n\n“Home visits were not reliably implemented to enhance risk management where needed, we found.”', source: 'real/139', why: 'the report noted it' }],
  },
  {
    id: 'quote.lead-speaker',
    form: 'the first quotation of a document, a paragraph of its own, after an opening that names who said what it sums up ("…, said Paul Wilson, Chief Inspector of Probation.")',
    examples: [
      {
        text: 'Adult probation services under the government’s Transforming Rehabilitation programme presented a mixed picture, said Paul Wilson, Chief Inspector of Probation. Today HM Inspectorate of Probation published a second report.\n\nThe report relates to findings from inspections undertaken between December 2014 and January 2015.\n\n“Given that we are still in the early stages of the implementation of Transforming Rehabilitation, it is not surprising that we found many of the challenges still remain.”',
        expect: { speaker: 'Paul Wilson' },
        source: 'real/238',
      },
    ],
    counterexamples: [],
  },
  {
    id: 'quote.unmarked',
    form: 'speech with no quotation marks after a speaker, a speech verb and a colon, to the end of the paragraph: "Martin Jones, said: 17 years on …"',
    examples: [
      {
        text: 'Chief Inspector of Probation, Martin Jones, said: 17 years on from the Corston report, which criticised the treatment of women in the CJS, our joint inspection with HMI Prisons has found that progress has been far too slow.',
        expect: { speaker: 'Martin Jones' },
        source: 'real/259',
      },
    ],
    counterexamples: [
      { text: 'The report said: inspectors found that too many cases had no plan to manage the risk of harm.', source: 'invented (the report as the speaker)', why: 'the report is no speaker' },
      { text: 'Inspectors rated the service in three areas: leadership, case supervision and resettlement work with the children.', source: 'invented (a colon with no speech verb)', why: 'no speech verb before the colon' },
    ],
  },
  {
    id: 'quote.unattributed',
    form: 'a paragraph of quotation that no one is named for (a child answering a survey)',
    examples: [{ text: 'We carried out a survey of the children.\n\n“My YOS worker not only taught me why what I was doing was wrong, but also treated me with respect and supported me mentally as well.', expect: { speaker: null }, source: 'real/107' }],
    counterexamples: [],
  },
];

interface Person {
  full: string;
  name: string;
  role: string | null;
}

/** A name as a speaker is given: with "Dame" or "Sir"; a short form the document never gives in full keeps its title ("Mr Jones"). */
const titled = (p: PersonSpan) => (p.title && ((FIRST_NAME_TITLES as readonly string[]).includes(p.title) || p.name.split(' ').length === 1) ? `${p.title} ${p.name}` : p.name);
const roleKey = (role: string) => role.toLowerCase().replace(/^(?:hm|his majesty[’']s|her majesty[’']s)\s+/, '');

function roleNear(spans: Span[], p: PersonSpan): string | null {
  const near = spans.find((s): s is RoleSpan => s.type === 'role' && ((s.end <= p.start && p.start - s.end <= 3) || (s.start >= p.end && s.start - p.end <= 12)));
  return near ? near.text.replace(/^(?:the|our)\s+/i, '') : null;
}

/** Everyone the document names in full, with the role beside the name. */
function knownPeople(layer: SentenceLayer): Person[] {
  const people: Person[] = [];
  for (const sentence of layer.sentences) {
    for (const span of sentence.spans) {
      if (span.type !== 'person' || span.name.split(' ').length < 2) continue;
      const role = roleNear(sentence.spans, span);
      const known = people.find((k) => k.name === span.name);
      if (known) known.role ??= role;
      else people.push({ full: titled(span), name: span.name, role });
    }
  }
  return people;
}

/** "Mr Russell" → "Justin Russell", "Dame Glenys" → "Dame Glenys Stacey". */
function resolve(person: PersonSpan, people: Person[]): Person | null {
  const parts = person.name.split(' ');
  const exact = people.find((p) => p.name === person.name);
  if (exact) return exact;
  if (parts.length !== 1) return null;
  const bySurname = person.title && (SURNAME_TITLES as readonly string[]).includes(person.title);
  return people.find((p) => (bySurname ? p.name.split(' ').at(-1) : p.name.split(' ')[0]) === parts[0]) ?? null;
}

type Speaker = { speaker: string | null; role: string | null };

/** A person the text names as its speaker: the full name the document gives them, and the role beside them, else the one the document gives them. */
function asSpeaker(person: PersonSpan, people: Person[], role: string | null = null): Speaker {
  const known = resolve(person, people);
  return { speaker: known?.full ?? titled(person), role: role ?? known?.role ?? null };
}

interface Reading {
  people: Person[];
  /** The last person named before the quotation, for "he" and "she". */
  lastNamed: Speaker | null;
  /** Who the opening says said what it sums up ("…, said Paul Wilson, Chief Inspector of Probation."), while no quotation has been read. */
  leadSpeaker: Speaker | null;
}

/** The speaker of the clause that holds a speech verb (or ends in a colon): a person, a role, a pronoun, or the report. */
function speakerOf(text: string, reading: Reading): Speaker | 'report' | null {
  const verbs = execAll(VERB_ANYWHERE, text);
  const verbAt = verbs.length ? verbs[verbs.length - 1]!.index : text.length;
  let clause = text.slice(lastSentenceEnd(text.slice(0, verbAt)), verbAt);
  // "The inspectorate, she added, “…": the speaker stands between the commas before the verb.
  const aside = /,\s*([^,]{2,60}?)\s*$/.exec(clause);
  if (aside && (PRONOUN.test(aside[1]!) || annotateText(aside[1]!).some((s) => s.type === 'person'))) clause = aside[1]!;
  else if (REPORT_SUBJECT.test(clause)) return 'report';
  const spans = annotateText(clause);
  const persons = spans.filter((s): s is PersonSpan => s.type === 'person');
  const roles = spans.filter((s): s is RoleSpan => s.type === 'role');
  const person = persons[persons.length - 1];
  const role = roles[roles.length - 1]?.text.replace(/^(?:the|our)\s+/i, '') ?? null;
  if (person) {
    return asSpeaker(person, reading.people, role);
  }
  if (role) {
    const holder = reading.people.find((p) => p.role && roleKey(p.role) === roleKey(role));
    return { speaker: holder?.full ?? null, role };
  }
  if (PRONOUN.test(clause) && reading.lastNamed) return reading.lastNamed;
  if (/\binspectors?\b/i.test(clause)) return 'report';
  return null;
}

/** Where the last sentence of a text begins (after ". ", ".” ", "? " …). */
function lastSentenceEnd(text: string): number {
  let at = 0;
  for (const m of execAll(/[.!?]["”’]?\s+/g, text)) at = m.index + m[0].length;
  return at;
}

const OPENING = /[“"]|(?<=^|:\s*)[‘']/g;

/** Where a quotation may open in a block's text: a double mark (not one closing a word), or a single mark opening the block or following a colon. */
function openings(text: string): number[] {
  const out: number[] = [];
  OPENING.lastIndex = 0;
  for (let m = OPENING.exec(text); m; m = OPENING.exec(text)) {
    if (m[0] === '"' && m.index > 0 && /[\p{L}\p{N}]/u.test(text[m.index - 1]!)) continue;
    out.push(m.index);
  }
  return out;
}

const CLOSE_OF: Record<string, string> = { '“': '”', '"': '"', '‘': '’', "'": "'" };

/** The index of the mark that closes the quotation opened at `from`, or -1. A single mark closes where no letter follows it ("don’t" goes on). */
function closing(text: string, from: number): number {
  const close = CLOSE_OF[text[from]!] ?? '”';
  if (close === '’' || close === "'") {
    const m = new RegExp(`${close}(?![\\p{L}])`, 'u').exec(text.slice(from + 1));
    return m ? from + 1 + m.index : -1;
  }
  return text.indexOf(close, from + 1);
}

const wordsIn = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** The first attribution row that fits a quotation, with its speaker. */
function attribute(
  text: string,
  at: number,
  end: number,
  body: string,
  previous: Block | undefined,
  reading: Reading,
): { rule: string; who: Speaker; attribution: string | null } | null {
  const intro = text.slice(0, at);
  const sentenceIntro = intro.slice(lastSentenceEnd(intro));
  const trailing = end < 0 ? '' : text.slice(end + 1, end + 120);
  // A row whose words name no one does not fit (undefined); one whose speaker is the report ends the search (null).
  const found = (rule: string, who: Speaker | 'report' | null, attribution: string | null) => (who === 'report' ? null : who ? { rule, who, attribution: attribution?.trim() || null } : undefined);
  const tries: [string, () => ReturnType<typeof found> | undefined][] = [
    ['quote.verb-before', () => (VERB_AT_END.test(sentenceIntro) ? found('quote.verb-before', speakerOf(sentenceIntro, reading), sentenceIntro) : undefined)],
    [
      'quote.name-colon',
      () => {
        if (!/:\s*$/.test(sentenceIntro)) return undefined;
        const spans = annotateText(sentenceIntro);
        const person = spans.filter((s): s is PersonSpan => s.type === 'person').pop();
        if (!person || !/^[\s,]*(?:[\p{L}’' ]{0,60})?:\s*$/u.test(sentenceIntro.slice(person.end))) return undefined;
        return { rule: 'quote.name-colon', who: asSpeaker(person, reading.people, roleNear(spans, person)), attribution: sentenceIntro.trim() as string | null };
      },
    ],
    ['quote.announced', () => (at === 0 && previous && /:\s*$/.test(previous.text) ? found('quote.announced', speakerOf(previous.text.replace(/:\s*$/, ' said'), reading), previous.text) : undefined)],
    [
      'quote.speaker-after',
      () => {
        const m = AFTER.exec(trailing);
        if (!m || wordsIn(body) < MIN_WORDS) return undefined;
        // After a quotation that ends its sentence, only a short "X said." belongs to it; a new sentence ("The report noted …") does not.
        if (/[.!?]$/.test(body) && !SHORT_ATTRIBUTION.test(trailing)) return undefined;
        return found('quote.speaker-after', speakerOf(`${m[2] ?? m[1]} said`, reading), m[0].replace(/^[,.]?["”’]?\s*/, ''));
      },
    ],
    [
      'quote.indirect-speech',
      () => {
        if (at === 0 || !sentenceIntro.trim() || wordsIn(body) < 3) return undefined;
        const verbs = execAll(VERB_ANYWHERE, sentenceIntro);
        if (!verbs.length) return undefined;
        return found('quote.indirect-speech', speakerOf(sentenceIntro, reading), sentenceIntro);
      },
    ],
    [
      'quote.subject-colon',
      () => {
        if (!/:\s*$/.test(sentenceIntro)) return undefined;
        // The speaker opens the sentence, after a role at most ("Chief Inspector of Probation Justin Russell, who …, praised …:").
        const spans = annotateText(sentenceIntro);
        const person = spans.find((s): s is PersonSpan => s.type === 'person');
        const before = person ? sentenceIntro.slice(0, person.start) : '';
        if (!person || spans.some((s) => s.start < person.start && s.type !== 'role' && s.type !== 'inspectorate') || !/^[\s\p{L}’']*$/u.test(before) || before.trim().split(/\s+/).length > 8) return undefined;
        return { rule: 'quote.subject-colon', who: asSpeaker(person, reading.people, roleNear(spans, person)), attribution: sentenceIntro.trim() as string | null };
      },
    ],
    [
      'quote.sentence-before',
      () => {
        if (at === 0 || sentenceIntro.trim()) return undefined;
        // The nearest sentence before it with a speech verb: in this paragraph, else the one before.
        const sentences = [intro.trimEnd(), previous?.text ?? ''];
        for (const before of sentences) {
          const verbs = execAll(VERB_ANYWHERE, before);
          if (!verbs.length) continue;
          const last = verbs[verbs.length - 1]!;
          const sentence = before.slice(lastSentenceEnd(before.slice(0, last.index)));
          return found('quote.sentence-before', speakerOf(sentence.replace(/[“"][^”"]*[”"]?/g, ' '), reading), sentence);
        }
        return undefined;
      },
    ],
    [
      'quote.paragraph-before',
      () => {
        if (at !== 0 || !previous || wordsIn(body) < MIN_WORDS) return undefined;
        const withVerb = execAll(VERB_ANYWHERE, previous.text);
        if (!withVerb.length) return undefined;
        const last = withVerb[withVerb.length - 1]!;
        const sentence = previous.text.slice(lastSentenceEnd(previous.text.slice(0, last.index)));
        return found('quote.paragraph-before', speakerOf(sentence.replace(/[“"][^”"]*[”"]?/g, ' '), reading), sentence);
      },
    ],
    ['quote.lead-speaker', () => (at === 0 && reading.leadSpeaker && wordsIn(body) >= MIN_WORDS ? { rule: 'quote.lead-speaker', who: reading.leadSpeaker, attribution: null } : undefined)],
    ['quote.unattributed', () => (at === 0 && wordsIn(body) >= MIN_WORDS && (end < 0 || end > text.length - 3) ? { rule: 'quote.unattributed', who: { speaker: null, role: null }, attribution: null } : undefined)],
  ];
  for (const [, attempt] of tries) {
    const result = attempt();
    if (result !== undefined) return result;
  }
  return null;
}

/** The speaker the opening (its first two paragraphs) names with a speech verb and no quotation: "…, said Paul Wilson, Chief Inspector of Probation." */
function leadSpeaker(layer: SentenceLayer, prose: Block[], people: Person[]): Speaker | null {
  for (const block of prose.slice(0, 2)) {
    for (const sentence of layer.of(block)) {
      if (/[“"]/.test(sentence.text)) return null;
      const m = /\bsaid\s+/.exec(sentence.text);
      const person = m && sentence.spans.find((x): x is PersonSpan => x.type === 'person' && x.start === m.index + m[0].length);
      if (person) return asSpeaker(person, people, roleNear(sentence.spans, person));
    }
  }
  return null;
}

export function extractQuotes(layer: SentenceLayer, blocks: Block[], title: Block | null): Quote[] {
  const prose = blocks.filter((b) => b.type !== 'table' && b !== title);
  const people = knownPeople(layer);
  const reading: Reading = { people, lastNamed: null, leadSpeaker: leadSpeaker(layer, prose, people) };
  const quotes: Quote[] = [];
  const parts = new Map<Quote, string[]>();
  let open: Quote | null = null;
  /** A quote found: kept with its first part, and its speaker the last named from here on. */
  const record = (found: NonNullable<ReturnType<typeof attribute>>, rule: string, body: string, where: Quote['evidence']): Quote => {
    const quote: Quote = { speaker: found.who.speaker, role: found.who.role, text: body, attribution: found.attribution, rule, evidence: where };
    quotes.push(quote);
    parts.set(quote, [body]);
    reading.leadSpeaker = null;
    if (found.who.speaker) reading.lastNamed = found.who;
    return quote;
  };
  for (let b = 0; b < prose.length; b++) {
    const block = prose[b]!;
    const text = block.text;
    const previous = prose[b - 1];
    let continuing = open as Quote | null;
    open = null;
    const named = layer.of(block).flatMap((s) => s.spans.filter((x): x is PersonSpan => x.type === 'person').map((p) => ({ at: s.offset + p.start, p })));
    let closedAt = -1;
    const marks = openings(text);
    for (const at of marks) {
      // A mark inside the quotation just read, or the one that closed it, opens nothing.
      if (at <= closedAt) continue;
      // "he"/"she" stands for the last person named before this quotation.
      const before = named.filter((n) => n.at < at).pop();
      if (before) reading.lastNamed = asSpeaker(before.p, reading.people);
      const end = closing(text, at);
      closedAt = end < 0 ? text.length : end;
      const body = text.slice(at + 1, end < 0 ? undefined : end).trim();
      // A paragraph that opens a mark right after a quotation left open carries it on.
      if (at === 0 && continuing && !VERB_AT_END.test(text.slice(0, at))) {
        parts.get(continuing)!.push(body);
        continuing = null;
        if (end < 0) {
          open = parts.has(quotes[quotes.length - 1]!) ? quotes[quotes.length - 1]! : null;
          break;
        }
        continue;
      }
      continuing = null;
      const found = attribute(text, at, end, body, previous, reading);
      if (!found || wordsIn(body) < (at === 0 ? MIN_WORDS : 3)) continue;
      const quote = record(found, found.rule, body, evidence(block, text.slice(at, end < 0 ? undefined : end + 1)));
      if (end < 0) {
        open = quote;
        break;
      }
    }
    // A mark with nothing after it (a stray closing mark, straight or curly, at the paragraph's end) opens no quotation.
    const unmarked = marks.every((at) => !text.slice(at + 1).trim()) ? UNMARKED.exec(text) : null;
    if (unmarked) {
      const at = unmarked[0].length;
      const body = text.slice(at).trim().replace(/\s*["”’']$/, '');
      const found = wordsIn(body) >= MIN_WORDS ? attribute(text, at, -1, body, previous, reading) : null;
      if (found?.who.speaker && (found.rule === 'quote.verb-before' || found.rule === 'quote.name-colon')) record(found, 'quote.unmarked', body, evidence(block, text.slice(at)));
    }
    const last = named[named.length - 1];
    if (last) reading.lastNamed = asSpeaker(last.p, reading.people);
  }
  for (const quote of quotes) quote.text = parts.get(quote)!.filter(Boolean).join(' ');
  return quotes;
}
