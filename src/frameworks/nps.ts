import { caseSupervisionStandards, organisationalStandards, PROBATION_BANDS_30 } from './common.js';
import type { Framework } from './types.js';

/** NPS division inspections 2018–21 (7 divisions): standard count confirmed, scale and bands inferred. */
export const nps: Framework = {
  id: 'nps-2018',
  family: 'nps',
  name: 'NPS division inspections 2018–21',
  from: '2018-01',
  until: '2021-12',
  standards: [
    ...organisationalStandards(),
    ...caseSupervisionStandards(2, '2'),
    { ids: ['3.1'], name: 'Court reports and case allocation', aliases: [/court/i], domain: 3, scored: true, caseBased: true },
    { ids: ['3.2'], name: 'Statutory victim work', aliases: [/victim/i], domain: 3, scored: true, caseBased: true },
  ],
  scoredCount: 10,
  maxScore: 30,
  bands: PROBATION_BANDS_30,
  bandsUnknown: null,
  scoreUnknown: null,
  status: 'inferred',
  source: '../shared/spec/frameworks.md: NPS standard count confirmed; scale and bands inferred as CRC',
};
