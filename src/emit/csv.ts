/**
 * RFC 4180 CSV: every field that holds a comma, quote or line break is quoted, quotes doubled.
 *
 * A text cell that begins with "=", "+", "-", "@", a tab or a carriage return is one a spreadsheet
 * would run as a formula (`=HYPERLINK(…)` in a document's title): it gets a leading apostrophe,
 * the OWASP rule against CSV injection, so the spreadsheet shows it as text. Numbers are numbers
 * (a negative score stays -3); JSON, JSONL and SQLite keep every value as the document wrote it.
 */
import type { Cell } from './tables.js';

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: Cell): string {
  if (value === null) return '';
  const text = typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(row: Cell[]): string {
  return `${row.map(csvField).join(',')}\r\n`;
}
