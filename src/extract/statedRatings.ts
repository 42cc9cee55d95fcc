/**
 * Ratings stated in words: "rate it overall as “Requiring Improvement.”", "an overall rating of
 * ‘Requires improvement’", "raised from ‘Requires improvement’ to ‘Good’", "when it was rated
 * ‘Inadequate’ in 2019", "rated all four aspects ‘Inadequate’", "rated this work ‘Outstanding’",
 * "scored just one point out of a possible 27". Each statement keeps what it rates (the overall
 * rating, a standard, an aspect), whether it speaks of the current or a previous inspection, and
 * its sentence. Press releases get their ratings from here; reports get their previous overall
 * rating and the executive summary's wording (for the narrative check).
 */
import { evidence, splitSentences, type Block } from '../model/blocks.js';
import type { Evidence } from '../model/types.js';
import { NUMBER_WORD_PATTERN, parseCount } from '../normalise/numbers.js';
import { findRatings, type Rating, type RatingMention } from '../normalise/rating.js';

export interface RatingStatement {
  rating: Rating;
  /** "overall", a subject key from SUBJECTS ("through-the-gate", "case-supervision" …), or null. */
  subject: string | null;
  /** The words that named the subject. */
  subjectText: string | null;
  inspection: 'current' | 'previous';
  sentence: string;
  /** The rating as printed. */
  printed: string;
  block: Block;
  evidence: Evidence;
}

export interface ScoreStatement {
  value: number;
  max: number;
  sentence: string;
  evidence: Evidence;
}

/** What a rating can be about, and the words that name it. Rules as data. */
export const SUBJECTS: { key: string; pattern: RegExp; named?: boolean }[] = [
  { key: 'case-supervision-some', named: true, pattern: /\b(?:aspects|some|parts|elements) of (?:its |the |their )?case supervision\b/i },
  { key: 'case-supervision', named: true, pattern: /\ball four (?:core )?(?:aspects|domains|areas|standards|key standards)(?: (?:of|for|relating to) (?:case )?supervision)?|\bcase supervision\b|\bcore domains relating to case supervision/i },
  { key: 'through-the-gate', named: true, pattern: /\bthrough[- ]the[- ]gate\b/i },
  { key: 'unpaid-work', named: true, pattern: /\bunpaid work\b/i },
  { key: 'resettlement', named: true, pattern: /\bresettlement\b/i },
  { key: 'court-work', named: true, pattern: /\bcourt work\b|\bcourt reports\b/i },
  { key: 'victim-work', named: true, pattern: /\bvictim work\b|\bwork with victims\b/i },
  { key: 'out-of-court', named: true, pattern: /\bout-of-court\b/i },
  { key: 'implementation-and-delivery', named: true, pattern: /\bimplementation and delivery\b|\bdelivery and implementation\b/i },
  { key: 'assessment', pattern: /\bassessment\b/i },
  { key: 'planning', pattern: /\bplanning\b/i },
  { key: 'reviewing', pattern: /\breviewing\b/i },
  { key: 'information-and-facilities', named: true, pattern: /\binformation and facilities\b/i },
  { key: 'leadership', pattern: /\bleadership\b/i },
  { key: 'staff', pattern: /\bstaff(?:ing)?(?: standard)?\b/i },
  { key: 'services', pattern: /\bservices (?:are|is|were|was|have been|has been) rated\b/i },
  { key: 'domain', pattern: /\bdomain (?:one|two|three|1|2|3)\b/i },
];

const RATING_VERB = /\b(?:rated?|rating|ratings|graded?|grade|judged|ranked|assessed|awarded|given|gave|scored|deemed|found to be|remains?|retain(?:s|ed|ing)?)\b/i;
const PREVIOUS_BEFORE = /\b(?:previous(?:ly)?|last (?:inspection|time|visit)|at that time|when (?:it|we|the [\w-]+(?: [\w-]+)?) (?:was|were|had been) (?:rated|judged|graded|inspected)|(?:in|since) (?:19|20)\d\d,? (?:when|it was|we rated))\b/i;
const PREVIOUS_AFTER = /^\W{0,3}(?:in (?:19|20)\d\d\b|at (?:its|the|our) (?:last|previous) inspection|(?:when it was )?previously)/i;
const OVERALL = { key: 'overall', pattern: /\boverall\b/i, named: false };
const SUBJECT_CLAUSE_BOUNDARIES = [';', ' – ', ', although ', ', but ', ', while ', ', whereas ', ' although ', ' whereas '];
const PROVIDER_WORDS = /\b(?:CRC|Community Rehabilitation Company|youth offending (?:service|team)|youth justice (?:service|partnership)|YOS|YOT|YJS|PDU|probation delivery unit|division|region|the (?:service|organisation|provider|unit)|it|its work)\b/i;
const THIS_WORK = /\b(?:this (?:work|area(?: of work)?|service|aspect|standard))\b/i;
const SCALE_LISTING = /\b(?:rating system|four-band|four-point|rating scale|ratings? (?:are|is) ['‘"“]?outstanding)\b/i;

/** Whether the text uses "poor" as the name of the fourth rating ("excellent, good, requires improvement and poor"). */
export function usesPoorAsRating(blocks: Block[]): boolean {
  return blocks.some((b) => b.type !== 'table' && SCALE_LISTING.test(b.text) && /\bpoor\b/i.test(b.text));
}

export function extractRatingStatements(blocks: Block[]): RatingStatement[] {
  const poorMeansInadequate = usesPoorAsRating(blocks);
  const out: RatingStatement[] = [];
  for (const block of blocks) {
    if (block.type === 'table') continue;
    const sentences = splitSentences(block.text);
    sentences.forEach((sentence, s) => {
      if (SCALE_LISTING.test(sentence)) return;
      const mentions = findRatings(sentence, { poorMeansInadequate }).filter((m) => isStatedRating(sentence, m));
      const several = severalProviders(sentence, mentions.length);
      mentions.forEach((mention, i) => {
        if (several) {
          out.push({
            rating: mention.rating,
            subject: 'named-provider',
            subjectText: several[i]!,
            inspection: 'current',
            sentence,
            printed: sentence.slice(mention.index, mention.index + mention.length),
            block,
            evidence: evidence(block, sentence),
          });
          return;
        }
        const inspection = inspectionOf(sentence, mention, mentions, i);
        const { subject, subjectText } = subjectOf(sentence, mention, sentences.slice(0, s));
        out.push({
          rating: mention.rating,
          subject,
          subjectText,
          inspection,
          sentence,
          printed: sentence.slice(mention.index, mention.index + mention.length),
          block,
          evidence: evidence(block, sentence),
        });
      });
    });
  }
  return out;
}

const RESPECTIVELY_LEAD = /^(?:The |Inspectors rated )?(.*?)\s+(?:were|have been|had been|are|as)\s+(?:rated|judged|graded|assessed)\b/i;
const PROVIDER_NOUNS = /\s+(?:youth offending (?:services|teams)|youth justice services|YOSs?|YOTs?|CRCs|Community Rehabilitation Companies|probation delivery units|PDUs|divisions|services)$/i;

/**
 * "Southwark and Lambeth youth offending services were rated ‘Good’ and ‘Requires improvement’,
 * respectively": one rating per named service, in order; null when the names do not pair up.
 */
function severalProviders(sentence: string, ratings: number): string[] | null {
  if (ratings < 2 || !/\brespectively\b/i.test(sentence)) return null;
  const lead = RESPECTIVELY_LEAD.exec(sentence)?.[1];
  if (!lead) return null;
  const names = lead.replace(PROVIDER_NOUNS, '').split(/,\s*|\s+and\s+/).map((n) => n.trim()).filter(Boolean);
  return names.length === ratings ? names : null;
}

/** A rating, not an adjective: quoted, capitalised mid-sentence, or the object of "rated as". */
function isStatedRating(sentence: string, mention: RatingMention): boolean {
  const before = sentence.slice(Math.max(0, mention.index - 40), mention.index);
  if (/\bpractice\b/i.test(sentence.slice(mention.index + mention.length, mention.index + mention.length + 12))) return false;
  if (mention.quoted) return true;
  if (/\b(?:rated?|graded?|judged|ranked|rating of|grade of|assessed) (?:as |it |them |this work |overall as |overall |\w+ )?$/i.test(before)) return true;
  // Capitalised mid-sentence ("was Inadequate"); "Good" alone is too common a word to count.
  return mention.capitalised && mention.index > 0 && mention.rating !== 'Good';
}

function inspectionOf(sentence: string, mention: RatingMention, mentions: RatingMention[], i: number): 'current' | 'previous' {
  const next = mentions[i + 1];
  const previous = mentions[i - 1];
  const from = /\bfrom\s*$/i;
  const to = /^\s*to\s*$/i;
  // "raised from ‘Requires improvement’ to ‘Good’"
  if (next && from.test(sentence.slice(Math.max(0, mention.index - 8), mention.index)) && to.test(sentence.slice(mention.index + mention.length, next.index))) return 'previous';
  if (previous && to.test(sentence.slice(previous.index + previous.length, mention.index))) return 'current';
  // The clause that holds the rating: "compared to the previous visit and rated this work
  // ‘Outstanding’" speaks of the previous visit in one clause and rates in the next.
  const clauseStart = Math.max(
    ...[';', ' – ', ' - ', ' and ', ' but '].map((b) => sentence.lastIndexOf(b, mention.index)),
    0,
  );
  const before = sentence.slice(clauseStart, mention.index);
  if (PREVIOUS_BEFORE.test(before)) return 'previous';
  if (PREVIOUS_AFTER.test(sentence.slice(mention.index + mention.length))) return 'previous';
  return 'current';
}

function subjectOf(sentence: string, mention: RatingMention, earlier: string[]): { subject: string | null; subjectText: string | null } {
  // The clause of the rating: "rated ‘Good’ overall, although inspectors rated its resettlement work
  // ‘Requires improvement’" rates two things in two clauses.
  const clauseStart = Math.max(...SUBJECT_CLAUSE_BOUNDARIES.map((b) => sentence.lastIndexOf(b, mention.index)), 0);
  const before = sentence.slice(clauseStart, mention.index);
  const after = sentence.slice(mention.index + mention.length);
  const afterClause = after.split(/[;–]|,\s(?:and|but|while|although|though)\b|\.\s/)[0] ?? '';
  if (/^\W{0,3}overall\b/i.test(after)) return { subject: 'overall', subjectText: 'overall' };
  const near = (text: string) => [...SUBJECTS, OVERALL].map((s) => ({ s, m: s.pattern.exec(text) })).filter((x) => x.m);
  // The subject named last before the rating; of two that end there, the longer ("aspects of its case supervision").
  const end = (x: { m: RegExpExecArray | null }) => x.m!.index + x.m![0].length;
  const beforeHits = near(before).sort((a, b) => end(b) - end(a) || b.m![0].length - a.m![0].length);
  if (beforeHits[0]) return { subject: beforeHits[0].s.key, subjectText: beforeHits[0].m![0] };
  const afterHits = near(afterClause).sort((a, b) => a.m!.index - b.m!.index);
  if (afterHits[0] && /^\W{0,3}(?:on|for|in)\b/i.test(after)) return { subject: afterHits[0].s.key, subjectText: afterHits[0].m![0] };
  // "rated this work ‘Outstanding’": the service the paragraph was speaking of (a named one: "more
  // staff" in the sentence before does not make the rating the staffing standard's).
  if (THIS_WORK.test(before)) {
    for (const text of [before, ...earlier.slice().reverse()]) {
      const hits = near(text).filter((x) => x.s.named).sort((a, b) => b.m!.index - a.m!.index);
      if (hits[0]) return { subject: hits[0].s.key, subjectText: hits[0].m![0] };
    }
  }
  // The provider itself is what is rated: "Barnsley youth offending service has been raised from …",
  // "when the service was rated …", "rate it overall as …".
  if (PROVIDER_WORDS.test(before) && (RATING_VERB.test(before) || /\brating\b/i.test(before))) {
    return { subject: 'overall', subjectText: null };
  }
  return { subject: null, subjectText: null };
}

const SCORE_IN_WORDS = new RegExp(
  `\\b(${NUMBER_WORD_PATTERN}) (?:inspection )?points? out (?:of (?:a (?:possible|total of|maximum of) )?|a possible )(${NUMBER_WORD_PATTERN})\\b|\\b(${NUMBER_WORD_PATTERN}) out of (?:a (?:possible|total of|maximum of) )?(${NUMBER_WORD_PATTERN}) (?:inspection )?points\\b|\\bscor(?:e|ed|ing) (?:of )?(\\d{1,2}) ?\\/ ?(\\d{2})\\b`,
  'i',
);

/** "scored just one point out of a possible 27", "zero out of a total of 27 inspection points". */
export function extractScoreStatement(blocks: Block[]): ScoreStatement | null {
  for (const block of blocks) {
    if (block.type === 'table') continue;
    for (const sentence of splitSentences(block.text)) {
      const match = SCORE_IN_WORDS.exec(sentence);
      if (!match) continue;
      const [value, max] = [match[1] ?? match[3] ?? match[5], match[2] ?? match[4] ?? match[6]].map((w) => (w ? parseCount(w) : null));
      if (value === null || value === undefined || max === null || max === undefined || value > max) continue;
      return { value, max, sentence, evidence: evidence(block, sentence) };
    }
  }
  return null;
}
