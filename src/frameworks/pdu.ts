import { caseSupervisionStandards, organisationalStandards } from './common.js';
import type { Framework } from './types.js';

/** PDU inspections 2021–23: 9 standards, 0–27 (confirmed); bands unknown. */
export const pdu2021: Framework = {
  id: 'pdu-2021',
  family: 'pdu',
  name: 'PDU inspections 2021–23',
  from: '2021-06',
  until: '2023-09',
  // The numbering of the five case standards is not confirmed: they are matched by name.
  standards: [
    ...organisationalStandards(),
    { ids: [], name: 'Court work', aliases: [/court/i], domain: 2, scored: true, caseBased: true },
    ...caseSupervisionStandards(2, '2').map((s) => ({ ...s, ids: [] })),
  ],
  scoredCount: 9,
  maxScore: 27,
  bands: null,
  bandsUnknown: 'banding for PDU 2021–23 not published',
  scoreUnknown: null,
  status: 'inferred',
  source: '../shared/spec/frameworks.md: max confirmed ("one point out of a possible 27"); bands unknown (0, 1, 2 and 3 out of 27 were all rated Inadequate)',
};

/** PDU inspections from October 2023: 7 standards; scoring and bands unknown. */
export const pdu2023: Framework = {
  id: 'pdu-2023',
  family: 'pdu',
  name: 'PDU inspections from October 2023',
  from: '2023-10',
  until: null,
  standards: [
    { ids: ['1.1'], name: 'Leadership', domain: 1, scored: true, caseBased: false },
    { ids: ['1.2'], name: 'Staffing', aliases: [/^staff$/i], domain: 1, scored: true, caseBased: false },
    { ids: ['1.3'], name: 'Services', domain: 1, scored: true, caseBased: false },
    ...caseSupervisionStandards(2, '2'),
  ],
  scoredCount: 7,
  maxScore: null,
  bands: null,
  bandsUnknown: 'banding for PDU inspections from October 2023 not published',
  scoreUnknown: 'scoring for PDU inspections from October 2023 not published',
  status: 'unknown',
  source: '../shared/spec/frameworks.md: structure confirmed',
};
