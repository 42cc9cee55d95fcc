/** standard-count: the number of rated, scored standards is the one the family's framework has. */
import { result, skipped, type CheckFn } from './types.js';

export const standardCount: CheckFn = ({ document, framework }) => {
  const ratings = document.ratings;
  if (!ratings || ratings.standards.length === 0) return [skipped('standard-count', null, 'the document states no standards')];
  if (ratings.source === 'prose') return [skipped('standard-count', null, 'the document states its ratings in words, not in a ratings table')];
  if (!framework) return [skipped('standard-count', null, `no rating framework is known for family "${document.family}"`)];
  if (framework.scoredCount === null) return [skipped('standard-count', null, `the number of standards of ${framework.name} is not published`)];
  // A standard the report lists as not rated (a domain with no cases) still counts as listed.
  const scored = ratings.standards.filter((s) => s.scored);
  const rated = scored.filter((s) => s.rating !== null).length;
  const unrated = scored.length - rated;
  const unscored = ratings.standards.length - scored.length;
  const notes = [unrated ? `${unrated} listed as not rated` : '', unscored ? `${unscored} rated but unscored` : ''].filter(Boolean).join('; ');
  const extra = notes ? ` (${notes})` : '';
  return [
    scored.length === framework.scoredCount
      ? result('standard-count', null, 'pass', framework.scoredCount, scored.length, `${scored.length} scored standards are listed, ${rated} rated${extra}, as ${framework.name} has`)
      : result('standard-count', null, 'fail', framework.scoredCount, scored.length, `${scored.length} scored standards are listed, ${rated} rated${extra}, but ${framework.name} has ${framework.scoredCount}`),
  ];
};
