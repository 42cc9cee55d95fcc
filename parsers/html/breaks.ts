/**
 * Paragraphs and lists that a converter cut in two. A web page made from a PDF or Word file often
 * ends a `<p>` or `<ul>` where a page broke ("… individuals of South Asian</p><p>heritage. The
 * CRC …"), sometimes with the page's footnotes in between. The model wants whole paragraphs, so a
 * block that plainly goes on from the one before is joined to it, with the same tests the text
 * parser applies at page breaks; footnote definitions in between stay where they are.
 */
import type { List, ListItem, Paragraph, PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Flow } from './nodes.js';
import { mergeTexts } from './text.js';

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
  if (previous.type === 'paragraph' && next.type === 'paragraph' && paragraphGoesOn(textOf(previous), textOf(next))) {
    appendPhrasing(previous, next.children);
    return true;
  }
  if (previous.type === 'list' && next.type === 'paragraph' && itemGoesOn(previous, textOf(next))) {
    appendPhrasing(lastParagraph(previous)!, next.children);
    return true;
  }
  if (previous.type === 'list' && next.type === 'list' && previous.ordered === next.ordered) {
    const [first, ...rest] = next.children;
    const firstText = first ? textOf(first) : '';
    if (first && itemGoesOn(previous, firstText) && first.children[0]?.type === 'paragraph') {
      appendPhrasing(lastParagraph(previous)!, first.children[0].children);
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
  return !!last && /^[a-z(]/.test(next) && !TERMINAL.test(textOf(last));
}

function lastParagraph(list: List): Paragraph | undefined {
  const item: ListItem | undefined = list.children[list.children.length - 1];
  const last = item?.children[item.children.length - 1];
  return last?.type === 'paragraph' ? last : undefined;
}

/** Plain text, a footnote marker kept as "¹" so that "rating¹" does not read as a sentence going on. */
function textOf(node: Flow | ListItem | Paragraph): string {
  const marked = JSON.parse(JSON.stringify(node), (key, value) =>
    value && typeof value === 'object' && value.type === 'footnoteReference' ? { type: 'text', value: '¹' } : value,
  ) as Flow;
  return toString(marked).replace(/\s+/g, ' ').trim();
}

function appendPhrasing(target: Paragraph, children: PhrasingContent[]): void {
  target.children = mergeTexts([...target.children, { type: 'text', value: ' ' }, ...children]);
}
