/**
 * `hmip verify` output: the verification object as JSON, as a table for the terminal, or as one
 * self-contained HTML page. Each renderer is given the object (validated against the schema of
 * ./schema.ts) and nothing else: no document, no file, no clock.
 */
import { renderHtml } from './render-html.js';
import { renderTable, type Terminal } from './render-table.js';
import { Verification } from './schema.js';

export type { Terminal };

export type Format = 'json' | 'table' | 'html';

export function renderVerification(result: Verification, format: Format, terminal: Terminal = { width: 80, colour: false }): string {
  const checked = Verification.parse(result);
  if (format === 'json') return `${JSON.stringify(checked, null, 2)}\n`;
  if (format === 'html') return renderHtml(checked);
  return renderTable(checked, terminal);
}
