/**
 * Putting back together what page breaks (and footnotes set in the middle of a page) cut apart:
 * a paragraph that stops mid-sentence at a page foot goes on at the top of the next page; a list
 * item likewise; a table that ends a page goes on with the table that opens the next one (its
 * repeated header row dropped); a table row whose cell text was cut off goes on in the fragment
 * below it. Footnote texts stay where they are, after the block they interrupted.
 */
import { appendLine, endsOnWord, endsSentence, endsTerminal, startsLower, textOf, type WordSet } from './inline.js';
import type { Block, TableRowModel } from './types.js';

export interface JoinContext {
  words: WordSet;
  bodySize: number;
  /** Right margin of body text on each page (a line reaching it was cut by the page, not ended). */
  rightMargin: (page: number) => number;
}

export function joinBlocks(blocks: Block[], ctx: JoinContext): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    if (block.kind === 'footnote') {
      out.push(block);
      continue;
    }
    const index = lastContentIndex(out);
    const previous = index >= 0 ? out[index]! : undefined;
    const crossesPage = previous !== undefined && block.page === previous.endPage + 1;
    if (previous && tryJoin(previous, block, crossesPage, out, index, ctx)) continue;
    out.push(block);
  }
  return out;
}

function lastContentIndex(blocks: Block[]): number {
  for (let i = blocks.length - 1; i >= 0; i--) if (blocks[i]!.kind !== 'footnote') return i;
  return -1;
}

function tryJoin(previous: Block, block: Block, crossesPage: boolean, out: Block[], index: number, ctx: JoinContext): boolean {
  if (previous.kind === 'paragraph' && block.kind === 'paragraph' && crossesPage) {
    if (!continuesParagraph(previous, block, ctx)) return false;
    appendText(previous, block, ctx);
    return true;
  }
  if (previous.kind === 'item' && block.kind === 'paragraph' && crossesPage) {
    if (endsTerminal(previous.tokens) || Math.abs(block.size - previous.size) > 0.6) return false;
    if (!startsLower(block.tokens) && Math.abs(block.x0 - previous.x0) > 3) return false;
    appendText(previous, block, ctx);
    return true;
  }
  if (previous.kind === 'table' && block.kind === 'table') {
    // A fragment that opens with column labels of its own is a table of its own, not the rest of this one.
    if (crossesPage && opensWithOtherHeader(previous, block)) return false;
    // A table that goes on over a page break may have lost an empty column on one page (or set its
    // columns a little apart): its columns are matched by where they start.
    if (previous.columns !== block.columns) {
      if (!crossesPage || !alignColumns(previous, block)) return false;
    }
    // Across a page break; after the table's text went on below an interruption; or where the
    // fragment's first row goes on with the cell above it.
    const samePage = block.page === previous.endPage;
    if (crossesPage || previous.continued || continuesCell(previous, block) || (samePage && isDataRow(block.rows![0]!))) {
      joinTables(previous, block, crossesPage);
      previous.continued = false;
      return true;
    }
    return false;
  }
  if (previous.kind === 'table' && block.kind === 'paragraph' && isTableText(previous, block, ctx) && continuesLastCell(previous, block)) {
    // The first cell's text cut off by something set in between (a footnote) goes on below it.
    const last = previous.rows![previous.rows!.length - 1]!;
    appendLine(last.cells[0]!, block.tokens, ctx.words);
    previous.bottom = block.bottom;
    previous.endPage = block.endPage;
    previous.continued = true;
    return true;
  }
  if (previous.kind === 'paragraph' && block.kind === 'table') {
    // A spanning row cut off from its table by a page break: table, row-like paragraph, table.
    const before = lastContentIndex(out.slice(0, index));
    const table = before >= 0 ? out[before]! : undefined;
    if (table?.kind === 'table' && table.columns === block.columns && isTableText(table, previous, ctx) && block.page > table.endPage) {
      const cells = Array.from({ length: table.columns! }, (_, i) => (i === 0 ? previous.tokens : []));
      table.rows!.push({ page: previous.page, cells });
      joinTables(table, block, true);
      out.splice(index, 1);
      // Footnotes that stood between keep their place after the table.
      return true;
    }
  }
  return false;
}

/**
 * At a page break a paragraph goes on when it stopped mid-sentence: it does not end a sentence,
 * and either its last line ran to the margin or the next page goes on in lower case.
 */
function continuesParagraph(previous: Block, block: Block, ctx: JoinContext): boolean {
  if (Math.abs(block.size - previous.size) > 0.6 || block.font !== previous.font && endsTerminal(previous.tokens)) return false;
  // Lower case goes on unless a sentence plainly ended ("magistrates'" / "training" goes on).
  if (startsLower(block.tokens)) return !endsSentence(previous.tokens);
  if (endsTerminal(previous.tokens)) return false;
  const margin = ctx.rightMargin(previous.endPage);
  const full = previous.lastX1 >= margin - 0.12 * (margin - previous.x0);
  return full && endsOnWord(previous.tokens);
}

function appendText(previous: Block, block: Block, ctx: JoinContext): void {
  appendLine(previous.tokens, block.tokens, ctx.words);
  previous.endPage = block.endPage;
  previous.bottom = block.bottom;
  previous.lastX1 = block.lastX1;
}

/** Text in the table's own type size, where that is not the body text's: part of the table. */
function isTableText(table: Block, block: Block, ctx: JoinContext): boolean {
  const cellSize = table.cellSize ?? table.size;
  return Math.abs(block.size - cellSize) <= 0.6 && Math.abs(cellSize - ctx.bodySize) >= 0.5;
}

/** "…the sentence or" / "licence/post-sentence supervision …": the last row's text goes on. */
function continuesLastCell(table: Block, block: Block): boolean {
  const last = table.rows![table.rows!.length - 1]!;
  const first = last.cells[0] ?? [];
  return first.length > 0 && !endsTerminal(first) && startsLower(block.tokens);
}

/** The fragment's first row holds one cell that goes on from the cell above it. */
function continuesCell(previous: Block, block: Block): boolean {
  const last = previous.rows![previous.rows!.length - 1]!;
  const first = block.rows![0]!;
  const filled = first.cells.map((c, i) => (c.length > 0 ? i : -1)).filter((i) => i >= 0);
  if (filled.length !== 1) return false;
  const column = filled[0]!;
  const above = last.cells[column] ?? [];
  return above.length > 0 && !endsTerminal(above) && startsLower(first.cells[column]!);
}

/**
 * The fragment's first row reads as column labels — no number first, every cell after it filled
 * with a few words and no figures — and it is none of the first rows of the table above (a repeated header).
 */
function opensWithOtherHeader(previous: Block, block: Block): boolean {
  const first = block.rows![0];
  if (!first) return false;
  // A numbered first cell ("4.2") opens a row of data, not labels.
  if (/^\d/.test(textOf(first.cells[0] ?? []))) return false;
  const labels = first.cells.slice(1).map(textOf);
  const header = labels.length > 0 && labels.every((cell) => cell !== '' && !/\d/.test(cell) && cell.split(' ').length <= 4);
  if (!header) return false;
  const key = textOf(first.cells.flat()).toLowerCase();
  return !previous.rows!.slice(0, 3).some((row) => textOf(row.cells.flat()).toLowerCase() === key);
}

/** Column starts within this distance are one column. */
const COLUMN_TOLERANCE = 6;

/**
 * Whether two fragments' columns line up: every column of the narrower starts where one of the
 * wider starts. If so both are re-set on the columns of the two together, and true.
 */
function alignColumns(a: Block, b: Block): boolean {
  const startsA = a.columnStarts;
  const startsB = b.columnStarts;
  if (!startsA || !startsB) return false;
  const [narrow, wide] = startsA.length <= startsB.length ? [startsA, startsB] : [startsB, startsA];
  if (!narrow.every((x) => wide.some((y) => Math.abs(x - y) <= COLUMN_TOLERANCE))) return false;
  const union = [...wide];
  for (const x of narrow) if (!union.some((y) => Math.abs(x - y) <= COLUMN_TOLERANCE)) union.push(x);
  union.sort((x, y) => x - y);
  for (const block of [a, b]) {
    const index = block.columnStarts!.map((x) => union.findIndex((y) => Math.abs(x - y) <= COLUMN_TOLERANCE));
    for (const row of block.rows!) {
      const cells: TableRowModel['cells'] = union.map(() => []);
      const boxes: NonNullable<TableRowModel['boxes']> = union.map(() => null);
      row.cells.forEach((cell, i) => {
        cells[index[i] ?? i]!.push(...cell);
        boxes[index[i] ?? i] ??= row.boxes?.[i] ?? null;
      });
      row.cells = cells;
      row.boxes = boxes;
    }
    block.columns = union.length;
    block.columnStarts = union;
  }
  return true;
}

function joinTables(previous: Block, next: Block, dropHeader: boolean): void {
  let rows = next.rows!;
  if (dropHeader && rows.length > 0) {
    const head = rowKey(rows[0]!);
    if (previous.rows!.slice(0, 3).some((row) => rowKey(row) === head)) rows = rows.slice(1);
  }
  if (rows.length > 0 && continuesCell(previous, { ...next, rows })) {
    const last = previous.rows![previous.rows!.length - 1]!;
    rows[0]!.cells.forEach((cell, i) => {
      if (cell.length > 0) last.cells[i]!.push({ kind: 'text', value: ' ' }, ...cell);
    });
    rows = rows.slice(1);
  }
  previous.rows!.push(...rows);
  previous.endPage = next.endPage;
  previous.bottom = next.bottom;
}

/**
 * A row of figures or ratings, not column labels: a table fragment that opens with one goes on
 * with the table above it rather than starting a table of its own.
 */
function isDataRow(row: TableRowModel): boolean {
  const rest = row.cells.slice(1).map(textOf).filter(Boolean);
  return rest.length > 0 && rest.some((cell) => DATA_CELL.test(cell));
}

const DATA_CELL = /^(?:[£$]?\d[\d,.]*(?:\s?%|[km]\b)?|no (?:comparable )?data(?: available)?|good|inadequate|requires improvement|outstanding)$/i;

function rowKey(row: TableRowModel): string {
  return row.cells.map((c) => textOf(c).toLowerCase()).join('|');
}
