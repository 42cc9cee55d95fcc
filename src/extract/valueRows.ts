/**
 * The rows of a figures table ("3,075 | The number of individuals supervised …⁶"): the figure,
 * the words that say what it counts, and the cells as they stand (for footnotes and evidence).
 */
import type { Cell, Row } from '../model/blocks.js';
import { parseValue, type ParsedValue } from '../normalise/numbers.js';

export interface ValueRow {
  value: ParsedValue & { value: number };
  text: string;
  cells: Cell[];
}

/** The row's first cell that is a figure, and the text of its other cells; null when none is. */
export function valueRow(row: Row): ValueRow | null {
  const cells = row.cells.filter((c) => c.text !== '' || c.footnotes.length > 0);
  const index = cells.findIndex((c) => parseValue(c.text)?.value != null);
  if (index < 0) return null;
  const value = parseValue(cells[index]!.text) as ParsedValue & { value: number };
  const text = cells.filter((_, i) => i !== index).map((c) => c.text).join(' ').trim();
  return { value, text, cells };
}
