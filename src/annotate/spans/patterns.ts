/** Pattern sources shared by the span rules, compiled from the lexicon. */
import { FRACTION_WORDS, MULTIPLIERS, TENS, UNITS } from '../../lexicon/numbers.js';
import { MONTHS, MONTH_ABBREVIATIONS } from '../../lexicon/dates.js';
import { alternation, words } from '../../lexicon/words.js';

/**
 * A figure in digits: "3,075", "45.3", "12". \b, not a lookbehind, so that the engine can skip
 * to the digits; a figure that continues "45.3" after its point is never started at "3" because
 * matching resumes after the whole figure.
 */
export const DIGITS = String.raw`\b(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\p{N}])`;

const DIGIT_WORDS = Object.keys(UNITS).filter((w) => UNITS[w]! >= 1 && UNITS[w]! <= 9);
const TEEN_WORDS = Object.keys(UNITS).sort((a, b) => b.length - a.length);
/** "seventy-two", "twenty one", "forty": a tens word and, joined by a hyphen or a space, a digit word. */
const TENS_WORD = `(?:${Object.keys(TENS).join('|')})(?:[-‐‑–\\s](?:${DIGIT_WORDS.join('|')})\\b)?`;
/** A cardinal in words, up to the hundreds: "seven", "Seventy-two", "a hundred and twenty" (the lexicon's units and tens, built up). */
export const CARDINAL = `\\b(?:(?:a|one|two|three|four|five|six|seven|eight|nine)\\s+hundred(?:\\s+(?:and\\s+)?(?:${TENS_WORD}|${TEEN_WORDS.join('|')}))?|${TENS_WORD}|${TEEN_WORDS.join('|')})(?![\\p{L}\\p{N}])`;

/** A figure in digits or words. */
export const NUMBER = `(?:${DIGITS}|${CARDINAL})`;

export const FRACTION = words(Object.keys(FRACTION_WORDS));

export const MULTIPLIER = alternation(Object.keys(MULTIPLIERS));

export const MONTH = `(?:${alternation([...MONTHS])}|${words(Object.keys(MONTH_ABBREVIATIONS))}\\.?)`;
