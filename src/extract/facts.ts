/**
 * Contextual facts: the two-column table of figures and what they count ("3,075 | The number of
 * individuals supervised on community sentences by West Yorkshire CRC⁶"), each with the footnote
 * that names its source.
 */
import { evidence, rowText } from '../model/blocks.js';
import { parseValue } from '../normalise/numbers.js';
import type { ContextualFact } from '../schema.js';
import type { ExtractContext } from './context.js';
import { citedFootnote } from './footnote.js';
import { tablesOf } from './tables.js';

export function extractContextualFacts(ctx: ExtractContext): ContextualFact[] {
  const out: ContextualFact[] = [];
  for (const table of tablesOf(ctx.tables, 'contextual-facts')) {
    for (const row of table.rows) {
      const cells = row.cells.filter((c) => c.text !== '' || c.footnotes.length > 0);
      const valueIndex = cells.findIndex((c) => parseValue(c.text)?.value != null);
      if (valueIndex < 0) {
        if (cells.some((c) => c.text)) ctx.messages.warn(`A contextual facts row has no figure: "${rowText(row)}".`, row, 'facts');
        continue;
      }
      const parsed = parseValue(cells[valueIndex]!.text)!;
      const description = cells.filter((_, i) => i !== valueIndex).map((c) => c.text).join(' ').trim();
      out.push({
        value: parsed.value!,
        unit: parsed.unit,
        display: parsed.display,
        description,
        ...citedFootnote(ctx, cells),
        evidence: evidence(row, rowText(row)),
      });
    }
  }
  if (ctx.kind === 'inspection-report' && ctx.family !== 'thematic' && out.length === 0) {
    ctx.messages.warn('No contextual facts table was found.', null, 'facts');
  }
  return out;
}
