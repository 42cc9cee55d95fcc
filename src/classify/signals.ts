/**
 * What a document is, as scored signals: each row names the kind it speaks for, its weight,
 * where it looks (the title, the opening, any sentence, a short block such as a heading, or the
 * document's structure), and the real sentences it was written from. Every signal that fires is
 * recorded in `classification` with its evidence; the kind with the highest score wins, and a
 * page that is neither report nor release scores as `other` by default.
 */
import { MONTH } from '../annotate/spans/patterns.js';
import type { Block, DocumentView } from '../model/blocks.js';
import type { Sentence, SentenceLayer } from '../annotate/index.js';
import { spansOf } from '../annotate/index.js';
import type { TableKinds } from '../extract/tables.js';
import type { Counterexample, Example } from '../rules/types.js';
import type { Kind } from '../schema.js';
import { STATEMENT_INTRODUCERS } from '../lexicon/verbs.js';
import { alternation, compile, words } from '../lexicon/words.js';
import { INSPECTORATE_NAMES } from '../lexicon/inspectorate.js';

export interface ClassifyInput {
  view: DocumentView;
  /** The rating statements of the document, for the release's lead ("X has been rated …"). */
  statements: readonly { subject: string; inspection: string; sentence: string; rule: string }[];
  tables: TableKinds;
  layer: SentenceLayer;
  /** The title's sentences and the first sentences of the body. */
  title: Sentence[];
  opening: Sentence[];
  words: number;
}

export interface KindSignal {
  id: string;
  kind: Kind;
  weight: number;
  scope: 'title' | 'opening' | 'sentence' | 'short-block' | 'structure';
  /** For the text scopes. */
  pattern?: RegExp;
  /** For "structure", or a sentence test that needs spans: the evidence block or sentence, or null. */
  test?: (input: ClassifyInput) => { block: Block; quote: string } | null;
  examples: Example<never>[];
  counterexamples: Counterexample[];
}

const STATEMENT = new RegExp(alternation([...STATEMENT_INTRODUCERS]), 'i');
/** The Inspectorate by any of its names (the lexicon's), for signals that name it. */
const INSPECTORATE = words([...INSPECTORATE_NAMES]);

/** A sentence where a chief inspector speaks, in quotation or indirect speech: a role and a speech verb, outside any quotation. */
function inspectorQuoted(input: ClassifyInput): { block: Block; quote: string } | null {
  for (const s of input.layer.sentences) {
    // The role named outside the quotation: a chief inspector quoted on being appointed is not a release's speaker.
    const quoteAt = s.text.search(/[“"]/);
    const outside = (x: { start: number }) => quoteAt < 0 || x.start < quoteAt;
    const roles = spansOf(s, 'role').filter((r) => (r.role === 'chief-inspector' || r.role === 'inspector') && outside(r));
    // "Chief Inspector of Probation Justin Russell, who …, praised …: “…": the colon before the quotation introduces it as a verb would.
    const introduced = quoteAt > 0 && /:\s*$/.test(s.text.slice(0, quoteAt));
    if (roles.length && (spansOf(s, 'verb').some(outside) || STATEMENT.test(s.text) || introduced)) return { block: s.block, quote: s.text };
  }
  return null;
}

/** The text of a sentence without its quotations: what the document itself says. */
export function unquoted(text: string): string {
  return text.replace(/[“"][^”"]*(?:[”"]|$)/g, ' ');
}

function table(kind: string) {
  return (input: ClassifyInput) => {
    const found = [...input.tables].find(([, k]) => k === kind)?.[0];
    return found ? { block: found, quote: found.text.split('\n')[0]!.slice(0, 200) } : null;
  };
}

export const KIND_SIGNALS: readonly KindSignal[] = [
  { id: 'report.ratings-table', kind: 'inspection-report', weight: 6, scope: 'structure', test: table('ratings'), examples: [{ text: 'corpus/003_b61d8a66136cbfc4.txt', document: true, source: 'seed/003' }], counterexamples: [] },
  { id: 'report.contents-table', kind: 'inspection-report', weight: 3, scope: 'structure', test: table('contents'), examples: [{ text: 'corpus/003_b61d8a66136cbfc4.txt', document: true, source: 'seed/003' }], counterexamples: [] },
  {
    id: 'report.length',
    kind: 'inspection-report',
    weight: 3,
    scope: 'structure',
    test: (input) => (input.words > 3000 && input.view.blocks[0] ? { block: input.view.blocks[0], quote: `${input.words} words` } : null),
    examples: [{ text: 'corpus/003_b61d8a66136cbfc4.txt', document: true, source: 'seed/003' }],
    counterexamples: [],
  },
  {
    id: 'report.title',
    kind: 'inspection-report',
    weight: 5,
    scope: 'title',
    pattern: /^(?:an?\s+)?(?:(?:joint|thematic|full\s+joint|core|follow-up|unannounced|national|re-?)\s*)*inspection\s+(?:of|into)\b(?![^:]*(?<!\b(?:in|of|across|for)):\s)|^Dynamic\s+Inspection\s+of\s+Public\s+Protection\s+(?:in|of|across)\b|^(?:HM\s+Inspectorate\s+of\s+Probation\s+)?Annual\s+Report\b|^The\s+Chief\s+Inspector['’]s\s+annual\s+report/i,
    examples: [
      { text: 'An inspection of probation services in Cardiff and the Vale PDU', source: 'real/031' },
      // A colon straight after the preposition is the title's own layout, not a headline after it.
      { text: 'An inspection of probation services in: West Yorkshire Community Rehabilitation Company', source: 'seed/003' },
      { text: 'An inspection of youth justice work with children and victims in Wirral', source: 'real/090' },
      { text: 'Dynamic Inspection of Public Protection in West Midlands region', source: 'real/080' },
      { text: 'HM Inspectorate of Probation Annual Report 2014-15/Arolygiaeth Prawf Ei Mawrhydi Adroddiad Blynyddol 2014-15', source: 'real/112' },
    ],
    counterexamples: [{ text: 'Inspection of youth offending work: Cambridgeshire continues to perform well and turn young people away from crime', source: 'real/109', why: 'a headline after the colon: a release' }],
  },
  {
    id: 'report.section-heading',
    kind: 'inspection-report',
    weight: 4,
    scope: 'short-block',
    pattern: /^(?:Foreword(?:\s+(?:from|by)\s+.{2,60})?|Chief\s+Inspector['’]s\s+judge?ment|Executive\s+summary|Contents|Ratings|Overall\s+findings)$/i,
    examples: [
      { text: 'Foreword', source: 'real/014 (the heading once its "(Back to top)" link is dropped)' },
      { text: 'Chief Inspector’s judgment', source: 'real/029' },
      { text: 'Foreword from the HM Chief Inspector', source: 'real/149' },
    ],
    counterexamples: [],
  },
  {
    id: 'release.received-rating',
    kind: 'press-release',
    weight: 3,
    scope: 'opening',
    pattern: /\b(?:has|have)\s+(?:received|been\s+given|been\s+awarded)\s+an?\s+(?:overall\s+)?(?:regional\s+)?rating\s+of\b|\b(?:has|have)\s+been\s+rated\s+(?:as\s+)?["“‘']/i,
    examples: [
      { text: 'Norfolk Probation Delivery Unit (PDU) has received an overall rating of ‘Inadequate’ following an inspection by His Majesty’s Inspectorate of Probation.', source: 'real/007' },
      { text: 'The probation service, or Probation Delivery Unit (PDU*), in Manchester North has been rated as ‘Requires improvement’ following an inspection by HM Inspectorate of Probation.', source: 'real/027' },
    ],
    counterexamples: [{ text: 'Martin Jones said “every Probation Delivery Unit I have inspected has been rated ‘Inadequate’ or ‘Requires improvement’”', source: 'real/145', why: 'quoted words are not the page’s own statement' }],
  },
  {
    id: 'release.rating-in-lead',
    kind: 'press-release',
    weight: 3,
    scope: 'structure',
    // The lead of a release rates its provider: "Durham Tees Valley CRC was assessed by probation inspectors as ‘Requiring improvement’".
    test: (input) => {
      const lead = new Set(input.opening.map((s) => s.text));
      const found = input.statements.find((s) => s.subject === 'overall' && s.inspection === 'current' && lead.has(s.sentence));
      const at = found && input.opening.find((s) => s.text === found.sentence);
      return at ? { block: at.block, quote: at.text } : null;
    },
    examples: [{ text: 'Durham Tees Valley Community Rehabilitation Company (CRC) was assessed by probation inspectors as ‘Requiring improvement’, the second lowest rating, despite its clear organisational strengths.', source: 'real/127' }],
    counterexamples: [],
  },
  {
    id: 'release.following-inspection',
    kind: 'press-release',
    weight: 3,
    scope: 'sentence',
    pattern: /\bfollowing\s+an?\s+(?:joint\s+|routine\s+|unannounced\s+)?inspection\s+(?:of\s+[^.]{0,120}?\s+)?by\b|\bfollowing\s+(?:an?\s+)?inspection\b(?=[^.]*$)/i,
    examples: [
      { text: 'Cwm Taf Morgannwg Probation Delivery Unit rated as ‘Requires improvement’ following inspection', source: 'real/033' },
      { text: 'Trafford Youth Justice Service has received an overall rating of ‘Requires improvement’ following an inspection of youth justice work with children and victims (IYJWCV) by His Majesty’s Inspectorate of Probation.', source: 'real/025' },
    ],
    counterexamples: [],
  },
  {
    id: 'release.inspector-quoted',
    kind: 'press-release',
    weight: 3,
    scope: 'structure',
    test: inspectorQuoted,
    examples: [
      { text: 'Martin Jones, Chief Inspector of Probation, said: “The picture at Bedfordshire PDU is again similar to what we are seeing elsewhere', source: 'real/004' },
      { text: 'Interim Chief Inspector of Probation Sue McAllister said: “There’s a genuine community spirit about Southwark Youth Justice Service.', source: 'real/046' },
    ],
    counterexamples: [],
  },
  {
    id: 'release.published-today',
    kind: 'press-release',
    weight: 3,
    scope: 'sentence',
    pattern: compile(
      `\\btoday\\s+(?:s?he|${INSPECTORATE}|we)\\s+(?:published|publishes|publish)\\b|(?:${INSPECTORATE}|\\bs?he|\\bwe)\\s+(?:has\\s+)?today\\s+(?:\\([^)]*\\)\\s+)?(?:published|publishes|released)\\b|\\breport\\s+(?:released|published)\\s+today\\b|\\bpublishing\\s+the\\s+report\\b|\\bpublishes\\s+its\\s+(?:annual\\s+)?report\\b|\\bpublishing\\s+(?:his|her|its)\\s+(?:final\\s+)?annual\\s+report\\b|\\bthe\\s+report\\s+(?:is|was)\\s+(?:available|published)\\b|\\breports?\\b[^.]{0,60}?\\b(?:was|were|is|has\\s+been)\\s+(?:published|released)\\s+today\\b`,
      'iu',
    ),
    examples: [
      { text: 'Today she published the report of a recent joint inspection of the work of Cambridgeshire Youth Offending Service (YOS).', source: 'real/109' },
      { text: 'HM Inspectorate of Probation has today published its Annual Report 2021: inspections of youth offending services (YOS).', source: 'real/165' },
      { text: 'His Majesty’s Inspectorate of Probation has today published its Annual Report 2021.', source: 'real/165 in the paraphrase "HM" → "His Majesty’s"' },
      { text: 'The announcement comes as the Inspectorate publishes its annual report, which will be the Chief Inspector’s final report before leaving the post on 29 September 2023.', source: 'real/042' },
      { text: 'The latest inspection report of Youth Offending work in England and Wales was published today.', source: 'real/255' },
    ],
    counterexamples: [{ text: 'These reports were published on 30 March 2023', source: 'real/060', why: 'a date, not the day of a release' }],
  },
  {
    id: 'release.according-to-inspectors',
    kind: 'press-release',
    weight: 3,
    scope: 'sentence',
    pattern: compile(String.raw`\baccording\s+to\s+(?:inspectors|the\s+Inspectorate|a\s+(?:new\s+)?report)\b|\bsaid\s+(?:Dame\s+|Sir\s+)?[\p{Lu}][\p{L}’'-]+(?:\s+[\p{Lu}][\p{L}’'-]+)+,\s+(?:HM\s+)?Chief\s+Inspector\b|\bsaid\s+Chief\s+Inspector\b|\bsays\s+(?:the\s+)?(?:HM\s+|His\s+Majesty’s\s+)?(?:chief\s+inspector|Inspectorate(?:\s+of\s+Probation)?)\b`, 'iu'),
    examples: [
      { text: 'The new owners of a probation service in Wales should make further changes to improve their work with offenders and better protect the public, according to inspectors.', source: 'real/001' },
      { text: 'needed to do far more to protect the public, reduce reoffending and make sure people served sentences handed down by the courts, said Dame Glenys Stacey, HM Chief Inspector of Probation.', source: 'real/073' },
      { text: 'More youth justice services (seven-out-of-ten) were rated ‘Good’ or ‘Outstanding’ in 2022 and, for the second year running, no services were rated ‘Inadequate’, says HM Inspectorate of Probation on the publication of its Youth Annual Report 2022.', source: 'real/203' },
      { text: 'Early implementation of Transforming Rehabilitation - concerns remain, says Chief Inspector', source: 'real/237' },
    ],
    counterexamples: [],
  },
  {
    id: 'release.report-published-by',
    kind: 'press-release',
    weight: 3,
    scope: 'sentence',
    pattern: /\b(?:a|the)\s+(?:new\s+)?report\s+published\s+(?:today\s+)?by\b|\b(?:has|have)\s+published\s+(?:a|the|its)\s+(?:new\s+)?report\b/i,
    examples: [{ text: 'A report published by Dame Glenys Stacey, HM Chief Inspector of Probation, following an inspection in December 2018, recommended that HM Prison and Probation Service (HMPPS) should recruit sufficient staff', source: 'real/012' }],
    counterexamples: [],
  },
  {
    id: 'release.person-quoted',
    kind: 'press-release',
    weight: 1,
    scope: 'structure',
    test: (input) => {
      const s = input.layer.sentences.find((x) => spansOf(x, 'person').length && spansOf(x, 'verb').length && /[“"]/.test(x.text));
      return s ? { block: s.block, quote: s.text } : null;
    },
    examples: [{ text: 'In response, Dame Glenys said, “senior leaders are working with partner agencies on a laudable initiative', source: 'real/010' }],
    counterexamples: [],
  },
  {
    id: 'release.inspectors-found',
    kind: 'press-release',
    weight: 1,
    scope: 'sentence',
    pattern: /\b(?:Inspectors|The\s+Inspectorate)\s+(?:found|noted|praised|identified|were\s+(?:pleased|concerned|impressed|disappointed))\b/,
    examples: [{ text: 'Inspectors found a sufficient range of community-based and specialist services in place, including services for women.', source: 'real/001' }],
    counterexamples: [],
  },
  {
    id: 'release.routine-inspection',
    kind: 'press-release',
    weight: 2,
    scope: 'sentence',
    pattern: /\b(?:conducted|carried\s+out|undertaken)\s+a\s+(?:routine\s+|joint\s+)?inspection\s+of\b|\bhas\s+undertaken\s+a\s+review\s+of\b/i,
    examples: [{ text: 'HM Inspectorate of Probation conducted a routine inspection of Norfolk and Suffolk Community Rehabilitation Company (CRC) in May 2019.', source: 'real/003' }],
    counterexamples: [],
  },
  {
    id: 'release.end-matter',
    kind: 'press-release',
    weight: 4,
    scope: 'short-block',
    pattern: /^(?:notes?\s+to\s+editors?:?|ends\.?|-+\s*ends\s*-+|for\s+media\s+enquiries.*|media\s+enquiries.*)$/i,
    examples: [{ text: 'Notes to editor', source: 'real/015' }],
    counterexamples: [],
  },
  {
    id: 'release.notes-at-end',
    kind: 'press-release',
    weight: 4,
    scope: 'structure',
    // "Notes" alone ends a release only where it is the last block (the page cut after it); in a methodology page it heads a section.
    test: (input) => {
      const last = input.view.blocks[input.view.blocks.length - 1];
      return last && /^notes?:?$/i.test(last.text.trim()) ? { block: last, quote: last.text } : null;
    },
    examples: [{ text: 'test/fixtures/real/docs/007.txt', document: true, source: 'real/007' }],
    counterexamples: [{ text: 'test/fixtures/real/docs/057.txt', source: 'real/057', why: '"Notes" heads a section of a methodology page, with text after it' }],
  },
  {
    id: 'release.headline',
    kind: 'press-release',
    weight: 2,
    scope: 'title',
    pattern: compile(String.raw`["“‘'](?:Outstanding|Good|Requires\s+improvement|Inadequate)["”’']|\brated\b|\binspection\s+finds\b|\b(?:rated|remains)\s+(?:as\s+)?["“‘']?(?:Outstanding|Good|Requires\s+improvement|Inadequate)`, 'iu'),
    examples: [{ text: 'Salford Youth Justice Service rated \'Good\'', source: 'real/026' }],
    counterexamples: [],
  },
  {
    id: 'other.dated-title',
    kind: 'other',
    weight: 6,
    scope: 'title',
    pattern: compile(`^\\d{1,2}\\s+${MONTH}\\s+\\d{4}\\s*[-–—]`, 'iu'),
    examples: [{ text: '01 May 2021 – Reflecting on our impact', source: 'real/038' }, { text: '20 December 2023 - An end of year message from interim Chief Inspector, Sue McAllister', source: 'real/056' }],
    counterexamples: [],
  },
  {
    id: 'other.listing',
    kind: 'other',
    weight: 6,
    scope: 'structure',
    test: (input) => {
      const dated = input.view.blocks.filter((b) => /^Published:?\s+\d{1,2}\s+\p{L}+\s+\d{4}$/u.test(b.text));
      return dated.length >= 2 ? { block: dated[0]!, quote: dated.map((b) => b.text).join(' · ') } : null;
    },
    examples: [{ text: 'test/fixtures/real/docs/110.txt', document: true, source: 'real/110' }],
    counterexamples: [],
  },
  {
    id: 'other.methodology',
    kind: 'other',
    weight: 4,
    scope: 'sentence',
    pattern: /\bour\s+approach\s+(?:for|to)\s+inspecting\b|\bhow\s+we\s+inspect\b|\binspection\s+questions,\s+guidance\b|\bguidance\s+manual\b/i,
    examples: [{ text: 'Our approach for inspecting Probation Services includes inspecting every Probation Delivery Unit (PDU) in a region, followed by an overarching regional inspection.', source: 'real/145' }],
    counterexamples: [],
  },
  {
    id: 'other.first-person',
    kind: 'other',
    weight: 2,
    scope: 'structure',
    test: (input) => {
      // Quotations are taken out paragraph by paragraph: a speaker's "I" in the second sentence of a quoted paragraph is the
      // speaker's, not the page's (a release quoting the Chief Inspector, real/296).
      const blocks = [...new Set(input.layer.sentences.map((s) => s.block))];
      const unquoted = new Map(blocks.map((b) => [b, b.text.replace(/[“"][^”"]*(?:[”"]|$)/g, (q) => ' '.repeat(q.length))]));
      const count = [...unquoted.values()].reduce((n, t) => n + (t.match(/\b(?:I|my|me)\b/g)?.length ?? 0), 0);
      const first = input.layer.sentences.find((s) => /\b(?:I|my)\b/.test(unquoted.get(s.block)!.slice(s.offset, s.offset + s.text.length)));
      return count >= 2 && first ? { block: first.block, quote: first.text } : null;
    },
    examples: [{ text: 'Since my appointment as Chief Inspector of Probation in March 2024, I have become increasingly concerned', source: 'real/043' }],
    counterexamples: [
      {
        text: 'Chief Inspector of Probation, Martin Jones CBE, said:\n\n“Since becoming Chief Inspector of Probation in March 2024, I have seen the dedication and hard work of probation staff. I know the work carried out by the Probation Service is of critical importance.',
        source: 'real/296',
        why: 'the first person of a quotation, past its first sentence',
      },
    ],
  },
];

/** The score a page needs before it is taken for a report or a release. */
export const OTHER_BASELINE = 3;
