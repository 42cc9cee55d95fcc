/**
 * Figures: money ("£17.7m", "£20 million"), percentages ("80 per cent", "(82%)"), fractions in
 * words ("two-thirds", "a quarter"), "one in five" and "Six in 10", "N out of M", "one of four",
 * durations glued to their figure ("six-month"), and cardinals in digits or words. A figure
 * inside a span of the ignored or date rules is never read (src/annotate/index.ts drops it).
 */
import { cardinalValue, FRACTION_WORDS, MULTIPLIERS } from '../../lexicon/numbers.js';
import { DURATION_UNITS } from '../../lexicon/dates.js';
import type { Recogniser, Rule } from '../../rules/types.js';
import type { NumberSpan } from '../types.js';
import { CARDINAL, DIGITS, FRACTION, MULTIPLIER, NUMBER, onShape } from './patterns.js';
import { runRules } from './run.js';
import { compile } from '../../lexicon/words.js';

type Out = Omit<NumberSpan, 'rule'>;

function number(m: RegExpExecArray, value: number | null, form: NumberSpan['form'], extra: Partial<Out> = {}): Out | null {
  if (value === null || !Number.isFinite(value)) return null;
  return { type: 'number', start: m.index, end: m.index + m[0].length, text: m[0], value, of: null, form, words: !/\d/.test(m[0]), glued: null, ...extra };
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;

export const NUMBER_RULES: Rule<Out>[] = [
  {
    id: 'number.money',
    produces: 'span:number',
    ...onShape(String.raw`£\s?(${DIGITS})\s?(${MULTIPLIER})?(?![\p{L}])`, 'giu'),
    read: (m) => {
      const base = cardinalValue(m[1]!);
      const multiplier = m[2] ? MULTIPLIERS[m[2].toLowerCase()]! : 1;
      return number(m, base === null ? null : round(base * multiplier), 'money');
    },
    examples: [
      { text: 'accompanied by £5m of additional funding for Regional Probation Directors', expect: { value: 5_000_000, form: 'money' }, source: 'real/038' },
      { text: 'attract an additional £20 million to ensure prisoners leaving custody', expect: { value: 20_000_000 }, source: 'real/038' },
      { text: 'this year’s additional £155 million resourcing for core functions', expect: { value: 155_000_000 }, source: 'real/072' },
    ],
    counterexamples: [],
  },
  {
    id: 'number.percent',
    produces: 'span:number',
    ...onShape(String.raw`(${NUMBER})\s?(?:%|per\s?cent\b|percent\b)`, 'giu'),
    read: (m) => number(m, cardinalValue(m[1]!), 'percent'),
    examples: [
      { text: 'more than 80 per cent of inspected assessments included relevant details', expect: { value: 80, form: 'percent' }, source: 'real/002' },
      { text: 'with only nine per cent of the inspected cases showing sufficient work', expect: { value: 9, words: true }, source: 'real/006' },
      { text: 'aged 15 to 17 (82%)', expect: { value: 82 }, source: 'real/020' },
    ],
    counterexamples: [],
  },
  {
    id: 'number.in',
    produces: 'span:number',
    // "one in five", "Six in 10", "one-in-five".
    ...onShape(String.raw`(${NUMBER})[-\s]in[-\s](${NUMBER})(?![-\s]?(?:${'year|month|week|day'}))`, 'giu'),
    read: (m) => {
      const value = cardinalValue(m[1]!);
      const of = cardinalValue(m[2]!);
      if (value === null || of === null || of <= value || of > 1000) return null;
      return number(m, value, 'fraction', { of });
    },
    examples: [
      { text: 'Six in 10 children have substance misuse issues', expect: { value: 6, of: 10 }, source: 'real/024' },
      { text: 'in some areas fewer than one in five cases we inspected met our standards.', expect: { value: 1, of: 5 }, source: 'real/043' },
      { text: 'in one-in-five cases these risks were underestimated', expect: { value: 1, of: 5 }, source: 'real/095' },
    ],
    counterexamples: [{ text: 'one in 2021', source: 'invented: a year is no denominator', why: 'a year' }],
  },
  {
    id: 'number.out-of',
    produces: 'span:number',
    // "11 out of 54", "three out of ten", "one point out of a possible 27", "six vacancies out of 43"; and "out a possible 27", as printed (real/249).
    ...onShape(String.raw`(${NUMBER})((?:\s+[\p{L}’'-]+){0,2}?)\s+out\s+(?:of\s+(?:a\s+(?:possible|total\s+of|maximum\s+of)\s+|the\s+)?|a\s+possible\s+)(${NUMBER})`, 'giu'),
    read: (m) => {
      const value = cardinalValue(m[1]!);
      const of = cardinalValue(m[3]!);
      if (value === null || of === null || value > of) return null;
      const between = m[2]!.trim();
      if (/\b(?:our|the|its|their|all)\b/i.test(between)) return null;
      return number(m, value, 'out-of', { of });
    },
    examples: [
      { text: '11 out of 54 cases inspected having an inaccurate risk of harm classification', expect: { value: 11, of: 54 }, source: 'real/005' },
      { text: 'performed well on three out of ten of our quality standards', expect: { value: 3, of: 10 }, source: 'real/002' },
      { text: 'scoring just one point out of a possible 27', expect: { value: 1, of: 27 }, source: 'real/060' },
      { text: 'scoring just two inspection points out a possible 27', expect: { value: 2, of: 27 }, source: 'real/249' },
      { text: 'the YJS had six vacancies out of 43 staff places', expect: { value: 6, of: 43 }, source: 'real/023' },
    ],
    counterexamples: [
      { text: 'the highest scoring service out of our three inspections', source: 'real/006', why: 'no figure before "out of"' },
      { text: 'two inspectors carried out a review of 27 cases', source: 'invented (an "out a" that is no score)', why: '"carried out a", not "out a possible"' },
    ],
  },
  {
    id: 'number.one-of',
    produces: 'span:number',
    // "This inspection is one of four carried out in …": the figure is the size of the set.
    // On the number shape "one" is a figure in words like any other: the row reads only "one".
    ...onShape(String.raw`(${CARDINAL})\s+of\s+(the\s+|our\s+)?(${NUMBER})(?![\p{L}\p{N}])`, 'giu'),
    read: (m) => {
      if (m[1]!.toLowerCase() !== 'one') return null;
      const value = cardinalValue(m[3]!);
      if (value === null || value < 2) return null;
      // "only one of the 31 probation inspections": one of a whole; "one of four carried out": the size of the set.
      if (m[2]) return number(m, 1, 'out-of', { of: value, words: true });
      const text = m[3]!;
      const start = m.index + m[0].length - text.length;
      return { type: 'number', start, end: m.index + m[0].length, text, value, of: null, form: 'cardinal', words: !/\d/.test(text), glued: null };
    },
    examples: [
      { text: 'only one of the 31 probation inspections covered by my final probation annual report published this week was rated ‘Good’', expect: { value: 1, of: 31 }, source: 'real/138' },
      { text: 'This inspection is one of four carried out in the Probation Service – Yorkshire and the Humber region.', expect: { value: 4 }, source: 'real/060' },
      { text: 'This inspection was one of two carried out in the Merseyside area recently.', expect: { value: 2 }, source: 'real/062' },
    ],
    counterexamples: [{ text: 'is one of a small number of full joint inspections', source: 'real/109', why: 'no figure' }],
  },
  {
    id: 'number.of',
    produces: 'span:number',
    // "3 of 4 standards", "nine of the 12 regions", "eight of our twelve quality standards".
    ...onShape(String.raw`(${NUMBER})\s+of\s+(?:the\s+|our\s+|its\s+|their\s+)?(${NUMBER})(?![\p{L}\p{N}])`, 'giu'),
    read: (m) => {
      const value = cardinalValue(m[1]!);
      const of = cardinalValue(m[2]!);
      if (value === null || of === null || value < 2 || value > of) return null;
      return number(m, value, 'out-of', { of });
    },
    examples: [
      { text: 'rated 3 of 4 standards ‘Good’', expect: { value: 3, of: 4 }, source: 'invented: the form the claims issue names ("3 of 4 standards")' },
      { text: 'the quality of case management fell short in three of our four core standards', expect: { value: 3, of: 4 }, source: 'real/194' },
    ],
    counterexamples: [{ text: 'This inspection is one of four carried out', source: 'real/060', why: '"one of" names the set' }],
  },
  {
    id: 'number.from-to',
    produces: 'span:number',
    // "reduced from 15 to 14", "raised from 30 to 24": a change; the figure is the one it came to.
    ...onShape(String.raw`\bfrom\s+(${NUMBER})\s+to\s+(${NUMBER})(?![\p{L}\p{N}]|\s*(?:%|per\s?cent))`, 'giu'),
    read: (m) => {
      const to = cardinalValue(m[2]!);
      if (to === null) return null;
      const start = m.index + m[0].length - m[2]!.length;
      return { type: 'number', start, end: m.index + m[0].length, text: m[2]!, value: to, of: null, form: 'cardinal', words: !/\d/.test(m[2]!), glued: null };
    },
    examples: [{ text: 'The minimum number of children’s cases that we will inspect in work with children have been reduced from 15 to 14', expect: { value: 14 }, source: 'real/200' }],
    counterexamples: [],
  },
  {
    id: 'number.fraction',
    produces: 'span:number',
    pattern: compile(FRACTION, 'giu'),
    read: (m) => {
      const fraction = FRACTION_WORDS[m[0].toLowerCase().replace(/[‐‑–]/g, '-').replace(/\s+/g, ' ')];
      return fraction ? number(m, fraction.value, 'fraction', { of: fraction.of, words: true }) : null;
    },
    examples: [
      { text: 'more than two-thirds of inspected cases were managed by qualified officers', expect: { value: 2, of: 3 }, source: 'real/002' },
      { text: 'In more than half of the inspected cases, insufficient action was taken', expect: { value: 1, of: 2 }, source: 'real/003' },
      { text: 'in over three-quarters of cases', expect: { value: 3, of: 4 }, source: 'real/089' },
    ],
    counterexamples: [{ text: 'on behalf of the Inspectorate', source: 'invented: "half" inside a word', why: 'not a fraction' }],
  },
  {
    id: 'number.glued-duration',
    produces: 'span:number',
    // "a new, six-month Dynamic Inspection", "a further two-year term", "24-hour".
    ...onShape(String.raw`(${NUMBER})-(year|month|week|day|hour)(?![\p{L}-])`, 'giu'),
    read: (m) => number(m, cardinalValue(m[1]!), 'cardinal', { glued: DURATION_UNITS[m[2]!.toLowerCase()] ?? null }),
    examples: [
      { text: 'is undertaking a new, six-month Dynamic Inspection of Public Protection', expect: { value: 6, glued: 'months' }, source: 'real/017' },
      { text: 'for a further two-year term.', expect: { value: 2, glued: 'years' }, source: 'real/049' },
    ],
    counterexamples: [],
  },
  {
    id: 'number.cardinal',
    produces: 'span:number',
    ...onShape(NUMBER, 'giu'),
    read: (m) => number(m, cardinalValue(m[0]), 'cardinal'),
    examples: [
      { text: 'The CRC supervises around 9,000 low and medium-risk offenders', expect: { value: 9000 }, source: 'real/001' },
      { text: 'Seventy-two cases were inspected', expect: { value: 72, words: true }, source: 'real/028' },
      { text: 'the twenty-one private probation companies', expect: { value: 21 }, source: 'real/040' },
    ],
    counterexamples: [],
  },
];

export const numberRecogniser: Recogniser<Out> = { name: 'numbers', rules: NUMBER_RULES, run: (text) => runRules(NUMBER_RULES, text) };
