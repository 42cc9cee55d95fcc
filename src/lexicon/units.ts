/**
 * What a figure counts: the noun after it ("9,000 … offenders", "72 cases", "10 aspects")
 * decides the claim's unit. Nouns of one class share a unit; a noun in no class counts things
 * ("eight Probation Delivery Units", "102 vacancies": unit `count`).
 */
export const UNIT_NOUNS: readonly { unit: string; nouns: readonly string[] }[] = [
  {
    unit: 'people',
    nouns: [
      'people', 'person', 'individuals', 'individual', 'offenders', 'offender', 'children', 'child', 'young people', 'young person',
      'adults', 'adult', 'women', 'woman', 'men', 'man', 'girls', 'boys', 'staff', 'staff members', 'members of staff', 'practitioners',
      'probation officers', 'officers', 'case managers', 'mentors', 'volunteers', 'workers', 'service users', 'prisoners',
      'victims', 'employees', 'trainees', 'learners', 'families', 'managers', 'leaders', 'people on probation', 'recruits',
    ],
  },
  // Court reports are reports, not cases: "We also reviewed 299 court reports" counts them (real/231, real/294).
  { unit: 'cases', nouns: ['cases', 'case', 'case files', 'case file', 'caseloads', 'caseload'] },
  { unit: 'standards', nouns: ['standards', 'standard', 'aspects', 'aspect', 'quality standards', 'ratings'] },
  { unit: 'recommendations', nouns: ['recommendations', 'recommendation'] },
  // A standard is judged by its key questions: "rated as 'Inadequate' for all three key questions" counts questions, not standards.
  { unit: 'key questions', nouns: ['key questions', 'key question'] },
  { unit: 'regions', nouns: ['regions', 'region'] },
  { unit: 'points', nouns: ['points', 'point', 'inspection points'] },
  { unit: 'years', nouns: ['years', 'year'] },
  { unit: 'months', nouns: ['months', 'month'] },
  { unit: 'weeks', nouns: ['weeks', 'week'] },
  { unit: 'days', nouns: ['days', 'day'] },
  { unit: 'hours', nouns: ['hours', 'hour'] },
];

/**
 * Nouns whose number describes the shape of a thing, not a finding: "the two counties", "two
 * broad areas" (of a framework), "The two organisations" responsible, "in two parts".
 */
export const STRUCTURE_NOUNS = ['counties', 'county', 'organisations', 'broad areas', 'parts', 'part', 'halves', 'roles', 'sections', 'chapters', 'stages', 'phases', 'tiers', 'bands', 'occasions', 'times', 'headings', 'main headings', 'columns', 'categories'] as const;

/** Words before a number that make it a name or a number of a thing ("standard 2.3", "section 7", "Outcome 22"). */
export const IDENTIFIER_BEFORE = [
  'layer', 'tier', 'band', 'level', 'phase', 'stage', 'page', 'pages', 'paragraph', 'para', 'section', 'sections', 'annexe', 'annex', 'appendix',
  'chapter', 'note', 'notes', 'Q', 'question', 'standard', 'domain', 'version', 'no.', 'number', 'round', 'part', 'outcome', 'schedule',
  'article', 'rule', 'regulation', 'clause', 'figure', 'table', 'chart', 'box', 'step', 'item', 'case study', 'recommendation', 'wave',
  'key stage', 'year', 'category', 'priority', 'room', 'tel', 'tel.', 'telephone', 'phone', 'mobile', 'fax',
] as const;

/** Words after a number that make it a size of a file ("(PDF, 751 kB)"). */
export const FILE_SIZE_UNITS = ['kB', 'KB', 'kb', 'MB', 'Mb', 'mb', 'GB', 'bytes', 'pages'] as const;

/** Words after "aged"/before "-year-olds" that make a number an age. */
export const AGE_WORDS = ['aged', 'age', 'ages', 'year-olds', 'year-old', 'years old', 'year old', 'under-', 'post-', 'over-'] as const;
