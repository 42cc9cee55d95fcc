/** Probation Delivery Units (2021–23 and October 2023– inspections). */
import { pdu2021, pdu2023 } from '../frameworks/pdu.js';
import { caseSupervisionAreas, organisationalAreas } from './areas.js';
import type { FamilyExtension } from './types.js';

export const pduFamily: FamilyExtension = {
  family: 'pdu',
  describes: 'a Probation Delivery Unit',
  frameworks: [pdu2021, pdu2023],
  providers: [
    {
      id: 'pdu.unit',
      forms: ['Probation Delivery Unit'],
      abbreviations: ['PDU'],
      placement: 'before',
      name: '{place} Probation Delivery Unit',
      shortName: '{place} PDU',
      type: 'PDU',
      examples: [
        { text: 'Cardiff and the Vale Probation Delivery Unit (PDU) has received an overall rating of ‘Inadequate’', expect: { place: 'Cardiff and the Vale' }, source: 'real/030' },
        { text: 'The other three are Kirklees PDU (rated ‘Inadequate’), Hull and East Riding PDU', expect: { place: 'Kirklees' }, source: 'real/060' },
        { text: '“Significant deficits” in casework at Newcastle Upon Tyne Probation Delivery Unit, rated ‘Inadequate’', expect: { place: 'Newcastle Upon Tyne' }, source: 'real/100' },
      ],
      counterexamples: [
        { text: 'Every Probation Delivery Unit I have inspected has been rated as ‘Inadequate’ or ‘Requires improvement’', source: 'real/043', why: 'every unit, no place' },
        { text: 'This is the first PDU inspection under our new probation inspection methodology', source: 'real/036', why: 'an ordinal, not a place' },
      ],
    },
    {
      id: 'pdu.service-for',
      forms: ['Probation Delivery Unit (PDU*), for', 'Probation Delivery Unit (PDU*), in', 'Probation Delivery Unit (PDU), for', 'Probation Delivery Unit (PDU), in', 'Probation Delivery Unit, for', 'Probation Delivery Unit, in'],
      abbreviations: [],
      placement: 'after',
      joiners: [''],
      name: '{place} Probation Delivery Unit',
      shortName: '{place} PDU',
      type: 'PDU',
      examples: [
        { text: 'The probation service, or Probation Delivery Unit (PDU*), for Bristol and South Gloucestershire has been rated as ‘Requires improvement’', expect: { place: 'Bristol and South Gloucestershire' }, source: 'real/008' },
        { text: 'The probation service, or Probation Delivery Unit (PDU*), in Manchester North has been rated as ‘Requires improvement’', expect: { place: 'Manchester North' }, source: 'real/027' },
      ],
      counterexamples: [],
    },
  ],
  signals: [
    { id: 'pdu.unit', phrases: ['Probation Delivery Unit', 'Probation Delivery Units'], weight: 2, examples: [{ text: 'Norfolk Probation Delivery Unit (PDU) has received an overall rating', source: 'real/007' }] },
    { id: 'pdu.abbreviation', phrases: ['PDU', 'PDUs'], caseSensitive: true, weight: 1, examples: [{ text: 'Leeds PDU rated ‘Inadequate’', source: 'real/068' }] },
  ],
  areas: [
    ...caseSupervisionAreas(['all four service delivery standards', 'all four of our service delivery standards', 'all four of the Inspectorate’s delivery standards', 'all four delivery standards', 'all four case supervision standards']),
    ...organisationalAreas('Leadership', 'Staffing'),
    { key: 'court-work', name: 'Court work', phrases: ['court work'] },
  ],
};
