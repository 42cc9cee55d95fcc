/**
 * What a claim is about, in words a reader of the page knows ("Overall rating", "Number of
 * recommendations", "Share of cases"), never the internal kind and subject. One row per kind of
 * claim; subjects with a name of their own (an area, a date) are looked up first.
 */
import { areaByKey } from '../families/index.js';
import type { Claim, ClaimKind, Family } from '../schema.js';

/** Subjects that say what they are whatever the kind. */
const SUBJECT_LABELS: Record<string, string> = {
  overall: 'Overall rating',
  published: 'Publication date',
  fieldworkStarted: 'Start of fieldwork',
  fieldwork: 'Date of fieldwork',
  supervised: 'Number of people supervised',
  standardsInspected: 'Number of standards inspected',
  'score-change': 'Change of score',
  'case-supervision-some': 'Rating of some case-supervision standards',
  recommendations: 'Number of recommendations',
};

/** A noun phrase worth showing: a word of three letters or more (an excerpt cut mid-word leaves "p"). */
const phrase = (subject: string | null): string | null => (subject && /\p{L}{3,}/u.test(subject) ? subject : null);

const KIND_LABELS: Record<ClaimKind, (claim: Claim, family: Family) => string> = {
  rating: (c, family) => {
    const area = c.subject ? areaByKey(c.subject, family) : null;
    if (area) return `Rating of ${lowerFirst(area.name)}${area.standards && area.standards.length > 1 ? ` (${area.standards.length} standards)` : ''}`;
    return phrase(c.subject) ? `Rating of ${c.subject}` : 'Rating';
  },
  'rating-change': (c) => (c.subject === 'overall' ? 'Change of overall rating' : phrase(c.subject) ? `Change of rating of ${c.subject}` : 'Change of rating'),
  'same-as-previous': () => 'Overall rating unchanged since the previous inspection',
  // The subject names the addressee already ("recommendations to the management board").
  recommendations: (c) => (c.subject && c.subject !== 'recommendations' ? `Number of ${c.subject}` : 'Number of recommendations'),
  date: () => 'Date',
  score: () => 'Score',
  count: (c) => (phrase(c.subject) ? `Number of ${c.subject}` : c.unit && c.unit !== 'count' ? `Number of ${c.unit}` : 'Number'),
  percent: (c) => (phrase(c.subject) ? `Share of ${c.subject}` : 'Share (per cent)'),
  fraction: (c) => (phrase(c.subject) ? `Share of ${c.subject}` : 'Share'),
  money: (c) => (phrase(c.subject) ? `Amount: ${c.subject}` : 'Amount of money'),
  average: (c) => (phrase(c.subject) ? `Average ${c.subject}` : 'Average'),
  duration: (c) => (phrase(c.subject) ? `Duration of ${c.subject}` : 'Duration'),
};

/** "Case supervision" → "case supervision"; a name with capitals of its own ("Through the Gate") is kept. */
function lowerFirst(text: string): string {
  return /^[A-Z][^A-Z]*$/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

/** Kinds whose label the subject does not decide: a change of rating, a rating kept. */
const OWN_LABEL = new Set<ClaimKind>(['rating-change', 'same-as-previous']);

export function labelOf(claim: Claim, family: Family): string {
  if (!OWN_LABEL.has(claim.kind) && claim.subject && Object.hasOwn(SUBJECT_LABELS, claim.subject)) return SUBJECT_LABELS[claim.subject]!;
  return KIND_LABELS[claim.kind](claim, family);
}
