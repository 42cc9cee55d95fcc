/**
 * Contextual facts: the two-column table of figures and what they count ("3,075 | The number of
 * individuals supervised on community sentences by West Yorkshire CRC⁶"), each with the footnote
 * that names its source.
 */
import { evidence, rowText } from '../model/blocks.js';
import type { ContextualFact } from '../schema.js';
import type { ExtractContext } from './context.js';
import { citedFootnote } from './footnote.js';
import { tablesOf } from './tables.js';
import { valueRow } from './valueRows.js';

export function extractContextualFacts(ctx: ExtractContext): ContextualFact[] {
  const out: ContextualFact[] = [];
  for (const table of tablesOf(ctx.tables, 'contextual-facts')) {
    for (const row of table.rows) {
      const figure = valueRow(row);
      if (!figure) {
        if (row.cells.some((c) => c.text)) ctx.messages.warn(`A contextual facts row has no figure: "${rowText(row)}".`, row, 'facts');
        continue;
      }
      out.push({
        value: figure.value.value,
        unit: figure.value.unit,
        display: figure.value.display,
        description: figure.text,
        ...citedFootnote(ctx, figure.cells),
        evidence: evidence(row, rowText(row)),
      });
    }
  }
  if (ctx.kind === 'inspection-report' && ctx.family !== 'thematic' && out.length === 0) {
    ctx.messages.warn('No contextual facts table was found.', null, 'facts');
  }
  return out;
}
