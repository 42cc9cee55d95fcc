/**
 * Key data tables: figures under column headings ("Key staffing data | Previous year | Current
 * year", "Unpaid work key data", "Through the Gate key facts"), one entry per row. The table's
 * name is its first header cell, or else the heading or line that introduces it.
 */
import { evidence, rowText, type TableBlock } from '../model/blocks.js';
import { parseValue } from '../normalise/numbers.js';
import type { KeyDataRow } from '../schema.js';
import type { ExtractContext } from './context.js';
import { citedFootnote } from './footnote.js';
import { tablesOf, texts } from './tables.js';

export function extractKeyData(ctx: ExtractContext): KeyDataRow[] {
  const out: KeyDataRow[] = [];
  for (const table of tablesOf(ctx.tables, 'key-data')) {
    const [header, ...body] = table.rows;
    const columns = texts(header!).slice(1);
    const name = texts(header!)[0] || introduction(ctx, table) || 'Key data';
    const tableFootnote = header!.cells[0]?.footnotes[0];
    for (const row of body) {
      const cells = texts(row);
      const values = cells.slice(1).map((c) => parseValue(c));
      const own = citedFootnote(ctx, row.cells.slice(0, 1));
      out.push({
        table: name,
        label: cells[0]!,
        columns,
        values: values.map((v, i) => (v ? v.value : cells[i + 1] || null)),
        units: values.map((v) => (v && v.value !== null ? v.unit : null)),
        displays: cells.slice(1),
        footnote: own.footnote ?? (tableFootnote !== undefined ? Number(tableFootnote) : null),
        evidence: evidence(row, rowText(row)),
      });
    }
  }
  return out;
}

/** The heading or short line just before a table ("Key data", "Through the Gate key facts"). */
function introduction(ctx: ExtractContext, table: TableBlock): string | null {
  const before = ctx.view.blocks[table.index - 1];
  if (!before || before.type === 'table') return null;
  if (before.type === 'heading' || (before.text.length <= 60 && !/[.:]$/.test(before.text))) return before.text;
  return null;
}
