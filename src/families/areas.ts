/**
 * The areas the probation frameworks rate, with the words releases use for them: the shared
 * organisational standards (domain one) and case supervision (domain two). A family's file
 * lists the ones its framework has, beside its own (unpaid work, Through the Gate, victim work).
 */
import type { RatedArea } from './types.js';

const standard = (id: string, name: string) => ({ id, name });

export const CASE_SUPERVISION = [standard('2.1', 'Assessment'), standard('2.2', 'Planning'), standard('2.3', 'Implementation and delivery'), standard('2.4', 'Reviewing')];

/** Domain two, one standard at a time and all four together ("all four aspects", or in digits, "all 4 aspects"). */
export function caseSupervisionAreas(together: string[]): RatedArea[] {
  const inDigits = together.filter((p) => /\bfour\b/.test(p)).map((p) => p.replace(/\bfour\b/, '4'));
  return [
    { key: 'case-supervision', name: 'Case supervision', standards: CASE_SUPERVISION, phrases: [...together, ...inDigits] },
    { key: 'assessment', name: 'Assessment', standards: [CASE_SUPERVISION[0]!], phrases: ['assessment', 'the assessment standard'] },
    { key: 'planning', name: 'Planning', standards: [CASE_SUPERVISION[1]!], phrases: ['planning', 'the planning standard'] },
    { key: 'implementation-and-delivery', name: 'Implementation and delivery', standards: [CASE_SUPERVISION[2]!], phrases: ['implementation and delivery', 'delivery and implementation', 'implementation'] },
    { key: 'reviewing', name: 'Reviewing', standards: [CASE_SUPERVISION[3]!], phrases: ['reviewing', 'the reviewing standard', 'review of cases', 'review of those cases', 'review'] },
  ];
}

/** Domain one: leadership, staff, services, information and facilities. */
export function organisationalAreas(leadership = 'Leadership', staff = 'Staff'): RatedArea[] {
  return [
    { key: 'leadership', name: leadership, standards: [standard('1.1', leadership)], phrases: ['leadership', 'governance and leadership'] },
    { key: 'staff', name: staff, standards: [standard('1.2', staff)], phrases: ['rating for staff', 'staff standard', 'staffing standard', 'staffing'] },
    { key: 'services', name: 'Services', standards: [standard('1.3', 'Services')], phrases: ['rating for services', 'services standard', 'partnerships and services'] },
    { key: 'information-and-facilities', name: 'Information and facilities', standards: [standard('1.4', 'Information and facilities')], phrases: ['information and facilities'] },
  ];
}
