/** Regions of the unified Probation Service (inspections from October 2023). */
import { regional } from '../frameworks/regional.js';
import type { FamilyExtension } from './types.js';

export const regionalFamily: FamilyExtension = {
  family: 'regional',
  describes: 'a region of the Probation Service',
  frameworks: [regional],
  providers: [
    {
      id: 'regional.service-region',
      forms: ['Probation Service', 'Probation Services'],
      abbreviations: [],
      placement: 'after',
      joiners: ['–', '-', '—', 'in the', 'in'],
      closer: 'region',
      name: 'Probation Service – {place} region',
      shortName: '{place} region',
      type: 'region',
      examples: [
        { text: 'This inspection is one of four carried out in the Probation Service – Yorkshire and the Humber region.', expect: { place: 'Yorkshire and the Humber' }, source: 'real/060' },
        { text: 'An inspection of Probation Services – Wales region', expect: { place: 'Wales' }, source: 'real/014' },
        { text: 'Probation services in the East of England region have received an overall regional rating of ‘Requires improvement’', expect: { place: 'East of England' }, source: 'real/047' },
      ],
      counterexamples: [{ text: 'into a single unified Probation Service in June 2021.', source: 'real/036', why: 'a month, not a region' }],
    },
    {
      id: 'regional.public-protection',
      forms: ['Dynamic Inspection of Public Protection in', 'Dynamic Inspection of Public Protection across', 'dynamic inspection of public protection in'],
      abbreviations: [],
      placement: 'after',
      joiners: [''],
      name: 'Probation Service – {place} region',
      shortName: '{place} region',
      type: 'region',
      examples: [
        { text: 'Dynamic Inspection of Public Protection in Greater Manchester', expect: { place: 'Greater Manchester' }, source: 'real/029' },
        { text: 'Dynamic Inspection of Public Protection in West Midlands region', expect: { place: 'West Midlands' }, source: 'real/080' },
      ],
      counterexamples: [],
    },
    {
      id: 'regional.region-of',
      forms: ['region of the Probation Service', 'region of the probation service', 'region probation services', 'region of HMPPS'],
      abbreviations: [],
      placement: 'before',
      name: 'Probation Service – {place} region',
      shortName: '{place} region',
      type: 'region',
      examples: [
        { text: '“Gaps in public protection practice” in Greater Manchester region of the Probation Service', expect: { place: 'Greater Manchester' }, source: 'real/028' },
        { text: 'rating East of England region probation services as ‘Requires improvement’', expect: { place: 'East of England' }, source: 'real/047' },
      ],
      counterexamples: [],
    },
    {
      id: 'regional.region',
      forms: ['region'],
      abbreviations: [],
      placement: 'before',
      name: 'Probation Service – {place} region',
      shortName: '{place} region',
      type: 'region',
      examples: [
        { text: 'Inspectors were concerned the East of England region was not effectively responding to or reducing the potential harm', expect: { place: 'East of England' }, source: 'real/047' },
        { text: 'Swansea Neath Port Talbot PDU sits within the Probation Service – Wales region and the North West region.', expect: { place: 'North West' }, source: 'invented: the bare form of real/047 beside a named region' },
      ],
      counterexamples: [{ text: 'as we have found in every region we have visited to date', source: 'real/014', why: 'no place' }],
    },
  ],
  signals: [
    { id: 'regional.inspection', phrases: ['regional rating', 'overall regional rating', 'regional inspection', 'Probation Services – '], weight: 3, examples: [{ text: 'have received an overall regional rating of ‘Requires improvement’', source: 'real/047' }] },
  ],
  areas: [
    { key: 'leadership', name: 'Leadership', standards: [{ id: '1.1', name: 'Leadership' }], phrases: ['leadership'] },
    { key: 'staff', name: 'Staffing', standards: [{ id: '1.2', name: 'Staffing' }], phrases: ['staffing'] },
    { key: 'victim-work', name: 'Statutory victim work', phrases: ['statutory victim work', 'victim work', 'work to support victims', 'work with victims', 'victim contact scheme'] },
    { key: 'unpaid-work', name: 'Unpaid work', phrases: ['unpaid work'] },
    { key: 'court-work', name: 'Court work', phrases: ['court work'] },
    { key: 'resettlement', name: 'Resettlement', phrases: ['resettlement'] },
  ],
};
