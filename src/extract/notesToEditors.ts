/** Notes to editors: the numbered items after "Notes to editors" (or the closing numbered list that says where the report is available). */
import { evidence } from '../model/blocks.js';
import { findHeading } from '../model/sections.js';
import type { ExtractContext } from './context.js';

export function extractNotesToEditors(ctx: ExtractContext): { number: number | null; text: string; evidence: { page: number | null; quote: string } }[] {
  const blocks = ctx.view.blocks;
  const marker = blocks.find((b) => /^notes?(?:\s+to\s+editors?)?:?$/i.test(b.text.trim()));
  const heading = findHeading(ctx.view, /^notes?\s+to\s+editors?/i);
  let start = marker?.index ?? heading?.index ?? -1;
  if (start < 0) {
    const first = blocks.find((b) => b.type !== 'table' && /^1\.\s/.test(b.text) && /report is (?:available|published)/i.test(b.text));
    if (!first) return [];
    start = first.index - 1;
  }
  const out = [];
  for (const block of blocks.slice(start + 1)) {
    if (block.type === 'table' || block.type === 'heading') break;
    const numbered = /^(\d{1,2})[.)]\s+(.*)$/.exec(block.text);
    out.push({ number: numbered ? Number(numbered[1]) : null, text: numbered ? numbered[2]! : block.text, evidence: evidence(block, block.text) });
  }
  return out;
}
