/** RFC 4180 CSV: every field that holds a comma, quote or line break is quoted, quotes doubled. */
import type { Cell } from './tables.js';

export function csvField(value: Cell): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(row: Cell[]): string {
  return `${row.map(csvField).join(',')}\r\n`;
}
