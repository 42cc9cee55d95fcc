/**
 * Footnote lists → `footnoteDefinition`s. Recognised containers: `section/div/ol.footnotes` (and
 * "endnotes"), `role=doc-endnotes` (Pandoc), Word's `mso-element:footnote-list`, and any list whose
 * items have ids like "fn3" / "footnote-3". A definition's identifier comes from the item's `value`,
 * its id, the number its back link or text starts with, or its position in the list.
 */
import type { Paragraph, PhrasingContent } from 'mdast';
import { type AnyNode, type Element, attrOf, childElements, descendants, detach, headingLevel, nameWords, tagOf, textOf } from './dom.js';
import { type Flow, footnoteDefinition } from './nodes.js';

const NOTE_ID = /^(?:fn|footnote|endnote|ftn|edn|note)[-:_]?(\d{1,4})$/i;
const BACK_HREF = /^#_?(?:fnref|ftnref|ednref|footnote-ref|ref)[-:_]?(\d*)/i;
/** "1.", "[1]", "(1)", "1)" or a lone "1" before the note's text. */
const LEADING_NUMBER = /^\s*[[(]?(\d{1,3})[\]).]?\s+(?=\S)/;

export function isFootnoteContainer(el: Element): boolean {
  const tag = tagOf(el);
  if (attrOf(el, 'role') === 'doc-endnotes' || attrOf(el, 'role') === 'doc-footnotes') return true;
  if (/mso-element:\s*(?:foot|end)note-list/i.test(attrOf(el, 'style'))) return true;
  const words = nameWords(el);
  if (tag !== 'a' && tag !== 'sup' && (words.includes('footnotes') || words.includes('endnotes'))) return true;
  if (tag === 'ol' || tag === 'ul') {
    const items = childElements(el).filter((child) => tagOf(child) === 'li');
    return items.length > 0 && items.filter((li) => NOTE_ID.test(attrOf(li, 'id'))).length * 2 >= items.length;
  }
  return false;
}

/** Converts a footnote container; `convert` is the block walker, passed in to keep modules acyclic. */
export function definitionsOf(container: Element, convert: (nodes: readonly AnyNode[]) => Flow[]): Flow[] {
  const listEl = tagOf(container) === 'ol' || tagOf(container) === 'ul' ? container : descendants(container).find((el) => tagOf(el) === 'ol' || tagOf(el) === 'ul');
  return listEl ? fromList(listEl, convert) : fromParagraphs(container, convert);
}

function fromList(listEl: Element, convert: (nodes: readonly AnyNode[]) => Flow[]): Flow[] {
  const start = Number.parseInt(attrOf(listEl, 'start'), 10);
  let next = Number.isFinite(start) ? start : 1;
  const out: Flow[] = [];
  for (const li of childElements(listEl).filter((child) => tagOf(child) === 'li')) {
    const value = Number.parseInt(attrOf(li, 'value'), 10);
    const fromId = NOTE_ID.exec(attrOf(li, 'id'))?.[1];
    const back = removeBackLinks(li);
    const number = Number.isFinite(value) ? value : fromId ? Number(fromId) : back ?? next;
    next = number + 1;
    const children = convert(li.children);
    if (children.length > 0) out.push(footnoteDefinition(String(number), children));
  }
  return out;
}

/** Notes as paragraphs ("[1] text", Word's `<div id=ftn1>`): a paragraph without a number continues the note before. */
function fromParagraphs(container: Element, convert: (nodes: readonly AnyNode[]) => Flow[]): Flow[] {
  const out: Flow[] = [];
  const notes = childElements(container).filter((el) => headingLevel(el) === null && tagOf(el) !== 'hr');
  for (const note of notes) {
    const back = removeBackLinks(note);
    for (const [i, block] of convert([note]).entries()) {
      if (block.type === 'footnoteDefinition') {
        out.push(block);
        continue;
      }
      // The back link numbers the note's first paragraph; later ones go on with that note.
      const number = (i === 0 ? back : null) ?? (block.type === 'paragraph' ? takeLeadingNumber(block) : null);
      const previous = out[out.length - 1];
      if (number !== null) out.push(footnoteDefinition(String(number), [block]));
      else if (previous?.type === 'footnoteDefinition') previous.children.push(block);
    }
  }
  return out;
}

/**
 * Removes the links from a note back to its marker ("↩", Word's "[1]") and returns the number the
 * first of them names, if any.
 */
function removeBackLinks(el: Element): number | null {
  let number: number | null = null;
  for (const link of descendants(el).filter(isBackLink)) {
    if (number === null) {
      const digits = /(\d+)/.exec(textOf(link))?.[1] ?? BACK_HREF.exec(attrOf(link, 'href'))?.[1];
      if (digits) number = Number(digits);
    }
    detach(link);
  }
  return number;
}

function isBackLink(el: Element): boolean {
  if (tagOf(el) !== 'a') return false;
  if (attrOf(el, 'role') === 'doc-backlink') return true;
  const words = nameWords(el);
  if (words.includes('backref') || words.includes('reversefootnote') || (words.includes('footnote') && words.includes('back'))) return true;
  return BACK_HREF.test(attrOf(el, 'href'));
}

/** "1. text" → 1, with the number taken off the paragraph's first text. */
function takeLeadingNumber(block: Paragraph): number | null {
  const first: PhrasingContent | undefined = block.children[0];
  if (!first || first.type !== 'text') return null;
  const match = LEADING_NUMBER.exec(first.value);
  if (!match) return null;
  first.value = first.value.slice(match[0].length);
  return Number(match[1]);
}
