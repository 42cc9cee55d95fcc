/**
 * Inline content of the model: text with footnote markers as `footnoteReference` nodes. Unicode
 * superscript digits ("rating²¹", "⁵compared") are footnote markers wherever they stand; so is a
 * marker a parser wrote with `footnoteMarker()` (from a `<sup>` or a note link), which keeps "¹,²"
 * two markers where superscripts glued together would read as one.
 */
import type { FootnoteReference, PhrasingContent, Text } from 'mdast';
import { execAll } from '../lexicon/words.js';

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const MARKER_OPEN = '\uE001';
const MARKER_CLOSE = '\uE002';
/** A written marker, as a pattern source with the identifier as its group (for parsers that look for one). */
export const WRITTEN_MARKER = '\\uE001(\\d+)\\uE002';
const MARKER = new RegExp(`[${SUPERSCRIPTS}]+|${WRITTEN_MARKER}`, 'gu');
/** What may follow a marker without a space between: another marker. */
const GLUED_WORD = /^[^\s⁰¹²³⁴⁵⁶⁷⁸⁹\uE001]/u;

/** A footnote marker in text, for `phrasing()` to turn into a reference (private-use characters, which survive whitespace normalisation). */
export function footnoteMarker(identifier: string): string {
  return `${MARKER_OPEN}${identifier}${MARKER_CLOSE}`;
}

/** The text without footnote markers. */
export function withoutMarkers(text: string): string {
  return text.replace(MARKER, ' ');
}

export function footnoteReference(identifier: string): FootnoteReference {
  return { type: 'footnoteReference', identifier, label: identifier };
}

export function textNode(value: string): Text {
  return { type: 'text', value };
}

/**
 * More footnote markers in one text than a document sets in a paragraph: a run of superscript
 * characters from damaged bytes (fuzz seeds 11 and 12: a million in one line took seconds as a
 * million nodes). Such a text is read as text, its markers as spaces.
 */
export const MAX_MARKERS = 1000;

/** Whether a text holds more than `max` markers (counted without keeping them). */
function markersBeyond(text: string, max: number): boolean {
  MARKER.lastIndex = 0;
  let count = 0;
  while (MARKER.exec(text) && ++count <= max);
  MARKER.lastIndex = 0;
  return count > max;
}

/** Plain text → phrasing nodes; superscript numbers and written markers become footnote references. */
export function phrasing(text: string): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let last = 0;
  if (markersBeyond(text, MAX_MARKERS)) return [textNode(withoutMarkers(text))];
  for (const match of execAll(MARKER, text)) {
    const before = text.slice(last, match.index);
    // Only what follows at once matters (a long line holds many markers: no slice of all of its rest).
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 2);
    // The marker takes the place of the space before it; a word glued after it ("rate ⁵compared")
    // gets that space back, so the words stay apart.
    const trimmed = /\s/.test(before.slice(-1)) ? before.slice(0, -1) : before;
    if (trimmed) out.push(textNode(trimmed));
    out.push(footnoteReference(match[1] ?? [...match[0]].map((c) => String(SUPERSCRIPTS.indexOf(c))).join('')));
    if (trimmed !== before && GLUED_WORD.test(after)) out.push(textNode(' '));
    last = match.index + match[0].length;
  }
  const rest = text.slice(last);
  if (rest) out.push(textNode(rest));
  return mergeTexts(out);
}

/** Drops empty text nodes and merges adjacent ones (copies, so merged nodes are never shared). */
export function mergeTexts(nodes: PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const node of nodes) {
    const previous = out[out.length - 1];
    if (node.type === 'text' && node.value === '') continue;
    if (node.type === 'text' && previous?.type === 'text') previous.value += node.value;
    else out.push(node.type === 'text' ? { ...node } : node);
  }
  return out;
}
