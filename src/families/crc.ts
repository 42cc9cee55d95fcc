/**
 * Community Rehabilitation Companies (2018–20 inspections), and the joint CRC and NPS local
 * inspections before 2018 ("Probation services in Suffolk").
 */
import { crc } from '../frameworks/crc.js';
import { caseSupervisionAreas, organisationalAreas } from './areas.js';
import type { FamilyExtension } from './types.js';

export const crcFamily: FamilyExtension = {
  family: 'crc',
  describes: 'a Community Rehabilitation Company',
  frameworks: [crc],
  providers: [
    {
      id: 'crc.company',
      forms: ['Community Rehabilitation Company'],
      abbreviations: ['CRC'],
      placement: 'before',
      name: '{place} Community Rehabilitation Company',
      shortName: '{place} CRC',
      type: 'CRC',
      examples: [
        { text: 'HM Inspectorate of Probation conducted a routine inspection of Warwickshire and West Mercia Community Rehabilitation Company (CRC).', expect: { place: 'Warwickshire and West Mercia' }, source: 'real/002' },
        { text: 'inspected the Derbyshire, Leicestershire, Nottinghamshire and Rutland Community Rehabilitation Company (DLNR CRC) last autumn.', expect: { place: 'Derbyshire, Leicestershire, Nottinghamshire and Rutland' }, source: 'real/011' },
        { text: 'South Yorkshire CRC - Beginning to address problems', expect: { name: 'South Yorkshire Community Rehabilitation Company' }, source: 'real/010' },
        { text: 'following our findings in Sodexo’s Northumbria CRC – to improve', expect: { place: 'Northumbria' }, source: 'real/010' },
      ],
      counterexamples: [
        { text: 'the merging of Community Rehabilitation Companies (CRCs) and the National Probation Service (NPS)', source: 'real/036', why: 'the companies in general, no place' },
        { text: 'the Sodexo-owned CRC as ‘Requires Improvement’', source: 'real/010', why: 'an owner, not a place' },
      ],
    },
    {
      id: 'crc.company-in',
      forms: ['Community Rehabilitation Company in', 'Community Rehabilitation Company (CRC) in'],
      abbreviations: [],
      placement: 'after',
      joiners: [''],
      name: '{place} Community Rehabilitation Company',
      shortName: '{place} CRC',
      type: 'CRC',
      examples: [{ text: 'The Community Rehabilitation Company in Cumbria showed the best probation work HM inspectors had seen in a private company', expect: { place: 'Cumbria' }, source: 'real/133' }],
      counterexamples: [],
    },
    {
      // The local inspections of 2016–17 inspected the CRC and the NPS of one area together.
      id: 'crc.joint-local',
      forms: ['Probation services in'],
      abbreviations: [],
      placement: 'after',
      joiners: [''],
      requires: ['Community Rehabilitation Company', 'National Probation Service'],
      titleOnly: true,
      name: 'Probation services in {place} (CRC and NPS)',
      shortName: '{place} CRC and NPS',
      type: 'CRC and NPS',
      compose: (place, others) => {
        const division = others.find((o) => o.family === 'nps' && /\bdivision\b/i.test(o.text));
        return `Probation services in ${place} (CRC and NPS${division ? ` ${division.place} Division` : ''})`;
      },
      examples: [
        { text: 'Probation services in Suffolk - nowhere near good enough', expect: { place: 'Suffolk' }, source: 'real/073' },
        { text: 'Probation services in Derbyshire - A mixed picture', expect: { place: 'Derbyshire' }, source: 'real/075' },
      ],
      counterexamples: [],
    },
  ],
  signals: [
    { id: 'crc.company', phrases: ['Community Rehabilitation Company'], weight: 2, examples: [{ text: 'Norfolk and Suffolk Community Rehabilitation Company (CRC)', source: 'real/003' }] },
    { id: 'crc.abbreviation', phrases: ['CRC'], caseSensitive: true, weight: 1, examples: [{ text: 'The CRC supervises around 9,000 low and medium-risk offenders', source: 'real/001' }] },
  ],
  areas: [
    { key: 'case-supervision-some', name: 'Some aspects of case supervision', phrases: ['aspects of its case supervision', 'aspects of case supervision', 'some aspects of its case supervision', 'some aspects of case supervision', 'parts of its case supervision'] },
    ...caseSupervisionAreas(['all four aspects of case supervision', 'all four of our key case supervision standards', 'all four aspects that we inspect', 'all four case supervision standards', 'all four aspects of its case supervision', 'all four core domains relating to case supervision', 'all four aspects', 'case supervision']),
    ...organisationalAreas(),
    { key: 'unpaid-work', name: 'Unpaid work', standards: [{ id: '3.1', name: 'Unpaid work' }], phrases: ['unpaid work'] },
    { key: 'through-the-gate', name: 'Through the Gate', standards: [{ id: '3.2', name: 'Through the Gate' }], phrases: ['through the gate', 'through-the-gate', 'individuals leaving prison', 'people leaving prison'] },
  ],
};
