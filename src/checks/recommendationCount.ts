/** recommendation-count: the number of new recommendations the report says it makes is the number listed. */
import { result, skipped, type CheckFn } from './types.js';

export const recommendationCount: CheckFn = ({ document }) => {
  const { statedCounts, new: listed } = document.recommendations;
  if (document.kind !== 'inspection-report') return [skipped('recommendation-count', null, 'only reports list recommendations')];
  if (statedCounts.new === null) return [skipped('recommendation-count', null, 'the report does not say how many recommendations it makes')];
  return [
    statedCounts.new === listed.length
      ? result('recommendation-count', null, 'pass', statedCounts.new, listed.length, `${listed.length} new recommendations are listed, as the report says`)
      : result('recommendation-count', null, 'fail', statedCounts.new, listed.length, `the report says it makes ${statedCounts.new} recommendations, but lists ${listed.length}`),
  ];
};
