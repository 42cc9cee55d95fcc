/**
 * Builders for the model's block nodes. HTML has no pages, so every block carries `data.page: null`
 * as the model requires of unpaged formats.
 */
import type {
  Blockquote,
  BlockContent,
  DefinitionContent,
  FootnoteDefinition,
  Heading,
  List,
  ListItem,
  Paragraph,
  Table,
  TableCell,
  TableRow,
} from 'mdast';
import { phrasing } from '../../src/model/inline.js';

/** What a container of flow content (root, list item, block quote, footnote) may hold. */
export type Flow = BlockContent | DefinitionContent;

export function paragraph(text: string): Paragraph {
  return { type: 'paragraph', children: phrasing(text), data: { page: null } };
}

export function heading(depth: number, text: string): Heading {
  return { type: 'heading', depth: Math.min(6, Math.max(1, depth)) as Heading['depth'], children: phrasing(text), data: { page: null } };
}

export function listItem(children: Flow[]): ListItem {
  return { type: 'listItem', spread: false, children, data: { page: null } };
}

export function list(ordered: boolean, start: number | undefined, items: ListItem[]): List {
  return { type: 'list', ordered, ...(ordered ? { start: start ?? 1 } : {}), spread: false, children: items, data: { page: null } };
}

export function blockquote(children: Flow[]): Blockquote {
  return { type: 'blockquote', children, data: { page: null } };
}

export function footnoteDefinition(identifier: string, children: Flow[]): FootnoteDefinition {
  return { type: 'footnoteDefinition', identifier, label: identifier, children, data: { page: null } };
}

/** Rows of cell texts, already padded to one width, → a GFM table. */
export function table(rows: string[][]): Table {
  const width = rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  return {
    type: 'table',
    align: new Array(width).fill(null),
    children: rows.map(
      (cells): TableRow => ({
        type: 'tableRow',
        children: cells.map((cell): TableCell => ({ type: 'tableCell', children: phrasing(cell) })),
        data: { page: null },
      }),
    ),
    data: { page: null },
  };
}
