/**
 * Text of the HTML as the model wants it: entities are already decoded by the parser; here odd
 * spaces (NBSP, thin and narrow no-break spaces, …) become plain spaces, invisible characters go,
 * whitespace collapses. Smart quotes are left alone: the extractors normalise quotes themselves.
 */
import { withoutMarkers } from '../../src/model/inline.js';

/**
 * A private-use sentinel for a `<br>` line break, which survives whitespace normalisation. Footnote
 * markers from `<sup>` and note links are written with the model's `footnoteMarker()`.
 */
export const LINE_BREAK = '\uE000';

/** Soft hyphen, zero-width spaces and joiners, word joiner, BOM: invisible, so dropped. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/** Collapses whitespace (JS `\s` covers NBSP, U+2000–U+200A, U+202F, U+205F, U+3000) and trims. */
export function normalizeSpace(text: string): string {
  return text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/** Splits text at `<br>` sentinels into normalised, non-empty lines. */
export function splitLines(text: string): string[] {
  return text
    .split(LINE_BREAK)
    .map(normalizeSpace)
    .filter((line) => line !== '');
}

/** One line without line breaks (headings, table cells): the breaks become spaces. */
export function oneLine(text: string): string {
  return normalizeSpace(text.split(LINE_BREAK).join(' '));
}

/** Text without footnote markers, for tests on the words alone. */
export function plainOf(text: string): string {
  return normalizeSpace(withoutMarkers(text));
}
