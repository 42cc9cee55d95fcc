/**
 * Colour as a second witness to a rating: the shading of a rating cell, read as the rating whose
 * colour it is in the family's palette (`ratingColours` in src/frameworks/).
 */
import type { Cell } from '../model/blocks.js';
import type { RatingColours } from '../frameworks/types.js';
import type { Rating } from '../normalise/rating.js';

/** How far (RGB distance) a shade may lie from the palette's colour: a producer's rounding, not another colour. */
const MAX_DISTANCE = 48;

export interface ColourWitness {
  rating: Rating;
  /** The cell's fill, "#rrggbb". */
  fill: string;
  /** Index of the cell among the row's cells. */
  cell: number;
}

/** The rating a fill colour stands for in the palette, or null when it is none of its colours. */
export function ratingOfColour(fill: string | null, palette: RatingColours | null): Rating | null {
  if (!fill || !palette) return null;
  const rgb = parse(fill);
  if (!rgb) return null;
  let best: Rating | null = null;
  let bestDistance = MAX_DISTANCE;
  for (const [rating, colour] of Object.entries(palette.colours) as [Rating, string][]) {
    const other = parse(colour)!;
    const distance = Math.hypot(rgb[0] - other[0], rgb[1] - other[1], rgb[2] - other[2]);
    if (distance <= bestDistance) [best, bestDistance] = [rating, distance];
  }
  return best;
}

/** The first cell of a row (from `from` on) shaded in one of the palette's rating colours. */
export function colourWitness(cells: Cell[], palette: RatingColours | null, from = 1): ColourWitness | null {
  for (let i = from; i < cells.length; i++) {
    const rating = ratingOfColour(cells[i]!.fill, palette);
    if (rating) return { rating, fill: cells[i]!.fill!, cell: i };
  }
  return null;
}

function parse(colour: string): [number, number, number] | null {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  return match ? [parseInt(match[1]!, 16), parseInt(match[2]!, 16), parseInt(match[3]!, 16)] : null;
}
