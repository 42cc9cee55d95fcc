/** National Probation Service divisions (2018–21 inspections). */
import { nps } from '../frameworks/nps.js';
import { caseSupervisionAreas, organisationalAreas } from './areas.js';
import type { FamilyExtension } from './types.js';

export const npsFamily: FamilyExtension = {
  family: 'nps',
  describes: 'a National Probation Service division',
  frameworks: [nps],
  providers: [
    {
      id: 'nps.division-of',
      forms: ['Division of the National Probation Service', 'Division of the NPS', 'division of the National Probation Service', 'division of the NPS'],
      abbreviations: [],
      placement: 'before',
      name: 'National Probation Service {place} division',
      shortName: 'NPS {place}',
      type: 'NPS division',
      examples: [
        { text: 'The North East Division of the National Probation Service (NPS) supervises almost 19,000 high-risk offenders', expect: { place: 'North East' }, source: 'real/013' },
        { text: 'conducted a routine inspection of the North East Division of the NPS and looked at 10 aspects of its work.', expect: { place: 'North East' }, source: 'real/013' },
      ],
      counterexamples: [],
    },
    {
      id: 'nps.place-nps',
      forms: ['National Probation Service'],
      abbreviations: ['NPS'],
      placement: 'before',
      name: 'National Probation Service {place} division',
      shortName: 'NPS {place}',
      type: 'NPS division',
      examples: [
        { text: 'Wales NPS - Well led and enthusiastic staff managing offenders well', expect: { place: 'Wales' }, source: 'real/012' },
        { text: 'South West National Probation Service rated as ‘Good’', expect: { place: 'South West' }, source: 'real/143' },
      ],
      counterexamples: [{ text: 'Community Rehabilitation Companies (CRCs) and the National Probation Service (NPS)', source: 'real/036', why: 'the abbreviation of the national service' }],
    },
    {
      id: 'nps.service-division',
      forms: ['National Probation Service (NPS)', 'National Probation Service', 'NPS'],
      abbreviations: [],
      placement: 'after',
      joiners: ['', 'in'],
      closer: 'division',
      closerOptional: true,
      name: 'National Probation Service {place} division',
      shortName: 'NPS {place}',
      type: 'NPS division',
      examples: [
        { text: 'conducted a routine inspection of the National Probation Service (NPS) South East and Eastern Division, which supervises more than 16,000 individuals.', expect: { place: 'South East and Eastern' }, source: 'real/045' },
        { text: 'Inspectors found the National Probation Service (NPS) in Wales, supervising nearly 7,000 high-risk offenders', expect: { place: 'Wales' }, source: 'real/012' },
        { text: 'Inspectors assessed NPS Wales as ‘Good’ overall, the second-highest rating.', expect: { place: 'Wales' }, source: 'real/012' },
      ],
      counterexamples: [
        { text: 'and the National Probation Service (NPS) into a single unified Probation Service in June 2021.', source: 'real/036', why: 'the national service, no division' },
        { text: 'like other parts of the NPS across England and Wales', source: 'real/012', why: 'the whole service' },
      ],
    },
  ],
  signals: [
    { id: 'nps.division', phrases: ['Division of the National Probation Service', 'NPS division', 'National Probation Service division'], weight: 3, examples: [{ text: 'The North East Division of the National Probation Service (NPS) supervises', source: 'real/013' }] },
  ],
  areas: [
    ...caseSupervisionAreas(['all four aspects of case supervision', 'all four case supervision standards', 'case supervision']),
    ...organisationalAreas(),
    { key: 'court-work', name: 'Court reports and case allocation', standards: [{ id: '3.1', name: 'Court reports and case allocation' }], phrases: ['court reports and case allocation', 'court work'] },
    { key: 'victim-work', name: 'Statutory victim work', standards: [{ id: '3.2', name: 'Statutory victim work' }], phrases: ['statutory victim work', 'victim work', 'work to support victims', 'work with victims', 'victim contact scheme', 'victim liaison'] },
  ],
};
