/**
 * What the document's typography says, measured once over all pages: the body text's size and
 * font (the most common by characters), the line spacing of each size (to tell a wrapped line
 * from a new paragraph or table row), and which fonts also set headings (so a body-size line in
 * such a font can be a heading too).
 */
import { lineText } from './lines.js';
import type { Line } from './types.js';

export interface Typography {
  bodySize: number;
  bodyFont: string;
  /** Usual baseline-to-baseline distance of wrapped lines, by size rounded to 0.5. */
  leading: Map<number, number>;
  /** Fonts used for lines clearly larger than body text. */
  headingFonts: Set<string>;
}

export function sizeKey(size: number): number {
  return Math.round(size * 2) / 2;
}

export function measureTypography(pages: Line[][]): Typography {
  const bySize = new Map<number, number>();
  const byFont = new Map<string, number>();
  for (const lines of pages) {
    for (const line of lines) {
      const chars = lineText(line).length;
      bySize.set(sizeKey(line.size), (bySize.get(sizeKey(line.size)) ?? 0) + chars);
      byFont.set(`${line.font}|${sizeKey(line.size)}`, (byFont.get(`${line.font}|${sizeKey(line.size)}`) ?? 0) + chars);
    }
  }
  const bodySize = argmax(bySize) ?? 12;
  let bodyFont = '';
  let best = -1;
  for (const [key, chars] of byFont) {
    const [font, size] = key.split('|');
    if (Number(size) === bodySize && chars > best) {
      bodyFont = font!;
      best = chars;
    }
  }
  const headingFonts = new Set<string>();
  for (const lines of pages) for (const line of lines) if (line.size >= bodySize + 1.5) headingFonts.add(line.font);
  return { bodySize, bodyFont, leading: measureLeading(pages), headingFonts };
}

/**
 * For each size, the most common distance between consecutive lines that start at the same x:
 * the spacing of wrapped lines, which paragraph and row gaps exceed.
 */
function measureLeading(pages: Line[][]): Map<number, number> {
  const counts = new Map<number, Map<number, number>>();
  for (const lines of pages) {
    const sorted = [...lines].sort((a, b) => b.y - a.y);
    for (let i = 0; i < sorted.length; i++) {
      const line = sorted[i]!;
      // The next line below at the same left edge and size, within two line heights.
      for (let j = i + 1; j < sorted.length; j++) {
        const next = sorted[j]!;
        const distance = line.y - next.y;
        if (distance > 2.2 * line.size) break;
        if (Math.abs(next.x0 - line.x0) < 1 && sizeKey(next.size) === sizeKey(line.size) && distance > 0.8 * line.size) {
          const key = sizeKey(line.size);
          const bucket = counts.get(key) ?? new Map<number, number>();
          const d = Math.round(distance * 10) / 10;
          bucket.set(d, (bucket.get(d) ?? 0) + 1);
          counts.set(key, bucket);
          break;
        }
      }
    }
  }
  const leading = new Map<number, number>();
  for (const [size, bucket] of counts) {
    const mode = argmax(bucket);
    if (mode !== null) leading.set(size, mode);
  }
  return leading;
}

/** Spacing of wrapped lines of this size: measured where the document has enough of them. */
export function leadingOf(typography: Typography, size: number): number {
  const measured = typography.leading.get(sizeKey(size));
  return measured && measured < 1.6 * size ? measured : 1.2 * size;
}

function argmax<K>(map: Map<K, number>): K | null {
  let best: K | null = null;
  let bestValue = -1;
  for (const [key, value] of map) {
    if (value > bestValue) {
      best = key;
      bestValue = value;
    }
  }
  return best;
}
