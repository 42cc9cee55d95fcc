/**
 * Performance against targets: "70% | The proportion of … for West Yorkshire CRC. The performance
 * figure for all England and Wales was 77%, against a target of 75%⁹".
 */
import { evidence, rowText } from '../model/blocks.js';
import type { PerformanceFigure } from '../schema.js';
import type { ExtractContext } from './context.js';
import { citedFootnote } from './footnote.js';
import { tablesOf } from './tables.js';
import { valueRow } from './valueRows.js';

const NATIONAL = /(?:figure|performance|average) for (?:all )?(?:England and Wales|England|Wales|all [A-Z]+s)[^.]*? was (\d+(?:\.\d+)?)\s?(?:%|per cent)/i;
const TARGET = /against a target of (\d+(?:\.\d+)?)\s?(?:%|per cent)/i;

export function extractPerformance(ctx: ExtractContext): PerformanceFigure[] {
  const out: PerformanceFigure[] = [];
  for (const table of tablesOf(ctx.tables, 'performance')) {
    for (const row of table.rows) {
      const figure = valueRow(row);
      if (!figure) continue;
      const { value: parsed, text, cells } = figure;
      const national = NATIONAL.exec(text);
      const target = TARGET.exec(text);
      if (!national) ctx.messages.warn(`A performance figure states no national figure: "${parsed.display}".`, row, 'targets');
      if (!target) ctx.messages.warn(`A performance figure states no target: "${parsed.display}".`, row, 'targets');
      // The description is what the figure measures: the text before "The performance figure for …".
      const description = text.split(/(?<=\.)\s+The performance figure/i)[0]!.replace(/\.$/, '');
      out.push({
        value: parsed.value,
        unit: parsed.unit,
        description,
        nationalFigure: national ? Number(national[1]) : null,
        target: target ? Number(target[1]) : null,
        ...citedFootnote(ctx, cells),
        evidence: evidence(row, rowText(row)),
      });
    }
  }
  return out;
}
