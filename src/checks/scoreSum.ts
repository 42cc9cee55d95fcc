/** score-sum: the standards' scores (Inadequate 0 … Outstanding 3) add up to the stated score. */
import { RATING_SCORE } from '../normalise/rating.js';
import { result, skipped, type CheckFn } from './types.js';

export const scoreSum: CheckFn = ({ document }) => {
  const ratings = document.ratings;
  if (!ratings) return [skipped('score-sum', null, 'the document states no ratings')];
  if (!ratings.score) return [skipped('score-sum', null, 'the document states no score')];
  if (ratings.source === 'prose') return [skipped('score-sum', null, 'the document states its ratings in words, not in a ratings table')];
  const scored = ratings.standards.filter((s) => s.scored);
  if (scored.length === 0) return [skipped('score-sum', null, 'the document lists no scored standards to add up')];
  const rated = scored.filter((s) => s.rating !== null);
  const sum = rated.reduce((total, s) => total + RATING_SCORE[s.rating!], 0);
  const unrated = scored.length - rated.length;
  const note = unrated ? ` (${unrated} unrated standard${unrated > 1 ? 's' : ''} left out)` : '';
  const unscored = ratings.standards.length - scored.length;
  const kept = unscored ? `; ${unscored} unscored standard${unscored > 1 ? 's' : ''} kept out of the sum` : '';
  const stated = ratings.score.value;
  return [
    sum === stated
      ? result('score-sum', null, 'pass', sum, stated, `the ${rated.length} rated standards add up to ${sum}, the stated score ${stated}/${ratings.score.max}${note}${kept}`)
      : result('score-sum', null, 'fail', sum, stated, `the ${rated.length} rated standards add up to ${sum}, but the document states ${stated}/${ratings.score.max}${note}${kept}`),
  ];
};
