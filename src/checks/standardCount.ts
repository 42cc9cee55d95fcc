/** standard-count: the number of rated, scored standards is the one the family's framework has. */
import { result, skipped, type CheckFn } from './types.js';

export const standardCount: CheckFn = ({ document, framework }) => {
  const ratings = document.ratings;
  if (!ratings || ratings.standards.length === 0) return [skipped('standard-count', null, 'the document states no standards')];
  if (!framework) return [skipped('standard-count', null, `no rating framework is known for family "${document.family}"`)];
  if (framework.scoredCount === null) return [skipped('standard-count', null, `the number of standards of ${framework.name} is not published`)];
  const scored = ratings.standards.filter((s) => s.scored);
  const rated = scored.filter((s) => s.rating !== null).length;
  const unscored = ratings.standards.length - scored.length;
  const extra = unscored ? ` (and ${unscored} rated but unscored)` : '';
  return [
    rated === framework.scoredCount
      ? result('standard-count', null, 'pass', framework.scoredCount, rated, `${rated} scored standards are rated${extra}, as ${framework.name} has`)
      : result('standard-count', null, 'fail', framework.scoredCount, rated, `${rated} scored standards are rated${extra}, but ${framework.name} has ${framework.scoredCount}`),
  ];
};
