/**
 * Pages set in two columns of prose (a front page, a release's body): the lines of each baseline
 * hold text of both columns, which would read across the gutter as one line, or as a table. The
 * columns are found by their gutter — a vertical strip that the lines of running text, long on
 * both sides, leave empty — and set one after the other, as the page is read: the right column's
 * lines moved under the left column's, the lines below both moved under them. Positions stay
 * page coordinates, so every later stage reads the page as one column.
 */
import { plain } from './lines.js';
import type { PageLines } from './noise.js';
import type { Line } from './types.js';

/** Both sides of the gutter hold running text: this many characters at least. */
const PROSE_CHARS = 20;
/** Lines split by the gutter before a page counts as set in columns. */
const MIN_SPLIT_LINES = 5;

export function reflowColumns(page: PageLines): PageLines {
  const gutter = findGutter(page.lines, page.width);
  if (gutter === null) return page;
  const split = page.lines.map((line) => ({ line, parts: splitAt(line, gutter) }));
  const inColumns = split.filter((s) => s.parts.right);
  const top = Math.max(...inColumns.map((s) => s.line.y));
  // The left column may run on below the right one's last line, down to the first line that is not its own.
  const rightBottom = Math.min(...inColumns.map((s) => s.line.y));
  const across = split.filter((s) => s.line.y < rightBottom - 0.5 && s.parts.left !== s.line).map((s) => s.line.y);
  const leftOnly = split.filter((s) => s.line.y < rightBottom - 0.5 && s.parts.left === s.line && s.line.y > Math.max(-Infinity, ...across));
  const bottom = Math.min(rightBottom, ...leftOnly.map((s) => s.line.y));
  const left: Line[] = [];
  const right: Line[] = [];
  const above: Line[] = [];
  const below: Line[] = [];
  for (const { line, parts } of split) {
    if (line.y > top + 0.5) above.push(line);
    else if (line.y < bottom - 0.5) below.push(line);
    else {
      if (parts.left) left.push(parts.left);
      if (parts.right) right.push(parts.right);
    }
  }
  if (left.length === 0) return page;
  // The right column goes on one line below the left column's last line, at the left column's edge.
  const pitch = typicalPitch(left);
  const lowestLeft = Math.min(...left.map((l) => l.y));
  const dy = top - lowestLeft + pitch;
  const dx = Math.min(...right.map((l) => l.x0)) - Math.min(...left.map((l) => l.x0));
  const moved = right.map((line) => shift(line, dx, dy));
  const lowestRight = Math.min(...moved.map((l) => l.y));
  const belowShift = bottom - lowestRight + pitch;
  return { ...page, lines: [...above, ...left, ...moved, ...below.map((line) => shift(line, 0, Math.max(0, belowShift)))] };
}

/**
 * The x of a gutter: where the lines of running text that start right of the middle of the page
 * mostly start (less a little), when at least MIN_SPLIT_LINES such lines stand there, as many of
 * running text end before it, and fewer lines cross it than keep to one side; null when the page
 * is one column. Lines of the two columns may share baselines or not.
 */
function findGutter(lines: Line[], width: number): number | null {
  const starts = new Map<number, number>();
  for (const line of lines) {
    for (const segment of line.segments) {
      if (segment.x0 > 0.3 * width && segment.x0 < 0.7 * width && plain(segment.tokens).length >= PROSE_CHARS) {
        const key = Math.round(segment.x0);
        starts.set(key, (starts.get(key) ?? 0) + 1);
      }
    }
  }
  let start = -1;
  let count = 0;
  for (const [x, n] of starts) if (n > count) [start, count] = [x, n];
  if (count < MIN_SPLIT_LINES) return null;
  const x = start - 2;
  let left = 0;
  let right = 0;
  let crossings = 0;
  for (const line of lines) {
    if (line.segments.some((s) => s.x0 < x - 1 && s.x1 > x + 1)) crossings++;
    const leftText = line.segments.filter((s) => s.x1 <= x).map((s) => plain(s.tokens)).join(' ');
    const rightText = line.segments.filter((s) => s.x0 >= x).map((s) => plain(s.tokens)).join(' ');
    if (leftText.length >= PROSE_CHARS) left++;
    if (rightText.length >= PROSE_CHARS) right++;
  }
  return left >= MIN_SPLIT_LINES && right >= MIN_SPLIT_LINES && crossings < Math.min(left, right) ? x : null;
}

function splitAt(line: Line, x: number): { left: Line | null; right: Line | null } {
  if (line.segments.some((s) => s.x0 < x - 1 && s.x1 > x + 1)) return { left: line, right: null };
  const leftSegments = line.segments.filter((s) => s.x1 <= x);
  const rightSegments = line.segments.filter((s) => s.x0 >= x);
  if (rightSegments.length === 0) return { left: line, right: null };
  if (leftSegments.length === 0) return { left: null, right: line };
  const part = (segments: typeof line.segments, first: boolean): Line => ({
    ...line,
    x0: Math.min(...segments.map((s) => s.x0)),
    x1: Math.max(...segments.map((s) => s.x1)),
    size: segments[0]!.size,
    font: segments[0]!.font,
    segments,
    bullet: first ? line.bullet : null,
    leadingRef: first ? line.leadingRef : null,
  });
  return { left: part(leftSegments, true), right: part(rightSegments, false) };
}

function shift(line: Line, dx: number, dy: number): Line {
  return {
    ...line,
    x0: line.x0 - dx,
    x1: line.x1 - dx,
    y: line.y - dy,
    segments: line.segments.map((s) => ({ ...s, x0: s.x0 - dx, x1: s.x1 - dx })),
  };
}

/** The most common distance between consecutive lines of a column. */
function typicalPitch(lines: Line[]): number {
  const ys = lines.map((l) => l.y).sort((a, b) => b - a);
  const counts = new Map<number, number>();
  for (let i = 1; i < ys.length; i++) {
    const d = Math.round((ys[i - 1]! - ys[i]!) * 2) / 2;
    if (d > 0) counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  let best = lines[0]?.size ? 1.2 * lines[0].size : 12;
  let bestCount = 0;
  for (const [d, n] of counts) if (n > bestCount) [best, bestCount] = [d, n];
  return best;
}

