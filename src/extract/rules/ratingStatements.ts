/**
 * The forms in which documents state a rating, as rows over a sentence's skeleton (⟦R0⟧ a
 * rating, ⟦P0⟧ a provider, ⟦A0⟧ a rated area, ⟦N0⟧ a figure, ⟦D0⟧ a date or year). A row says
 * which rating it found, whether it speaks of the current or the previous inspection, and how
 * its subject is found: "overall" (the document's provider, unless the clause names another
 * subject), "resolve" (the nearest subject in the clause), "area-before", "respectively".
 * Examples are real sentences; the generic test runs each through the whole recogniser.
 */
import type { Rule } from '../../rules/types.js';
import { execAll } from '../../lexicon/words.js';

export interface RatingFinding {
  /** Index of the rating token (⟦R<i>⟧). */
  rating: number;
  inspection: 'current' | 'previous' | 'same';
  subject: 'overall' | 'own' | 'resolve' | 'object' | 'area-before' | 'area-after' | 'respectively' | 'listed';
  /** What to take when the clause names no subject: the document's provider, or nothing. */
  fallback: 'subject' | 'none';
  /** For "area-after": the area token. */
  area?: number;
  /** For "object": what stands between the rating verb and the rating ("rated the Sodexo-owned CRC as"). */
  object?: string;
  /** For "listed": the provider tokens the rating is given to ("Cheshire West PDU and Blackburn with Darwen PDU (both rated …)"). */
  providers?: number[];
}

/** What a row's example must read: the rating, and the subject it resolves to (a provider's short name, an area, "overall"). */
export interface RatingExpectation {
  rating: string;
  subject: string;
  inspection: 'current' | 'previous';
}

const R = '⟦R(\\d+)⟧';
const A = '⟦A(\\d+)⟧';
const P = '⟦P\\d+⟧';

type RatingRule = Rule<RatingFinding[], string, RatingExpectation>;

const one = (inspection: RatingFinding['inspection'], subject: RatingFinding['subject'], fallback: RatingFinding['fallback'], group = 1) => (m: RegExpExecArray): RatingFinding[] => [
  { rating: Number(m[group]), inspection, subject, fallback },
];

export const RATING_RULES: RatingRule[] = [
  {
    id: 'rating.from-to',
    produces: 'rating',
    pattern: new RegExp(`\\bfrom\\s+(?:an?\\s+)?${R}(?:\\s+rating)?\\s+to\\s+(?:an?\\s+)?${R}`, 'g'),
    read: (m) => [
      { rating: Number(m[1]), inspection: 'previous', subject: 'resolve', fallback: 'subject' },
      { rating: Number(m[2]), inspection: 'current', subject: 'resolve', fallback: 'subject' },
    ],
    examples: [{ text: 'Barnsley youth offending service has been raised from ‘Requires improvement’ to ‘Good’.', expect: { rating: 'Good', inspection: 'current' }, source: 'seed fixture: families/release-yos-raised.txt (the form of real/059 "remains")' }],
    counterexamples: [],
  },
  {
    id: 'rating.unchanged',
    produces: 'rating',
    pattern: new RegExp(`\\b(?:remains?|remained|retains?|retained|retaining|stays?|stayed)\\s+(?:rated\\s+)?(?:as\\s+)?(?:its\\s+|an?\\s+|the\\s+)?${R}`, 'g'),
    read: one('same', 'resolve', 'subject'),
    examples: [
      { text: 'Despite improvements, Sheffield Probation Delivery Unit remains ‘Inadequate’', expect: { rating: 'Inadequate', subject: 'overall' }, source: 'real/059' },
      { text: 'North West division NPS retained its ‘Good’ rating', expect: { rating: 'Good' }, source: 'real/README search log (the retained form of an NPS release)' },
    ],
    counterexamples: [],
  },
  {
    id: 'rating.previously-received',
    produces: 'rating',
    pattern: new RegExp(
      `\\b(?:after|when|since)\\b[^⟦.;]{0,40}?\\b(?:received|was\\s+(?:also\\s+)?rated|were\\s+(?:also\\s+)?rated|had\\s+(?:also\\s+)?been\\s+rated|was\\s+judged|was\\s+given|got)\\s+(?:an?\\s+|as\\s+)?${R}|\\bpreviously\\s+(?:been\\s+)?(?:rated|judged|graded)\\s+(?:as\\s+)?${R}|\\b(?:last|previously|first)\\s+inspected\\b(?:[^⟦.;]|⟦[PDN]\\d+⟧){0,120}?${R}|\\b(?:at\\s+that\\s+time|last\\s+time|at\\s+(?:its|the|our)\\s+(?:last|previous)\\s+inspection|in\\s+(?:its|the|our)\\s+(?:last|previous)\\s+inspection),?\\s+[^⟦.;]{0,60}?${R}|${R}(?:\\s+rating)?\\s+(?:in\\s+⟦D\\d+⟧|(?:at|in)\\s+(?:its|the|our)\\s+(?:last|previous)\\s+inspection)|\\bin\\s+⟦D\\d+⟧,?\\s+[^⟦.;]{0,40}?\\b(?:was|were)\\s+rated\\s+(?:as\\s+)?${R}(?=[^.;]*?\\bbut\\b[^.;]*?\\bnow\\b)`,
      'gi',
    ),
    read: (m) => [{ rating: Number(m.slice(1).find((g) => g !== undefined)), inspection: 'previous', subject: 'resolve', fallback: 'subject' }],
    examples: [
      { text: 'This was a reinspection of the service, after they received an ‘Inadequate’ rating in 2020.', expect: { rating: 'Inadequate', inspection: 'previous' }, source: 'real/009' },
      { text: 'follows an inspection in 2019, when the service was rated ‘Inadequate’.', expect: { rating: 'Inadequate', inspection: 'previous' }, source: 'frameworks.md (a release form)' },
      { text: 'This follows the PDU’s last inspection in 2022, when the service was also rated ‘Inadequate’.', expect: { rating: 'Inadequate', inspection: 'previous' }, source: 'real/293' },
      { text: "At that time, we rated its work as 'Requires improvement'.", expect: { rating: 'Requires improvement', inspection: 'previous' }, source: 'seed/003' },
      { text: 'We last inspected Durham Tees Valley CRC in 2018 and we gave the service an overall rating of ‘Requires improvement’.', expect: { rating: 'Requires improvement', inspection: 'previous' }, source: 'real/128' },
      // A dated rating set against what holds now: "In 2018, … rated ‘Inadequate’ but … have now been awarded … ‘Good’".
      { text: 'In 2018, the service was rated ‘Inadequate’ but they have since addressed areas of poor practice and have now been awarded an overall rating of ‘Good’.', expect: { rating: 'Inadequate', inspection: 'previous' }, source: 'real/271' },
    ],
    counterexamples: [{ text: 'In 2024, the service was rated ‘Good’ following an inspection by HM Inspectorate of Probation.', source: 'invented (a dated rating with nothing set against it)', why: 'the current inspection, dated' }],
  },
  {
    id: 'rating.separately',
    produces: 'rating',
    pattern: new RegExp(`\\b(?:separately\\s+rated|rated\\s+separately)\\s+(?:as\\s+)?${R}`, 'g'),
    read: one('current', 'area-before', 'none'),
    examples: [
      { text: 'Southwark Youth Justice Service (YJS) has received an overall rating of ‘Good’. We also inspected the quality of resettlement work – the key services which need to be in place when a child is released from custody, for example to meet accommodation needs – which was separately rated as ‘Good’.', expect: { rating: 'Good', subject: 'Resettlement policy and provision' }, source: 'real/046' },
      { text: 'Barnsley Youth Justice Service has received an overall rating of ‘Good’. We also inspected how the service manages resettlement – which we rated separately as ‘Outstanding’.', expect: { rating: 'Outstanding' }, source: 'real/118' },
    ],
    counterexamples: [],
  },
  {
    id: 'rating.rating-for-area',
    produces: 'rating',
    pattern: new RegExp(`${R}\\s+rating\\s+for\\s+(?:its\\s+|the\\s+|their\\s+)?${A}`, 'g'),
    read: (m) => [{ rating: Number(m[1]), inspection: 'current', subject: 'area-after', fallback: 'none', area: Number(m[2]) }],
    examples: [{ text: 'The PDU was awarded a ‘Good’ rating for leadership', expect: { rating: 'Good', subject: 'Leadership' }, source: 'real/032' }],
    counterexamples: [],
  },
  {
    id: 'rating.rating-for',
    produces: 'rating',
    // "with a rating of ‘Inadequate’ for all five of our case quality standards": what follows "for" is rated.
    pattern: new RegExp(`\\brating\\s+of\\s+${R}\\s+for\\s+((?:[^⟦.;]|⟦[PAN]\\d+⟧){1,80})`, 'gu'),
    read: (m) => [{ rating: Number(m[1]), inspection: 'current', subject: 'object', fallback: 'none', object: m[2]!.trim() }],
    examples: [{ text: 'These contributed to a rating of ‘Inadequate’ for delivery and implementation, which has worsened since the previous inspection.', expect: { rating: 'Inadequate', subject: 'Implementation and delivery' }, source: 'seed/003' }],
    counterexamples: [{ text: 'we found poor management of cases, with a rating of ‘Inadequate’ for all five of our case quality standards', source: 'real/192', why: 'five standards of a release about several services, not the document’s provider' }],
  },
  {
    id: 'rating.respectively',
    produces: 'rating',
    pattern: new RegExp(`(?:${R}[^⟦]{0,12}?)(?:(?:,|and)\\s+${R}[^⟦]{0,12}?)+[^⟦]*\\brespectively\\b`, 'g'),
    read: (m) => execAll(/⟦R(\d+)⟧/g, m[0]).map((r) => ({ rating: Number(r[1]), inspection: 'current', subject: 'respectively', fallback: 'none' })),
    examples: [{ text: 'Southwark and Lambeth youth offending services were rated ‘Good’ and ‘Requires improvement’, respectively.', expect: { rating: 'Good' }, source: 'frameworks.md (several services in one release)' }],
    counterexamples: [],
  },
  {
    id: 'rating.both',
    produces: 'rating',
    pattern: new RegExp(`${P}(?:\\s*\\([^)⟦]{1,10}\\))?(?:,?\\s+(?:and\\s+)?${P})+(?:\\s+[–-])?,?\\s*\\(?\\s*(?:which|who)?\\s*(?:were\\s+|have\\s+been\\s+|have\\s+|are\\s+)?(?:both|all|each)\\s+(?:received|were\\s+rated|have\\s+been\\s+rated|been\\s+rated|rated)[^⟦]*?${R}`, 'g'),
    read: (m) => [
      { rating: Number(/⟦R(\d+)⟧/.exec(m[0])![1]), inspection: 'current', subject: 'listed', fallback: 'none', providers: execAll(/⟦P(\d+)⟧/g, m[0]).map((p) => Number(p[1])) },
    ],
    examples: [
      { text: 'The other two are Tameside PDU and Wigan PDU, which both received an overall rating of ‘Requires improvement’ (also published on 25 May 2023).', expect: { rating: 'Requires improvement', subject: 'Tameside PDU' }, source: 'real/027' },
      { text: 'The others are Cheshire West PDU and Blackburn with Darwen PDU (both rated ‘Requires improvement’), and Liverpool North PDU and Knowsley and St Helens PDU (both rated ‘Inadequate’).', expect: { rating: 'Requires improvement', subject: 'Cheshire West PDU' }, source: 'real/117' },
      { text: 'They join Hammersmith, Fulham, Kensington, Chelsea and Westminster PDU, Lambeth PDU and Ealing and Hillingdon PDU – which were all rated ‘Inadequate’ in reports published in October 2022', expect: { rating: 'Inadequate', subject: 'Lambeth PDU' }, source: 'real/158' },
      { text: 'Hammersmith, Fulham, Kensington, Chelsea and Westminster PDU, Lambeth PDU and Ealing and Hillingdon PDU each received the lowest rating possible (‘Inadequate’) – an outcome which has led the Inspectorate to call on the Probation Service, at a national level, to take urgent action to support these services.', expect: { rating: 'Inadequate', subject: 'Ealing and Hillingdon PDU' }, source: 'real/192' },
      { text: 'Nottingham City Probation Delivery Unit (PDU) and Nottinghamshire PDU have both received an overall rating of ‘Inadequate’ following inspections by His Majesty’s Inspectorate of Probation.', expect: { rating: 'Inadequate', subject: 'Nottinghamshire PDU' }, source: 'real/220' },
    ],
    counterexamples: [
      { text: 'Both Lambeth PDU and Ealing and Hillingdon PDU each scored just three points.', source: 'real/192', why: 'a score, no rating word' },
    ],
  },
  {
    id: 'rating.each-of-them',
    produces: 'rating',
    // "PDUs in three areas of London have each been rated ‘Inadequate’": each of them, the document's own service among them
    // (where the document has one service; a release about the three has none, and so no overall rating).
    pattern: new RegExp(`^(?!(?:[^⟦]|⟦[PNAD]\\d+⟧)*?\\bother\\b)(?:[^⟦.;]|⟦[PNAD]\\d+⟧)*?\\b(?:have|has|were|are)\\s+each\\s+been\\s+(?:rated|judged|graded)\\s+(?:as\\s+)?${R}`, 'giu'),
    read: one('current', 'own', 'none'),
    examples: [
      { text: 'An inspection of probation services in Hammersmith, Fulham, Kensington, Chelsea & Westminster PDU\nProbation Services, also known as Probation Delivery Units (PDUs*), in three areas of London have each been rated ‘Inadequate’ following inspections by HM Inspectorate of Probation.', expect: { rating: 'Inadequate', subject: 'overall' }, source: 'real/173 (the report page of one of the three; real/192, the release about all three, has no one service)' },
    ],
    counterexamples: [{ text: 'The other PDUs in the region have each been rated ‘Requires improvement’.', source: 'invented (the form of real/027 "the other two")', why: 'the others, not the document’s own' }],
  },
  {
    id: 'rating.resulted-in',
    produces: 'rating',
    // A consequence of what the inspection found is the rating of the service it found it in, whatever the clause counted on the way
    // ("deficits across three of four inspection quality standards, which resulted in a rating of …": not the three standards).
    pattern: new RegExp(`\\bresulted\\s+in\\s+(?:an?\\s+|the\\s+)?(?:overall\\s+)?rating\\s+of\\s+${R}`, 'gu'),
    read: one('current', 'overall', 'subject'),
    examples: [
      { text: 'Despite this, the overall quality of work to keep people safe had deficits across three of four inspection quality standards, which resulted in a rating of ‘Requires improvement’.', expect: { rating: 'Requires improvement', subject: 'overall' }, source: 'real/251' },
      { text: 'Unfortunately, there were inconsistencies in practice which resulted in an overall rating of ‘Requires improvement’.', expect: { rating: 'Requires improvement', subject: 'overall' }, source: 'real/169' },
      { text: 'It was disappointing that not enough progress has been made against our previous inspection recommendations. This has resulted in an overall rating of ‘Requires improvement’.', expect: { rating: 'Requires improvement', subject: 'overall' }, source: 'real/205' },
    ],
    counterexamples: [],
  },
  {
    id: 'rating.overall-of',
    produces: 'rating',
    pattern: new RegExp(`\\boverall\\s+(?:regional\\s+)?(?:rating|grade|judgement)\\s+(?:of|as)\\s+${R}|\\boverall\\s+(?:regional\\s+)?rating\\s+(?:for\\s+[^⟦.;]{1,40}?\\s+|for\\s+${P}\\s+)?(?:was|is|remains|remained)\\s+(?:rated\\s+)?(?:as\\s+)?${R}`, 'g'),
    read: (m) => [{ rating: Number(m[1] ?? m[2]), inspection: 'current', subject: 'overall', fallback: 'subject' }],
    examples: [
      { text: 'Bedfordshire Probation Delivery Unit (PDU) has received an overall rating of ‘Requires improvement’ following an inspection by His Majesty’s Inspectorate of Probation.', expect: { rating: 'Requires improvement', subject: 'overall' }, source: 'real/004' },
      { text: 'The Inspectorate has given the CRC an overall rating of ‘Requires improvement’.', expect: { subject: 'overall' }, source: 'real/001' },
      { text: 'As a consequence, the overall rating for Wales was ‘Requires improvement’.', expect: { rating: 'Requires improvement', subject: 'overall' }, source: 'real/014' },
      { text: 'Probation services in the East of England region have received an overall regional rating of ‘Requires improvement’ by His Majesty’s Inspectorate of Probation.', expect: { subject: 'overall' }, source: 'real/047' },
      { text: 'HM Inspectorate of Probation has given the London division of the NPS an overall rating of ‘Requires improvement’ – the second lowest of four ratings.', expect: { rating: 'Requires improvement', subject: 'overall' }, source: 'real/229 (the scale named after the rating)' },
    ],
    counterexamples: [{ text: 'This means that of the nine PDUs inspected since unification, two thirds have received the lowest possible overall rating of ‘Inadequate’', source: 'real/044', why: 'a share of PDUs, not one provider' }],
  },
  {
    id: 'rating.overall-adjective',
    produces: 'rating',
    pattern: new RegExp(`\\boverall\\s+(?:regional\\s+)?${R}\\s+(?:rating|grade)`, 'g'),
    read: one('current', 'overall', 'subject'),
    examples: [
      { text: 'Inspectors looked at 10 aspects of the CRC’s work and gave an overall ‘Requires improvement’ rating.', expect: { rating: 'Requires improvement', subject: 'overall' }, source: 'real/011' },
      { text: 'The Inspectorate has given the Division an overall ‘Good’ rating, its second-highest mark.', expect: { rating: 'Good' }, source: 'real/013' },
    ],
    counterexamples: [],
  },
  {
    id: 'rating.as-overall',
    produces: 'rating',
    pattern: new RegExp(`${R},?\\s+overall\\b`, 'g'),
    read: one('current', 'overall', 'subject'),
    examples: [
      { text: 'Inspectors assessed NPS Wales as ‘Good’ overall, the second-highest rating.', expect: { rating: 'Good', subject: 'overall' }, source: 'real/012' },
      // A rating word in lower case states a rating after "found (by inspectors) to be" (stated() in ratingStatements.ts).
      { text: 'Wrexham Youth Justice Service (YJS) in North Wales was found by inspectors to be good overall, with many impressive areas of practice and “high aspirations” for children and young people.', expect: { rating: 'Good', subject: 'overall' }, source: 'real/290' },
    ],
    counterexamples: [{ text: 'The quality of the work within Cumbria is good overall.', source: 'real/133 (2017, before the ratings)', why: 'a rating word in lower case with no rating verb is prose' }],
  },
  {
    id: 'rating.received',
    produces: 'rating',
    pattern: new RegExp(`\\b(?:received|receive|receives|given|gave|give|awarded|achieved|earned)\\s+(?:(?:the|this|its|their)\\s+[\\p{L}’'-]+\\s+|⟦P\\d+⟧\\s+)?(?:an?\\s+|the\\s+|its\\s+)?${R}\\s+(?:rating|grade)|\\b(?:(?:a|the|their|its|his|her|this|despite)\\s+)?rating\\s+of\\s+${R}`, 'gu'),
    read: (m) => [{ rating: Number(m[1] ?? m[2]), inspection: 'current', subject: 'resolve', fallback: 'subject' }],
    examples: [
      { text: 'The others are Somerset PDU which received a rating of ‘Requires improvement’ and Dorset PDU which received a rating of ‘Inadequate’.', expect: { rating: 'Requires improvement', subject: 'Somerset PDU' }, source: 'real/008' },
      { text: 'The overall insufficient quality of casework we inspected was a major contributor to the rating of ‘Requires improvement’.', expect: { subject: 'overall' }, source: 'real/008' },
      { text: '“Strong focus on innovation” across Probation Service in Wales, despite rating of ‘Requires improvement’, inspection finds', source: 'real/015' },
      { text: 'Inspectors looked at 12 aspects of their work and gave the service a ‘Requires improvement’ rating.', expect: { subject: 'overall' }, source: 'real/052' },
    ],
    counterexamples: [],
  },
  {
    id: 'rating.found-to-be',
    produces: 'rating',
    // What stands between "found" and "to be" is what is rated: "found casework across all four … standards to be ‘Inadequate’", "found the service to be, overall, ‘Outstanding’".
    pattern: new RegExp(`\\bfound\\s+((?:[^⟦.;:]|⟦[PAN]\\d+⟧){1,140}?)\\s+to\\s+be,?\\s+(?:overall,?\\s+)?${R}`, 'gu'),
    read: (m) => [{ rating: Number(m[2]), inspection: 'current', subject: /^(?:the|this)\s+(?:service|PDU|YOT|YOS|YJS|CRC|division|region|team)$/i.test(m[1]!.trim()) ? 'overall' : 'object', fallback: 'subject', object: m[1]!.trim() }],
    examples: [
      { text: 'Inspectors found casework across all four of the Inspectorate’s delivery standards to be ‘Inadequate’, despite the strong strategic approach and direction shown by PDU leaders.', expect: { rating: 'Inadequate', subject: 'Case supervision' }, source: 'real/239' },
      { text: 'An HM Inspectorate of Probation inspection of Stockton-on-Tees youth offending team (YOT) has found the service to be, overall, ‘Outstanding’ – the highest rating possible.', expect: { rating: 'Outstanding', subject: 'overall' }, source: 'real/213' },
    ],
    counterexamples: [],
  },
  {
    id: 'rating.rated-as',
    produces: 'rating',
    // What stands between the verb and the rating is what is rated: "rated the Sodexo-owned CRC as", "rating half of them as".
    pattern: new RegExp(`\\b(?:rated|rates|rate|judged|graded|assessed|assess|deemed|rating)\\s+((?:[^⟦.;:]|⟦[PAN]\\d+⟧){0,140}?)\\s*(?:\\bas:?\\s+)?${R}|\\bfound\\s+to\\s+be\\s+${R}`, 'gu'),
    read: (m) => [{ rating: Number(m[2] ?? m[3]), inspection: 'current', subject: m[1]?.trim() && !/^(?:as|overall(?:\s+as)?)$/i.test(m[1].trim()) ? 'object' : 'resolve', fallback: 'none', object: m[1]?.trim() }],
    examples: [
      { text: 'The probation service, or Probation Delivery Unit (PDU*), for Bristol and South Gloucestershire has been rated as ‘Requires improvement’ following an inspection by HM Inspectorate of Probation.', expect: { rating: 'Requires improvement', subject: 'overall' }, source: 'real/008' },
      { text: 'Overall, Leicester City CYPJS was rated as ‘Requires improvement’.', expect: { subject: 'overall' }, source: 'real/053' },
      { text: "Overall, West Yorkshire Community Rehabilitation Company (CRC) is rated as: 'Requires improvement'.", expect: { rating: 'Requires improvement', subject: 'overall' }, source: 'seed/003' },
      { text: 'led HM Inspectorate of Probation to rate it overall as “Requiring Improvement.”', expect: { rating: 'Requires improvement', subject: 'overall' }, source: 'seed/000' },
      { text: 'The other three are Kirklees PDU (rated ‘Inadequate’), Hull and East Riding PDU (rates ‘Requires improvement’) and North and North East Lincolnshire PDU (rated ‘Requires improvement’).', expect: { rating: 'Inadequate', subject: 'Kirklees PDU' }, source: 'real/060' },
      { text: 'We have, therefore, rated all four aspects of case supervision ‘Inadequate’ – our lowest possible grade.', expect: { rating: 'Inadequate', subject: 'Case supervision' }, source: 'real/011' },
      { text: 'For the first time, inspectors have rated all four of our key case supervision standards – the assessment, planning, implementation and review of cases – as ‘Inadequate’, the lowest possible rating.', expect: { rating: 'Inadequate', subject: 'Case supervision' }, source: 'real/003' },
    ],
    counterexamples: [
      { text: 'Every Probation Delivery Unit I have inspected has been rated as ‘Inadequate’ or ‘Requires improvement’', source: 'real/043', why: 'every unit, no one provider' },
      { text: 'Inspectors looked at 10 aspects of the division’s work, rating half of them as ‘Good’ and half as ‘Requires improvement’.', source: 'real/045', why: 'half of the standards, not the division' },
      { text: 'Of the three probation delivery units (PDUs) we inspected, we rated two as ‘Inadequate’ and one as ‘Requires improvement.', source: 'real/044', why: 'counts of units' },
    ],
  },
  {
    id: 'rating.was',
    produces: 'rating',
    pattern: new RegExp(`\\b(?:was|were|is|are|been)\\s+(?:also\\s+|all\\s+)?${R}`, 'g'),
    read: one('current', 'resolve', 'none'),
    examples: [{ text: 'Casework across all four service delivery standards we inspected was ‘Inadequate’, with work to keep people safe being the weakest area of practice.', expect: { rating: 'Inadequate', subject: 'Case supervision' }, source: 'real/031' }],
    counterexamples: [],
  },
];

/** The title's ratings: any stated rating of the headline not read by another row rates the provider the headline names. */
export const HEADLINE_RULE: RatingRule = {
  id: 'rating.headline',
  produces: 'rating',
  pattern: new RegExp(R, 'g'),
  read: one('current', 'resolve', 'subject'),
  examples: [
    { text: 'Sutton Youth Justice Service ‘Requires improvement’', expect: { rating: 'Requires improvement', subject: 'overall' }, source: 'real/050' },
    { text: '‘Outstanding’ Hammersmith and Fulham Youth Justice Service is ‘confident and capable’', expect: { rating: 'Outstanding', subject: 'overall' }, source: 'real/019' },
    { text: 'Redcar, Cleveland and Middlesbrough Probation Delivery Unit – Requires improvement', expect: { rating: 'Requires improvement', subject: 'overall' }, source: 'real/098' },
  ],
  counterexamples: [],
};
