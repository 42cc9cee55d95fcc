/**
 * `<table>` → rows of cell texts on one grid. `th` and `td` are alike; a cell spanning columns is
 * followed by empty cells, and a cell spanning rows leaves an empty cell in the rows below, so every
 * row has one cell per column as the model requires.
 */
import { type Element, attrOf, childElements, descendants, headingLevel, tagOf } from './dom.js';
import { inlineText } from './inline.js';
import { oneLine } from './text.js';

/** Spans beyond these are broken markup, not layout; they are clamped so a page cannot blow up. */
const MAX_COLSPAN = 50;
const MAX_ROWSPAN = 500;

/** The rows of a table in reading order: header rows, body rows, footer rows; nested tables excluded. */
export function rowsOf(tableEl: Element): Element[] {
  const head: Element[] = [];
  const body: Element[] = [];
  const foot: Element[] = [];
  for (const child of childElements(tableEl)) {
    const tag = tagOf(child);
    if (tag === 'tr') body.push(child);
    else if (tag === 'thead') head.push(...childElements(child).filter((el) => tagOf(el) === 'tr'));
    else if (tag === 'tbody') body.push(...childElements(child).filter((el) => tagOf(el) === 'tr'));
    else if (tag === 'tfoot') foot.push(...childElements(child).filter((el) => tagOf(el) === 'tr'));
  }
  return [...head, ...body, ...foot];
}

export function cellsOf(row: Element): Element[] {
  return childElements(row).filter((el) => tagOf(el) === 'td' || tagOf(el) === 'th');
}

function span(el: Element, name: string, max: number): number {
  const value = Number.parseInt(attrOf(el, name), 10);
  return Number.isFinite(value) && value >= 1 ? Math.min(value, max) : 1;
}

export interface GridRow {
  cells: string[];
  /** Every cell of the row is a `<th>`: a header row. */
  header: boolean;
}

/** The table's grid of cell texts (with footnote sentinels), empty rows dropped, padded to one width. */
export function gridOf(tableEl: Element): GridRow[] {
  const rows = rowsOf(tableEl);
  const grid: (string | undefined)[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of cellsOf(row)) {
      const line = grid[r]!;
      while (line[c] !== undefined) c++;
      const colspan = span(cell, 'colspan', MAX_COLSPAN);
      const rowspan = Math.min(span(cell, 'rowspan', MAX_ROWSPAN), rows.length - r);
      const text = oneLine(inlineText(cell.children, 'flat'));
      for (let dr = 0; dr < rowspan; dr++) {
        for (let dc = 0; dc < colspan; dc++) grid[r + dr]![c + dc] = dr === 0 && dc === 0 ? text : '';
      }
      c += colspan;
    }
  });
  const width = Math.max(0, ...grid.map((row) => row.length));
  return grid
    .map((row, r): GridRow => {
      const own = cellsOf(rows[r]!);
      return { cells: Array.from({ length: width }, (_, i) => row[i] ?? ''), header: own.length > 0 && own.every((cell) => tagOf(cell) === 'th') };
    })
    .filter((row) => row.cells.some((cell) => cell !== ''));
}

/**
 * A table used for page layout rather than data: marked presentational, holding another table or
 * headings, or one column wide (a boxed paragraph). Its cells are read as ordinary content.
 */
export function isLayoutTable(tableEl: Element): boolean {
  const role = attrOf(tableEl, 'role');
  if (role === 'presentation' || role === 'none') return true;
  const inner = descendants(tableEl);
  if (inner.some((el) => tagOf(el) === 'table' || headingLevel(el) !== null)) return true;
  const width = rowsOf(tableEl).reduce((widest, row) => Math.max(widest, cellsOf(row).reduce((n, cell) => n + span(cell, 'colspan', MAX_COLSPAN), 0)), 0);
  return width <= 1;
}
