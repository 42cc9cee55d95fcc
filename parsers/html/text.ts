/**
 * Text of the HTML as the model wants it: entities are already decoded by the parser; here odd
 * spaces (NBSP, thin and narrow no-break spaces, …) become plain spaces, invisible characters go,
 * whitespace collapses. Smart quotes are left alone: the extractors normalise quotes themselves.
 */
import type { PhrasingContent } from 'mdast';
import { footnoteReference, phrasing } from '../../src/model/inline.js';

/**
 * Private-use sentinels that survive whitespace normalisation: a `<br>` line break, and a footnote
 * marker taken from `<sup>`/a note link (kept apart from text so that "¹,²" or "1, 2" stay two
 * markers, which unicode superscripts glued together could not).
 */
export const LINE_BREAK = '\uE000';
const REF_OPEN = '\uE001';
const REF_CLOSE = '\uE002';
const REF = /\uE001(\d+)\uE002/g;

export function refMarker(identifier: string): string {
  return `${REF_OPEN}${identifier}${REF_CLOSE}`;
}

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

/** Text without footnote sentinels, for tests on the words alone. */
export function plainOf(text: string): string {
  return normalizeSpace(text.replace(REF, ' '));
}

/**
 * Normalised text → phrasing nodes. Unicode superscripts become references through `phrasing()`;
 * sentinel markers become references the same way (the marker takes the place of the space before
 * it, and a word glued after it gets a space back).
 */
export function toPhrasing(text: string): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let last = 0;
  for (const match of text.matchAll(REF)) {
    const before = text.slice(last, match.index);
    const after = text.slice(match.index + match[0].length);
    const trimmed = before.replace(/\s$/, '');
    out.push(...phrasing(trimmed));
    out.push(footnoteReference(match[1]!));
    if (trimmed !== before && /^[^\s\uE001]/.test(after)) out.push({ type: 'text', value: ' ' });
    last = match.index + match[0].length;
  }
  out.push(...phrasing(text.slice(last)));
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
