/** Pattern sources shared by the span rules, compiled from the lexicon. */
import { FRACTION_WORDS, MULTIPLIERS, TENS, UNITS } from '../../lexicon/numbers.js';
import { MONTHS, MONTH_ABBREVIATIONS } from '../../lexicon/dates.js';
import { alternation, compile, words } from '../../lexicon/words.js';

/**
 * A figure in digits: "3,075", "45.3", "12". \b, not a lookbehind, so that the engine can skip
 * to the digits; a figure that continues "45.3" after its point is never started at "3" because
 * matching resumes after the whole figure.
 */
const DIGITS_FORM = String.raw`\b(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\p{N}])`;

const DIGIT_WORDS = Object.keys(UNITS).filter((w) => UNITS[w]! >= 1 && UNITS[w]! <= 9);
const TEEN_WORDS = Object.keys(UNITS).sort((a, b) => b.length - a.length);
/** "seventy-two", "twenty one", "forty": a tens word and, joined by a hyphen or a space, a digit word. */
const TENS_WORD = `(?:${Object.keys(TENS).join('|')})(?:[-‐‑–\\s](?:${DIGIT_WORDS.join('|')})\\b)?`;
/** A cardinal in words, up to the hundreds: "seven", "Seventy-two", "a hundred and twenty" (the lexicon's units and tens, built up). */
const CARDINAL_FORM = `\\b(?:(?:a|one|two|three|four|five|six|seven|eight|nine)\\s+hundred(?:\\s+(?:and\\s+)?(?:${TENS_WORD}|${TEEN_WORDS.join('|')}))?|${TENS_WORD}|${TEEN_WORDS.join('|')})(?![\\p{L}\\p{N}])`;

/**
 * The number shape of a text: the same text with every figure in digits or words (as the two
 * forms above read them, left to right) written over by placeholder characters of the same
 * length — the first says whether the figure was digits or words, the rest continue it. The span
 * rules that read figures match their patterns on the shape, where a figure is one short run
 * instead of a long alternation of number words: their patterns stay small, which is what the
 * regular expression engine's compiling time depends on, and their matches are read back from
 * the text at the same offsets (`onShape`, src/rules/types.ts `matchesOf`).
 */
const DIGITS_START = '\uE010';
const WORDS_START = '\uE011';
const CONTINUED = '\uE012';
const FIGURE = compile(`(${DIGITS_FORM})|${CARDINAL_FORM}`, 'giu');

let lastText: string | null = null;
let lastShape = '';

export function numberShape(text: string): string {
  // The number and ignored-number rules of one sentence ask for the same shape in turn.
  if (text === lastText) return lastShape;
  lastText = text;
  lastShape = text.replace(FIGURE, (figure: string, digits: string | undefined) => (digits ? DIGITS_START : WORDS_START) + CONTINUED.repeat(figure.length - 1));
  return lastShape;
}

/** In a pattern matched on the number shape: a figure in digits, in words, or either, always whole. */
export const DIGITS = `${DIGITS_START}${CONTINUED}*(?!${CONTINUED})`;
export const CARDINAL = `${WORDS_START}${CONTINUED}*(?!${CONTINUED})`;
export const NUMBER = `[${DIGITS_START}${WORDS_START}]${CONTINUED}*(?!${CONTINUED})`;
/** A figure of one or two digits. */
export const SHORT_DIGITS = `${DIGITS_START}${CONTINUED}?(?!${CONTINUED})`;
/** What \b is after a figure in the text, on the shape (whose placeholders are no word characters). */
export const FIGURE_END = String.raw`(?![\p{L}\p{N}_])`;

/** A rule's pattern that reads figures: matched on the number shape, its groups read back from the text. */
export function onShape(source: string, flags: string): { pattern: RegExp; shaped: true } {
  return { pattern: compile(source, `${flags}d`), shaped: true };
}

export const FRACTION = words(Object.keys(FRACTION_WORDS));

export const MULTIPLIER = alternation(Object.keys(MULTIPLIERS));

export const MONTH = `(?:${alternation([...MONTHS])}|${words(Object.keys(MONTH_ABBREVIATIONS))}\\.?)`;

/**
 * Whether a text may hold a figure at all: a digit, or a word a number in words starts with
 * (a cardinal, "hundred", a fraction's denominator). A sentence without one has no figure and no
 * number that is not a figure, so the number and ignored-number rules need not run on it: most
 * sentences of a report hold none, and those rules are the costliest of the layer.
 */
const NUMBER_WORD_STARTS = [...Object.keys(UNITS), ...Object.keys(TENS), 'hundred', ...Object.keys(FRACTION_WORDS).map((w) => w.split(/[-\s]/).pop()!.replace(/s$/, ''))];
export const MAY_HOLD_NUMBER = new RegExp(`\\d|\\b(?:${[...new Set(NUMBER_WORD_STARTS)].join('|')}|halves)s?\\b`, 'i');
