/**
 * Paragraphs and lists that a converter cut in two. A web page made from a PDF or Word file often
 * ends a `<p>` or `<ul>` where a page broke ("… individuals of South Asian</p><p>heritage. The
 * company …"), sometimes with the page's footnotes in between. The model wants whole paragraphs, so a
 * block that plainly goes on from the one before is joined to it, with the same tests the text
 * parser applies at page breaks; footnote definitions in between stay where they are.
 */
import type { List, ListItem, Paragraph, PhrasingContent } from 'mdast';
import type { Flow } from './nodes.js';
import { mergeTexts } from '../../src/model/inline.js';

const TERMINAL = /[.!?:;"”’')\]]$/;
/** "1. Organisational delivery", "2.1. Assessment": a numbered title, never the rest of a sentence. */
const SECTION = /^\d{1,2}(?:\.\d{1,2})*\.?\s+[A-Z]/;

/** Joins `next` into the last content block of `out` when it continues it; true if it did. */
export function joinAcrossBreak(out: Flow[], next: Flow): boolean {
  let k = out.length - 1;
  let overNote = false;
  while (k >= 0 && out[k]!.type === 'footnoteDefinition') {
    k--;
    overNote = true;
  }
  const previous = out[k];
  if (!previous) return false;
  const nextText = next.type === 'paragraph' ? textOf(next) : '';
  if (previous.type === 'paragraph' && next.type === 'paragraph' && paragraphGoesOn(endOf(previous), nextText)) {
    appendPhrasing(previous, next.children, nextText);
    return true;
  }
  if (previous.type === 'list' && next.type === 'paragraph' && itemGoesOn(previous, nextText)) {
    appendPhrasing(lastParagraph(previous)!, next.children, nextText);
    return true;
  }
  if (previous.type === 'list' && next.type === 'list' && previous.ordered === next.ordered) {
    const [first, ...rest] = next.children;
    const firstText = first ? textOf(first) : '';
    if (first && itemGoesOn(previous, firstText) && first.children[0]?.type === 'paragraph') {
      appendPhrasing(lastParagraph(previous)!, first.children[0].children, textOf(first.children[0]));
      previous.children[previous.children.length - 1]!.children.push(...first.children.slice(1));
      previous.children.push(...rest);
      return true;
    }
    // Items of one list with the page's footnotes between them.
    if (overNote) {
      previous.children.push(...next.children);
      return true;
    }
  }
  return false;
}

/** The text parser's test: no sentence end, and the next starts in lower case or a long one breaks mid-phrase. */
function paragraphGoesOn(text: string, next: string): boolean {
  if (text === '' || next === '' || TERMINAL.test(text)) return false;
  if (/^[a-z]/.test(next)) return true;
  return text.length >= 60 && /(^|\s)[a-z][a-z'’-]*,?$/.test(text) && !SECTION.test(next);
}

function itemGoesOn(list: List, next: string): boolean {
  const last = lastParagraph(list);
  return !!last && /^[a-z(]/.test(next) && !TERMINAL.test(endOf(last));
}

function lastParagraph(list: List): Paragraph | undefined {
  const item: ListItem | undefined = list.children[list.children.length - 1];
  const last = item?.children[item.children.length - 1];
  return last?.type === 'paragraph' ? last : undefined;
}

/**
 * Plain text, a footnote marker kept as "¹" so that "rating¹" does not read as a sentence going on:
 * `toString` of the node with each marker read as "¹", walked in place (a copy of the node, for a
 * paragraph of megabytes, cost seconds and a gigabyte).
 */
function textOf(node: Flow | ListItem | Paragraph): string {
  const chunks: string[] = [];
  const stack: unknown[] = [node];
  while (stack.length > 0) {
    const current = stack.pop() as { type?: string; value?: unknown; alt?: unknown; children?: unknown[] };
    if (current.type === 'footnoteReference') chunks.push('¹');
    else if (typeof current.value === 'string') chunks.push(current.value);
    else if (typeof current.alt === 'string') chunks.push(current.alt);
    else if (Array.isArray(current.children)) for (let i = current.children.length - 1; i >= 0; i--) stack.push(current.children[i]);
  }
  return chunks.join('').replace(/\s+/g, ' ').trim();
}

/**
 * The end of each paragraph that joins have grown, kept as it grows: its text is one string that
 * each join lengthens, and reading the end of that string again would copy it whole every time.
 */
const ends = new WeakMap<Paragraph, string>();

/** Characters of a block's end that `endOf` reads before it may stop (at a word boundary). */
const END_CHARS = 65;
/** It stops regardless after this many: only a "word" longer than this could read differently. */
const END_MAX = 4096;

/**
 * The end of `textOf(node)`, read backwards from the last text node: enough of it for every test
 * of how a block ends (TERMINAL, the last word, a length of 60), and the whole text when it is
 * short. A paragraph that grows by join after join is tested once per join, so reading it whole
 * each time (as `textOf` does) would be quadratic in its length.
 */
function endOf(node: Paragraph): string {
  const known = ends.get(node);
  if (known !== undefined) return known;
  const chunks: string[] = [];
  let raw = 0;
  let nonSpace = 0;
  const stack: unknown[] = [node];
  while (stack.length > 0) {
    const current = stack.pop() as { type?: string; value?: unknown; alt?: unknown; children?: unknown[] };
    let chunk: string | null = null;
    if (current.type === 'footnoteReference') chunk = '¹';
    else if (typeof current.value === 'string') chunk = current.value;
    else if (typeof current.alt === 'string') chunk = current.alt;
    else if (Array.isArray(current.children)) for (const child of current.children) stack.push(child);
    if (chunk === null || chunk === '') continue;
    const piece = chunk.length > END_MAX ? chunk.slice(-END_MAX) : chunk;
    chunks.push(piece);
    raw += piece.length;
    nonSpace += piece.replace(/\s+/g, '').length;
    const cut = piece.length < chunk.length || stack.length > 0;
    // Enough read, and the text read starts at a word boundary (or is already long): the rest cannot change the end.
    if (cut && nonSpace >= END_CHARS && (/^\s/.test(piece) || raw >= END_MAX)) break;
  }
  return chunks.reverse().join('').replace(/\s+/g, ' ').trim();
}

/** Appends a paragraph's content (whose `textOf` is `text`) to `target`, after a space. */
function appendPhrasing(target: Paragraph, children: PhrasingContent[], text: string): void {
  const end = `${endOf(target)} ${text}`.replace(/\s+/g, ' ').trim();
  ends.set(target, end.length > END_MAX ? end.slice(-END_MAX) : end);
  target.children = mergeTexts([...target.children, { type: 'text', value: ' ' }, ...children]);
}
