/** score-band: the stated score falls in the band of the stated overall rating, under the family's banding. */
import { result, skipped, type CheckFn } from './types.js';

export const scoreBand: CheckFn = ({ document, framework }) => {
  const ratings = document.ratings;
  if (!ratings) return [skipped('score-band', null, 'the document states no ratings')];
  if (!ratings.score) return [skipped('score-band', null, 'the document states no score')];
  if (!ratings.overall) return [skipped('score-band', null, 'the document states no overall rating')];
  if (!framework) return [skipped('score-band', null, `no rating framework is known for family "${document.family}"`)];
  if (!framework.bands) return [skipped('score-band', null, framework.bandsUnknown ?? `banding for ${framework.name} not published`)];
  const { value, max } = ratings.score;
  if (framework.maxScore !== null && max !== framework.maxScore) {
    return [skipped('score-band', null, `banding for a score out of ${max} is not published (${framework.name} bands a score out of ${framework.maxScore})`)];
  }
  const band = framework.bands.find((b) => value >= b.min && value <= b.max);
  if (!band) return [result('score-band', null, 'fail', null, ratings.overall.rating, `the score ${value}/${max} falls in no band of ${framework.name}`)];
  const range = `${band.min}–${band.max}`;
  return [
    band.rating === ratings.overall.rating
      ? result('score-band', null, 'pass', band.rating, ratings.overall.rating, `${value}/${max} is in the ${range} band, '${band.rating}', as stated`)
      : result('score-band', null, 'fail', band.rating, ratings.overall.rating, `${value}/${max} is in the ${range} band, '${band.rating}', but the document states '${ratings.overall.rating}'`),
  ];
};
