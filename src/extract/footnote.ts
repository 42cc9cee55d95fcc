/** The footnote a value cites: its number and its text (the source the report gives). */
import type { Cell } from '../model/blocks.js';
import type { ExtractContext } from './context.js';

export function citedFootnote(ctx: ExtractContext, cells: Cell[]): { footnote: number | null; source: string | null } {
  const id = cells.flatMap((c) => c.footnotes)[0];
  if (id === undefined) return { footnote: null, source: null };
  return { footnote: Number(id), source: ctx.view.footnotes.get(id)?.text ?? null };
}
