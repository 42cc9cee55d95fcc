/**
 * Who and when: the owner of the provider, publication date, the date fieldwork started, the
 * chief inspector and the lead inspector — each as the document states it, with its evidence, or
 * null.
 */
import { evidence, sentenceAround, type Block } from '../model/blocks.js';
import type { Evidence } from '../model/types.js';
import { DAY_MONTH_YEAR, findDate, MONTH_YEAR } from '../normalise/date.js';
import type { ExtractContext } from './context.js';
import { spansOf, type SentenceLayer } from '../annotate/index.js';
import { FIRST_NAME_TITLES } from '../lexicon/inspectorate.js';

export interface Metadata {
  owner: string | null;
  published: string | null;
  fieldworkStarted: string | null;
  chiefInspector: string | null;
  leadInspector: string | null;
  previousInspection: { published: string | null; evidence: Evidence } | null;
  evidence: Record<string, Evidence>;
}

const PERSON = "((?:Dame |Sir |Dr |Mr |Mrs |Ms )?[A-Z][a-z]+(?:[ -][A-Z][a-z'’]+){1,2})";
const OWNER_PATTERNS: RegExp[] = [
  /([A-Z][\w&]*(?: [A-Z][\w&]*)*) took (?:formal )?ownership of/,
  /\bis (?:owned|run) by ([A-Z][\w&]*(?: [A-Z][\w&]*)*)/,
  /\bCRCs? in the ([A-Z][\w&]*(?: [A-Z][\w&]*)*) group/,
  /\bowned by the ([A-Z][\w&]*(?: [A-Z][\w&]*)*)/,
  /\brun by (?:the same company\s*[–-]\s*)?the ([A-Z][\w&]*(?: [A-Z][\w&]*)*)/,
  /\bpart of the ([A-Z][\w&]*(?: [A-Z][\w&]*)*) (?:group|consortium)/,
];
const FIELDWORK = /\bfieldwork\b[^.]{0,60}?\b(?:started|began|commenced|took place|was carried out|was undertaken)\b[^.]{0,20}?\b(?:on|in|during|from)\b\s+/i;
/** "In our previous inspection report, published in October 2018", "We previously inspected X in summer 2018". */
const PREVIOUS_INSPECTION: RegExp[] = [
  /\bprevious inspection report,? (?:was )?published in ([^,.]+)/i,
  /\b(?:we )?previously inspected [^.]*? in ((?:(?:spring|summer|autumn|winter|early|late) )?(?:\w+ )?(?:19|20)\d\d)/i,
  /\bour (?:last|previous) inspection,? (?:in|published in) ([^,.]+(?:19|20)\d\d)/i,
];
const PUBLISHED_PATTERNS: RegExp[] = [
  /^HMI Probation,?\s+(.+\d{4})$/i,
  /\breport (?:is|will be) (?:available|published)\b(.*)/i,
  /^Published:?\s+(.+)/i,
  /\b(?:published|publishes|publishing) (?:on|today,?)\s+(.*)/i,
];

export function extractMetadata(ctx: ExtractContext): Metadata {
  const blocks = ctx.view.blocks.filter((b) => b.type !== 'table');
  const found: Record<string, Evidence> = {};
  const owner = firstOf(blocks, OWNER_PATTERNS, (m, block) => {
    found.owner = evidence(block, sentenceAround(block.text, m.index, m[0].length));
    return m[1]!;
  });

  const fieldworkStarted = firstOf(blocks, [FIELDWORK], (m, block) => {
    const date = findDate(block.text.slice(m.index + m[0].length - 1));
    if (!date) return null;
    found.fieldworkStarted = evidence(block, sentenceAround(block.text, m.index, m[0].length));
    return date.value;
  });

  let published = firstOf(blocks, PUBLISHED_PATTERNS, (m, block) => {
    const date = findDate(m[1]!);
    if (!date) return null;
    found.published = evidence(block, sentenceAround(block.text, m.index, m[0].length));
    return date.value;
  });
  const metaDate = ctx.meta.published ?? null;
  // The page's own date refines the month the document states; it does not override another date.
  if (metaDate && (!published || (published.length === 7 && metaDate.startsWith(published)))) {
    published = metaDate;
    found.published = { page: null, quote: `published ${metaDate} (page metadata)` };
  }

  const leadInspector = firstOf(blocks, [new RegExp(`\\b(?:inspection was )?led by (?:HM Inspector |HMI |Inspector |lead inspector )?${PERSON}`)], (m, block) => {
    found.leadInspector = evidence(block, sentenceAround(block.text, m.index, m[0].length));
    return m[1]!;
  });

  const chiefInspector = findChiefInspector(blocks, ctx.layer, found);
  const previousInspection = firstOf(blocks, PREVIOUS_INSPECTION, (m, block) => {
    const date = findDate(m[1]!) ?? (/\b((?:19|20)\d\d)\b/.exec(m[1]!) ? { value: /\b((?:19|20)\d\d)\b/.exec(m[1]!)![1]! } : null);
    if (!date) return null;
    return { published: date.value, evidence: evidence(block, sentenceAround(block.text, m.index, m[0].length)) };
  });
  if (ctx.kind === 'inspection-report' && ctx.family !== 'thematic') {
    if (!published) ctx.messages.warn('The document states no publication date.', null, 'metadata');
    if (!fieldworkStarted) ctx.messages.warn('The document states no date when fieldwork started.', null, 'metadata');
  }
  return { owner, published, fieldworkStarted, chiefInspector, leadInspector, previousInspection, evidence: found };
}

function firstOf<T>(blocks: Block[], patterns: RegExp[], read: (match: RegExpExecArray, block: Block) => T | null): T | null {
  for (const pattern of patterns) {
    for (const block of blocks) {
      const match = pattern.exec(block.text);
      if (!match) continue;
      const value = read(match, block);
      if (value !== null) return value;
    }
  }
  return null;
}

const CHIEF_ROLE = /^(?:HM |His Majesty['’]s |Her Majesty['’]s )?Chief Inspector of Probation$/i;

/**
 * "Justin Russell" above "Chief Inspector of Probation" (a report's foreword signature); else the
 * first person the sentence layer names beside the chief inspector's role ("Chief Inspector of
 * Probation Justin Russell said", "Dame Glenys Stacey, HM Chief Inspector of Probation") — a whole
 * name, never the role's honorific ("His Majesty’s").
 */
function findChiefInspector(blocks: Block[], layer: SentenceLayer | undefined, found: Record<string, Evidence>): string | null {
  for (let i = 0; i + 1 < blocks.length; i++) {
    const name = new RegExp(`^${PERSON}$`).exec(blocks[i]!.text);
    if (name && CHIEF_ROLE.test(blocks[i + 1]!.text)) {
      found.chiefInspector = evidence(blocks[i]!, `${blocks[i]!.text} ${blocks[i + 1]!.text}`);
      return name[1]!;
    }
  }
  for (const sentence of layer?.sentences ?? []) {
    const roles = spansOf(sentence, 'role').filter((r) => r.role === 'chief-inspector');
    for (const person of spansOf(sentence, 'person')) {
      if (person.name.split(' ').length < 2) continue;
      const beside = roles.some((r) => (r.end <= person.start && /^,?\s*(?:the\s+)?$/i.test(sentence.text.slice(r.end, person.start))) || (person.end <= r.start && /^,?\s*(?:the\s+|our\s+|as\s+)?$/i.test(sentence.text.slice(person.end, r.start))));
      if (!beside) continue;
      found.chiefInspector = evidence(sentence.block, sentence.text);
      return person.title && (FIRST_NAME_TITLES as readonly string[]).includes(person.title) ? `${person.title} ${person.name}` : person.name;
    }
  }
  return null;
}

export { DAY_MONTH_YEAR, MONTH_YEAR };
