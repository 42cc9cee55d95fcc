/** Qualifiers of a figure ("more than", "almost", "an average of"), from the lexicon. */
import { QUALIFIERS } from '../../lexicon/qualifiers.js';
import { compile, keyOf, words } from '../../lexicon/words.js';
import type { Recogniser, Rule } from '../../rules/types.js';
import type { QualifierSpan } from '../types.js';
import { runRules } from './run.js';

type Out = Omit<QualifierSpan, 'rule'>;

const BY_FORM = new Map(QUALIFIERS.flatMap((q) => q.forms.map((f) => [keyOf(f), q.qualifier] as const)));

export const QUALIFIER_RULES: Rule<Out>[] = [
  {
    id: 'qualifier.phrase',
    produces: 'span:qualifier',
    pattern: compile(words(QUALIFIERS.flatMap((q) => q.forms)), 'giu'),
    read: (m) => {
      const qualifier = BY_FORM.get(keyOf(m[0]));
      return qualifier ? { type: 'qualifier', qualifier, start: m.index, end: m.index + m[0].length, text: m[0] } : null;
    },
    examples: [
      { text: 'The CRC manages more than 3,000 low and medium-risk offenders.', expect: { qualifier: 'more than' }, source: 'real/003' },
      { text: 'in just over half of all cases inspected', expect: { qualifier: 'just over' }, source: 'real/005' },
      { text: 'frontline probation staff were responsible for an average of 58 cases each', expect: { qualifier: 'average' }, source: 'real/011' },
      { text: 'caseloads should not exceed 50.', expect: { qualifier: 'not exceed' }, source: 'real/038' },
    ],
    counterexamples: [],
  },
];

export const qualifierRecogniser: Recogniser<Out> = { name: 'qualifiers', rules: QUALIFIER_RULES, run: (text) => runRules(QUALIFIER_RULES, text) };
