/**
 * Shared shapes of the PDF parser's stages: positioned text items as pdf.js gives them, the lines
 * rebuilt from them, and the blocks built from the lines before they become mdast nodes.
 * Coordinates are PDF user space: y grows upwards, so a larger y is higher on the page.
 */

/** One pdf.js text item, reduced to what layout analysis needs. */
export interface TextItem {
  text: string;
  /** Left end of the baseline. */
  x: number;
  /** Baseline. */
  y: number;
  width: number;
  /** Font size: Math.hypot(transform[2], transform[3]). */
  size: number;
  /** pdf.js font id ("g_d0_f2"): stable within one document, so it tells fonts apart. */
  font: string;
  /** The item's string began / ended with white space (a word boundary even when no gap shows). */
  spaceBefore: boolean;
  spaceAfter: boolean;
}

export interface PageText {
  /** 1-based page number. */
  number: number;
  width: number;
  height: number;
  items: TextItem[];
  /** Quarter turns (degrees) the page's text was turned by to read it upright; absent when none. */
  turn?: number;
  /** Filled shapes (cell shading), read only for the pages that ask for them (`fillsFor`). */
  fills?: Fill[];
}

/** A filled shape's bounding box on the page, and its fill colour. */
export interface Fill {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** "#rrggbb". */
  colour: string;
}

/** Where a table cell's text stands: the box of its lines (baselines, plus the type above them). */
export interface CellBox {
  x0: number;
  x1: number;
  bottom: number;
  top: number;
}

/** Inline content: text, or a footnote marker that was a raised small number. */
export type Token = { kind: 'text'; value: string } | { kind: 'ref'; id: string };

/** Part of a line between wide horizontal gaps: a table cell's line, or the whole line of prose. */
export interface Segment {
  x0: number;
  x1: number;
  size: number;
  font: string;
  tokens: Token[];
}

export interface Line {
  page: number;
  /** Baseline. */
  y: number;
  x0: number;
  x1: number;
  /** Size and font of most of the line's characters. */
  size: number;
  font: string;
  segments: Segment[];
  /** A bullet glyph that opened the line, removed from the text. */
  bullet: string | null;
  /** A raised number that opens the line: the identifier of a footnote text at the page foot. */
  leadingRef: string | null;
}

export type BlockKind = 'heading' | 'paragraph' | 'item' | 'table' | 'footnote';

export interface TableRowModel {
  page: number;
  cells: Token[][];
  /** Where each cell's text stands (null for an empty cell), to find the shading behind it. */
  boxes?: (CellBox | null)[];
  /** Each cell's fill colour ("#rrggbb"), where the page's shapes were read and one lies behind it. */
  fills?: (string | null)[];
}

/** A block of one page (or several, once joined), before it becomes an mdast node. */
export interface Block {
  kind: BlockKind;
  page: number;
  /** Last page the block runs onto (a paragraph or table continued over a page break). */
  endPage: number;
  /** Baseline of the first and the last line on their pages: the gaps between blocks. */
  top: number;
  bottom: number;
  size: number;
  font: string;
  /** Paragraph, heading, list item, footnote text. */
  tokens: Token[];
  /** Right end and left start of the last line (a line that stops short ends its paragraph). */
  lastX1: number;
  x0: number;
  /** Heading depth, once known. */
  depth?: number;
  /** List item: bullet glyph, or the number of an ordered item. */
  bullet?: string | null;
  number?: number | null;
  /** Footnote identifier. */
  id?: string;
  /** Table rows and column count. */
  rows?: TableRowModel[];
  columns?: number;
  /** Table: left edge of each column (a fragment on the next page is matched to them). */
  columnStarts?: number[];
  /** Table: size of most cell text (tells a table's own spanning row from body text). */
  cellSize?: number;
  /** Table: its last row went on below an interruption, so a table fragment after it continues it. */
  continued?: boolean;
}
