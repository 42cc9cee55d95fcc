/**
 * Paraphrases: meaning-preserving edits of a document's text, the fuzz harness's semantic
 * counterpart to its mutators. Each says the same thing another way the Inspectorate's pages do
 * — "HM" for "His Majesty’s", the speaker after the quotation, straight quotes, figures in
 * digits, paragraphs on single lines, a headline with a full stop, end matter or none — so that a
 * reading which changes under one is a reading of the wording, not of the meaning. A paraphrase
 * that finds nothing to change in a text returns it unchanged.
 */
import { CARDINAL_WORDS } from '../lexicon/numbers.js';
import { MONTHS } from '../lexicon/dates.js';
import { FILE_SIZE_UNITS } from '../lexicon/units.js';

export interface Paraphrase {
  name: string;
  apply(text: string): string;
  /** The edit takes words out (end matter with its notes): what it must keep is the recognition, not every claim. */
  removes?: boolean;
}

const HM = /\bHM Inspectorate of Probation\b/g;
const HIS = /\b(?:His|Her) Majesty[’']s Inspectorate of Probation\b/g;

/** "Martin Jones, Chief Inspector of Probation, said: “…”" as "“…,” Martin Jones, Chief Inspector of Probation, said." */
function attributionAfter(paragraph: string): string {
  const m = /^([^“”"]{3,90}?),?\s+said:\s+“([^“”]{20,})”\s*$/.exec(paragraph);
  if (!m) return paragraph;
  const body = m[2]!.trim().replace(/[.!]$/, '');
  return `“${body},” ${m[1]!.trim()} said.`;
}

const WORD_TO_DIGIT = new Map(
  Object.entries(CARDINAL_WORDS).filter(([w, n]) => n >= 2 && n <= 99 && !w.includes(' ')),
);
const MONTH = new RegExp(`^\\s+(?:${MONTHS.join('|')})\\b`, 'i');
/** A file's size ("(PDF, 16 kB)") is printed in digits, never in words: no writer's paraphrase. */
const FILE_SIZE = new RegExp(`^\\s+(?:${FILE_SIZE_UNITS.join('|')})\\b`);

/** "seven recommendations" → "7 recommendations", and back: "72 cases" → "seventy-two cases". */
function wordsToDigits(text: string): string {
  // Not the numerator of a fraction in words ("two thirds").
  return text.replace(/\b([A-Za-z]+(?:-[a-z]+)?)\b(?=\s+[a-z])(?!\s+(?:thirds?|quarters?|fifths?|tenths?|halves)\b)/g, (word) => {
    const value = WORD_TO_DIGIT.get(word.toLowerCase());
    return value === undefined ? word : String(value);
  });
}

const DIGIT_TO_WORD = new Map([...WORD_TO_DIGIT].map(([w, n]) => [n, w] as const));

function digitsToWords(text: string): string {
  return text.replace(/(?<![\d.,£/:-])\b([2-9]|[1-9]\d)\b(?![\d.,%:/-])(?=\s+[a-z])/g, (digits, _d, at: number, all: string) => {
    const after = all.slice(at + digits.length);
    if (MONTH.test(after) || FILE_SIZE.test(after)) return digits;
    return DIGIT_TO_WORD.get(Number(digits)) ?? digits;
  });
}

function paragraphs(text: string): string[] {
  return text.split(/\n/);
}

export const PARAPHRASES: readonly Paraphrase[] = [
  { name: 'hm-for-his-majestys', apply: (t) => (HIS.test(t) ? t.replace(HIS, 'HM Inspectorate of Probation') : t.replace(HM, 'His Majesty’s Inspectorate of Probation')) },
  { name: 'speaker-after-quote', apply: (t) => paragraphs(t).map(attributionAfter).join('\n') },
  { name: 'straight-quotes', apply: (t) => t.replace(/[“”]/g, '"').replace(/[‘’]/g, "'") },
  { name: 'number-words-as-digits', apply: wordsToDigits },
  { name: 'digits-as-number-words', apply: digitsToWords },
  {
    name: 'blank-lines-between-paragraphs',
    apply: (t) => (/\n\s*\n/.test(t) ? t.replace(/\n(?:[ \t]*\n)+/g, '\n') : t.replace(/\n/g, '\n\n')),
  },
  {
    name: 'headline-full-stop',
    apply: (t) => {
      const lines = t.split('\n');
      const i = lines.findIndex((l) => l.trim().length > 0 && !/^(?:Skip to content|Are you OK with cookies\?)$/.test(l.trim()));
      if (i < 0) return t;
      lines[i] = /\.\s*$/.test(lines[i]!) ? lines[i]!.replace(/\.\s*$/, '') : `${lines[i]!.trimEnd()}.`;
      return lines.join('\n');
    },
  },
  {
    name: 'without-end-matter',
    removes: true,
    apply: (t) => t.replace(/\n\s*(?:Notes? to editors?|ENDS?)\b[\s\S]*$/i, '\n'),
  },
  {
    name: 'with-end-matter',
    apply: (t) => (/\n\s*Notes? to editors?/i.test(t) ? t : `${t.trimEnd()}\n\nNotes to editors\n\n1. The report is published on the HM Inspectorate of Probation website.\n`),
  },
];
