/**
 * Numbers as documents print them: "3,075", "45.3%", "£17.7m", "£1.6 million", "13.7 days",
 * "12 weeks (approximately)", "11/30", and the phrases that mean no figure ("No data available",
 * "No comparable data available").
 */
export type Unit = 'count' | 'percent' | 'gbp' | 'days' | 'weeks' | 'rate' | 'other';

export interface ParsedValue {
  value: number | null;
  unit: Unit;
  /** The text as printed. */
  display: string;
  /** Words around the figure that qualify it ("approximately"). */
  qualifier: string | null;
}

const MISSING = /^(?:no (?:comparable )?data(?: available)?|n\/?a|not available|–|-|—)$/i;
const MULTIPLIER: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, million: 1e6, bn: 1e9, billion: 1e9 };

export function parseNumber(text: string): number | null {
  const cleaned = text.replace(/,(?=\d{3}\b)/g, '').trim();
  if (!/^-?\d+(?:\.\d+)?$/.test(cleaned)) return null;
  return Number(cleaned);
}

/** A cell or phrase that is one value (with unit), a "no data" phrase (value null), or null. */
export function parseValue(text: string): ParsedValue | null {
  const display = text.replace(/\s+/g, ' ').trim();
  if (MISSING.test(display)) return { value: null, unit: 'other', display, qualifier: null };
  const money = /^£\s?(\d[\d,]*(?:\.\d+)?)\s?(k|m|bn|thousand|million|billion)?$/i.exec(display);
  if (money) {
    const base = parseNumber(money[1]!);
    if (base === null) return null;
    const multiplier = money[2] ? MULTIPLIER[money[2].toLowerCase()]! : 1;
    return { value: round(base * multiplier), unit: 'gbp', display, qualifier: null };
  }
  const measured = /^(\d[\d,]*(?:\.\d+)?)\s?(%|per cent|days?|weeks?)?(?:\s*\(([^)]*)\))?$/i.exec(display);
  if (measured) {
    const value = parseNumber(measured[1]!);
    if (value === null) return null;
    const unitWord = (measured[2] ?? '').toLowerCase();
    const unit: Unit = unitWord === '%' || unitWord === 'per cent' ? 'percent' : unitWord.startsWith('day') ? 'days' : unitWord.startsWith('week') ? 'weeks' : 'count';
    return { value, unit, display, qualifier: measured[3]?.trim() || null };
  }
  return null;
}

/** "11/30", "Score 11/30", "1 of 27": a score as value and maximum. */
export function parseFraction(text: string): { value: number; max: number } | null {
  const match = /(\d{1,2})\s?(?:\/|out of|of)\s?(\d{1,2})\b/.exec(text);
  if (!match) return null;
  const value = Number(match[1]);
  const max = Number(match[2]);
  return value <= max ? { value, max } : null;
}

const NUMBER_WORDS: Record<string, number> = {
  zero: 0, no: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, 'twenty-one': 21, 'twenty-four': 24, 'twenty-seven': 27, thirty: 30, 'thirty-six': 36,
};

/** "seven" → 7, "27" → 27; null for anything else. */
export function parseCount(word: string): number | null {
  const lower = word.toLowerCase();
  if (lower in NUMBER_WORDS) return NUMBER_WORDS[lower]!;
  return parseNumber(word);
}

export const NUMBER_WORD_PATTERN = `(?:${Object.keys(NUMBER_WORDS).filter((w) => w !== 'no').join('|')}|\\d{1,3}(?:,\\d{3})*)`;

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
