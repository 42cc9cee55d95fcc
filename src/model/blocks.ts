/**
 * A flat, read-only view of the document model for extractors: the blocks in reading order, each
 * with its plain text, page and line. Lists are flattened to their items (an ordered item's text
 * starts with its number, "3. Equip all staff …", as it does when a source prints it as a
 * paragraph), block quotes to their paragraphs, tables to rows of cells. Footnote definitions are
 * kept apart, by identifier.
 */
import type { FootnoteDefinition, List, Nodes, PhrasingContent, Root, RootContent, Table, TableCell, TableRow } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Evidence } from './types.js';
import { execAll } from '../lexicon/words.js';

export interface Cell {
  /** Text of the cell without footnote markers, whitespace collapsed. */
  text: string;
  /** Footnote identifiers marked in the cell, in order. */
  footnotes: string[];
  /** The cell's fill colour ("#rrggbb") where the source shades it; null otherwise. */
  fill: string | null;
}

export interface Row {
  cells: Cell[];
  page: number | null;
  line: number | null;
}

interface BlockBase {
  /** Position in reading order. */
  index: number;
  text: string;
  footnotes: string[];
  page: number | null;
  line: number | null;
  node: Nodes;
}

export interface HeadingBlock extends BlockBase {
  type: 'heading';
  depth: number;
}

export interface TextBlock extends BlockBase {
  type: 'paragraph' | 'listItem' | 'quote';
  /** Number of an ordered list item ("3" for "3. Equip …"), else null. */
  number: number | null;
}

export interface TableBlock extends BlockBase {
  type: 'table';
  rows: Row[];
}

export type Block = HeadingBlock | TextBlock | TableBlock;

export interface DocumentView {
  tree: Root;
  blocks: Block[];
  footnotes: Map<string, { text: string; page: number | null }>;
}

export function viewOf(tree: Root): DocumentView {
  const blocks: Block[] = [];
  const footnotes = new Map<string, { text: string; page: number | null }>();
  const push = (block: Omit<HeadingBlock, 'index'> | Omit<TextBlock, 'index'> | Omit<TableBlock, 'index'>) =>
    blocks.push({ ...block, index: blocks.length } as Block);

  const visit = (node: RootContent, inherited: number | null, quote: boolean) => {
    const page = pageOf(node) ?? inherited;
    const line = node.position?.start.line ?? null;
    switch (node.type) {
      case 'heading':
        push({ type: 'heading', depth: node.depth, text: clean(toString(node)), footnotes: refs(node), page, line, node });
        break;
      case 'paragraph':
        push({ type: quote ? 'quote' : 'paragraph', number: null, text: clean(toString(node)), footnotes: refs(node), page, line, node });
        break;
      case 'list':
        visitList(node, page, quote);
        break;
      case 'blockquote':
        for (const child of node.children) visit(child, page, true);
        break;
      case 'table':
        push({ type: 'table', text: tableText(node), footnotes: refs(node), page, line, node, rows: rowsOf(node, page) });
        break;
      case 'footnoteDefinition':
        footnotes.set(node.identifier, { text: clean(toString(node)), page });
        break;
      default:
        if ('children' in node) for (const child of node.children as RootContent[]) visit(child, page, quote);
        else if ('value' in node && typeof node.value === 'string' && node.value.trim()) {
          push({ type: 'paragraph', number: null, text: clean(node.value), footnotes: [], page, line, node });
        }
    }
  };

  const visitList = (list: List, page: number | null, quote: boolean) => {
    list.children.forEach((item, i) => {
      const itemPage = pageOf(item) ?? page;
      const number = list.ordered ? (list.start ?? 1) + i : null;
      const [first, ...rest] = item.children;
      if (first && first.type === 'paragraph') {
        const text = clean(toString(first));
        push({
          type: quote ? 'quote' : 'listItem',
          number,
          text: number !== null ? `${number}. ${text}` : text,
          footnotes: refs(first),
          page: pageOf(first) ?? itemPage,
          line: item.position?.start.line ?? null,
          node: item,
        });
      } else if (first) visit(first, itemPage, quote);
      for (const child of rest) visit(child, itemPage, quote);
    });
  };

  for (const child of tree.children) visit(child, null, false);
  return { tree, blocks, footnotes };
}

export function pageOf(node: Nodes): number | null {
  return node.data?.page ?? null;
}

/** Collapse whitespace and turn odd spaces into plain ones. */
export function clean(text: string): string {
  return text.replace(/[\s\u00A0\u2009\u202F]+/g, ' ').trim();
}

/** Footnote identifiers marked in a node, in order. */
export function refs(node: Nodes): string[] {
  const out: string[] = [];
  const walk = (n: Nodes) => {
    if (n.type === 'footnoteReference') out.push(n.identifier);
    if ('children' in n) for (const child of n.children as Nodes[]) walk(child);
  };
  walk(node);
  return out;
}

function cellOf(cell: TableCell): Cell {
  return { text: clean(toString(cell)), footnotes: refs(cell), fill: cell.data?.fill ?? null };
}

function rowsOf(table: Table, page: number | null): Row[] {
  return table.children.map((row: TableRow) => ({
    cells: row.children.map(cellOf),
    page: pageOf(row) ?? page,
    line: row.position?.start.line ?? null,
  }));
}

function tableText(table: Table): string {
  return table.children.map((row) => row.children.map((cell) => clean(toString(cell))).join(' | ')).join('\n');
}

/** The text of a row as a person would quote it: non-empty cells, in order. */
export function rowText(row: Row): string {
  return row.cells.map((c) => c.text).filter(Boolean).join(' | ');
}

export function evidence(block: Pick<Block, 'page'> | Row, quote: string): Evidence {
  return { page: block.page, quote: clean(quote) };
}

/** The sentence of `text` that contains `needle` (or the whole text when it cannot be cut). */
export function sentenceAround(text: string, index: number, length = 0): string {
  const sentences = splitSentences(text);
  let offset = 0;
  for (const sentence of sentences) {
    const start = text.indexOf(sentence, offset);
    const end = start + sentence.length;
    if (index >= start && index + length <= end + 1) return sentence;
    offset = end;
  }
  return text;
}

/**
 * Sentences of a paragraph. Splits after . ! ? (and a closing quote) before a capital or an opening
 * quote, but not after abbreviations and initials that end in a full stop.
 */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  const pattern = /[.!?]["”’']?(?=\s+["“‘']?[A-Z0-9£])/g;
  let start = 0;
  for (const match of execAll(pattern, text)) {
    const end = match.index + match[0].length;
    const head = text.slice(start, end);
    if (/\b(?:Mr|Mrs|Ms|Dr|St|No|e\.g|i\.e|etc|vs|Co|Ltd|HMPs?|[A-Z])\.$/.test(head.trimEnd())) continue;
    out.push(head.trim());
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

export type { FootnoteDefinition, PhrasingContent };
