/**
 * The four ratings of HMI Probation, normalised from any case, quoting or spelling the documents
 * use: "Requires improvement", "Requiring Improvement.'", "require improvement", "INADEQUATE",
 * "‘Good’", "Outstanding 太" (an icon glyph after the word in a PDF table).
 */
import { alternation, execAll } from '../lexicon/words.js';
import { POOR, RATING_FORMS, RATINGS, RATING_SCORE, type Rating } from '../lexicon/ratings.js';

export { RATINGS, RATING_SCORE, type Rating };

/** Each rating's spellings from the lexicon, at the start of a cell or phrase. */
const WORDS: [RegExp, Rating][] = RATING_FORMS.map(({ rating, forms }) => [new RegExp(`^${alternation(forms)}`, 'i'), rating]);
const POOR_WORD: [RegExp, Rating] = [new RegExp(`^${alternation([POOR])}`, 'i'), 'Inadequate'];

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
  const words = options.poorMeansInadequate ? [...WORDS, POOR_WORD] : WORDS;
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

const MENTION = new RegExp(`(["“”‘’'])?\\b(${alternation([...RATING_FORMS.flatMap((r) => r.forms), POOR])})\\b[.,]?(["“”‘’'])?`, 'gi');

/** Every rating word in running text, with whether it was quoted or capitalised. */
export function findRatings(text: string, options: RatingOptions = {}): RatingMention[] {
  const out: RatingMention[] = [];
  for (const match of execAll(MENTION, text)) {
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
