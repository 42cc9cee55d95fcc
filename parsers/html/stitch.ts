/**
 * Rejoins tables that a converter broke in pieces. Web versions of reports made from Word or PDF
 * end a `<table>` wherever a row had merged cells or a page broke: the merged row ("1.1. Leadership",
 * "Does planning focus sufficiently on …?") comes out as a paragraph or small heading between two
 * tables of the same width, a cell cut by the page break goes on in a paragraph or in the first row
 * of the next table, and a footnote can land in between. The model wants one table, as the text
 * parser gives it, so such pieces are joined back, the stray line as a row of its own.
 * A next piece that starts with a header row is a new table, and any other text between two tables
 * keeps them apart.
 */
import type { PhrasingContent, RootContent, Table, TableCell, TableRow } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { mergeTexts } from '../../src/model/inline.js';
import { isHeaderCells } from '../../src/model/tables.js';

const TERMINAL = /[.!?:;"”’')\]]$/;
/** A standard's number opening a part of a table: "2.2. Planning", "Standard 4.1. Unpaid work". */
const SECTION_ROW = /^(?:Standard\s+)?\d{1,2}(?:\.\d{1,2})+\.?\s+\S/;
const MAX_ROW_LINE = 200;

type Gap = { kind: 'continuation' | 'section'; children: PhrasingContent[] } | null;

interface Join {
  gap: Gap;
  next: Table;
  notes: RootContent[];
  /** Index of `next` in the block list. */
  end: number;
}

export function stitchTables(blocks: RootContent[], headerRows: WeakSet<TableRow>): RootContent[] {
  const out: RootContent[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.type !== 'table') {
      out.push(block);
      continue;
    }
    const notes: RootContent[] = [];
    let end = i;
    for (let join = findJoin(blocks, end + 1, block, headerRows); join; join = findJoin(blocks, end + 1, block, headerRows)) {
      joinInto(block, join);
      notes.push(...join.notes);
      end = join.end;
    }
    // Footnotes that stood between the pieces follow the whole table.
    out.push(block, ...notes);
    i = end;
  }
  return out;
}

function findJoin(blocks: RootContent[], start: number, table: Table, headerRows: WeakSet<TableRow>): Join | null {
  const notes: RootContent[] = [];
  let k = start;
  const skipNotes = () => {
    while (blocks[k]?.type === 'footnoteDefinition') notes.push(blocks[k++]!);
  };
  skipNotes();
  let line: RootContent | null = null;
  const candidate = blocks[k];
  if (candidate && (candidate.type === 'paragraph' || (candidate.type === 'heading' && candidate.depth >= 3))) {
    line = candidate;
    k++;
    skipNotes();
  }
  const next = blocks[k];
  if (!next || next.type !== 'table' || next.align?.length !== table.align?.length || next.children.length === 0) return null;
  const last = table.children[table.children.length - 1]!;
  const first = next.children[0]!;
  if (!line) {
    if (continuesRow(last, first)) return { gap: null, next, notes, end: k };
    return isHeaderRow(first, headerRows) ? null : { gap: null, next, notes, end: k };
  }
  if (isHeaderRow(first, headerRows)) return null;
  const gap = gapOf(line as { children: PhrasingContent[] }, last, first);
  return gap ? { gap, next, notes, end: k } : null;
}

/** The line between two pieces, if it is part of the table: a cell's continuation or a section row. */
function gapOf(line: { children: PhrasingContent[] }, last: TableRow, first: TableRow): Gap {
  const text = toString(line).trim();
  if (text === '' || text.length > MAX_ROW_LINE) return null;
  if (/^[a-z(]/.test(text) && !TERMINAL.test(cellText(last, 0))) return { kind: 'continuation', children: line.children };
  if (SECTION_ROW.test(text)) return { kind: 'section', children: line.children };
  // A question heading a group of question rows: "Does planning focus sufficiently on …?"
  if (text.endsWith('?') && cellText(first, 0).endsWith('?')) return { kind: 'section', children: line.children };
  return null;
}

function joinInto(table: Table, join: Join): void {
  const rows = table.children;
  const width = table.align?.length ?? 0;
  if (join.gap?.kind === 'continuation') appendTo(rows[rows.length - 1]!.children[0]!, join.gap.children);
  if (join.gap?.kind === 'section') {
    rows.push({
      type: 'tableRow',
      children: Array.from({ length: width }, (_, i): TableCell => ({ type: 'tableCell', children: i === 0 ? join.gap!.children : [] })),
      data: { page: null },
    });
  }
  const [first, ...rest] = join.next.children;
  const last = rows[rows.length - 1]!;
  if (first && !join.gap && continuesRow(last, first)) {
    first.children.forEach((cell, i) => {
      if (toString(cell).trim() !== '') appendTo(last.children[i]!, cell.children);
    });
    rows.push(...rest);
  } else rows.push(...join.next.children);
}

function appendTo(cell: TableCell, children: PhrasingContent[]): void {
  if (toString(cell).trim() !== '') children = [{ type: 'text', value: ' ' }, ...children];
  cell.children = mergeTexts([...cell.children, ...children]);
}

function cellText(row: TableRow, i: number): string {
  const cell = row.children[i];
  return cell ? toString(cell).replace(/\s+/g, ' ').trim() : '';
}

/** A header row names columns: all `<th>`, or an empty first cell, or labels without figures. */
function isHeaderRow(row: TableRow, headerRows: WeakSet<TableRow>): boolean {
  return headerRows.has(row) || isHeaderCells(row.children.map((_, i) => cellText(row, i)));
}

/**
 * A row cut by a page break: its first cell goes on in lower case with the other cells empty, or
 * its first cell is empty and the others go on, in lower case, from cells that did not end a
 * sentence.
 */
function continuesRow(last: TableRow, first: TableRow): boolean {
  const head = cellText(first, 0);
  const rest = first.children.slice(1).map((_, i) => cellText(first, i + 1));
  if (/^[a-z]/.test(head) && rest.every((c) => c === '')) return !TERMINAL.test(cellText(last, 0) || '.');
  if (head === '' && rest.some((c) => c !== '')) {
    return rest.every((cell, i) => cell === '' || (/^[a-z]/.test(cell) && cellText(last, i + 1) !== '' && !TERMINAL.test(cellText(last, i + 1))));
  }
  return false;
}
