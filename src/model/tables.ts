/** What the format parsers share about tables, whichever format a table came in. */

/**
 * Column labels of comparison tables: "Previous inspection", "Current year", "12 months to date",
 * and a group or one member of it named by an acronym ("All ABCs", "This ABC").
 */
const COLUMN_LABEL = /\b(?:previous|current|inspection|year|months|to date)\b/i;
const GROUP_LABEL = /^(?:All|all|This|this)\s+[A-Z]{2,6}s?$/;

/** A header row names columns: its first cell is empty or a title, the others labels without figures. */
export function isHeaderCells(cells: readonly string[]): boolean {
  const rest = cells.slice(1).filter((c) => c !== '');
  if (cells[0] === '' && rest.length > 0) return true;
  return rest.length > 0 && rest.every((c) => (COLUMN_LABEL.test(c) || GROUP_LABEL.test(c)) && !/\d+(?:\.\d+)?%/.test(c));
}
