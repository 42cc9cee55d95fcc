/**
 * Rating words in running text, with whether they were quoted (‘Good’, “Requires improvement”)
 * or capitalised as a rating. Whether a mention states a rating, and of what, is for the rating
 * statements (src/recognise/ratings.ts) to decide.
 */
import { POOR, RATING_FORMS } from '../../lexicon/ratings.js';
import { compile, keyOf, words } from '../../lexicon/words.js';
import type { Recogniser, Rule } from '../../rules/types.js';
import type { RatingSpan } from '../types.js';
import { runRules } from './run.js';

type Out = Omit<RatingSpan, 'rule'>;

const BY_FORM = new Map(RATING_FORMS.flatMap((r) => r.forms.map((f) => [keyOf(f), r.rating] as const)));
const OPEN = `["“”‘’']`;
const CLOSE = `["“”‘’']`;

function ratingRule(id: string, forms: string[], poor: boolean): Rule<Out> {
  return {
    id,
    produces: 'span:rating',
    pattern: compile(`(${OPEN})?(${words(forms)})([.,]?)(${CLOSE})?`, 'giu'),
    read: (m) => {
      const word = m[2]!;
      const rating = poor ? 'Inadequate' : BY_FORM.get(keyOf(word));
      if (!rating) return null;
      // A closing mark only: "Requires improvement’" after an opening mark that the text lost (real/044).
      const quoted = !!m[1] && !!m[4];
      const start = m.index + (quoted ? 0 : (m[1]?.length ?? 0));
      const end = quoted ? m.index + m[0].length : start + word.length;
      return { type: 'rating', rating, quoted, capitalised: /^\p{Lu}/u.test(word), start, end, text: m[0].slice(start - m.index, end - m.index) };
    },
    examples: [],
    counterexamples: [],
  };
}

const words4 = ratingRule('rating.word', RATING_FORMS.flatMap((r) => [...r.forms]), false);
words4.examples.push(
  { text: 'has received an overall rating of ‘Requires improvement’ following an inspection', expect: { rating: 'Requires improvement', quoted: true }, source: 'real/004' },
  { text: 'Manchester YJS was rated as “Requires improvement”, the second lowest rating.', expect: { rating: 'Requires improvement', quoted: true }, source: 'real/023' },
  { text: 'Redcar, Cleveland and Middlesbrough Probation Delivery Unit – Requires improvement', expect: { rating: 'Requires improvement', quoted: false, capitalised: true }, source: 'real/098' },
);

/** "poor" as the fourth rating: only run where the document's own scale names it so. */
export const POOR_RULE = ratingRule('rating.poor', [POOR], true);
POOR_RULE.examples.push({ text: 'rated ‘poor’', expect: { rating: 'Inadequate' }, source: 'invented: a blog whose scale is "excellent, good, requires improvement and poor" (frameworks.md)' });

export const RATING_RULES: Rule<Out>[] = [words4];

export const ratingRecogniser: Recogniser<Out> = { name: 'ratings', rules: RATING_RULES, run: (text) => runRules(RATING_RULES, text) };
