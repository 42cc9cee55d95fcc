/**
 * The Inspectorate, roles ("Chief Inspector of Probation", "Interim Chief Inspector"), people
 * and reporting verbs. A person is only taken where the text anchors the name: a title before it
 * ("Dame Glenys Stacey", "Mr Russell"), a role beside it ("Chief Inspector of Probation Justin
 * Russell", "Martin Jones, Chief Inspector of Probation,"), or a speech verb ("said Paul Wilson").
 * A capitalised run alone is a place as often as a person.
 */
import { HEADED_ROLES, HONORIFICS, INSPECTORATE_NAMES, PERSON_TITLES, POSTNOMINALS, ROLE_MODIFIERS, ROLES } from '../../lexicon/inspectorate.js';
import { REPORTING_VERBS } from '../../lexicon/verbs.js';
import { alternation, compile, keyOf, words } from '../../lexicon/words.js';
import type { Recogniser, Rule } from '../../rules/types.js';
import type { InspectorateSpan, PersonSpan, RoleSpan, VerbSpan } from '../types.js';
import { runRules } from './run.js';

type Out = Omit<RoleSpan, 'rule'> | Omit<PersonSpan, 'rule'> | Omit<InspectorateSpan, 'rule'> | Omit<VerbSpan, 'rule'>;

const ROLE_BY_FORM = new Map(ROLES.flatMap((r) => r.forms.map((f) => [keyOf(f), r.id] as const)));
const HONORIFIC = alternation([...HONORIFICS]);
const MODIFIER = alternation([...ROLE_MODIFIERS]);
/** A role that names what it heads: as few capitalised words after "of" as leave the name after it whole. */
const HEADED = String.raw`${alternation([...HEADED_ROLES])}\s+of\s+(?:the\s+)?\p{Lu}[\p{L}’']*(?:\s+(?:and\s+)?\p{Lu}[\p{L}’']*)*?`;
/** A role, with the honorific and modifiers that may stand before it. */
export const ROLE = `(?:(?:${MODIFIER})\\s+)?(?:(?:${HONORIFIC})\\s+)?(?:(?:${MODIFIER})\\s+)?(${alternation(ROLES.flatMap((r) => r.forms))}|${HEADED})(?![\\p{L}])`;
/** Words too common in these documents to tell that a role is near ("Probation", "Service"): a role's cue is another of its words. */
const COMMON_IN_ROLES = new Set(['of', 'the', 'for', 'and', 'probation', 'justice', 'service', 'services']);
/** A word of every role's form (its first word that is not common: "Chief", "Director", "Minister"), for the rules that need a role. */
const ROLE_CUE = new RegExp(
  `\\b(?:${[...new Set([...ROLES.flatMap((r) => r.forms), ...HEADED_ROLES].map((f) => f.split(' ').find((w) => !COMMON_IN_ROLES.has(w.toLowerCase())) ?? f))].join('|')})\\b`,
  'i',
);
const SAID_CUE = /\b(?:said|says|added|continued|commented|concluded)\b/;
const HEADED_START = new RegExp(`^${alternation([...HEADED_ROLES])}\\s+of\\b`, 'i');

/** One word of a name: "Russell", "McAllister", "O’Brien", "Smith-Jones". */
const NAME_WORD = String.raw`\p{Lu}[\p{Ll}’']*(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}\p{Ll}+)?(?![\p{L}])`;
const TITLE = alternation([...PERSON_TITLES]);
/** A name of two or three words, or a title and one to three words; letters after it ("CBE") are read past, outside the name. */
export const NAME = String.raw`(?:(${TITLE})\s+)?(${NAME_WORD}(?:\s+${NAME_WORD}){0,2})(?:,?\s+${alternation([...POSTNOMINALS])}(?![\p{L}]))?`;
/** Words that begin a capitalised run but are no part of a name. */
const NOT_NAMES = new Set(
  'The This That These Those A An In At On For By From With Of To And But Or As Inspectors Inspectorate Chief Inspector Probation Justice Service Services Youth Today However Overall Despite While Whilst Although When Since Our Their Its His Her HM Ministry Secretary State Minister Director Head Report Interim Acting Deputy National Community Rehabilitation Company Delivery Unit Prison Prisons Police Council Government Welsh English England Wales Dynamic Public Protection Majesty Mr Mrs Ms Dame Sir'.split(' '),
);

function person(nameStart: number, title: string | undefined, name: string, text: string): Omit<PersonSpan, 'rule'> | null {
  const parts = name.split(/\s+/);
  // Words that cannot be part of a name at either end ("Probation Justin Russell", "His Majesty’s").
  while (parts.length && NOT_NAMES.has(parts[0]!.replace(/[’']s$/, ''))) parts.shift();
  while (parts.length && NOT_NAMES.has(parts[parts.length - 1]!.replace(/[’']s$/, ''))) parts.pop();
  if (!parts.length || parts.some((p) => /[’']s$/.test(p))) return null;
  const clean = parts.join(' ');
  const at = text.indexOf(clean, nameStart);
  if (at < 0) return null;
  // The title stands right before the name ("Dame Glenys Stacey"), unless the name was trimmed away from it.
  const titled = title !== undefined && new RegExp(`${title}\\s+$`).test(text.slice(0, at));
  if (!titled && parts.length < 2) return null;
  const from = titled ? text.slice(0, at).lastIndexOf(title) : at;
  return { type: 'person', name: clean, title: titled ? title : null, start: from, end: at + clean.length, text: text.slice(from, at + clean.length) };
}

export const PEOPLE_RULES: Rule<Out, string>[] = [
  {
    id: 'inspectorate.name',
    produces: 'span:inspectorate',
    pattern: new RegExp(words([...INSPECTORATE_NAMES]), 'gu'),
    read: (m) => ({ type: 'inspectorate', start: m.index, end: m.index + m[0].length, text: m[0] }),
    examples: [
      { text: 'following an inspection by His Majesty’s Inspectorate of Probation.', source: 'real/004' },
      { text: 'following an inspection by HM Inspectorate of Probation – scoring just one point', source: 'real/060' },
    ],
    counterexamples: [],
  },
  {
    id: 'role.name',
    produces: 'span:role',
    pattern: new RegExp(ROLE, 'gu'),
    cue: ROLE_CUE,
    read: (m) => {
      const role = ROLE_BY_FORM.get(keyOf(m[1]!)) ?? (HEADED_START.test(m[1]!) ? 'official' : undefined);
      return role ? { type: 'role', role, start: m.index, end: m.index + m[0].length, text: m[0] } : null;
    },
    examples: [
      { text: 'Interim Chief Inspector of Probation Sue McAllister said:', expect: { role: 'chief-inspector', text: 'Interim Chief Inspector of Probation' }, source: 'real/046' },
      { text: 'Dame Glenys Stacey, HM Chief Inspector of Probation, said:', expect: { text: 'HM Chief Inspector of Probation' }, source: 'real/010' },
      { text: 'The Secretary of State for Justice Robert Buckland has announced', expect: { role: 'official' }, source: 'real/049' },
      { text: 'HM Inspectorate of Probation Director of Operations Marc Baker: “Stockton-on-Tees is a youth offending team', expect: { role: 'official' }, source: 'real/213' },
    ],
    counterexamples: [],
  },
  {
    id: 'person.titled',
    produces: 'span:person',
    pattern: new RegExp(String.raw`\b(${TITLE})\s+(${NAME_WORD}(?:\s+${NAME_WORD}){0,2})`, 'gu'),
    read: (m, text) => person(m.index, m[1], m[2]!, text),
    examples: [
      { text: 'Dame Glenys Stacey, HM Chief Inspector of Probation, said:', expect: { name: 'Glenys Stacey', title: 'Dame' }, source: 'real/010' },
      { text: 'Mr Russell said: “The CRC works well with other agencies', expect: { name: 'Russell', title: 'Mr' }, source: 'real/001' },
      { text: 'In response, Dame Glenys said, “senior leaders are working', expect: { name: 'Glenys', title: 'Dame' }, source: 'real/010' },
    ],
    counterexamples: [],
  },
  {
    id: 'person.after-role',
    produces: 'span:person',
    pattern: new RegExp(String.raw`${ROLE},?\s+${NAME}`, 'gu'),
    cue: ROLE_CUE,
    read: (m, text) => {
      const nameStart = m.index + m[0].lastIndexOf(m[3]!);
      return person(nameStart, m[2], m[3]!, text);
    },
    examples: [
      { text: 'Chief Inspector of Probation Justin Russell said:', expect: { name: 'Justin Russell' }, source: 'real/006' },
      { text: 'Chief Inspector of Probation, Martin Jones, said:', expect: { name: 'Martin Jones' }, source: 'real/025' },
      { text: 'said Chief Inspector of Probation Paul Wilson.', expect: { name: 'Paul Wilson' }, source: 'real/111' },
      { text: 'HM Inspectorate of Probation Director of Operations Marc Baker: “Stockton-on-Tees is a youth offending team', expect: { name: 'Marc Baker' }, source: 'real/213' },
      // The letters after a name are no part of it (and no initial of a third name: "Martin Jones C").
      { text: 'Chief Inspector of Probation, Martin Jones CBE said: “The staff at Waltham Forest YJS show a genuine desire', expect: { name: 'Martin Jones' }, source: 'real/263' },
    ],
    counterexamples: [{ text: 'HM Inspectorate of Probation has undertaken a review', source: 'real/028', why: 'no role, no name' }],
  },
  {
    id: 'person.before-role',
    produces: 'span:person',
    cue: ROLE_CUE,
    pattern: new RegExp(String.raw`${NAME},?\s+(?:the\s+|our\s+|as\s+)?(?=${ROLE})`, 'gu'),
    read: (m, text) => person(m.index + m[0].indexOf(m[2]!), m[1], m[2]!, text),
    examples: [
      { text: 'Martin Jones, Chief Inspector of Probation, said:', expect: { name: 'Martin Jones' }, source: 'real/004' },
      { text: 'said Paul McDowell, Chief Inspector of Probation, publishing the report', expect: { name: 'Paul McDowell' }, source: 'real/113' },
      { text: 're-appointment of Justin Russell as Her Majesty’s Chief Inspector of Probation', expect: { name: 'Justin Russell' }, source: 'real/049' },
    ],
    counterexamples: [{ text: 'His Majesty’s Chief Inspector of Probation', source: 'issue 12', why: 'an honorific is no name' }],
  },
  {
    id: 'person.said',
    produces: 'span:person',
    cue: SAID_CUE,
    pattern: new RegExp(String.raw`\bsaid\s+${NAME}|${NAME}\s+(?=${alternation(['said', 'says', 'added', 'continued', 'commented', 'concluded'])}\b)`, 'gu'),
    read: (m, text) => (m[2] ? person(m.index + m[0].indexOf(m[2]), m[1], m[2], text) : m[4] ? person(m.index + m[0].indexOf(m[4]), m[3], m[4], text) : null),
    examples: [{ text: 'said Glenys Stacey, Chief Inspector of Probation.', expect: { name: 'Glenys Stacey' }, source: 'real/114' }],
    counterexamples: [{ text: 'The report said that', source: 'invented', why: 'no name' }],
  },
  {
    id: 'verb.reporting',
    produces: 'span:verb',
    pattern: compile(words([...REPORTING_VERBS]), 'giu'),
    read: (m) => ({ type: 'verb', verb: 'reporting', start: m.index, end: m.index + m[0].length, text: m[0] }),
    examples: [{ text: 'Mr Jones continued: “North Wales have a strong foundation', source: 'real/017' }],
    counterexamples: [],
  },
];

export const peopleRecogniser: Recogniser<Out> = { name: 'people', rules: PEOPLE_RULES, run: (text) => runRules(PEOPLE_RULES, text) };
