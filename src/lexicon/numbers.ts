/**
 * Numbers as the documents write them in words: cardinals to 999 ("seven", "twenty-one",
 * "Seventy-two", "a hundred"), fractions ("half", "a third", "two-thirds", "three-quarters"),
 * the "N in M" and "N out of M" forms, multipliers ("million", "m", "bn"), and the ordinals that
 * are never figures ("second inspection", "third published").
 */
export const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};

export const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/** Every cardinal word form from zero to ninety-nine ("twenty-one" and "twenty one"). */
export const CARDINAL_WORDS: Record<string, number> = (() => {
  const out: Record<string, number> = { ...UNITS, ...TENS };
  for (const [ten, t] of Object.entries(TENS)) {
    for (const [unit, u] of Object.entries(UNITS)) {
      if (u === 0 || u > 9) continue;
      out[`${ten}-${unit}`] = t + u;
      out[`${ten} ${unit}`] = t + u;
    }
  }
  return out;
})();

/** "a hundred", "one hundred", "two hundred" … */
export const HUNDREDS = ['hundred'] as const;

/** Multipliers after a figure: "£17.7m", "£1.6 million", "3,000", "2bn". */
export const MULTIPLIERS: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, million: 1e6, bn: 1e9, billion: 1e9 };

/** Fractions in words, as value of denominator ("two-thirds" = 2 of 3). */
export const FRACTION_WORDS: Record<string, { value: number; of: number }> = {
  half: { value: 1, of: 2 },
  'a half': { value: 1, of: 2 },
  'one half': { value: 1, of: 2 },
  'a third': { value: 1, of: 3 },
  'one third': { value: 1, of: 3 },
  'one-third': { value: 1, of: 3 },
  'two-thirds': { value: 2, of: 3 },
  'two thirds': { value: 2, of: 3 },
  'a quarter': { value: 1, of: 4 },
  'one quarter': { value: 1, of: 4 },
  'one-quarter': { value: 1, of: 4 },
  'three-quarters': { value: 3, of: 4 },
  'three quarters': { value: 3, of: 4 },
  'a fifth': { value: 1, of: 5 },
  'one fifth': { value: 1, of: 5 },
  'one-fifth': { value: 1, of: 5 },
  'two-fifths': { value: 2, of: 5 },
  'two fifths': { value: 2, of: 5 },
  'three-fifths': { value: 3, of: 5 },
  'three fifths': { value: 3, of: 5 },
  'four-fifths': { value: 4, of: 5 },
  'four fifths': { value: 4, of: 5 },
  'a tenth': { value: 1, of: 10 },
  'one tenth': { value: 1, of: 10 },
};

/** Ordinals: an inspection's place in a series, never a figure. */
export const ORDINAL_WORDS = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth',
  'thirteenth', 'twentieth', 'last', 'latest', 'next', 'final',
] as const;

/** The value of a cardinal word or a figure ("seven" → 7, "Seventy-two" → 72, "3,075" → 3075); null otherwise. */
export function cardinalValue(text: string): number | null {
  const lower = text.toLowerCase().replace(/[‐‑–]/g, '-').replace(/\s+/g, ' ').trim();
  if (lower in CARDINAL_WORDS) return CARDINAL_WORDS[lower]!;
  const hundred = /^(a|one|two|three|four|five|six|seven|eight|nine) hundred(?:(?: and)? (.+))?$/.exec(lower);
  if (hundred) {
    const head = hundred[1] === 'a' ? 1 : UNITS[hundred[1]!]!;
    const rest = hundred[2] ? cardinalValue(hundred[2]) : 0;
    return rest === null ? null : head * 100 + rest;
  }
  const digits = lower.replace(/,(?=\d{3}\b)/g, '');
  return /^\d+(?:\.\d+)?$/.test(digits) ? Number(digits) : null;
}
