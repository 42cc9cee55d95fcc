/** Standards shared by the probation frameworks (domain one, organisational delivery). */
import type { StandardRule } from './types.js';

export function organisationalStandards(leadershipName = 'Leadership'): StandardRule[] {
  return [
    { ids: ['1.1'], name: leadershipName, domain: 1, scored: true, caseBased: false },
    { ids: ['1.2'], name: 'Staff', aliases: [/^staffing$/i], domain: 1, scored: true, caseBased: false },
    { ids: ['1.3'], name: 'Services', domain: 1, scored: true, caseBased: false },
    { ids: ['1.4'], name: 'Information and facilities', domain: 1, scored: true, caseBased: false },
  ];
}

export function caseSupervisionStandards(domain: number, prefix: string): StandardRule[] {
  return [
    { ids: [`${prefix}.1`], name: 'Assessment', domain, scored: true, caseBased: true },
    { ids: [`${prefix}.2`], name: 'Planning', domain, scored: true, caseBased: true },
    { ids: [`${prefix}.3`], name: 'Implementation and delivery', domain, scored: true, caseBased: true },
    { ids: [`${prefix}.4`], name: 'Reviewing', domain, scored: true, caseBased: true },
  ];
}

/** CRC and NPS banding of the 0–30 score (the West Yorkshire report, footnote 2 and Annexe 2). */
export const PROBATION_BANDS_30 = [
  { min: 0, max: 5, rating: 'Inadequate' as const },
  { min: 6, max: 15, rating: 'Requires improvement' as const },
  { min: 16, max: 25, rating: 'Good' as const },
  { min: 26, max: 30, rating: 'Outstanding' as const },
];

/**
 * The shading of the rating cells in the CRC reports of 2018–20: Office's standard colours Green,
 * Light Green, Gold and Red. Recorded for the CRC family only, where a report shows it.
 */
export const PROBATION_RATING_COLOURS = {
  colours: { Outstanding: '#00b050', Good: '#92d050', 'Requires improvement': '#ffc000', Inadequate: '#ff0000' },
  source:
    'the rating cells of the West Yorkshire CRC report (March 2020) as typeset in corpus/west-yorkshire-crc-2020.pdf (Ratings table, page 6; "Ratings explained", pages 60-61), a look-alike of the published PDF',
};
