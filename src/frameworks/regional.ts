import type { Framework } from './types.js';

/** Regional inspections from October 2023: structure confirmed, scoring and bands unknown. */
export const regional: Framework = {
  id: 'regional-2023',
  family: 'regional',
  name: 'Regional inspections from October 2023',
  from: '2023-10',
  until: null,
  standards: [
    { ids: ['1.1'], name: 'Leadership', domain: 1, scored: true, caseBased: false },
    { ids: ['1.2'], name: 'Staffing', domain: 1, scored: true, caseBased: false },
    { ids: [], name: 'Desistance', domain: 2, scored: true, caseBased: true },
    { ids: [], name: 'Public protection', domain: 2, scored: true, caseBased: true },
    { ids: [], name: 'Resettlement', domain: 2, scored: true, caseBased: true },
    { ids: [], name: 'Unpaid work', domain: 2, scored: true, caseBased: true },
    { ids: [], name: 'Court work', domain: 2, scored: true, caseBased: true },
    { ids: [], name: 'Victim work', domain: 2, scored: true, caseBased: true },
  ],
  scoredCount: null,
  maxScore: null,
  bands: null,
  bandsUnknown: 'banding for regional inspections from October 2023 not published',
  scoreUnknown: 'scoring for regional inspections from October 2023 not published',
  status: 'unknown',
  source: '../shared/spec/frameworks.md: structure confirmed',
};
