/**
 * The forms the claims grammar reads (src/extract/claims.ts), as rows with the real sentences
 * they were written from: each example is a sentence and the claim it must give (value, the
 * whole it is part of, unit, qualifier, kind); each counterexample a sentence whose figure is no
 * claim. The generic test (test/rules.test.ts) reads every one through the whole grammar.
 */
import type { Counterexample, Example } from '../../rules/types.js';
import type { Claim } from '../../schema.js';

export interface ClaimForm {
  id: string;
  form: string;
  examples: Example<Pick<Claim, 'kind' | 'value' | 'of' | 'unit' | 'qualifier' | 'subject'>>[];
  counterexamples: (Counterexample & { value: number })[];
}

export const CLAIM_FORMS: readonly ClaimForm[] = [
  {
    id: 'claim.noun',
    form: 'a figure and the noun after it, whose head gives the unit',
    examples: [
      { text: 'The CRC supervises around 9,000 low and medium-risk offenders; some are preparing to leave prison.', expect: { value: 9000, unit: 'people', qualifier: 'around', subject: 'supervised' }, source: 'real/001' },
      { text: 'Seventy-two cases were inspected where the Inspectorate examined assessment.', expect: { value: 72, unit: 'cases' }, source: 'real/028' },
      { text: 'The Inspectorate looked at 10 aspects of the CRC’s work.', expect: { value: 10, unit: 'standards', subject: 'standardsInspected' }, source: 'real/002' },
      { text: 'with four peer mentors with lived experience of the criminal justice system', expect: { value: 4, unit: 'people' }, source: 'real/005' },
      { text: 'There were 102 vacancies for probation officers at the time of our inspection.', expect: { value: 102, unit: 'count' }, source: 'real/045' },
      { text: 'We will inspect all twelve regions and inspections will be accompanied by follow-up activity.', expect: { value: 12, unit: 'regions' }, source: 'real/043' },
      // Seven times in the seed report: a count of a standard's questions, which a release's count of standards must not match.
      { text: "Reviewing was rated as 'Inadequate' for all three key questions.", expect: { value: 3, unit: 'key questions' }, source: 'seed/003' },
      { text: 'Three out of four inspected aspects of this work were rated ‘Outstanding’ – the highest mark.', expect: { value: 3, of: 4, unit: 'standards' }, source: 'real/273' },
      // A figure with no noun after "and" another figure counts what that one counted (real/231, real/294 the same form).
      { text: 'We reviewed 546 cases, 327 of which were subject to a community sentence and 219 to release on licence.', expect: { value: 219, unit: 'cases' }, source: 'real/231' },
      { text: 'We reviewed 330 cases, 216 of which were subject to a community sentence and 115 to release on licence.', expect: { value: 115, unit: 'cases' }, source: 'real/294' },
      { text: 'We also reviewed 299 court reports and 209 cases subject to resettlement provision.', expect: { value: 209, unit: 'cases' }, source: 'real/231' },
      { text: 'We also reviewed 299 court reports and 209 cases subject to resettlement provision.', expect: { value: 299, unit: 'count' }, source: 'real/231 (and real/294: court reports are no cases)' },
      // An adjective after the noun is no head: the noun before it is.
      { text: 'The report found that, operationally, there were a team of just four staff members responsible for delivering post-court and out-of-court disposal work at Ceredigion YJPS.', expect: { value: 4, unit: 'people', qualifier: 'just' }, source: 'real/260' },
    ],
    counterexamples: [
      { text: 'Inspectors were particularly concerned about the poor supervision of individuals across the two counties.', value: 2, source: 'real/003', why: 'the shape of an area' },
      { text: 'we have inspected and rated work with children and victims across two broad areas', value: 2, source: 'real/053', why: 'the structure of the framework' },
      { text: 'teams covering substantial distances between offices where one staff absence represented a challenge', value: 1, source: 'real/018', why: '"one" with a noun that counts nothing checked' },
      { text: 'In one inspected case, inspectors found p', value: 1, source: 'real/161 (its excerpt ends there)', why: 'an example, not a count' },
    ],
  },
  {
    id: 'claim.recommendations',
    form: 'recommendations: the total a document makes, or a part of it for one addressee',
    examples: [
      { text: 'The report makes seven recommendations, encouraging the YJS to focus attention on improving the quality.', expect: { kind: 'recommendations', value: 7, subject: 'recommendations' }, source: 'real/009' },
      { text: 'This report makes five recommendations. Three of these are for the management board.', expect: { kind: 'recommendations', value: 3, subject: 'recommendations to the management board' }, source: 'real/101' },
      { text: 'The report also makes one recommendation to East Sussex Police – that they review the police YJS referral form.', expect: { kind: 'recommendations', value: 1, subject: 'recommendations to East Sussex Police' }, source: 'real/103' },
    ],
    counterexamples: [],
  },
  {
    id: 'claim.share',
    form: 'a share: a percentage, a fraction in words, "N in M", "N out of 10"',
    examples: [
      { text: 'more than 80 per cent of inspected assessments included relevant details', expect: { kind: 'percent', value: 80, unit: 'percent', qualifier: 'more than' }, source: 'real/002' },
      { text: 'In more than half of the inspected cases, insufficient action was taken.', expect: { kind: 'fraction', value: 1, of: 2, qualifier: 'more than' }, source: 'real/003' },
      { text: 'Six in 10 children have substance misuse issues.', expect: { kind: 'fraction', value: 6, of: 10 }, source: 'real/024' },
      { text: 'fewer than one in five cases we inspected met our standards', expect: { kind: 'fraction', value: 1, of: 5, qualifier: 'fewer than' }, source: 'real/043' },
      { text: 'in more than four out of 10 of the cases we inspect', expect: { kind: 'fraction', value: 4, of: 10, qualifier: 'more than' }, source: 'real/150' },
      { text: 'only where 23 per cent of cases inspected were judged to effectively support the safety of other people', expect: { value: 23, qualifier: 'only' }, source: 'real/092' },
    ],
    counterexamples: [{ text: 'children aged 15 to 17 (82%) and male (89%)', value: 15, source: 'real/020', why: 'an age range beside the share' }],
  },
  {
    id: 'claim.part-of-whole',
    form: 'a part of a stated whole: "11 out of 54 cases", "three of our four core standards", "only one of the 31 inspections", "one point out of a possible 27"',
    examples: [
      { text: '11 out of 54 cases inspected having an inaccurate risk of harm classification', expect: { value: 11, of: 54, unit: 'count' }, source: 'real/005' },
      { text: 'performed well on three out of ten of our quality standards', expect: { value: 3, of: 10, unit: 'standards' }, source: 'real/002' },
      { text: 'the quality of case management fell short in three of our four core standards', expect: { value: 3, of: 4, unit: 'standards' }, source: 'real/194' },
      { text: 'rated ‘Inadequate’ – scoring just one point out of a possible 27.', expect: { kind: 'score', value: 1, of: 27, unit: 'points', qualifier: 'just' }, source: 'real/060' },
      { text: 'only one of the 31 probation inspections covered by my final probation annual report was rated ‘Good’', expect: { value: 1, of: 31, qualifier: 'only' }, source: 'real/138' },
    ],
    counterexamples: [],
  },
  {
    id: 'claim.one-of',
    form: '"one of four carried out": the size of the set the document belongs to',
    examples: [{ text: 'This inspection is one of four carried out in the Probation Service – Yorkshire and the Humber region.', expect: { value: 4, unit: 'count' }, source: 'real/060' }],
    counterexamples: [{ text: 'The other three are Kirklees PDU (rated ‘Inadequate’), Hull and East Riding PDU and North and North East Lincolnshire PDU.', value: 3, source: 'real/060', why: 'the others of the set already counted' }],
  },
  {
    id: 'claim.money',
    form: 'money in pounds: "£5m", "£20 million"',
    examples: [{ text: 'accompanied by £5m of additional funding for Regional Probation Directors', expect: { kind: 'money', value: 5_000_000, unit: 'gbp' }, source: 'real/038' }],
    counterexamples: [{ text: 'research on probation caseloads (PDF, 751 kB) was used to recommend', value: 751, source: 'real/038', why: 'a file size' }],
  },
  {
    id: 'claim.duration',
    form: 'a duration the text states ("After five months as interim Chief Inspector", "a new, six-month Dynamic Inspection"), not a period it measures from',
    examples: [
      { text: 'After five months as interim Chief Inspector of Probation, tomorrow I will step down.', expect: { kind: 'duration', value: 5, unit: 'months' }, source: 'real/037' },
      { text: 'undertaking a new, six-month Dynamic Inspection of Public Protection of all twelve probation regions', expect: { kind: 'duration', value: 6, unit: 'months' }, source: 'real/017' },
    ],
    counterexamples: [
      { text: 'The PDU had experienced challenges in the last 12 months, with high staff sickness rates.', value: 12, source: 'real/035', why: 'a period' },
      { text: 'However, within three months, services were affected by Covid-19.', value: 3, source: 'real/036', why: 'a period' },
      { text: 'around half of the practitioners at Leeds PDU had been in post for less than three years', value: 3, source: 'real/068', why: 'who the share counts' },
    ],
  },
  {
    id: 'claim.average',
    form: '"an average of N cases each": a caseload',
    examples: [{ text: 'frontline probation staff were responsible for an average of 58 cases each', expect: { kind: 'average', value: 58, unit: 'cases', qualifier: 'average', subject: 'caseload' }, source: 'real/011' }],
    counterexamples: [],
  },
  {
    id: 'claim.elided-noun',
    form: 'a figure whose noun is left out: "the remaining seven", "caseloads should not exceed 50", "rated two as ‘Inadequate’"',
    examples: [
      { text: 'performed well on three out of ten of our quality standards. But on the remaining seven, we found room for improvement.', expect: { value: 7, unit: 'standards' }, source: 'real/002' },
      { text: 'individual probation practitioner’s caseloads should not exceed 50.', expect: { value: 50, unit: 'cases', qualifier: 'not exceed' }, source: 'real/038' },
      { text: 'Of the three probation delivery units (PDUs) we inspected, we rated two as ‘Inadequate’ and one as ‘Requires improvement.', expect: { value: 1, unit: 'count' }, source: 'real/044' },
    ],
    counterexamples: [{ text: 'One is for Lambeth YJS and the others for the management board.', value: 1, source: 'real/077', why: '"one" as a pronoun' }],
  },
  {
    id: 'claim.score-change',
    form: '"scoring just two points more": a change of score, signed',
    examples: [{ text: 'the performance has barely improved over the last year, scoring just two points more in my unofficial probation league table', expect: { kind: 'score', value: 2, subject: 'score-change' }, source: 'seed/001' }],
    counterexamples: [],
  },
  {
    id: 'claim.same-as-previous',
    form: 'a rating kept from the previous inspection: "– retaining the same grade", "the overall rating stays the same"',
    examples: [{ text: 'Inspectors have given West Yorkshire CRC an overall rating of ‘Requires improvement’ – retaining the same grade that they received in 2018.', expect: { kind: 'same-as-previous', value: 'Requires improvement' }, source: 'seed/002' }],
    counterexamples: [],
  },
];
