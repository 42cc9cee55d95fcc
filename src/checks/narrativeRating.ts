/** narrative-rating: the overall rating the executive summary states in words matches the ratings table. */
import { result, skipped, type CheckFn } from './types.js';

export const narrativeRating: CheckFn = ({ document }) => {
  const ratings = document.ratings;
  if (!ratings?.overall) return [skipped('narrative-rating', null, 'the document states no overall rating')];
  if (!ratings.narrativeOverall) return [skipped('narrative-rating', null, 'no sentence of the executive summary states the overall rating')];
  const table = ratings.overall.rating;
  const words = ratings.narrativeOverall.rating;
  return [
    words === table
      ? result('narrative-rating', null, 'pass', table, words, `the executive summary says '${words}', as the ratings table does`)
      : result('narrative-rating', null, 'fail', table, words, `the executive summary says '${words}', but the ratings table says '${table}'`),
  ];
};
