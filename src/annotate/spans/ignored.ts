/**
 * Numbers that are not figures: ages and ranges, ordinals, names with digits ("Covid-19",
 * "FTR48", "TW9 4DU"), numbered things ("section 7", "Outcome 22", "standard 2.3"), file sizes,
 * phone numbers, times, footnote markers, list numbers, the "four-point scale", and periods of
 * time ("the last 12 months", "within three months"). Each rule's examples are distractors of
 * real documents: the claims grammar never reads a figure inside one of these spans.
 */
import { PERIOD_AFTER, PERIOD_BEFORE } from '../../lexicon/dates.js';
import { FILE_SIZE_UNITS, IDENTIFIER_BEFORE } from '../../lexicon/units.js';
import { alternation, compile, words } from '../../lexicon/words.js';
import type { Recogniser, Rule } from '../../rules/types.js';
import type { IgnoredSpan } from '../types.js';
import { DIGITS, FIGURE_END, NUMBER, onShape, SHORT_DIGITS } from './patterns.js';
import { runRules } from './run.js';

type Out = Omit<IgnoredSpan, 'rule'>;

function ignored(reason: string) {
  return (m: RegExpExecArray): Out => ({ type: 'ignored', reason, start: m.index, end: m.index + m[0].length, text: m[0] });
}

const DURATION = String.raw`(?:years?|months?|weeks?|days?|hours?|decades?)`;

export const IGNORED_RULES: Rule<Out>[] = [
  {
    id: 'ignored.age',
    produces: 'span:ignored',
    ...onShape(
      String.raw`\baged?\s+(?:between\s+)?${NUMBER}(?:\s*(?:to|-|–|and)\s*${NUMBER})?(?:\s+years?)?|(?:${NUMBER}\s*(?:to|-|–)\s*)?${NUMBER}[-\s]years?[-\s]olds?\b|\b(?:under|over)[-\s]${SHORT_DIGITS}s\b|\b(?:under|over|post)-${SHORT_DIGITS}${FIGURE_END}|\bas\s+(?:young|old)\s+as\s+${NUMBER}${FIGURE_END}`,
      'giu',
    ),
    read: ignored('an age'),
    examples: [
      { text: 'children aged 10 to 17 who have offended', source: 'real/019' },
      { text: 'services for under-18s', source: 'invented: the "under-18s" form of an age' },
      { text: 'The service works with 10 to 18-year-olds who are serving court sentences', source: 'real/024' },
      { text: 'before and after turning 16 years old.', source: 'real/103' },
      { text: 'there were good links with post-16 education providers', source: 'real/055' },
      { text: 'We are concerned that some children as young as eight are being incorrectly referred to the service’s prevention from offending scheme.', source: 'real/272' },
    ],
    counterexamples: [
      { text: 'A more detailed analysis of over 500 individual cases we’ve inspected', source: 'real/044', why: '"over" qualifies a figure' },
      { text: 'as many as 20 cases had no plan', source: 'invented (the "as … as" of a count)', why: 'a count, not an age' },
    ],
  },
  {
    id: 'ignored.range',
    produces: 'span:ignored',
    ...onShape(
      String.raw`\bbetween\s+${NUMBER}\s+and\s+${NUMBER}${FIGURE_END}|(?<!\bfrom\s+)(?<![£\p{L}])${NUMBER}(?:\s+${DURATION})?\s+to\s+${NUMBER}(?:\s+${DURATION})?(?!\s*(?:%|per\s?cent))|(?<![£])${DIGITS}\s*[-–]\s*${DIGITS}(?!\s*(?:%|per\s?cent))`,
      'giu',
    ),
    read: ignored('a range'),
    examples: [
      { text: 'led by a manager with between five and 18 of these PDUs in each region.', source: 'real/048' },
      { text: 'aged 15 to 17 (82%)', source: 'real/020' },
      { text: 'statutory cases that have been running typically for six weeks to three months', source: 'real/190' },
    ],
    counterexamples: [{ text: 'up to three months accommodation after release', source: 'real/038', why: '"up to" qualifies one figure' }],
  },
  {
    id: 'ignored.ordinal',
    produces: 'span:ignored',
    pattern: compile(String.raw`\b\d+(?:st|nd|rd|th)\b`, 'giu'),
    read: ignored('an ordinal'),
    examples: [{ text: 'the 3rd inspection of the service', source: 'invented: the digit form of "the third inspection" (real/074)' }],
    counterexamples: [],
  },
  {
    id: 'ignored.glued',
    produces: 'span:ignored',
    // A number inside a word or a name: "Covid-19", "FTR48", "v3.0", "version/3", "page/6", "C1", "12(3)(a)".
    pattern: new RegExp(
      String.raw`(?<![£$])\b\p{L}+[-/]?\d+(?:\.\d+)?\p{L}*\b|(?<![£$\p{L}\d.,])\d+\p{L}+(?<!\d(?:m|bn|k|s|am|pm))\b|\b\d+\(\d+\)(?:\([a-z]\))?|\/\d+\b`,
      'gu',
    ),
    read: (m) => (/^\d+(?:st|nd|rd|th)$/.test(m[0]) ? null : ignored('part of a name')(m)),
    examples: [
      { text: 'whilst recovering from the Covid-19 pandemic', source: 'real/006' },
      { text: 'support induction for recent fixed term recall (FTR48) releases.', source: 'real/016' },
      { text: 'https://nationalarchives.gov.uk/doc/open-government-licence/version/3', source: 'real/016' },
      { text: 'set out in Section 7 of the Act, and 12(3)(a)', source: 'invented: the statute forms of real/039' },
    ],
    counterexamples: [{ text: 'accompanied by £5m of additional funding', source: 'real/038', why: 'money' }],
  },
  {
    id: 'ignored.title-number',
    produces: 'span:ignored',
    // Case-sensitive: the word before is a capitalised word of a name ("Early Implementation 3: an Independent Inspection"), and the number ends the name.
    // The figure first, the word before it checked after (a pattern that opens with a lookbehind is tried at every position).
    ...onShape(String.raw`${NUMBER}(?=\s*:|\s*$)`, 'gu'),
    read: (m, text) => (/\b\p{Lu}\p{Ll}+\s$/u.test(text.slice(Math.max(0, m.index - 40), m.index)) ? ignored('the number in the name of a report')(m) : null),
    examples: [
      { text: 'The report, Transforming Rehabilitation – Early Implementation 3: an Independent Inspection of the Arrangements for Offender Supervision by HM Inspectorate of Probation relates to findings from inspections undertaken between March and May 2015.', source: 'real/237' },
      { text: 'Transforming Rehabilitation - Early Implementation 2', source: 'real/238' },
    ],
    counterexamples: [{ text: 'Inspectors judged the work to keep people safe sufficient in Wales in 12 of the 20 cases.', source: 'invented (a count after a place name)', why: 'a count after a place, not the end of a name' }],
  },
  {
    id: 'ignored.postcode',
    produces: 'span:ignored',
    pattern: /\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b/g,
    read: ignored('a postcode'),
    examples: [{ text: 'The National Archives, Kew, London TW9 4DU', source: 'real/016' }],
    counterexamples: [],
  },
  {
    id: 'ignored.numbered-thing',
    produces: 'span:ignored',
    ...onShape(String.raw`${words([...IDENTIFIER_BEFORE])}\s+(?:${NUMBER}(?:\.${DIGITS})*${FIGURE_END}|[A-Z]\d*\b)`, 'giu'),
    read: ignored('the number of a numbered thing'),
    examples: [
      { text: 'a review of powers around deferred prosecution cases (known as Outcome 22).', source: 'real/046' },
      { text: 'The decisions that we made following both the first consultation and the pilot are described in section three.', source: 'real/048' },
    ],
    counterexamples: [],
  },
  {
    id: 'ignored.standard-number',
    produces: 'span:ignored',
    pattern: /(?<![\d.,£])\b\d\.\d{1,2}\.?(?=\s+\p{Lu}|\s*$)/gu,
    read: ignored('a standard or section number'),
    examples: [{ text: '1.1. Statement of purpose', source: 'real/058' }],
    counterexamples: [{ text: 'an additional £1.6 million', source: 'invented: money', why: 'a figure' }],
  },
  {
    id: 'ignored.file-size',
    produces: 'span:ignored',
    ...onShape(String.raw`${DIGITS}\s*${alternation([...FILE_SIZE_UNITS])}(?![\p{L}])`, 'gu'),
    read: ignored('a file size'),
    examples: [
      { text: 'research on probation caseloads (PDF, 751 kB) was used to recommend', source: 'real/038' },
      { text: 'Consultation on the future of adult inspections (part two) (PDF, 493.2 KB)', source: 'real/048' },
    ],
    counterexamples: [],
  },
  {
    id: 'ignored.phone',
    produces: 'span:ignored',
    pattern: /(?:\+44\s?\(?0?\)?\s?|\b0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b/g,
    read: ignored('a phone number'),
    examples: [{ text: 'For media enquiries, call 020 3334 0357.', source: 'invented: the press office line at the foot of releases' }],
    counterexamples: [],
  },
  {
    id: 'ignored.time',
    produces: 'span:ignored',
    pattern: compile(String.raw`\b\d{1,2}[.:]\d{2}\s*(?:am|pm|hrs)\b|\b\d{1,2}\s*(?:am|pm)\b|\b(?:[01]\d|2[0-3])[.:][0-5]\d\b(?!\s*(?:%|per\s?cent))`, 'giu'),
    read: ignored('a time'),
    examples: [{ text: 'Embargoed until 00.01 on Thursday', source: 'invented: the embargo line of releases' }],
    counterexamples: [],
  },
  {
    id: 'ignored.footnote',
    produces: 'span:ignored',
    pattern: /(?<=[\p{L})\]][.,;:’”])\d{1,2}(?=\s|$)|\[\d{1,2}\]/gu,
    read: ignored('a footnote marker'),
    examples: [
      { text: 'across youth justice services (YJS) in England and Wales.[1] In this inspection', source: 'real/053' },
      { text: 'in England and Wales.1 In this inspection', source: 'real/066' },
    ],
    counterexamples: [],
  },
  {
    id: 'ignored.list-number',
    produces: 'span:ignored',
    pattern: /^\s*\d{1,2}[.)](?=\s|$)/g,
    read: ignored('a list number'),
    examples: [{ text: '1. HM Inspectorate of Probation is the independent inspector', source: 'real/019' }],
    counterexamples: [],
  },
  {
    id: 'ignored.scale',
    produces: 'span:ignored',
    ...onShape(String.raw`${NUMBER}[-\s]point\s+(?:rating\s+)?scale\b|${NUMBER}[-\s](?:band|tier|stage|step)\b`, 'giu'),
    read: ignored('the rating scale'),
    examples: [{ text: 'The Inspectorate uses a four-point scale: ‘Outstanding’, ‘Good’, ‘Requires improvement’ and ‘Inadequate’.', source: 'real/009' }],
    counterexamples: [],
  },
  {
    id: 'ignored.cut-off',
    produces: 'span:ignored',
    // A page's text cut off inside a hyphenated word after a figure ("The Inspectorate uses a four-poi"): what the figure counts is lost.
    ...onShape(String.raw`${NUMBER}-\p{L}{1,6}$`, 'gu'),
    read: ignored('a figure whose word the end of the text cuts off'),
    examples: [{ text: 'The Inspectorate uses a four-poi', source: 'real/300 (the excerpt ends there)' }],
    counterexamples: [{ text: 'for a further two-year term', source: 'real/049', why: 'the word is whole, and the text goes on' }],
  },
  {
    id: 'ignored.period',
    produces: 'span:ignored',
    ...onShape(String.raw`${alternation([...PERIOD_BEFORE])}\s+(?:${NUMBER}\s+)?${DURATION}\b|${NUMBER}\s+${DURATION}\s+${words([...PERIOD_AFTER])}|\b(?:the\s+)?(?:first|last|second|third|fourth)\s+(?:half|quarter)\s+of\b`, 'giu'),
    read: ignored('a period of time'),
    examples: [
      { text: 'The PDU had experienced challenges in the last 12 months, with high staff sickness rates', source: 'real/035' },
      { text: 'However, within three months, services were affected by Covid-19', source: 'real/036' },
      { text: 'we have seen little improvement in our inspections over the past two years.', source: 'real/042' },
      { text: 'and a look back at the last quarter of 2023', source: 'real/056' },
    ],
    counterexamples: [
      { text: 'After five months as interim Chief Inspector of Probation', source: 'real/037', why: 'a tenure the text states' },
      { text: 'for a further two-year term', source: 'real/049', why: 'a term the text states' },
    ],
  },
  {
    id: 'ignored.place-in-series',
    produces: 'span:ignored',
    ...onShape(String.raw`\b(?:the\s+)?(?:(?:first|second|third|fourth|fifth|sixth|last|latest|final)(?:[-‐‑–\s](?:highest|lowest|best|worst|largest|smallest))?|highest|lowest|best|worst)\s+of\s+(?:the\s+|our\s+)?${NUMBER}${FIGURE_END}`, 'giu'),
    read: ignored('a place in a series'),
    examples: [
      { text: 'This inspection is the second of six where inspectors are looking more closely at the work of Probation Trusts', source: 'real/113' },
      { text: 'This is the first of two consultations.', source: 'real/091' },
      { text: 'an overall rating of ‘requires improvement’ – the second-lowest of four scores.', source: 'real/166' },
      { text: 'The Inspectorate has given the team an overall rating of ‘Outstanding’ – the highest of four possible scores.', source: 'real/214' },
    ],
    counterexamples: [],
  },
  {
    id: 'ignored.own-series',
    produces: 'span:ignored',
    // "My final two annual reports": which of the speaker's own things, not a count of anything found.
    // Only after a possessive: "after the first six inspections" (real/212) counts inspections done.
    ...onShape(String.raw`\b(?:my|our|his|her|their)\s+(?:first|final|last)\s+${NUMBER}${FIGURE_END}`, 'giu'),
    read: ignored('a place in the speaker’s own series'),
    examples: [
      { text: 'My final two annual reports – for our youth inspections and for probation – couldn’t have been more different.', source: 'real/138' },
    ],
    counterexamples: [
      { text: 'publishing an aggregate report after the first six inspections and another after the last inspection.', source: 'real/212', why: 'a count of the inspections done' },
    ],
  },
  {
    id: 'ignored.sentence-length',
    produces: 'span:ignored',
    ...onShape(String.raw`\b(?:jailed|sentenced|imprisoned|detained|custody)\s+(?:for\s+)?(?:at\s+least\s+|more\s+than\s+|over\s+|up\s+to\s+)?${NUMBER}\s+${DURATION}\b`, 'giu'),
    read: ignored('a length of sentence in a rule'),
    examples: [{ text: 'The scheme is for victims of a violent or sexual crime where the offender has been jailed for at least 12 months or detained under the Mental Health Act.', source: 'real/157' }],
    counterexamples: [],
  },
  {
    id: 'ignored.follow-up',
    produces: 'span:ignored',
    ...onShape(String.raw`\b(?:still\s+[\p{L}]+\s+)?after\s+${NUMBER}\s+${DURATION}\b(?!\s+as\b)|\ban?\s+(?:[\p{L}-]+\s+){0,2}${NUMBER}\s+(?:years|months|weeks)\s+(?:for|of|since)\b`, 'giu'),
    read: ignored('a period after which something is measured'),
    examples: [
      { text: '16 per cent were still homeless after 12 months and 15 per cent were in unsettled housing', source: 'real/159' },
      { text: 'It’s been a turbulent two years for probation services in the south west', source: 'real/143' },
      { text: 'It’s been an extremely challenging 18 months for probation services, and I’ve been disappointed in the results from our inspections up until now', source: 'real/207' },
    ],
    counterexamples: [{ text: 'After five months as interim Chief Inspector of Probation, tomorrow I will step down', source: 'real/037', why: 'a tenure the text states' }],
  },
  {
    id: 'ignored.method-structure',
    produces: 'span:ignored',
    // How a method is built ("This involves four aspects:", "organised according to four inspection themes") is no finding.
    ...onShape(String.raw`\b(?:involves|involve|consists\s+of|comprises|is\s+made\s+up\s+of|covers(?:\s+the\s+detail\s+of)?|organised\s+(?:according\s+to|into|around)|split\s+into|divided\s+into)\s+${NUMBER}\s+(?:[\p{L}-]+\s+)?(?:aspects|domains|themes|parts|areas|sections|stages|standards|elements)\b`, 'giu'),
    read: ignored('the structure of a method'),
    examples: [
      { text: 'Our approach for inspecting the Probation Service involves three aspects:', source: 'real/188' },
      { text: 'The criteria and inspection report are organised according to four inspection themes,', source: 'real/190' },
      { text: 'This consultation covers the detail of three aspects of the inspection framework', source: 'real/186' },
    ],
    counterexamples: [{ text: 'The Inspectorate looked at 10 aspects of the CRC’s work', source: 'real/002', why: 'what the inspection covered is a finding' }],
  },
  {
    id: 'ignored.tenure',
    produces: 'span:ignored',
    ...onShape(String.raw`\bin\s+post\s+for\s+(?:less|more|fewer|under|over)(?:\s+than)?\s+${NUMBER}\s+${DURATION}\b|\b(?:in|during|over)\s+the\s+${NUMBER}\s+${DURATION}\s+(?:preceding|before|prior\s+to|leading\s+up\s+to|following|after)\b`, 'giu'),
    read: ignored('a period that describes who or when, not a finding'),
    examples: [
      { text: 'including a significant number of staff in post for less than two years', source: 'real/196' },
      { text: 'engagement with strategic partners had been intermittent in the 12 months preceding the inspection', source: 'real/196' },
      { text: 'around half of the practitioners at Leeds PDU had been in post for less than three years', source: 'real/068' },
    ],
    counterexamples: [],
  },
  {
    id: 'ignored.population-of-share',
    produces: 'span:ignored',
    // "49 per cent of the court cases of the 33 services we inspected": the whole a share is of, said again.
    ...onShape(String.raw`(?<=(?:%|per\s?cent)[^.;]{0,80}?\bof\s+the\s+)${NUMBER}(?=\s+[\p{L}-]+\s+(?:we|that|which)\s+(?:have\s+)?inspected\b)`, 'giu'),
    read: ignored('the whole a share is of'),
    examples: [{ text: 'these children made up 49 per cent of the court cases of the 33 services we inspected in the last year', source: 'real/165' }],
    counterexamples: [],
  },
  {
    id: 'ignored.threshold',
    produces: 'span:ignored',
    ...onShape(String.raw`${NUMBER}\s+${DURATION}\s+or\s+(?:less|more|fewer|under|over|longer|shorter)\b|${NUMBER}\s+or\s+more\b`, 'giu'),
    read: ignored('a threshold of a rule'),
    examples: [
      { text: 'or there was a formal licence period of eight weeks or less from the date of release.', source: 'real/057' },
      { text: 'This plan sets out the programme of criminal justice joint inspections for 2025–27 in which two or more of our inspectorates will be working together.', source: 'real/217' },
    ],
    counterexamples: [],
  },
  {
    id: 'ignored.the-other',
    produces: 'span:ignored',
    ...onShape(String.raw`\bthe\s+other\s+${NUMBER}${FIGURE_END}`, 'giu'),
    read: ignored('the others of a set already counted'),
    examples: [
      { text: 'The other three are Kirklees PDU (rated ‘Inadequate’), Hull and East Riding PDU', source: 'real/060' },
      { text: 'The other two are Tameside PDU and Wigan PDU', source: 'real/027' },
    ],
    counterexamples: [],
  },
  {
    id: 'ignored.pronoun-one',
    produces: 'span:ignored',
    pattern: /(?:^|(?<=[.;:]\s+))One(?=\s+(?:is|was|has|had|will)\b)/g,
    read: ignored('"one" as a pronoun'),
    examples: [{ text: 'One is for Lambeth YJS and the other three are for the management board.', source: 'real/077' }],
    counterexamples: [],
  },
  {
    id: 'ignored.idiom',
    produces: 'span:ignored',
    pattern: compile(String.raw`\bone[-\s](?:to[-\s]one|off|another)\b|\bone\s+or\s+(?:two|more)\b|\bno\s+one\b|\bone\s+(?:respect|day|time|way|hand|thing|place)\b|\bat\s+one\s+point\b|\bin\s+any\s+one\s+(?:year|month|week|day)\b`, 'giu'),
    read: ignored('an idiom'),
    examples: [
      { text: 'Its case handling was mostly good and, in one respect, ‘Outstanding,’ the highest assessment.', source: 'real/012' },
      { text: 'one per cent – of black children are in contact with the criminal justice system in any one year, those that are have often profound', source: 'real/257' },
    ],
    counterexamples: [{ text: 'within one year of their release from custody', source: 'invented (a period the text states)', why: 'one year as a figure' }],
  },
];

export const ignoredRecogniser: Recogniser<Out> = { name: 'ignored', rules: IGNORED_RULES, run: (text) => runRules(IGNORED_RULES, text) };
