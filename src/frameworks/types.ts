/**
 * A rating framework as data: the standards a report family is inspected against, how they are
 * numbered and named, which count toward the score, and how the score is banded into the overall
 * rating. Rules the Inspectorate has not published are `null` with the reason, so that the checks
 * that need them are skipped with that reason — never run on a guessed rule.
 */
import type { Rating } from '../normalise/rating.js';
import type { Family } from '../schema.js';

export interface StandardRule {
  /** Accepted numberings ("3.1" and "4.1" for the CRC unpaid work standard). */
  ids: string[];
  name: string;
  /** Other names the standard has gone by. */
  aliases?: RegExp[];
  domain: number;
  /** Counts toward the score. */
  scored: boolean;
  /** Rated from case key questions (the lowest key-question percentage sets the band). */
  caseBased: boolean;
  /** The rating may move one band on qualitative evidence (CRC unpaid work). */
  qualitativeModeration?: boolean;
}

/**
 * The colour each rating's cell is shaded in a ratings table, "#rrggbb", and where the palette is
 * recorded: a second witness to every rating besides its words.
 */
export interface RatingColours {
  colours: Record<Rating, string>;
  source: string;
}

export interface Band {
  min: number;
  max: number;
  rating: Rating;
}

export interface Framework {
  id: string;
  family: Family;
  name: string;
  /** Inspections published in this period use it ("YYYY-MM", inclusive); null = open. */
  from: string | null;
  until: string | null;
  standards: StandardRule[];
  /** Number of scored standards; null when unknown. */
  scoredCount: number | null;
  /** Maximum score; null when unknown. */
  maxScore: number | null;
  bands: Band[] | null;
  /** Why `bands` is null (quoted in skipped checks). */
  bandsUnknown: string | null;
  /** Why the score scale is unknown, when it is. */
  scoreUnknown: string | null;
  /** How sure the rules are, as ../shared/spec/frameworks.md grades them. */
  status: 'confirmed' | 'inferred' | 'unknown' | 'none';
  source: string;
  /** The shading of rating cells; absent where the family's palette is not recorded. */
  ratingColours?: RatingColours;
}
