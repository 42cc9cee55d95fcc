/**
 * The four ratings of HMI Probation and every spelling the documents give them ("Requires
 * improvement", "Requiring Improvement.", "require improvement", "INADEQUATE"); the verdict words
 * of the schemes before 2018 ("satisfactory", "poor"), which are not ratings; and the words that
 * announce the scale itself ("a four-point scale: …"), whose rating words rate nothing.
 */
export const RATINGS = ['Inadequate', 'Requires improvement', 'Good', 'Outstanding'] as const;
export type Rating = (typeof RATINGS)[number];

/** Each rating's spellings, matched without regard to case. */
export const RATING_FORMS: readonly { rating: Rating; forms: readonly string[] }[] = [
  { rating: 'Requires improvement', forms: ['requires improvement', 'requiring improvement', 'require improvement', 'required improvement', 'requires improvements'] },
  { rating: 'Inadequate', forms: ['inadequate'] },
  { rating: 'Good', forms: ['good'] },
  { rating: 'Outstanding', forms: ['outstanding'] },
];

/** The fourth rating as some blogs name it; read as Inadequate only where the text's own scale uses it. */
export const POOR = 'poor';

/** Verdicts of the inspection schemes before 2018; never one of the four ratings. */
export const LEGACY_VERDICTS = ['satisfactory', 'unsatisfactory', 'poor', 'excellent', 'nowhere near good enough', 'not good enough', 'generally good', 'acceptable'] as const;

/** Words that announce the rating scale, whose rating words list the scale, not a rating. */
export const SCALE_WORDS = ['four-point scale', 'four point scale', 'rating scale', 'rating system', 'four-band', 'four ratings', 'ratings are'] as const;

/** Words after a rating word that make it an adjective ("good practice", "outstanding issues"). */
export const NOT_A_RATING_AFTER = ['practice', 'work', 'progress', 'quality', 'example', 'examples', 'foundation', 'news', 'issues', 'relationships', 'range', 'start', 'reason', 'reasons', 'use', 'standard'] as const;

/** The published 0–3 scale: Inadequate 0, Requires improvement 1, Good 2, Outstanding 3. */
export const RATING_SCORE: Record<Rating, number> = { Inadequate: 0, 'Requires improvement': 1, Good: 2, Outstanding: 3 };
