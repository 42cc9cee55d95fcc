import { caseSupervisionStandards, organisationalStandards, PROBATION_BANDS_30, PROBATION_RATING_COLOURS } from './common.js';
import type { Framework } from './types.js';

/** CRC inspections 2018–20 (21 companies). Confirmed by the West Yorkshire report. */
export const crc: Framework = {
  id: 'crc-2018',
  family: 'crc',
  name: 'CRC inspections 2018–20',
  from: '2018-01',
  until: '2021-06',
  standards: [
    ...organisationalStandards(),
    ...caseSupervisionStandards(2, '2'),
    { ids: ['3.1', '4.1'], name: 'Unpaid work', domain: 3, scored: true, caseBased: true, qualitativeModeration: true },
    { ids: ['3.2', '4.2'], name: 'Through the Gate', domain: 3, scored: true, caseBased: true },
  ],
  scoredCount: 10,
  maxScore: 30,
  bands: PROBATION_BANDS_30,
  bandsUnknown: null,
  scoreUnknown: null,
  status: 'confirmed',
  source: 'West Yorkshire CRC report (March 2020), footnote 2 and Annexe 2 "Ratings explained"',
  ratingColours: PROBATION_RATING_COLOURS,
};
