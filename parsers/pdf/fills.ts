/**
 * Cell shading: the fill colour behind each table cell's text, for the tables whose cells may
 * carry a meaning in their colour as well as their words — those with a column of short words
 * (a category per row, not figures). Only their pages' shapes are read (see `loadPdf`'s
 * `fillsFor`): reading a page's drawing costs about as much again as reading its text.
 */
import { textOf } from './inline.js';
import type { Block, CellBox, Fill } from './types.js';

/** A cell of a word or three, letters only: a category, not a figure or a sentence. */
const CATEGORY = /^[A-Za-z][A-Za-z'’ -]{0,30}$/;
/** Rows with such a cell (beyond the first column) before a table's shading is worth reading. */
const MIN_CATEGORY_ROWS = 3;

/**
 * Whether a table has a column of categories whose shading should be read: in one column, short
 * words in at least MIN_CATEGORY_ROWS rows, some of them repeated (a category recurs; a list of labels, as a
 * key explaining each category once, does not) and not all the same (one phrase in every row, as
 * "No data available", is no scheme of categories).
 */
export function wantsShading(table: Block): boolean {
  const columns = Math.max(0, ...(table.rows ?? []).map((row) => row.cells.length));
  for (let column = 1; column < columns; column++) {
    // The first row is left out: column labels are no category.
    const categories = (table.rows ?? [])
      .slice(1)
      .map((row) => textOf(row.cells[column] ?? []))
      .filter((text) => CATEGORY.test(text) && text.split(' ').length <= 3)
      .map((text) => text.toLowerCase());
    const distinct = new Set(categories).size;
    if (categories.length >= MIN_CATEGORY_ROWS && distinct >= 2 && distinct < categories.length) return true;
  }
  return false;
}

/** Sets each row's `fills` from the shapes of its page: the smallest filled box behind a cell's text. */
export function shadeCells(table: Block, pageOf: (page: number) => { width: number; fills?: Fill[] } | undefined): void {
  for (const row of table.rows ?? []) {
    const page = pageOf(row.page);
    if (!page?.fills || !row.boxes) continue;
    const fills = page.fills;
    row.fills = row.boxes.map((box) => (box ? behind(box, fills, page.width) : null));
  }
}

function behind(box: CellBox, fills: Fill[], pageWidth: number): string | null {
  const x = (box.x0 + box.x1) / 2;
  const y = (box.bottom + box.top) / 2;
  let best: Fill | null = null;
  for (const fill of fills) {
    if (x < fill.x0 || x > fill.x1 || y < fill.y0 || y > fill.y1) continue;
    // A filled box under a whole row (or the page) is a background, not the cell's colour.
    if (fill.x1 - fill.x0 > 0.5 * pageWidth) continue;
    if (!best || area(fill) < area(best)) best = fill;
  }
  // White is the page, not a colour.
  return best && best.colour !== '#ffffff' ? best.colour : null;
}

function area(fill: Fill): number {
  return (fill.x1 - fill.x0) * (fill.y1 - fill.y0);
}
