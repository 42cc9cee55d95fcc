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

/** Whether a table has a column of categories whose shading should be read. */
export function wantsShading(table: Block): boolean {
  let rows = 0;
  for (const row of table.rows ?? []) {
    if (row.cells.slice(1).some((cell) => CATEGORY.test(textOf(cell)) && textOf(cell).split(' ').length <= 3)) rows++;
  }
  return rows >= MIN_CATEGORY_ROWS;
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
