/**
 * Numbers as documents print them: "3,075", "45.3%", "£17.7m", "£1.6 million", "13.7 days",
 * "12 weeks (approximately)", "11/30", and the phrases that mean no figure ("No data available",
 * "No comparable data available").
 */
import { CARDINAL_WORDS, cardinalValue, MULTIPLIERS } from '../lexicon/numbers.js';
import { alternation } from '../lexicon/words.js';

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
    const multiplier = money[2] ? MULTIPLIERS[money[2].toLowerCase()]! : 1;
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

/** "seven" → 7, "Seventy-two" → 72, "27" → 27, "no" → 0; null for anything else. */
export function parseCount(word: string): number | null {
  return /^no$/i.test(word) ? 0 : cardinalValue(word);
}

/** A count in words or digits, as a pattern source: the lexicon's cardinal words, or a figure. */
export const NUMBER_WORD_PATTERN = `(?:${alternation(Object.keys(CARDINAL_WORDS)).slice(3, -1)}|\\d{1,3}(?:,\\d{3})*)`;

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
