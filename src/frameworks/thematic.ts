import type { Framework } from './types.js';

/** Thematic, annual and public-protection reports: no ratings at all. */
export const thematic: Framework = {
  id: 'thematic',
  family: 'thematic',
  name: 'Thematic, annual and public-protection reports (no ratings)',
  from: null,
  until: null,
  standards: [],
  scoredCount: null,
  maxScore: null,
  bands: null,
  bandsUnknown: 'thematic, annual and public-protection reports are not rated',
  scoreUnknown: 'thematic, annual and public-protection reports are not scored',
  status: 'none',
  source: '../shared/spec/frameworks.md',
};
