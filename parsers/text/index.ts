/**
 * Plain text → mdast. The text is what a PDF-to-text extraction gives: one paragraph per line (or
 * wrapped over several), tables as tab-separated lines, footnotes as lines that start with a
 * superscript number, bullets as "- " or "•" lines, and page breaks that cut paragraphs, list items
 * and tables in two. This parser rebuilds the blocks; `src/model/footnotes.ts` later resolves
 * footnote markers that the extraction glued to values in plain digits.
 */
import type {
  FootnoteDefinition,
  Heading,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
  Table,
  TableCell,
  TableRow,
} from 'mdast';
import type { Position } from 'unist';
import { phrasing } from '../../src/model/inline.js';
import { isHeaderCells } from '../../src/model/tables.js';

type LineKind = 'blank' | 'row' | 'footnote' | 'bullet' | 'numbered' | 'plain';

interface Line {
  kind: LineKind;
  /** Text with the line marker (bullet, footnote number) removed; for rows, the raw line. */
  text: string;
  raw: string;
  /** 1-based line number in the source. */
  line: number;
  indented: boolean;
  /** Footnote identifier or list number. */
  label?: string;
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const BULLET = /^\s*(?:[-•\u2022\uF0B7\u25AA\u25CF*])\s+/;
const NUMBERED = /^\s*(\d{1,2})[.)]\s+(?=\S)/;
const FOOTNOTE_SUPERSCRIPT = new RegExp(`^\\s*([${SUPERSCRIPT}]+)\\s*(\\S.*)$`);
// A footnote line mangled into LaTeX by some converters: " $^{^{47}}$ Expected in all cases".
const FOOTNOTE_LATEX = /^\s*\$\^\{\^?\{?(\d+)\}?\}\$\s*(\S.*)$/;
const TERMINAL = /[.!?:;"”’')\]]$/;
const FUNCTION_WORD_END = /\s(?:a|an|the|this|that|these|those|of|to|in|on|at|by|for|with|from|and|or|but|as|than|which|who|whose|is|are|was|were|be|been|has|have|had|its|their|our|his|her|so|if|not|no)$/i;

export function parseText(input: string): Root {
  const lines = classifyLines(input);
  const blocks = buildBlocks(lines);
  const joined = joinAcrossBreaks(blocks);
  const root: Root = { type: 'root', children: promoteHeadings(joined), data: { meta: { pages: null } } };
  return root;
}

function classifyLines(input: string): Line[] {
  const text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(/\u0000/g, '');
  return text.split('\n').map((raw, index): Line => {
    const line = index + 1;
    // Trailing tabs are empty table cells ("2.2. Planning\t\t"), so only spaces are trimmed.
    const trimmed = trimSpacesEnd(raw);
    const indented = /^[ \u00A0]/.test(raw);
    if (trimmed.trim() === '' || trimmed.trim() === '-') {
      return { kind: 'blank', text: '', raw, line, indented };
    }
    if (trimmed.includes('\t')) return { kind: 'row', text: trimmed, raw, line, indented };
    const footnote = FOOTNOTE_SUPERSCRIPT.exec(trimmed) ?? FOOTNOTE_LATEX.exec(trimmed);
    if (footnote) {
      return { kind: 'footnote', text: footnote[2]!, raw, line, indented, label: fromSuperscript(footnote[1]!) };
    }
    if (BULLET.test(trimmed)) {
      const rest = trimmed.replace(BULLET, '');
      const numbered = NUMBERED.exec(rest);
      if (numbered) return { kind: 'numbered', text: rest.slice(numbered[0].length), raw, line, indented, label: numbered[1]! };
      return { kind: 'bullet', text: rest, raw, line, indented };
    }
    const numbered = NUMBERED.exec(trimmed);
    if (numbered && !isSectionHeading(trimmed)) {
      return { kind: 'numbered', text: trimmed.slice(numbered[0].length), raw, line, indented, label: numbered[1]! };
    }
    return { kind: 'plain', text: trimmed.trim().replace(/\s+/g, ' '), raw, line, indented };
  });
}

/**
 * Spaces and no-break spaces off the end of a line. A loop, not /[ \u00A0]+$/: that regex retries
 * at every space of a long run that does not end the line, which is quadratic on a huge line.
 */
function trimSpacesEnd(text: string): string {
  let end = text.length;
  while (end > 0 && (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0xa0)) end--;
  return end === text.length ? text : text.slice(0, end);
}

function fromSuperscript(digits: string): string {
  return [...digits].map((c) => (SUPERSCRIPT.includes(c) ? String(SUPERSCRIPT.indexOf(c)) : c)).join('');
}

/** "1. Organisational delivery", "2.1. Assessment", "4.1 Unpaid work": a numbered section title. */
export function sectionNumber(text: string): { number: string; title: string; depth: number } | null {
  const match = /^(\d{1,2}(?:\.\d{1,2})*)\.?\s+(\S.*)$/.exec(text.trim());
  if (!match) return null;
  const number = match[1]!;
  const title = match[2]!;
  if (!number.includes('.') && !/^\d{1,2}\.\s/.test(text.trim())) return null; // "3 cases" is not a heading
  return { number, title, depth: Math.min(6, 1 + number.split('.').length) };
}

function isSectionHeading(text: string): boolean {
  const section = sectionNumber(text);
  if (!section) return false;
  return section.title.length <= 60 && /^[A-Z]/.test(section.title) && !TERMINAL.test(section.title);
}

/**
 * Text that grows line by line, with its last characters kept apart: the tests of how a text ends
 * (TERMINAL, FUNCTION_WORD_END) read only `tail`, so a paragraph of a hundred thousand lines is
 * not rescanned (and its rope of joined strings not flattened) once per line.
 */
interface Growing {
  text: string;
  tail: string;
}

interface Item extends Growing {
  label?: string;
  line: number;
}

/** Longer than any match of an end-anchored test here (FUNCTION_WORD_END is at most 8 characters). */
const TAIL = 64;

function tailOf(text: string): string {
  return text.length > TAIL ? text.slice(-TAIL) : text;
}

/** Appends `piece` (a line, or another block's text) after a space. */
function extend(target: Growing, piece: Growing): void {
  target.text = `${target.text} ${piece.text}`;
  target.tail = tailOf(`${target.tail} ${piece.tail}`);
}

function growing(text: string): Growing {
  return { text, tail: tailOf(text) };
}

interface Block {
  node: RootContent;
  /** Kind of the first and last source line, for joining across page breaks. */
  kind: 'paragraph' | 'heading' | 'list' | 'table' | 'footnote';
  line: number;
  endLine: number;
  /** Set when a blank line or footnote followed this block. */
  closed: boolean;
  /** Lines of text of a paragraph or the last list item, before inline parsing. */
  text?: string;
  /** The end of `text` (see `Growing`). */
  tail?: string;
  rows?: string[][];
  rowLines?: number[];
  /** Widest row of `rows`, kept as rows are added so joining tables never rescans them. */
  width?: number;
  items?: Item[];
  ordered?: boolean;
  label?: string;
  separatedByFootnote?: boolean;
  /** Length of the last source line of a paragraph. */
  lastLine?: number;
}

function buildBlocks(lines: Line[]): Block[] {
  const wrapWidth = widthOf(lines);
  // A line goes on onto the next when it was wrapped (it runs to about the wrap width and to about the next line's length), or when both are short lines of one title ("… in: West Yorkshire" / "Community Rehabilitation Company").
  const wrapped = (lineLength: number, next: string) =>
    (lineLength >= 0.6 * next.length && lineLength >= 0.5 * wrapWidth) || (next.length < 0.5 * wrapWidth && !TERMINAL.test(next));
  const blocks: Block[] = [];
  let current: Block | null = null;
  let sawFootnoteSince = false;

  const close = () => {
    if (current) current.closed = true;
    current = null;
  };
  const start = (block: Block) => {
    if (sawFootnoteSince) block.separatedByFootnote = true;
    sawFootnoteSince = false;
    blocks.push(block);
    current = block;
  };

  for (const line of lines) {
    const open = current as Block | null;
    switch (line.kind) {
      case 'blank':
        close();
        break;
      case 'footnote': {
        close();
        const footnote: Block = { node: paragraphNode(line.text), kind: 'footnote', line: line.line, endLine: line.line, closed: false, ...growing(line.text), label: line.label };
        blocks.push(footnote);
        current = footnote;
        sawFootnoteSince = true;
        break;
      }
      case 'row': {
        const cells = line.text.split('\t').map((cell) => cell.trim().replace(/\s+/g, ' '));
        if (open?.kind === 'table') {
          open.rows!.push(cells);
          open.rowLines!.push(line.line);
          open.width = Math.max(open.width!, cells.length);
          open.endLine = line.line;
        } else {
          close();
          start({ node: paragraphNode(''), kind: 'table', line: line.line, endLine: line.line, closed: false, rows: [cells], rowLines: [line.line], width: cells.length });
        }
        break;
      }
      case 'bullet':
      case 'numbered': {
        const ordered = line.kind === 'numbered';
        const item: Item = { ...growing(line.text), label: line.label, line: line.line };
        // Numbered items separated only by blank lines (notes to editors) still form one list.
        const last = blocks[blocks.length - 1];
        const list = open?.kind === 'list' ? open : !open && !sawFootnoteSince && last?.kind === 'list' && ordered ? last : undefined;
        if (list && list.ordered === ordered && (!ordered || follows(list, line.label))) {
          list.items!.push(item);
          list.endLine = line.line;
          current = list;
        } else {
          close();
          start({ node: paragraphNode(''), kind: 'list', line: line.line, endLine: line.line, closed: false, items: [item], ordered });
        }
        break;
      }
      case 'plain': {
        if (open?.kind === 'list' && (line.indented || /^[a-z(]/.test(line.text))) {
          // A wrapped list item: " others are insufficient because …".
          const item = open.items![open.items!.length - 1]!;
          extend(item, growing(line.text));
          open.endLine = line.line;
        } else if (open?.kind === 'footnote' && !TERMINAL.test(open.tail!) && /^[a-z(]/.test(line.text)) {
          extend(open as Growing, growing(line.text));
        } else if (open?.kind === 'paragraph' && !BACK_TO_TOP.test(open.tail!) && !BACK_TO_TOP.test(line.text) && ((!TERMINAL.test(open.tail!) && wrapped(open.lastLine!, line.text)) || /^[a-z(]/.test(line.text))) {
          extend(open as Growing, growing(line.text));
          open.endLine = line.line;
          open.lastLine = line.text.length;
        } else {
          close();
          start({ node: paragraphNode(''), kind: 'paragraph', line: line.line, endLine: line.line, closed: false, ...growing(line.text), lastLine: line.text.length });
        }
        break;
      }
    }
  }
  return blocks;
}

/** A link label that only a heading of a web page carries: the line is a heading of its own. */
const BACK_TO_TOP = /\(Back to top\)\s*$/i;

/**
 * The width a text's lines were wrapped to: the length most long lines reach (the 90th
 * percentile). A line without a full stop was wrapped onto the next one only if it runs to about
 * that width and to about the width of the line after it; a headline is much shorter than the
 * paragraph under it, and than the paragraphs of a page saved one paragraph per line.
 */
function widthOf(lines: Line[]): number {
  const lengths = lines.filter((l) => l.kind === 'plain').map((l) => l.text.length).sort((a, b) => a - b);
  return lengths.length ? lengths[Math.floor(0.9 * (lengths.length - 1))]! : 0;
}

function follows(list: Block, label: string | undefined): boolean {
  const last = list.items![list.items!.length - 1];
  return Number(label) === Number(last?.label) + 1;
}

/**
 * A page break cuts paragraphs, list items and tables in two, often with footnotes between the
 * halves. Rejoin a block with the next one of its kind when the first half plainly does not end
 * there; footnote definitions stay where they are.
 */
function joinAcrossBreaks(blocks: Block[]): Block[] {
  const out: Block[] = [];
  // The last block of `out` that is not a footnote, kept as blocks go by: a run of thousands of
  // footnotes must not be searched back through once per block.
  let previous: Block | undefined;
  for (const block of blocks) {
    if (previous?.kind === 'list' && block.kind === 'paragraph' && continuesItem(previous, block.text!)) {
      extend(previous.items![previous.items!.length - 1]!, block as Growing);
      continue;
    }
    if (previous && previous.kind === block.kind && canJoin(previous, block)) {
      if (block.kind === 'paragraph') extend(previous as Growing, block as Growing);
      if (block.kind === 'list') {
        const last = previous.items![previous.items!.length - 1]!;
        const [first, ...rest] = block.items!;
        if (first && /^[a-z]/.test(first.text) && !TERMINAL.test(last.tail)) {
          extend(last, first);
          pushAll(previous.items!, rest);
        } else pushAll(previous.items!, block.items!);
      }
      if (block.kind === 'table') joinTables(previous, block);
      previous.endLine = block.endLine;
      continue;
    }
    out.push(block);
    if (block.kind !== 'footnote') previous = block;
  }
  return out.map(finish);
}

/** `target.push(...items)` without spreading: a spread of a hundred thousand items overflows the stack. */
function pushAll<T>(target: T[], items: T[]): void {
  for (const item of items) target.push(item);
}

/** "…evidence of acceptable absences," / "or discuss the possibility …": an item cut by a page break. */
function continuesItem(list: Block, text: string): boolean {
  const last = list.items![list.items!.length - 1]!;
  return /^[a-z]/.test(text) && !TERMINAL.test(last.tail);
}

function canJoin(previous: Block, next: Block): boolean {
  if (previous.kind === 'paragraph') {
    const tail = previous.tail!;
    if (TERMINAL.test(tail)) return false;
    if (/^[a-z]/.test(next.text!)) return true;
    // "… and so this" / "service has been rated …": no sentence ends on a function word, so the next
    // block goes on with it even though it starts with a capital.
    return previous.text!.length >= 60 && FUNCTION_WORD_END.test(tail) && !isSectionHeading(next.text!);
  }
  if (previous.kind === 'list') {
    const lastItem = previous.items![previous.items!.length - 1]!;
    const first = next.items![0]!;
    return previous.ordered === next.ordered && (next.separatedByFootnote || (/^[a-z]/.test(first.text) && !TERMINAL.test(lastItem.tail)));
  }
  if (previous.kind === 'table') {
    const width = previous.width!;
    const first = next.rows![0]!;
    if (next.separatedByFootnote && continuesRow(previous.rows![previous.rows!.length - 1]!, first)) return true;
    if (isHeaderCells(first)) return false;
    if (next.separatedByFootnote) return true;
    return first.length === width && !isSectionRow(first);
  }
  return false;
}


/** "2.2. Planning | | ": a row that opens a new part of a table with a standard's number. */
function isSectionRow(cells: string[]): boolean {
  return /^(?:Standard\s+)?\d\.\d\.?\s/.test(cells[0] ?? '') && cells.slice(1).every((c) => c === '');
}

/**
 * A row cut by a page break: its first cell goes on in lower case with the other cells empty, or
 * its first cell is empty and the others go on from cells that did not end a sentence.
 */
function continuesRow(last: string[], first: string[]): boolean {
  const rest = first.slice(1);
  if (/^[a-z]/.test(first[0] ?? '') && rest.every((c) => c === '')) return !TERMINAL.test(last[0] ?? '.');
  if (first[0] === '' && rest.some((c) => c !== '')) {
    return rest.every((cell, i) => cell === '' || (last[i + 1] !== undefined && last[i + 1] !== '' && !TERMINAL.test(last[i + 1]!)));
  }
  return false;
}

function joinTables(previous: Block, next: Block): void {
  const rows = next.rows!;
  const lines = next.rowLines!;
  const last = previous.rows![previous.rows!.length - 1]!;
  if (continuesRow(last, rows[0]!)) {
    rows[0]!.forEach((cell, i) => {
      if (cell !== '') last[i] = last[i] ? `${last[i]} ${cell}` : cell;
    });
    pushAll(previous.rows!, rows.slice(1));
    pushAll(previous.rowLines!, lines.slice(1));
  } else {
    pushAll(previous.rows!, rows);
    pushAll(previous.rowLines!, lines);
  }
  previous.width = Math.max(previous.width!, next.width!);
}

function finish(block: Block): Block {
  const position = span(block.line, block.endLine);
  switch (block.kind) {
    case 'paragraph': {
      const section = isSectionHeading(block.text!) ? sectionNumber(block.text!) : null;
      if (section) {
        block.kind = 'heading';
        block.node = headingNode(section.depth as Heading['depth'], block.text!, position);
      } else block.node = { ...paragraphNode(block.text!), position };
      break;
    }
    case 'footnote':
      block.node = {
        type: 'footnoteDefinition',
        identifier: block.label!,
        label: block.label!,
        children: [paragraphNode(block.text!)],
        position,
        data: { page: null },
      } satisfies FootnoteDefinition;
      break;
    case 'list': {
      const items = block.items!;
      const start = block.ordered ? Number(items[0]!.label) : undefined;
      block.node = {
        type: 'list',
        ordered: !!block.ordered,
        ...(start !== undefined ? { start } : {}),
        spread: false,
        children: items.map((item): ListItem => ({
          type: 'listItem',
          spread: false,
          children: [paragraphNode(item.text)],
          position: span(item.line, item.line),
          data: { page: null },
        })),
        position,
        data: { page: null },
      } satisfies List;
      break;
    }
    case 'table': {
      const width = block.width!;
      block.node = {
        type: 'table',
        align: new Array(width).fill(null),
        children: block.rows!.map((cells, i): TableRow => ({
          type: 'tableRow',
          children: pad(cells, width).map((cell): TableCell => ({ type: 'tableCell', children: phrasing(cell) })),
          position: span(block.rowLines![i]!, block.rowLines![i]!),
          data: { page: null },
        })),
        position,
        data: { page: null },
      } satisfies Table;
      break;
    }
  }
  return block;
}

/**
 * Short lines that stand alone are headings: depth 2 when the contents page lists them (or they
 * are numbered "1. …"), else depth 3; the first block of the document is its title (depth 1).
 */
function promoteHeadings(blocks: Block[]): RootContent[] {
  const contents = new Set<string>();
  for (const block of blocks) {
    if (block.kind !== 'table') continue;
    const rows = block.rows!;
    const entries = rows.filter((r) => r.length === 2 && /^\d{1,3}$/.test(r[1]!.trim()));
    if (entries.length >= 3 && entries.length >= rows.length - 1) for (const r of entries) contents.add(key(r[0]!));
  }
  const out: RootContent[] = [];
  blocks.forEach((block, index) => {
    const isTitle = block.kind === 'paragraph' && (out.length === 0 ? isDocumentTitle(block) : isStandaloneTitle(block, blocks[index + 1]));
    if (isTitle) {
      const depth = out.length === 0 ? 1 : contents.has(key(block.text!)) || block.text === 'Contents' ? 2 : 3;
      out.push(headingNode(depth as Heading['depth'], block.text!, (block.node as Paragraph).position));
      return;
    }
    if (block.kind === 'heading' && contents.has(key(block.text!))) (block.node as Heading).depth = 2;
    out.push(block.node);
  });
  return out;
}

function key(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/** The first block is the document's title when it is one short line or two (a headline). */
function isDocumentTitle(block: Block): boolean {
  return block.kind === 'paragraph' && block.text!.length <= 200 && block.endLine - block.line <= 1 && !/[,:;]$/.test(block.text!);
}

function isStandaloneTitle(block: Block, next: Block | undefined): boolean {
  const text = block.text!;
  if (text.length > 100 || TERMINAL.test(text) || /[,–-]$/.test(text)) return false;
  if (!/^[A-Z0-9£©]/.test(text)) return false;
  if (!block.closed && next && next.line === block.endLine + 1) return false;
  return text.split(' ').length <= 14;
}

function paragraphNode(text: string): Paragraph {
  return { type: 'paragraph', children: phrasing(text), data: { page: null } };
}

function headingNode(depth: Heading['depth'], text: string, position?: Position): Heading {
  return { type: 'heading', depth, children: phrasing(text), ...(position ? { position } : {}), data: { page: null } };
}

function pad(cells: string[], width: number): string[] {
  return cells.length >= width ? cells : [...cells, ...new Array<string>(width - cells.length).fill('')];
}

function span(start: number, end: number): Position {
  return { start: { line: start, column: 1 }, end: { line: end, column: 1 } };
}

export type { PhrasingContent };
