/**
 * `annotate`: the document's prose split into sentences, each with its typed spans, built once
 * after parsing. Spans come from the recognisers in ./spans, in order of precedence: dates and
 * the numbers that are not figures first, so that a figure inside "Covid-19" or "aged 10 to 17"
 * is never read; then figures, qualifiers, ratings, people and providers.
 */
import type { Block, DocumentView } from '../model/blocks.js';
import { splitSentences } from '../model/blocks.js';
import { SCALE_WORDS } from '../lexicon/ratings.js';
import { compile, words } from '../lexicon/words.js';
import type { Ruled } from '../rules/types.js';
import { dateRecogniser } from './spans/dates.js';
import { ignoredRecogniser } from './spans/ignored.js';
import { NUMBER_RULES, numberRecogniser } from './spans/numbers.js';
import { MAY_HOLD_NUMBER } from './spans/patterns.js';
import { peopleRecogniser } from './spans/people.js';
import { findProviders } from './spans/providers.js';
import { qualifierRecogniser } from './spans/qualifiers.js';
import { POOR_RULE, ratingRecogniser } from './spans/ratings.js';
import { matchesOf } from '../rules/types.js';
import { providerNoun } from '../families/index.js';
import type { NumberSpan, Sentence, SentenceLayer, Span } from './types.js';

export interface AnnotateOptions {
  /** Read "poor" as Inadequate (the document's own scale names the fourth rating so). */
  poorMeansInadequate?: boolean;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Figures outside every ignored span; of overlapping figures, the one of the earlier rule, then the longer. */
function figures(text: string, blocked: Span[]): Ruled<Omit<NumberSpan, 'rule'>>[] {
  const rank = new Map(NUMBER_RULES.map((r, i) => [r.id, i]));
  const found = numberRecogniser.run(text).filter((n) => !blocked.some((b) => overlaps(b, n)));
  found.sort((a, b) => rank.get(a.rule)! - rank.get(b.rule)! || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: typeof found = [];
  for (const n of found) if (!kept.some((k) => overlaps(k, n))) kept.push(n);
  return kept;
}

/** The spans of one sentence's text. */
export function annotateText(text: string, options: AnnotateOptions = {}): Span[] {
  const dates = dateRecogniser.run(text);
  const numeric = MAY_HOLD_NUMBER.test(text);
  const ignored = numeric ? ignoredRecogniser.run(text) : [];
  const blocked = [...dates, ...ignored] as Span[];
  const numbers = numeric ? figures(text, blocked) : [];
  const ratings = [...ratingRecogniser.run(text), ...(options.poorMeansInadequate ? matchesOf(POOR_RULE, text, text) : [])];
  const spans = [...blocked, ...numbers, ...qualifierRecogniser.run(text), ...ratings, ...peopleRecogniser.run(text), ...findProviders(text)] as Span[];
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

const SCALE = compile(words([...SCALE_WORDS]), 'iu');

/** Whether the document's own scale names the fourth rating "poor" ("excellent, good, requires improvement and poor"). */
export function usesPoorAsRating(blocks: Block[]): boolean {
  return blocks.some((b) => b.type !== 'table' && SCALE.test(b.text) && /\bpoor\b/i.test(b.text));
}

export function annotate(view: DocumentView): SentenceLayer {
  const options = { poorMeansInadequate: usesPoorAsRating(view.blocks) };
  const sentences: Sentence[] = [];
  const byBlock = new Map<Block, Sentence[]>();
  for (const block of view.blocks) {
    if (block.type === 'table') continue;
    const own: Sentence[] = [];
    let offset = 0;
    for (const text of splitSentences(block.text)) {
      const at = block.text.indexOf(text, offset);
      offset = at < 0 ? offset : at + text.length;
      const sentence: Sentence = { index: sentences.length, block, offset: Math.max(at, 0), text, spans: annotateText(text, options) };
      sentences.push(sentence);
      own.push(sentence);
    }
    byBlock.set(block, own);
  }
  // A provider noun that needs other words in the document ("Probation services in Suffolk" is the joint CRC and NPS inspection) names nothing without them.
  const text = sentences.map((s) => s.text).join(' ');
  for (const sentence of sentences) {
    sentence.spans = sentence.spans.filter((s) => s.type !== 'provider' || !providerNoun(s.rule)?.requires?.some((phrase) => !text.includes(phrase)));
  }
  return { sentences, of: (block) => byBlock.get(block) ?? [] };
}

export { spansOf } from './types.js';
export type { Sentence, SentenceLayer, Span } from './types.js';
