/**
 * Recommendations: those of the previous inspection with the progress made on each ("The CRC has
 * made some progress on this recommendation") and whom they were addressed to ("We recommended
 * that Interserve:"), and the new ones with whether they repeat an earlier one.
 */
import { evidence, splitSentences, type Block } from '../model/blocks.js';
import type { Evidence } from '../model/types.js';
import { findHeading, sectionBlocks } from '../model/sections.js';
import { parseCount } from '../normalise/numbers.js';
import type { NewRecommendation, PreviousRecommendation } from '../schema.js';
import type { ExtractContext } from './context.js';
import { execAll } from '../lexicon/words.js';

const NUMBERED = /^(\d{1,2})[.)]\s+(\S.*)$/;
const ADDRESSEE_PREVIOUS = /^We (?:also )?recommended that (?:the )?(.+?):$/i;
const ADDRESSEE_NEW = /^(?:The )?(.+?) should:$/;
const PROGRESS = /(?:has|have) made (no|some|sufficient|insufficient|good|limited) progress|(?:has|have) (?:been )?(?:fully )?(achieved)|(not) (?:been )?achieved/i;
const REPEATED = /\s*\(this recommendation (?:has been|is|was) repeated from the previous inspection\)/i;

export interface Recommendations {
  previous: PreviousRecommendation[];
  new: NewRecommendation[];
  statedCounts: { previous: number | null; new: number | null };
  statedCountsEvidence: { previous: Evidence | null; new: Evidence | null };
}

export function extractRecommendations(ctx: ExtractContext): Recommendations {
  const result: Recommendations = {
    previous: [],
    new: [],
    statedCounts: { previous: null, new: null },
    statedCountsEvidence: { previous: null, new: null },
  };
  if (ctx.kind !== 'inspection-report') return result;

  const previousHeading = findHeading(ctx.view, /recommendations from the previous inspection|progress (?:on|against) (?:the )?previous recommendations/i);
  if (previousHeading) {
    const blocks = sectionBlocks(ctx.view, previousHeading).filter((b) => !(b.type === 'heading' && /^new recommendations/i.test(b.text)));
    const untilNew = blocks.slice(0, indexOfNew(blocks));
    readPrevious(ctx, untilNew, result);
  }
  const newHeading = findHeading(ctx.view, /^new recommendations$/i) ?? findHeading(ctx.view, /^recommendations$/i);
  if (newHeading) readNew(ctx, sectionBlocks(ctx.view, newHeading), result);
  else ctx.messages.warn('No "New recommendations" section was found.', null, 'recommendations');

  if (result.statedCounts.new !== null && result.statedCounts.new !== result.new.length) {
    ctx.messages.warn(`The report says it makes ${result.statedCounts.new} recommendations, but ${result.new.length} were found.`, null, 'recommendations');
  }
  return result;
}

function indexOfNew(blocks: Block[]): number {
  const i = blocks.findIndex((b) => /^new recommendations$/i.test(b.text));
  return i < 0 ? blocks.length : i;
}

function statedCount(text: string): number | null {
  const counts = execAll(/\bmade (\w+) recommendations?\b/gi, text).map((m) => parseCount(m[1]!));
  const known = counts.filter((c): c is number => c !== null);
  return known.length ? known.reduce((a, b) => a + b, 0) : null;
}

function readPrevious(ctx: ExtractContext, blocks: Block[], result: Recommendations): void {
  let addressee: string | null = null;
  let stated = 0;
  let anyStated = false;
  for (const block of blocks) {
    if (block.type === 'table') continue;
    const count = statedCount(block.text);
    if (count !== null) {
      stated += count;
      anyStated = true;
      const quote = splitSentences(block.text).find((t) => /recommendations?/i.test(t)) ?? block.text;
      const previous = result.statedCountsEvidence.previous;
      result.statedCountsEvidence.previous = previous ? { page: previous.page, quote: `${previous.quote} … ${quote}` } : evidence(block, quote);
    }
    const to = ADDRESSEE_PREVIOUS.exec(block.text);
    if (to && block.text.length < 120) {
      addressee = to[1]!;
      continue;
    }
    const numbered = NUMBERED.exec(block.text);
    if (numbered) {
      result.previous.push({
        number: Number(numbered[1]),
        addressee,
        text: numbered[2]!,
        progress: null,
        evidence: evidence(block, block.text),
        progressEvidence: null,
      });
      continue;
    }
    const last = result.previous[result.previous.length - 1];
    const progress = PROGRESS.exec(block.text);
    if (last && last.progress === null && progress && /recommendation/i.test(block.text)) {
      last.progress = progressOf(progress);
      last.progressEvidence = evidence(block, block.text);
    }
  }
  result.statedCounts.previous = anyStated ? stated : null;
  for (const rec of result.previous) {
    if (rec.progress === null) ctx.messages.warn(`Previous recommendation ${rec.number}: no statement of the progress made.`, rec.evidence, 'recommendations');
  }
}

function progressOf(match: RegExpExecArray): PreviousRecommendation['progress'] {
  if (match[2]) return 'achieved';
  if (match[3]) return 'none';
  const word = match[1]!.toLowerCase();
  if (word === 'no') return 'none';
  if (word === 'sufficient' || word === 'good') return 'sufficient';
  return 'some';
}

function readNew(ctx: ExtractContext, blocks: Block[], result: Recommendations): void {
  let addressee: string | null = null;
  for (const block of blocks) {
    if (block.type === 'table') continue;
    if (result.statedCounts.new === null) {
      result.statedCounts.new = statedCount(block.text);
      if (result.statedCounts.new !== null) {
        result.statedCountsEvidence.new = evidence(block, splitSentences(block.text).find((t) => /recommendations/i.test(t)) ?? block.text);
      }
    }
    const to = ADDRESSEE_NEW.exec(block.text);
    if (to && block.text.length < 100) {
      addressee = to[1]!;
      continue;
    }
    const numbered = NUMBERED.exec(block.text);
    if (!numbered) continue;
    const text = numbered[2]!;
    result.new.push({
      number: Number(numbered[1]),
      addressee,
      text: text.replace(REPEATED, ''),
      repeated: REPEATED.test(text),
      evidence: evidence(block, block.text),
    });
  }
  if (result.new.length && result.new.some((r) => r.addressee === null)) {
    ctx.messages.warn('Some new recommendations name no addressee.', null, 'recommendations');
  }
}
