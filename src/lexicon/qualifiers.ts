/**
 * Words before a figure that qualify it ("more than 3,000", "almost 70 per cent", "just over
 * half"), each with the form the output gives it. Verify compares a claimed figure with the
 * report's under its qualifier (src/verify/qualifier.ts).
 */
export const QUALIFIERS: readonly { forms: readonly string[]; qualifier: string }[] = [
  { forms: ['more than', 'greater than', 'higher than'], qualifier: 'more than' },
  { forms: ['over'], qualifier: 'over' },
  { forms: ['just over', 'slightly over', 'just more than', 'slightly more than'], qualifier: 'just over' },
  { forms: ['almost'], qualifier: 'almost' },
  { forms: ['nearly'], qualifier: 'nearly' },
  { forms: ['around'], qualifier: 'around' },
  { forms: ['about'], qualifier: 'about' },
  { forms: ['approximately', 'approx.', 'circa'], qualifier: 'approximately' },
  { forms: ['roughly'], qualifier: 'roughly' },
  { forms: ['some'], qualifier: 'some' },
  { forms: ['up to'], qualifier: 'up to' },
  { forms: ['at least'], qualifier: 'at least' },
  { forms: ['fewer than'], qualifier: 'fewer than' },
  { forms: ['less than', 'lower than'], qualifier: 'less than' },
  { forms: ['under'], qualifier: 'under' },
  { forms: ['just under', 'slightly under', 'just below', 'slightly below'], qualifier: 'just under' },
  { forms: ['no more than'], qualifier: 'no more than' },
  { forms: ['no fewer than'], qualifier: 'no fewer than' },
  { forms: ['no less than'], qualifier: 'no less than' },
  { forms: ['only', 'merely'], qualifier: 'only' },
  { forms: ['just'], qualifier: 'just' },
  { forms: ['not exceed', 'not be more than'], qualifier: 'not exceed' },
  { forms: ['an average of', 'average of', 'on average'], qualifier: 'average' },
];
