/**
 * The main content's DOM → the model's blocks: h1–h6 headings, paragraphs (split at `<br>` lines),
 * lists, tables, block quotes and footnote definitions. Containers (`div`, `section`, …) are read
 * through; inline content standing loose between blocks becomes paragraphs of its own.
 */
import type { List, ListItem, TableRow } from 'mdast';
import { type AnyNode, type Element, attrOf, childElements, descendants, headingLevel, isElement, nameWords, tagOf, textOf } from './dom.js';
import { joinAcrossBreak } from './breaks.js';
import { definitionsOf, isFootnoteContainer } from './footnotes.js';
import { inlineText } from './inline.js';
import { linesToBlocks } from './lines.js';
import { type Flow, blockquote, heading, list, listItem, paragraph, table } from './nodes.js';
import { gridOf, isLayoutTable } from './table.js';
import { normalizeSpace, oneLine, plainOf, splitLines } from './text.js';

/** Elements that start a block of their own; anything else is inline content. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'search', 'section', 'summary', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/** Class words of a byline or dateline ("Published: 31 October 2018"): container metadata, not text. */
const BYLINE_WORDS = new Set(['byline', 'dateline', 'meta', 'metadata', 'postmeta', 'entrymeta', 'posted', 'pubdate']);
const DATE_LABEL = /^(?:(?:first )?published|posted|updated|last updated|released?|date)?(?: on)?:?$/i;
/** "(Back to top)", "[top]", "↑ Back to top", a permalink "¶" or "#": navigation inside a heading. */
const HEADING_TAIL = /\s*(?:[[(]\s*(?:back to (?:top|contents)|return to (?:top|contents)|top(?: of page)?)\s*[\])]|[-–|↑^]?\s*(?:back to top|return to top)\s*[↑^]?|[¶#§↑])\s*$/i;

/**
 * State of one page's conversion: lists built from text lines (they continue each other when
 * adjacent) and table rows made of `<th>` cells (header rows, for rejoining split tables).
 */
export interface Context {
  lineLists: WeakSet<List>;
  headerRows: WeakSet<TableRow>;
}

export function newContext(): Context {
  return { lineLists: new WeakSet(), headerRows: new WeakSet() };
}

export function convert(nodes: readonly AnyNode[], ctx: Context): Flow[] {
  return blocksOf(nodes, ctx);
}

function blocksOf(nodes: readonly AnyNode[], ctx: Context): Flow[] {
  const out: Flow[] = [];
  let run: AnyNode[] = [];
  const flush = () => {
    if (run.length > 0) append(out, fromLines(run, ctx), ctx);
    run = [];
  };
  for (const node of nodes) {
    if (isElement(node) && startsBlock(node)) {
      flush();
      append(out, blockOf(node, ctx), ctx);
    } else run.push(node);
  }
  flush();
  return out;
}

/** A block element, or an inline one wrapped around blocks (`<a><div>…</div></a>`). */
function startsBlock(el: Element): boolean {
  return BLOCK_TAGS.has(tagOf(el)) || isFootnoteContainer(el) || descendants(el).some((d) => BLOCK_TAGS.has(tagOf(d)));
}

function fromLines(nodes: readonly AnyNode[], ctx: Context): Flow[] {
  const blocks = linesToBlocks(splitLines(inlineText(nodes, 'lines')));
  for (const block of blocks) if (block.type === 'list') ctx.lineLists.add(block);
  return blocks;
}

/**
 * Appends one element's blocks. Its first block may go on from the last one (a paragraph or list a
 * page break cut in two); a list made of text lines continues one made just before ("• a</p><p>• b").
 */
function append(out: Flow[], blocks: Flow[], ctx: Context): void {
  for (const [i, block] of blocks.entries()) {
    if (i === 0 && joinAcrossBreak(out, block)) continue;
    const previous = out[out.length - 1];
    if (
      block.type === 'list' &&
      previous?.type === 'list' &&
      ctx.lineLists.has(block) &&
      ctx.lineLists.has(previous) &&
      previous.ordered === block.ordered &&
      (!block.ordered || (previous.start ?? 1) + previous.children.length === block.start)
    ) {
      previous.children.push(...block.children);
      continue;
    }
    out.push(block);
  }
}

function blockOf(el: Element, ctx: Context): Flow[] {
  if (isFootnoteContainer(el)) return definitionsOf(el, (nodes) => blocksOf(nodes, ctx));
  if (isByline(el)) return [];
  const tag = tagOf(el);
  const level = headingLevel(el);
  if (level !== null) return headingOf(el, level);
  switch (tag) {
    case 'p':
      return fromLines(el.children, ctx);
    case 'ul':
    case 'ol':
      return listOf(el, ctx);
    case 'table':
      return tableOf(el, ctx);
    case 'blockquote': {
      const children = blocksOf(el.children, ctx);
      return children.length > 0 ? [blockquote(children)] : [];
    }
    case 'pre':
      // Preformatted text keeps its lines; they are read like `<br>` lines.
      return linesToBlocks(textOf(el).split('\n').map(normalizeSpace).filter((line) => line !== ''));
    case 'hr':
      return [];
    default:
      return blocksOf(el.children, ctx);
  }
}

function headingOf(el: Element, level: number): Flow[] {
  let text = oneLine(inlineText(el.children, 'flat'));
  for (let before = ''; before !== text; ) {
    before = text;
    text = text.replace(HEADING_TAIL, '');
  }
  // A heading of dashes or dots ("-") is a separator, not a title.
  if (!/[\p{L}\p{N}]/u.test(plainOf(text)) && !/[⁰¹²³⁴⁵⁶⁷⁸⁹]/.test(text)) return [];
  return [heading(level, text)];
}

function listOf(el: Element, ctx: Context): Flow[] {
  const ordered = tagOf(el) === 'ol';
  const items: ListItem[] = [];
  for (const child of el.children) {
    if (!isElement(child)) {
      if (normalizeSpace(textOf(child)) !== '') items.push(listItem(blocksOf([child], ctx)));
      continue;
    }
    const tag = tagOf(child);
    const children = tag === 'li' ? blocksOf(child.children, ctx) : blocksOf([child], ctx);
    if (children.length === 0) continue;
    const last = items[items.length - 1];
    // A list nested straight into a list (<ul><li>a</li><ul>…</ul></ul>) belongs to the item before.
    if ((tag === 'ul' || tag === 'ol') && last) last.children.push(...children);
    else items.push(listItem(children));
  }
  if (items.length === 0) return [];
  const numbered = ordered ? null : typedNumbers(items);
  if (numbered !== null) return [list(true, numbered, items)];
  return [list(ordered, ordered ? startOf(el) : undefined, items)];
}

/**
 * A bullet list whose items the author numbered by hand ("• 1. ensure …", "• 2. improve …") is an
 * ordered list. Each item's line was read as a one-item numbered list (or, for a short title, a
 * paragraph starting "N. "); the numbers are taken off and kept as the list's start.
 */
function typedNumbers(items: ListItem[]): number | null {
  const numbered = items.map(numberedContent);
  const start = numbered[0]?.number;
  if (start === undefined || numbered.some((entry, i) => entry?.number !== start + i)) return null;
  items.forEach((item, i) => {
    item.children = numbered[i]!.children;
  });
  return start;
}

function numberedContent(item: ListItem): { number: number; children: Flow[] } | null {
  const [first, ...rest] = item.children;
  if (first?.type === 'list' && first.ordered && first.children.length === 1 && rest.length === 0) {
    return { number: first.start ?? 1, children: first.children[0]!.children };
  }
  const text = first?.type === 'paragraph' && first.children[0]?.type === 'text' ? first.children[0] : null;
  const match = text ? /^(\d{1,2})[.)]\s+(?=\S)/.exec(text.value) : null;
  if (!text || !match) return null;
  text.value = text.value.slice(match[0].length);
  return { number: Number(match[1]), children: item.children };
}

function startOf(el: Element): number {
  const start = Number.parseInt(attrOf(el, 'start'), 10);
  if (Number.isFinite(start)) return start;
  const first = childElements(el).find((child) => tagOf(child) === 'li');
  const value = first ? Number.parseInt(attrOf(first, 'value'), 10) : Number.NaN;
  return Number.isFinite(value) ? value : 1;
}

function tableOf(el: Element, ctx: Context): Flow[] {
  if (isLayoutTable(el)) return blocksOf(el.children, ctx);
  const caption = childElements(el).find((child) => tagOf(child) === 'caption');
  const captionText = caption ? oneLine(inlineText(caption.children, 'flat')) : '';
  const grid = gridOf(el);
  const out: Flow[] = [];
  if (captionText) out.push(paragraph(captionText));
  if (grid.length > 0) {
    const node = table(grid.map((row) => row.cells));
    grid.forEach((row, i) => {
      if (row.header) ctx.headerRows.add(node.children[i]!);
    });
    out.push(node);
  }
  return out;
}

/** A short line giving the date or author ("Published: <time>…</time>"), not part of the text. */
function isByline(el: Element): boolean {
  const tag = tagOf(el);
  if (tag !== 'p' && tag !== 'div' && tag !== 'span' && tag !== 'header' && tag !== 'footer') return false;
  const text = plainOf(oneLine(inlineText(el.children, 'flat')));
  if (text.length > 200 || descendants(el).some((d) => headingLevel(d) !== null)) return false;
  if (nameWords(el).some((word) => BYLINE_WORDS.has(word))) return true;
  const time = descendants(el).find((d) => tagOf(d) === 'time');
  if (!time) return false;
  return DATE_LABEL.test(normalizeSpace(text.replace(normalizeSpace(textOf(time)), '')));
}
