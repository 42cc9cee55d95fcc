/**
 * Case sample sizes the report states ("We inspected 64 community sentence cases and 66
 * post-release supervision cases"), as patterns per sample: rules as data.
 */
import { evidence, sentenceAround } from '../model/blocks.js';
import { parseCount } from '../normalise/numbers.js';
import type { ExtractContext } from './context.js';

const N = '(\\d[\\d,]*|[a-z-]+)';

const SAMPLES: { name: string; pattern: RegExp }[] = [
  { name: 'communitySentence', pattern: new RegExp(`inspected ${N} community sentence cases`, 'i') },
  { name: 'postRelease', pattern: new RegExp(`community sentence cases and ${N} post-release supervision cases`, 'i') },
  { name: 'postRelease', pattern: new RegExp(`inspected ${N} post-release supervision cases`, 'i') },
  { name: 'unpaidWork', pattern: new RegExp(`(?:inspected the management of|examined) ${N} (?:cases with )?unpaid work requirements`, 'i') },
  { name: 'throughTheGate', pattern: new RegExp(`(?:inspected the management of ${N} cases where the CRC had delivered pre-release Through the Gate|examined ${N} custodial cases)`, 'i') },
  { name: 'courtDisposals', pattern: new RegExp(`inspected ${N} (?:cases where there (?:had been|was) a )?court disposals?`, 'i') },
  { name: 'outOfCourtDisposals', pattern: new RegExp(`${N} out-of-court disposals?`, 'i') },
  { name: 'caseSupervision', pattern: new RegExp(`examined ${N} cases from across`, 'i') },
];

export function extractCaseSample(ctx: ExtractContext): { sample: Record<string, number>; evidence: Record<string, { page: number | null; quote: string }> } {
  const sample: Record<string, number> = {};
  const found: Record<string, { page: number | null; quote: string }> = {};
  if (ctx.kind !== 'inspection-report') return { sample, evidence: found };
  for (const block of ctx.view.blocks) {
    if (block.type === 'table') continue;
    for (const { name, pattern } of SAMPLES) {
      if (name in sample) continue;
      const match = pattern.exec(block.text);
      const raw = match?.slice(1).find(Boolean);
      const value = raw ? parseCount(raw) : null;
      if (match && value !== null) {
        sample[name] = value;
        found[name] = evidence(block, sentenceAround(block.text, match.index, match[0].length));
      }
    }
  }
  return { sample, evidence: found };
}
