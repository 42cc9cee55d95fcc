/**
 * Inline HTML → one string: text with `<br>` as a line-break sentinel and footnote markers
 * (`<sup>1</sup>`, note links) as marker sentinels. The caller splits lines and builds phrasing.
 */
import { type AnyNode, type Element, attrOf, isElement, isText, nameWords, tagOf, textOf } from './dom.js';
import { footnoteMarker } from '../../src/model/inline.js';
import { LINE_BREAK } from './text.js';

/** Elements that break the flow of text when they turn up inside inline content (a `<p>` in a cell). */
const BLOCKISH = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'header', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tr', 'ul', 'caption',
]);

/** "1", "[12]", "(3)", "1,2", "4–6": what a footnote marker says. */
const NOTE_NUMBERS = /^[[(]?\s*(\d{1,3}(?:\s*[,–-]\s*\d{1,3})*)\s*[\])]?$/;
const NOTE_HREF = /^#_?(?:fn|ftn|edn|footnote|endnote|note)[-:_]?\d/i;

/**
 * How inline content is read: `lines` keeps `<br>` and nested blocks as line breaks (paragraphs,
 * list items); `flat` turns them into spaces (table cells, headings).
 */
export type InlineMode = 'lines' | 'flat';

export function inlineText(nodes: readonly AnyNode[], mode: InlineMode): string {
  let out = '';
  const breakText = mode === 'lines' ? LINE_BREAK : ' ';
  const walk = (node: AnyNode): void => {
    if (isText(node)) {
      // Source newlines are only whitespace; line breaks come from <br> alone.
      out += node.data.replace(/[\t\n\r\f]+/g, ' ');
      return;
    }
    if (!isElement(node)) return;
    const tag = tagOf(node);
    if (tag === 'br') {
      out += breakText;
      return;
    }
    const marker = noteMarker(node);
    if (marker !== null) {
      out += marker;
      return;
    }
    const blockish = BLOCKISH.has(tag);
    if (blockish) out += breakText;
    else if (tag === 'td' || tag === 'th') out += ' ';
    for (const child of node.children) walk(child);
    if (blockish) out += breakText;
  };
  for (const node of nodes) walk(node);
  return out;
}

/**
 * A `<sup>` holding a number, or a link to a note ("#fn3", "#_ftn3", class footnote-ref,
 * role doc-noteref) holding a number, is a footnote marker; other superscripts ("1<sup>st</sup>")
 * stay text.
 */
export function noteMarker(el: Element): string | null {
  const tag = tagOf(el);
  const isSup = tag === 'sup';
  const isNoteLink = tag === 'a' && isNoteReferenceLink(el);
  if (!isSup && !isNoteLink) return null;
  const match = NOTE_NUMBERS.exec(textOf(el).replace(/\s+/g, ' ').trim());
  if (!match) return null;
  return numbersOf(match[1]!).map(footnoteMarker).join('');
}

function isNoteReferenceLink(el: Element): boolean {
  const href = attrOf(el, 'href');
  if (/ref/i.test(href)) return false; // "#fnref3" leads back from a note, it is not a marker.
  if (attrOf(el, 'role') === 'doc-noteref') return true;
  const words = nameWords(el);
  if (words.includes('footnote') && words.includes('ref')) return true;
  return NOTE_HREF.test(href);
}

/** "1, 2" → ["1", "2"]; "4–6" → ["4", "5", "6"] (short ranges only). */
function numbersOf(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(',')) {
    const range = /^\s*(\d+)\s*[–-]\s*(\d+)\s*$/.exec(part);
    if (range && Number(range[2]) > Number(range[1]) && Number(range[2]) - Number(range[1]) <= 10) {
      for (let n = Number(range[1]); n <= Number(range[2]); n++) out.push(String(n));
    } else {
      const number = part.replace(/\D+/g, '');
      if (number) out.push(String(Number(number)));
    }
  }
  return out;
}
