/**
 * A recogniser is a table of rules, and a rule is a row of data: the pattern it matches (compiled
 * from the lexicon), how it reads a match, and the real sentences it was written from — examples
 * it must read, counterexamples it must leave alone. One generic test (test/rules.test.ts) runs
 * every row's examples and counterexamples through the recogniser the row belongs to.
 */
import { execAll } from '../lexicon/words.js';

/** An example: a sentence (verbatim from a real document, named in `source`) and what the rule reads from it. */
export interface Example<Out> {
  text: string;
  /** What the rule's output must contain (a partial match); omitted = the rule fires. */
  expect?: Partial<Out>;
  /** Where the sentence comes from: "real/046" (test/fixtures/real/docs/046.txt), "seed/002", or "invented" with a reason. */
  source: string;
  /** The example is a whole document: `text` is its path from the project's root (a structure signal such as a ratings table). */
  document?: boolean;
}

/** A counterexample: a sentence the rule must not fire on. */
export interface Counterexample {
  text: string;
  source: string;
  /** Why it must not fire. */
  why?: string;
}

export interface Rule<Out, In = string, Expect = Out> {
  /** Stable id, "<recogniser>.<form>": used in warnings and evidence, and by the tests. */
  id: string;
  /** What the rule produces ("span:number", "rating", "claim", "signal:press-release" …). */
  produces: string;
  pattern: RegExp;
  /**
   * The pattern is matched on the text's number shape (src/annotate/spans/patterns.ts), not on the
   * text: its match and groups are read back from the text at the same offsets.
   */
  shaped?: boolean;
  /**
   * A cheap test the text must pass before the pattern is tried: words without which the pattern
   * cannot match (the generic test runs every example through it, so a cue too narrow fails there).
   */
  cue?: RegExp;
  /** Reads one match into an output, or null when the match is not what the rule means. */
  read: (match: RegExpExecArray, input: In) => Out | null;
  /** What the recogniser reads from each example (for a row of spans, the span; for a row of a larger recogniser, its output). */
  examples: Example<Expect>[];
  counterexamples: Counterexample[];
}

/** An output with the id of the rule that made it. */
export type Ruled<Out> = Out & { rule: string };

/** A recogniser: its rules, and how it runs them on an input (the runner the generic test calls). */
export interface Recogniser<Out, In = string> {
  name: string;
  rules: readonly Rule<Out, In>[];
  /** Runs the whole recogniser on a text, as the pipeline does; each output names its rule. */
  run: (text: string) => Ruled<Out>[];
}

/** Every match of a rule in a text (the rule's pattern must be global). */
export function matchesOf<Out, In, E>(rule: Rule<Out, In, E>, text: string, input: In, on: string = text): Ruled<Out>[] {
  const out: Ruled<Out>[] = [];
  if (rule.cue && !rule.cue.test(text)) return out;
  for (const match of execAll(rule.pattern, on)) {
    const read = rule.read(on === text ? match : readBack(match, text), input);
    if (read !== null) out.push({ ...read, rule: rule.id });
  }
  return out;
}

/** A match made on another string of the same length (a number shape), as the text reads at its offsets. */
function readBack(match: RegExpExecArray, text: string): RegExpExecArray {
  const indices = match.indices;
  if (!indices) throw new Error('a pattern matched on a number shape needs the d flag (onShape)');
  const out = indices.map((at) => (at ? text.slice(at[0], at[1]) : undefined)) as unknown as RegExpExecArray;
  out.index = match.index;
  out.input = text;
  out.indices = indices;
  return out;
}
