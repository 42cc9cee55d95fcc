/**
 * The four ratings of HMI Probation, normalised from any case, quoting or spelling the documents
 * use: "Requires improvement", "Requiring Improvement.'", "require improvement", "INADEQUATE",
 * "‘Good’", "Outstanding 太" (an icon glyph after the word in a PDF table).
 */
export const RATINGS = ['Inadequate', 'Requires improvement', 'Good', 'Outstanding'] as const;
export type Rating = (typeof RATINGS)[number];

/** The published 0–3 scale: Inadequate 0, Requires improvement 1, Good 2, Outstanding 3. */
export const RATING_SCORE: Record<Rating, number> = {
  Inadequate: 0,
  'Requires improvement': 1,
  Good: 2,
  Outstanding: 3,
};

const WORDS: [RegExp, Rating][] = [
  [/^requir(?:es|ing|ed|e)\s+improvement/i, 'Requires improvement'],
  [/^inadequate/i, 'Inadequate'],
  [/^good/i, 'Good'],
  [/^outstanding/i, 'Outstanding'],
];

export interface RatingOptions {
  /** Read "poor" as Inadequate: only where the text itself uses "poor" as the fourth rating. */
  poorMeansInadequate?: boolean;
}

/**
 * A cell or phrase that *is* a rating, and nothing else but quotes, punctuation or stray glyphs.
 * "Good practice example" is not a rating; "‘Requiring Improvement.’" is.
 */
export function normaliseRating(text: string, options: RatingOptions = {}): Rating | null {
  const core = text.replace(/^[^A-Za-z]+/, '');
  const words = options.poorMeansInadequate ? [...WORDS, [/^poor/i, 'Inadequate'] as [RegExp, Rating]] : WORDS;
  for (const [pattern, rating] of words) {
    const match = pattern.exec(core);
    if (match && !/[A-Za-z]/.test(core.slice(match[0].length))) return rating;
  }
  return null;
}

export interface RatingMention {
  rating: Rating;
  index: number;
  length: number;
  /** The rating stood in quotes (‘Good’, "Requires improvement"), as documents quote ratings. */
  quoted: boolean;
  /** Capitalised as a rating ("Good", "Requires Improvement"), not prose ("good"). */
  capitalised: boolean;
}

const MENTION = /(["“”‘’'])?\b(requir(?:es|ing|ed|e)\s+improvement|inadequate|good|outstanding|poor)\b[.,]?(["“”‘’'])?/gi;

/** Every rating word in running text, with whether it was quoted or capitalised. */
export function findRatings(text: string, options: RatingOptions = {}): RatingMention[] {
  const out: RatingMention[] = [];
  for (const match of text.matchAll(MENTION)) {
    const word = match[2]!;
    const rating = normaliseRating(word, options);
    if (!rating) continue;
    out.push({
      rating,
      index: match.index,
      length: match[0].length,
      quoted: !!match[1] && !!match[3],
      capitalised: /^[A-Z]/.test(word),
    });
  }
  return out;
}
