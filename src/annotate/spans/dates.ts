/**
 * Dates and years, and the numbers inside them, which are never figures: "28 October 2019",
 * "October 2019", "01 October" (no year), "2014-15", "(2000)".
 */
import { MONTHS, MONTH_ABBREVIATIONS } from '../../lexicon/dates.js';
import type { Recogniser, Rule } from '../../rules/types.js';
import type { DateSpan, IgnoredSpan } from '../types.js';
import { MONTH } from './patterns.js';
import { runRules } from './run.js';
import { compile } from '../../lexicon/words.js';

type Out = Omit<DateSpan, 'rule'> | Omit<IgnoredSpan, 'rule'>;

function monthNumber(name: string): number {
  const lower = name.toLowerCase().replace(/\.$/, '');
  const full = MONTHS.findIndex((m) => m.toLowerCase() === lower);
  return full >= 0 ? full + 1 : (MONTH_ABBREVIATIONS[lower] ?? 0);
}

const pad = (n: number) => String(n).padStart(2, '0');

function validDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function span(match: RegExpExecArray, extra: Partial<Out> & ({ type: 'date'; value: string } | { type: 'ignored'; reason: string })): Out {
  return { start: match.index, end: match.index + match[0].length, text: match[0], ...extra } as Out;
}

export const DATE_RULES: Rule<Out>[] = [
  {
    id: 'date.day-month-year',
    produces: 'span:date',
    pattern: compile(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH}),?\s+((?:19|20)\d\d)\b`, 'giu'),
    read: (m) => {
      const [day, month, year] = [Number(m[1]), monthNumber(m[2]!), Number(m[3])];
      return validDay(year, month, day) ? span(m, { type: 'date', value: `${year}-${pad(month)}-${pad(day)}` }) : null;
    },
    examples: [
      { text: 'These reports were published on 30 March 2023.', expect: { value: '2023-03-30' }, source: 'real/060' },
      { text: 'Mr Russell’s current tenure runs until 31 May 2022;', expect: { value: '2022-05-31' }, source: 'real/049' },
    ],
    counterexamples: [{ text: 'on 31 February 2024', source: 'invented: no such day', why: 'not a date' }],
  },
  {
    id: 'date.month-year',
    produces: 'span:date',
    pattern: compile(String.raw`\b(${MONTH})\s+((?:19|20)\d\d)\b`, 'giu'),
    read: (m) => {
      const month = monthNumber(m[1]!);
      return month ? span(m, { type: 'date', value: `${m[2]}-${pad(month)}` }) : null;
    },
    examples: [
      { text: 'We last inspected DLNR CRC in September 2018.', expect: { value: '2018-09' }, source: 'real/011' },
      { text: 'from October 2025, HM Inspectorate of Probation is undertaking a new', expect: { value: '2025-10' }, source: 'real/017' },
    ],
    counterexamples: [],
  },
  {
    id: 'date.numeric',
    produces: 'span:date',
    pattern: /\b(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)\b/g,
    read: (m) => {
      const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
      return validDay(year, month, day) ? span(m, { type: 'date', value: `${year}-${pad(month)}-${pad(day)}` }) : null;
    },
    examples: [{ text: 'Published 12/03/2024', expect: { value: '2024-03-12' }, source: 'invented: the UK numeric form frameworks.md lists' }],
    counterexamples: [],
  },
  {
    id: 'date.day-month',
    produces: 'span:ignored',
    pattern: compile(String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}(?!\s+(?:19|20)\d\d)\b`, 'giu'),
    read: (m) => span(m, { type: 'ignored', reason: 'a day of a month' }),
    examples: [
      { text: 'Since 01 October, when I started, we have published seven youth inspection reports', source: 'real/037' },
      { text: 'conference on 05 July I set out some of the reasons', source: 'real/044' },
    ],
    counterexamples: [],
  },
  {
    id: 'date.year-range',
    produces: 'span:ignored',
    pattern: /\b(?:19|20)\d\d\s*(?:[-–/]|\bto\b)\s*(?:(?:19|20)\d\d|\d\d)\b/g,
    read: (m) => span(m, { type: 'ignored', reason: 'a span of years' }),
    examples: [
      { text: 'In 2014-15, HMI Probation continued to make good progress', source: 'real/111' },
      { text: 'have up to three months accommodation after release in 2021/2022.', source: 'real/038' },
    ],
    counterexamples: [],
  },
  {
    id: 'date.year',
    produces: 'span:ignored',
    pattern: /(?<![£\d.,])\b(?:19[5-9]\d|20\d\d)s?\b(?!\s*(?:%|per\s?cent))/g,
    read: (m) => span(m, { type: 'ignored', reason: 'a year' }),
    examples: [
      { text: 'after they received an ‘Inadequate’ rating in 2020.', source: 'real/009' },
      { text: 'The number of qualified probation officers had fallen considerably since Sodexo took ownership of the CRC in 2015.', source: 'real/010' },
    ],
    counterexamples: [{ text: 'supervises more than 2,015 people', source: 'invented: a count with a comma is not a year' }],
  },
];

export const dateRecogniser: Recogniser<Out> = { name: 'dates', rules: DATE_RULES, run: (text) => runRules(DATE_RULES, text) };
