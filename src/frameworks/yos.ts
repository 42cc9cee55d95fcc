import type { Framework, StandardRule } from './types.js';

const disposals = (domain: number): StandardRule[] => [
  { ids: [`${domain}.1`], name: 'Assessment', domain, scored: true, caseBased: true },
  { ids: [`${domain}.2`], name: 'Planning', domain, scored: true, caseBased: true },
  { ids: [`${domain}.3`], name: 'Implementation and delivery', domain, scored: true, caseBased: true },
];

/**
 * Youth offending service inspections 2018–24: 12 scored standards out of 36; from 2021 a 13th,
 * Resettlement policy and provision, is rated but does not count toward the score.
 */
export const yos: Framework = {
  id: 'yos-2018',
  family: 'yos',
  name: 'Youth offending service inspections 2018–24',
  from: '2018-01',
  // The published scores run to February 2025 on the 0–36 scale (Newcastle, 18 February 2025).
  until: '2025-02',
  standards: [
    { ids: ['1.1'], name: 'Governance and leadership', aliases: [/leadership/i], domain: 1, scored: true, caseBased: false },
    { ids: ['1.2'], name: 'Staff', domain: 1, scored: true, caseBased: false },
    { ids: ['1.3'], name: 'Partnerships and services', domain: 1, scored: true, caseBased: false },
    { ids: ['1.4'], name: 'Information and facilities', domain: 1, scored: true, caseBased: false },
    ...disposals(2),
    { ids: ['2.4'], name: 'Reviewing', domain: 2, scored: true, caseBased: true },
    ...disposals(3),
    {
      ids: ['3.4'],
      name: 'Out-of-court disposal policy and provision',
      aliases: [/joint working/i, /policy and provision/i],
      domain: 3,
      scored: true,
      caseBased: false,
    },
    {
      ids: ['4.1', '4'],
      name: 'Resettlement policy and provision',
      aliases: [/resettlement/i],
      domain: 4,
      scored: false,
      caseBased: false,
    },
  ],
  scoredCount: 12,
  maxScore: 36,
  bands: [
    { min: 0, max: 6, rating: 'Inadequate' },
    { min: 7, max: 18, rating: 'Requires improvement' },
    { min: 19, max: 30, rating: 'Good' },
    { min: 31, max: 36, rating: 'Outstanding' },
  ],
  bandsUnknown: null,
  scoreUnknown: null,
  status: 'inferred',
  source: '../shared/spec/frameworks.md: count confirmed; bands inferred, consistent with 79 of 83 published youth scores',
};

/** Youth justice inspections from 2025 ("work with children and victims"): structure only. */
export const youth2025: Framework = {
  id: 'youth-2025',
  family: 'yos',
  name: 'Youth justice inspections from 2025',
  from: '2025-03',
  until: null,
  standards: [],
  scoredCount: null,
  maxScore: null,
  bands: null,
  bandsUnknown: 'banding for youth justice inspections from 2025 not published',
  scoreUnknown: 'scoring for youth justice inspections from 2025 not published',
  status: 'unknown',
  source: '../shared/spec/frameworks.md: structure only',
};
