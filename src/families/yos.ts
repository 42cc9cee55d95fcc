/**
 * Youth offending and youth justice services (2018–24 inspections, and the 2025 framework of
 * "work with children and victims"), under every name the services go by.
 */
import { yos, youth2025 } from '../frameworks/yos.js';
import { organisationalAreas } from './areas.js';
import type { FamilyExtension, ProviderNoun } from './types.js';

/** One noun of a youth service: the name of the provider keeps the noun as the document prints it. */
function youthNoun(id: string, forms: string[], abbreviations: string[], short: string): ProviderNoun {
  return {
    id: `yos.${id}`,
    forms,
    abbreviations,
    placement: 'before',
    name: '{place} {noun}',
    shortName: `{place} ${short}`,
    type: short,
    examples: [],
    counterexamples: [],
  };
}

const justiceService = youthNoun('justice-service', ['Youth Justice Service', 'Youth Justice Services'], ['YJS'], 'YJS');
justiceService.examples.push(
  { text: 'Southwark Youth Justice Service (YJS) has received an overall rating of ‘Good’', expect: { name: 'Southwark Youth Justice Service' }, source: 'real/046' },
  { text: 'Cardiff YJS is making progress and have made considerable efforts', expect: { name: 'Cardiff Youth Justice Service' }, source: 'real/009' },
  { text: 'Hammersmith and Fulham YJS is', expect: { place: 'Hammersmith and Fulham' }, source: 'real/019' },
);
justiceService.counterexamples.push(
  { text: 'This inspection is part of our programme of inspections across youth justice services (YJS) in England and Wales.', source: 'real/053', why: 'services in general' },
  { text: 'as part of its programme of Youth Justice Service inspections.', source: 'real/026', why: 'the programme, no place' },
  { text: 'More youth justice services (seven-out-of-ten) were rated ‘Good’ or ‘Outstanding’ in 2022', source: 'real/203', why: 'a quantifier, no place' },
);

const offendingService = youthNoun('offending-service', ['Youth Offending Service', 'Youth Offending Services'], ['YOS'], 'YOS');
offendingService.examples.push(
  { text: 'Today she published the report of a recent joint inspection of the work of Cambridgeshire Youth Offending Service (YOS).', expect: { place: 'Cambridgeshire' }, source: 'real/109' },
  { text: 'Northamptonshire Youth Offending Service rated ‘Good’', expect: { name: 'Northamptonshire Youth Offending Service' }, source: 'real/107' },
);

const offendingTeam = youthNoun('offending-team', ['Youth Offending Team', 'Youth Offending Teams'], ['YOT'], 'YOT');
offendingTeam.examples.push(
  { text: 'Medway Youth Offending Team – emerging from a period of uncertainty', expect: { name: 'Medway Youth Offending Team' }, source: 'real/078' },
  // A hyphenated place keeps its small joining words ("-on-", "-upon-"); "out-of-court" starts in lower case and is no place.
  { text: 'Stockton-on-Tees youth offending team rated ‘Outstanding’', expect: { place: 'Stockton-on-Tees' }, source: 'real/213' },
);
offendingTeam.counterexamples.push(
  { text: 'looking at the experience of seven Youth Offending Teams and six local probation clusters', source: 'real/070', why: 'a number, not a place' },
  { text: 'the work of the youth offending team on out-of-court disposals', source: 'invented (a lower-case hyphenated word)', why: 'a hyphenated word in lower case is no place' },
);

const youthAndJustice = youthNoun('youth-and-justice-service', ['Youth and Justice Service'], ['Y&JS'], 'Y&JS');
youthAndJustice.examples.push({ text: 'Leicestershire Youth and Justice Service (Y&JS) has received an overall rating of ‘Requires improvement’', expect: { name: 'Leicestershire Youth and Justice Service' }, source: 'real/284' });
youthAndJustice.counterexamples.push({ text: 'inspectors looked at how youth and justice services work together across Wales', source: 'invented (the words in general, no place)', why: 'no capitalised place before the noun' });

const childrenService = youthNoun('children-service', ['Children and Young People’s Justice Service', "Children and Young People's Justice Service"], ['CYPJS'], 'CYPJS');
childrenService.examples.push({ text: 'Leicester City Children and Young People’s Justice Service (CYPJS) rated as ‘Requires improvement’', expect: { place: 'Leicester City' }, source: 'real/054' });

const engagementService = youthNoun('engagement-service', ['Young People’s Engagement and Justice Service', "Young People's Engagement and Justice Service"], ['YPE&JS'], 'YPE&JS');
engagementService.examples.push({ text: 'rated work with children and victims in Darlington Young People’s Engagement and Justice Service (YPE&JS) across two broad areas', expect: { place: 'Darlington' }, source: 'real/065' });

const partnership = youthNoun(
  'justice-partnership',
  ['Youth Justice Partnership', 'Youth Justice Team', 'Youth Justice and Exploitation Service', 'Youth Justice and Prevention Service', 'Youth Justice and Early Intervention Service', 'Youth Justice Unit'],
  ['YJP'],
  'YJS',
);
partnership.examples.push(
  { text: 'Ceredigion Youth Justice and Prevention Service (YJPS) has received an overall rating of ‘Inadequate’', expect: { name: 'Ceredigion Youth Justice and Prevention Service' }, source: 'real/260' },
  { text: 'Reading Youth Justice and Prevention Service (YJS) has received an overall rating of ‘Inadequate’', expect: { place: 'Reading' }, source: 'real/261' },
  { text: 'Western Bay Youth Justice and Early Intervention Service was inspected in late 2018.', expect: { name: 'Western Bay Youth Justice and Early Intervention Service' }, source: 'real/272' },
  { text: 'Swansea YJS formed in 2019 following the disaggregation of Western Bay Youth Justice and Early Intervention Service (YJEIS).', expect: { place: 'Western Bay' }, source: 'real/248' },
);

export const yosFamily: FamilyExtension = {
  family: 'yos',
  describes: 'a youth offending or youth justice service',
  frameworks: [yos, youth2025],
  providers: [justiceService, offendingService, offendingTeam, youthAndJustice, childrenService, engagementService, partnership],
  signals: [
    {
      id: 'yos.service',
      phrases: ['Youth Justice Service', 'Youth Offending Service', 'Youth Offending Team', 'youth justice services', 'youth offending services', 'youth offending work', 'youth justice work', 'Young People’s Justice Service', 'Engagement and Justice Service'],
      weight: 2,
      examples: [{ text: 'An inspection of youth justice work with children and victims in Wirral', source: 'real/090' }],
    },
    { id: 'yos.abbreviation', phrases: ['YJS', 'YOS', 'YOT', 'CYPJS'], caseSensitive: true, weight: 1, examples: [{ text: 'Manchester YJS - committed and experienced staff', source: 'real/023' }] },
    { id: 'yos.children', phrases: ['work with children and victims', 'court disposals', 'out-of-court disposal', 'out-of-court disposals'], weight: 1, examples: [{ text: 'the quality of out-of-court disposal work', source: 'real/026' }] },
  ],
  areas: [
    { key: 'resettlement', name: 'Resettlement policy and provision', phrases: ['resettlement', 'resettlement work', 'resettlement policy and provision'] },
    ...organisationalAreas('Governance and leadership', 'Staff').map((a) => (a.name === 'Services' ? { ...a, key: 'services', name: 'Partnerships and services', standards: [{ id: '1.3', name: 'Partnerships and services' }] } : a)),
    { key: 'out-of-court', name: 'Out-of-court disposals', phrases: ['out-of-court disposals', 'out-of-court disposal work', 'out-of-court work'] },
    { key: 'court-disposals', name: 'Court disposals', phrases: ['court disposals', 'post-court'] },
    { key: 'victim-work', name: 'Work with victims', phrases: ['work with victims', 'victim work', 'work done with victims'] },
  ],
};
