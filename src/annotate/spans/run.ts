/** Running a span recogniser's rules on a sentence: every rule, every match, in order. */
import { matchesOf, type Rule, type Ruled } from '../../rules/types.js';
import { numberShape } from './patterns.js';

export function runRules<Out>(rules: readonly Rule<Out>[], text: string): Ruled<Out>[] {
  return rules.flatMap((rule) => matchesOf(rule, text, text, rule.shaped ? numberShape(text) : text));
}
