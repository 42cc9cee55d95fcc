/**
 * Providers named in a sentence, in the forms the families declare (src/families): a place and
 * a noun ("Cardiff Youth Justice Service", "Kirklees PDU", "Sodexo’s Northumbria CRC"), or a
 * noun and a place ("National Probation Service (NPS) in Wales", "Probation Service – Wales
 * region"). The place is a run of capitalised words joined by "and", "of", "upon", "the", "with"
 * or commas; words that begin sentences and owners' possessives are trimmed from it.
 */
import { PROVIDER_NOUNS, type ProviderNoun } from '../../families/index.js';
import { MONTHS } from '../../lexicon/dates.js';
import { RATING_FORMS } from '../../lexicon/ratings.js';
import { escapeRegExp, keyOf } from '../../lexicon/words.js';
import { matchesOf, type Recogniser, type Rule, type Ruled } from '../../rules/types.js';
import type { Family } from '../../schema.js';
import type { ProviderSpan } from '../types.js';

type Out = Omit<ProviderSpan, 'rule'>;

/** A phrase that matches without regard to case but keeps apostrophes and spaces loose. */
function caseless(text: string): string {
  return escapeRegExp(text)
    .replace(/\p{L}/gu, (c) => (c.toLowerCase() === c.toUpperCase() ? c : `[${c.toUpperCase()}${c.toLowerCase()}]`))
    .replace(/['’]/g, "['’]")
    .replace(/ /g, '\\s+')
    .replace(/\\\*/g, '\\*?');
}

const ALL_NOUNS = PROVIDER_NOUNS.flatMap((n) => [...n.forms.map(caseless), ...n.abbreviations.map(escapeRegExp)]);
/** The small words inside a hyphenated place name ("Stockton-on-Tees", "Newcastle-upon-Tyne", "Weston-super-Mare"). */
const PLACE_JOINERS = ['on', 'upon', 'under', 'in', 'by', 'le', 'de', 'la', 'en', 'super', 'the'];
/** A capitalised word that is not the start of a provider noun. */
const CAP_WORD = String.raw`(?!(?:${ALL_NOUNS.join('|')})(?![\p{L}]))\p{Lu}[\p{L}.]*(?:[’']\p{Ll}+)*(?:-(?:(?:${PLACE_JOINERS.join('|')})-)*\p{Lu}[\p{L}]*(?:[’']\p{Ll}+)*)*`;
const JOIN = String.raw`(?:(?:\s+(?:and|&|of|upon|on|with|the|de)(?=\s))+\s+|\s*,\s*(?:(?:and|&)\s+)?|\s+)`;
const PLACE = `${CAP_WORD}(?:${JOIN}${CAP_WORD})*`;

const LEADING = new Set(
  [
    'The', 'This', 'That', 'These', 'A', 'An', 'In', 'At', 'On', 'For', 'By', 'From', 'With', 'Of', 'To', 'And', 'As', 'But', 'If', 'Its',
    'Inspectors', 'Inspector', 'Inspectorate', 'Today', 'Yesterday', 'Overall', 'However', 'Despite', 'While', 'Whilst', 'Although', 'When',
    'Since', 'Our', 'Their', 'His', 'Her', 'HM', 'Every', 'Each', 'All', 'Both', 'Other', 'More', 'Most', 'Many', 'Some', 'Few', 'Fewer', 'Several', 'Such', 'No', 'Neighbouring', 'Like', 'Chief', 'Mr', 'Mrs', 'Ms',
    'Dame', 'Sir', 'Probation', 'Service', 'Services', 'Justice', 'Ministry', 'National', 'Said', 'Staff', 'Leaders', 'Managers', 'Practitioners',
    'Where', 'Why', 'How', 'What', 'Who', 'We', 'It', 'Positively', 'Encouragingly', 'Disappointingly', 'Worryingly', 'Unfortunately', 'Finally',
    'Local', 'Recent', 'Current', 'New', 'Former', 'Previous', 'Notes', 'Context', 'Findings', 'Published', 'Foreword', 'Across', 'Within',
    'Search', 'Menu', 'Home', 'Head', 'Heads', 'Director', 'Directors', 'Manager', 'Managers', 'Leader', 'Board', 'Chair', 'Members', 'Member', 'Team', 'Interim', 'Acting',
    ...MONTHS,
    ...RATING_FORMS.flatMap((r) => r.forms.flatMap((f) => f.split(' '))),
  ].map((w) => w.toLowerCase()),
);
const TRAILING_JOIN = /(?:\s*,|\s+(?:and|&|of|upon|on|with|the|de|in))+$/i;

/** The place of a capitalised run: leading sentence words and an owner's possessive trimmed ("Sodexo’s Northumbria" → "Northumbria"). */
export function trimPlace(run: string): string | null {
  let place = run.trim();
  const possessive = /^.*[’']s\s+/.exec(place);
  if (possessive) place = place.slice(possessive[0].length);
  for (;;) {
    const first = /^([\p{L}’'.-]+)(?:\s*,\s*|\s+)/u.exec(place);
    if (!first || !LEADING.has(first[1]!.toLowerCase())) break;
    place = place.slice(first[0].length).replace(/^(?:(?:and|&|of|upon|on|with|the|de|in)\s+)+/i, '');
  }
  place = place.replace(TRAILING_JOIN, '').replace(/\.$/, '').trim();
  if (!place || LEADING.has(place.toLowerCase()) || !/^\p{Lu}/u.test(place)) return null;
  return place;
}

/** The noun as the name gives it: the family's first form for an abbreviation, the singular of a plural. */
function nounOf(noun: ProviderNoun, printed: string): string {
  if (!noun.forms.length) return printed;
  const singular = printed.replace(/\s+/g, ' ').replace(/s$/, '');
  const form = noun.forms.find((f) => keyOf(f) === keyOf(printed)) ?? noun.forms.find((f) => keyOf(f) === keyOf(singular));
  return (form && !/s$/.test(form) ? form : noun.forms.find((f) => keyOf(f) === keyOf(singular)) ?? noun.forms[0]!).replace(/\s*\(.*$/, '').replace(/,\s*(?:for|in)$/, '');
}

function fill(template: string, place: string, noun: string): string {
  return template.replace('{place}', place).replace('{noun}', noun);
}

/** A place run ending a text (before a noun), with an acronym in brackets between them ("Cwm Taf Morgannwg (CTM)"). */
const PLACE_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}’'.-])(${PLACE})(?:\\s*\\(([\\p{Lu}&]{2,8})\\))?\\s+$`, 'u');
/** How far before a noun its place may begin. */
const REACH = 160;

/**
 * Whether the word just before `at` (past white space and an acronym in brackets) is capitalised:
 * without that no place ends there, and the place search, which tries every start within REACH,
 * need not run ("the CRC", "this PDU" are most of a report's nouns).
 */
function capitalisedBefore(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  if (text[i] === ')') {
    const open = text.lastIndexOf('(', i);
    if (open < 0 || i - open > 10) return false;
    i = open - 1;
    while (i >= 0 && /\s/.test(text[i]!)) i--;
  }
  let start = i;
  while (start > 0 && /[\p{L}\p{N}’'.-]/u.test(text[start - 1]!)) start--;
  return start <= i && /\p{Lu}/u.test(text[start]!);
}

function ruleOf(noun: ProviderNoun & { family: Family }): Rule<Out> {
  const nouns = [...noun.forms.map(caseless), ...noun.abbreviations.map((a) => `${escapeRegExp(a)}(?![\\p{L}])`)].join('|');
  const joiners = noun.joiners?.filter(Boolean).map(caseless) ?? [];
  const closer = noun.closer ? `(?:\\s+${caseless(noun.closer)})${noun.closerOptional ? '?' : ''}` : '';
  // The noun is found first; the place is read beside it (a search for capitalised runs everywhere would try every word of every sentence).
  const pattern = new RegExp(`(${nouns})(?![\\p{L}])`, 'gu');
  const after = new RegExp(`\\s*${joiners.length ? `(?:${joiners.join('|')})?` : ''}\\s*(${PLACE})${closer}(?![\\p{L}])`, 'uy');
  return {
    id: noun.id,
    produces: 'span:provider',
    pattern,
    read: (m, text) => {
      const printedNoun = m[1]!;
      // A headline form ("Probation services in Suffolk - …") names the provider only where it opens the sentence.
      if (noun.titleOnly && m.index > 0) return null;
      let run: string;
      let start: number;
      let end: number;
      if (noun.placement === 'before') {
        if (!capitalisedBefore(text, m.index)) return null;
        const from = Math.max(0, m.index - REACH);
        const before = PLACE_BEFORE.exec(text.slice(from, m.index));
        if (!before) return null;
        run = before[1]!;
        start = from + before.index;
        end = m.index + m[0].length;
      } else {
        after.lastIndex = m.index + m[0].length;
        const next = after.exec(text);
        if (!next) return null;
        run = next[1]!;
        start = m.index;
        end = after.lastIndex;
      }
      const trimmed = trimPlace(run);
      const place = trimmed && noun.closer ? trimPlace(trimmed.replace(new RegExp(`\\s+${noun.closer}$`, 'i'), '')) : trimmed;
      if (!place) return null;
      const full = nounOf(noun, printedNoun);
      if (noun.placement === 'before') start = text.indexOf(place, start);
      return {
        type: 'provider',
        family: noun.family,
        place,
        name: fill(noun.name, place, full),
        shortName: fill(noun.shortName, place, full),
        providerType: noun.type,
        abbreviated: noun.abbreviations.includes(printedNoun),
        // A plural of the noun after several places: "Southwark and Lambeth youth offending services".
        several: noun.forms.some((f) => keyOf(`${f}s`) === keyOf(printedNoun)) && /\s+and\s+|,/.test(place),
        start,
        end,
        text: text.slice(start, end),
      };
    },
    examples: noun.examples as Rule<Out>['examples'],
    counterexamples: noun.counterexamples,
  };
}

export const PROVIDER_RULES: Rule<Out>[] = PROVIDER_NOUNS.map(ruleOf);

/** Any provider noun at all: most sentences name none, and then no rule of the table need run. */
const ANY_NOUN = new RegExp(`(?:${ALL_NOUNS.join('|')})(?![\\p{L}])`, 'u');

/** Every provider named in a text; of two spans that cover the same words, the longer. */
export function findProviders(text: string): Ruled<Out>[] {
  if (!ANY_NOUN.test(text)) return [];
  const all = PROVIDER_RULES.flatMap((rule) => matchesOf(rule, text, text)).sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  return all.filter((s, i) => !all.some((o, j) => j !== i && o.start <= s.start && o.end >= s.end && (o.end - o.start > s.end - s.start || j < i)));
}

export const providerRecogniser: Recogniser<Out> = { name: 'providers', rules: PROVIDER_RULES, run: findProviders };
