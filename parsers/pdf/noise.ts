/**
 * Layout noise: running headers and footers (the same text at the same height on many pages,
 * page numbers allowed to vary) and lone page numbers at the head or foot of a page. A line that
 * repeats a running header word for word elsewhere on a page is the header again, out of place.
 */
import { lineText } from './lines.js';
import type { Line } from './types.js';

const PAGE_NUMBER = /^(?:page\s+)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$|^[ivxlc]{1,7}$/i;

export interface PageLines {
  number: number;
  width: number;
  height: number;
  lines: Line[];
}

export function dropNoise(pages: PageLines[]): PageLines[] {
  const running = runningTexts(pages);
  // Only a line in the outer fifth can be at a running header's height: the rest need no key.
  const kept = pages.map((page) =>
    page.lines.filter(
      (line) => !(outer(line, page.height) && running.keys.has(keyOf(line))) && !(running.texts.size > 0 && running.texts.has(normal(lineText(line)))),
    ),
  );
  // Pages that are all "running header" are pages alike (a short page printed three times): what
  // repeats is then the document itself, not the noise around it, and it stays.
  const none = kept.every((lines) => lines.length === 0);
  return pages.map((page, i) => ({ ...page, lines: dropPageNumbers(none ? page.lines : kept[i]!, page.height) }));
}

function outer(line: Line, height: number): boolean {
  return line.y <= 0.2 * height || line.y >= 0.8 * height;
}

function keyOf(line: Line): string {
  return `${Math.round(line.y / 2)}|${normal(lineText(line)).replace(/\d+/g, '#')}`;
}

function normal(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Texts at one height (in the outer fifth of the page) on at least three pages and 30% of all
 * pages. Their words, when long enough to be unmistakable, are noise wherever they stand.
 */
function runningTexts(pages: PageLines[]): { keys: Set<string>; texts: Set<string> } {
  const keys = new Set<string>();
  const texts = new Set<string>();
  if (pages.length < 3) return { keys, texts };
  const seen = new Map<string, Set<number>>();
  const sample = new Map<string, string>();
  for (const page of pages) {
    for (const line of page.lines) {
      if (!outer(line, page.height)) continue;
      const key = keyOf(line);
      const onPages = seen.get(key) ?? new Set<number>();
      onPages.add(page.number);
      seen.set(key, onPages);
      sample.set(key, normal(lineText(line)));
    }
  }
  const needed = Math.max(3, Math.ceil(0.3 * pages.length));
  for (const [key, onPages] of seen) {
    if (onPages.size < needed) continue;
    keys.add(key);
    const text = sample.get(key)!;
    if (text.length >= 20 && !/\d/.test(text)) texts.add(text);
  }
  return { keys, texts };
}

/** A number alone as the lowest or highest line, in the outer tenth of the page, is a page number. */
function dropPageNumbers(lines: Line[], height: number): Line[] {
  if (lines.length === 0) return lines;
  let lowest = lines[0]!;
  let highest = lines[0]!;
  for (const line of lines) {
    if (line.y < lowest.y) lowest = line;
    if (line.y > highest.y) highest = line;
  }
  const drop = new Set<Line>();
  if (lowest.y < 0.1 * height && PAGE_NUMBER.test(lineText(lowest))) drop.add(lowest);
  if (highest.y > 0.9 * height && PAGE_NUMBER.test(lineText(highest))) drop.add(highest);
  return drop.size ? lines.filter((line) => !drop.has(line)) : lines;
}
