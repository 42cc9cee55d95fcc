/** The frameworks, and the choice of the one a document was inspected under. */
import type { Family } from '../schema.js';
import { crc } from './crc.js';
import { nps } from './nps.js';
import { pdu2021, pdu2023 } from './pdu.js';
import { regional } from './regional.js';
import { thematic } from './thematic.js';
import type { Framework, StandardRule } from './types.js';
import { yos, youth2025 } from './yos.js';

export const FRAMEWORKS: Framework[] = [crc, nps, yos, youth2025, pdu2021, pdu2023, regional, thematic];

export interface FrameworkHints {
  /** "YYYY-MM" or "YYYY-MM-DD". */
  published?: string | null;
  /** The maximum of the stated score ("/27"). */
  scoreMax?: number | null;
  /** How many standards the ratings table lists. */
  standardCount?: number | null;
}

/**
 * The framework of a family that fits the document: by its stated score maximum where that
 * decides, else by publication date, else the family's earliest.
 */
export function frameworkFor(family: Family, hints: FrameworkHints = {}): Framework | null {
  const candidates = FRAMEWORKS.filter((f) => f.family === family);
  if (candidates.length === 0) return null;
  if (hints.scoreMax) {
    const byMax = candidates.filter((f) => f.maxScore === hints.scoreMax);
    if (byMax.length === 1) return byMax[0]!;
  }
  if (hints.standardCount) {
    const byCount = candidates.filter((f) => f.standards.length === hints.standardCount);
    if (byCount.length === 1) return byCount[0]!;
  }
  const month = hints.published?.slice(0, 7);
  if (month) {
    const byDate = candidates.filter((f) => (!f.from || f.from <= month) && (!f.until || month <= f.until));
    if (byDate.length >= 1) return byDate[byDate.length - 1]!;
  }
  return candidates[0]!;
}

function key(text: string): string {
  return text.toLowerCase().replace(/[^a-z]+/g, ' ').trim();
}

/** The framework's rule for a standard, by its number or its name. */
export function standardRule(framework: Framework, id: string, name: string): StandardRule | null {
  const byName = framework.standards.filter((s) => key(s.name) === key(name) || s.aliases?.some((a) => a.test(name)));
  const byId = framework.standards.filter((s) => s.ids.includes(id));
  const both = byName.find((s) => byId.includes(s));
  return both ?? byName[0] ?? byId[0] ?? null;
}

export type { Band, Framework, StandardRule } from './types.js';
