/**
 * Every table of recognition rows in one list, for counting: how many rows each recogniser has,
 * and how many real examples and counterexamples stand behind them (`npm run eval -- --rules`).
 * The generic test (test/rules.test.ts) runs the same tables.
 */
import { DATE_RULES } from '../annotate/spans/dates.js';
import { IGNORED_RULES } from '../annotate/spans/ignored.js';
import { NUMBER_RULES } from '../annotate/spans/numbers.js';
import { PEOPLE_RULES } from '../annotate/spans/people.js';
import { QUALIFIER_RULES } from '../annotate/spans/qualifiers.js';
import { POOR_RULE, RATING_RULES as RATING_SPAN_RULES } from '../annotate/spans/ratings.js';
import { KIND_SIGNALS } from '../classify/signals.js';
import { ATTRIBUTIONS } from '../extract/quotes.js';
import { CLAIM_FORMS } from '../extract/rules/claims.js';
import { HEADLINE_RULE, RATING_RULES } from '../extract/rules/ratingStatements.js';
import { FAMILIES } from '../families/index.js';
import { CHROME_RULES } from '../model/chrome.js';

interface Row {
  examples: readonly unknown[];
  counterexamples?: readonly unknown[];
}

export interface RuleTable {
  /** Where the rows live and what they recognise. */
  name: string;
  rows: readonly Row[];
}

export const RULE_TABLES: readonly RuleTable[] = [
  { name: 'spans: ignored numbers (distractors)', rows: IGNORED_RULES },
  { name: 'spans: dates', rows: DATE_RULES },
  { name: 'spans: numbers', rows: NUMBER_RULES },
  { name: 'spans: qualifiers', rows: QUALIFIER_RULES },
  { name: 'spans: ratings', rows: [...RATING_SPAN_RULES, POOR_RULE] },
  { name: 'spans: people and roles', rows: PEOPLE_RULES },
  { name: 'families: provider nouns', rows: FAMILIES.flatMap((f) => f.providers) },
  { name: 'families: signals', rows: FAMILIES.flatMap((f) => f.signals) },
  { name: 'classify: kind signals', rows: KIND_SIGNALS },
  { name: 'page chrome', rows: CHROME_RULES },
  { name: 'extract: rating statements', rows: [...RATING_RULES, HEADLINE_RULE] },
  { name: 'extract: claim forms', rows: CLAIM_FORMS },
  { name: 'extract: quote attributions', rows: ATTRIBUTIONS },
];

export interface RuleCount {
  name: string;
  rows: number;
  examples: number;
  counterexamples: number;
}

export function countRules(tables: readonly RuleTable[] = RULE_TABLES): RuleCount[] {
  return tables.map(({ name, rows }) => ({
    name,
    rows: rows.length,
    examples: rows.reduce((n, r) => n + r.examples.length, 0),
    counterexamples: rows.reduce((n, r) => n + (r.counterexamples?.length ?? 0), 0),
  }));
}
