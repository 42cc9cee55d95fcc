/**
 * What a document is, from its own words: an inspection report, a press release (or an article
 * reporting an inspection), or something else; and which report family's rating framework it
 * belongs to. Each answer keeps the reason and the text that decided it.
 */
import { evidence, type Block, type DocumentView } from '../model/blocks.js';
import type { Evidence } from '../model/types.js';
import type { Family, Kind } from '../schema.js';
import type { TableKinds } from '../extract/tables.js';

export interface Decision<T extends string> {
  value: T;
  reason: string;
  evidence: Evidence | null;
}

function firstMatch(blocks: Block[], pattern: RegExp): Block | undefined {
  return blocks.find((b) => b.type !== 'table' && pattern.test(b.text));
}

function decided<T extends string>(value: T, reason: string, block: Block | undefined, pattern?: RegExp): Decision<T> {
  if (!block) return { value, reason, evidence: null };
  const match = pattern ? pattern.exec(block.text) : null;
  const quote = match ? aroundMatch(block.text, match.index, match[0].length) : block.text.slice(0, 200);
  return { value, reason, evidence: evidence(block, quote) };
}

function aroundMatch(text: string, index: number, length: number): string {
  const start = Math.max(0, text.lastIndexOf('. ', index) + 1);
  const end = text.indexOf('. ', index + length);
  return text.slice(start, end < 0 ? undefined : end + 1).trim();
}

const REPORT_TITLE = /\b(?:an? )?(?:(?:joint|thematic|full joint|core|follow-up|re-?)?\s*inspection of|inspection report|annual report|effective practice|research and analysis bulletin)\b/i;
const RELEASE_MARKERS = /^(?:notes? to editors?:?|ends|-? ?end ?[-–]?|for media enquiries.*|media enquiries.*)$/i;
const RELEASE_PHRASES = /\b(?:the report is (?:available|published)|notes? to editors?|for media enquiries|HM Chief Inspector of Probation[^.]*said|Chief Inspector of Probation [A-Z][a-z]+ [A-Z][a-z]+ said|inspectors? (?:found|noted|said)|report by probation inspectors)\b/i;
const INSPECTION_WORDS = /\b(?:HM Inspectorate of Probation|HMI Probation|probation inspectors?|Chief Inspector of Probation|inspectorate)\b/i;

const REPORT_TITLE_START = /^(?:an? )?(?:(?:joint |thematic |full joint |core |follow-up |unannounced |full )?inspection (?:of|into)\b|annual report\b|the chief inspector['’]s annual report\b|.*\bthematic (?:inspection|review|report)\b)/i;

export function classifyKind(view: DocumentView, tables: TableKinds, title: string | null): Decision<Kind> {
  const blocks = view.blocks;
  const words = blocks.reduce((n, b) => n + b.text.split(/\s+/).length, 0);
  const inspectionWords = INSPECTION_WORDS.test(blocks.map((b) => b.text).join(' ')) || /\binspect/i.test(title ?? '');
  const ratings = [...tables].find(([, k]) => k === 'ratings')?.[0];
  if (ratings) return decided('inspection-report', 'it has a ratings table', ratings);
  const releaseMarker = firstMatch(blocks, RELEASE_MARKERS);
  if (releaseMarker) return decided('press-release', 'it has notes to editors or an end-of-release marker', releaseMarker);
  // A report's title says what it is: "An inspection of …", "A thematic inspection of …", "Annual report".
  const titleBlock = blocks.slice(0, 6).find((b) => b.type !== 'table' && b.text.length < 200 && REPORT_TITLE_START.test(b.text));
  if (titleBlock || (title && REPORT_TITLE_START.test(title))) {
    return decided('inspection-report', 'its title names an inspection or report', titleBlock ?? blocks[0], REPORT_TITLE_START);
  }
  const releasePhrase = firstMatch(blocks, RELEASE_PHRASES);
  if (releasePhrase && words < 5000 && inspectionWords) {
    return decided('press-release', 'it reports an inspection in the words of a press release or article', releasePhrase, RELEASE_PHRASES);
  }
  const reportTitle = blocks.slice(0, 6).find((b) => b.type !== 'table' && REPORT_TITLE.test(b.text) && b.text.length < 200);
  if (inspectionWords && (words > 3000 || [...tables].some(([, k]) => k === 'contents'))) {
    return decided('inspection-report', 'it is a report-length document about an inspection', reportTitle ?? blocks[0], REPORT_TITLE);
  }
  return { value: 'other', reason: 'no report or press-release structure was found', evidence: null };
}

const FAMILY_RULES: { family: Family; pattern: RegExp; reason: string }[] = [
  { family: 'thematic', pattern: /\b(?:thematic (?:inspection|review|report)|annual report|Chief Inspector['’]s judgement|an inspection of (?:the )?(?:work|arrangements|approach|quality|management|use) of)\b/i, reason: 'it calls itself a thematic, annual or public-protection report' },
  { family: 'pdu', pattern: /\b(?:Probation Delivery Units?|PDUs?)\b/, reason: 'it names a Probation Delivery Unit' },
  { family: 'yos', pattern: /\b(?:youth offending (?:service|team)s?|youth justice (?:service|partnership)s?|YOS|YOT|YJS)\b/i, reason: 'it names a youth offending or youth justice service' },
  { family: 'regional', pattern: /\bregional (?:probation )?inspection\b|\bprobation region\b/i, reason: 'it calls itself a regional inspection' },
  { family: 'nps', pattern: /\bNational Probation Service\b[^.]{0,40}\bdivision\b|\bNPS\b[^.]{0,30}\bdivision\b/, reason: 'it names a National Probation Service division' },
  { family: 'crc', pattern: /\bCommunity Rehabilitation Company\b|\bCommunity Company \(CRC\)|\bCRC\b/, reason: 'it names a Community Rehabilitation Company' },
];

/**
 * The family, from the title first, then the opening of the document, then the whole text (where
 * the family named most often wins). A CRC report mentions the NPS throughout; its title does not.
 */
export function classifyFamily(view: DocumentView, title: string | null): Decision<Family> {
  const textBlocks = view.blocks.filter((b) => b.type !== 'table');
  const scopes: { name: string; blocks: Block[]; text: string }[] = [
    { name: 'title', blocks: textBlocks.slice(0, 1), text: [title ?? '', textBlocks[0]?.text ?? ''].join(' ') },
    { name: 'opening', blocks: textBlocks.slice(0, 8), text: textBlocks.slice(0, 8).map((b) => b.text).join(' ') },
  ];
  for (const scope of scopes) {
    for (const rule of FAMILY_RULES) {
      if (rule.pattern.test(scope.text)) {
        const block = scope.blocks.find((b) => rule.pattern.test(b.text)) ?? scope.blocks[0];
        return decided(rule.family, `${rule.reason} (${scope.name})`, block, rule.pattern);
      }
    }
  }
  const counts = FAMILY_RULES.map((rule) => {
    const global = new RegExp(rule.pattern.source, rule.pattern.flags.includes('g') ? rule.pattern.flags : `${rule.pattern.flags}g`);
    return { rule, count: textBlocks.reduce((n, b) => n + (b.text.match(global)?.length ?? 0), 0) };
  }).sort((a, b) => b.count - a.count);
  const top = counts[0];
  if (top && top.count > 0 && top.count > (counts[1]?.count ?? 0)) {
    return decided(top.rule.family, `${top.rule.reason} (most often, ${top.count} times)`, firstMatch(textBlocks, top.rule.pattern), top.rule.pattern);
  }
  return { value: 'unknown', reason: 'nothing in the document decides its family', evidence: null };
}
