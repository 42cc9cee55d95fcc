/**
 * Tables from text positions alone. Lines are cut into segments at wide gaps; segments that wrap
 * under one another (same size, line spacing, overlapping left-right) stack into cell texts;
 * stacks whose heights overlap side by side form a band, which is a table row. A table is a run
 * of such bands close together, with the rows around them that fit its columns (a standard's
 * title row above the header, a section row spanning the table). A cell that wraps is one stack,
 * so one cell; a value centred beside a wrapped description still shares its band.
 *
 * What is not plainly a table stays prose: a region needs two side-by-side bands, or one and a
 * further row in a type size other than the body text's.
 */
import { leadingOf, sizeKey, type Typography } from './fonts.js';
import { appendLine, tidy, type WordSet } from './inline.js';
import { lineText } from './lines.js';
import type { Block, CellBox, Line, Segment, TableRowModel, Token } from './types.js';

interface Piece {
  line: Line;
  segment: Segment;
}

interface Stack {
  pieces: Piece[];
  x0: number;
  x1: number;
  /** Baselines of the first and last line. */
  top: number;
  bottom: number;
  size: number;
  bulleted: boolean;
}

interface Band {
  stacks: Stack[];
  top: number;
  bottom: number;
  /** Two or more stacks side by side: a row of a table. */
  multi: boolean;
}

interface Region {
  bands: Band[];
  /** Bands that cross the columns: rows spanning the whole table. */
  spanning: Set<Band>;
}

export interface PageTables {
  tables: Block[];
  used: Set<Line>;
  /**
   * A lone row of cells side by side that opens or closes the page: alone it is no table, but
   * it is the end or the start of one that the page break cut (`acceptEdge`).
   */
  edges: { top: EdgeRow | null; bottom: EdgeRow | null };
}

export interface EdgeRow {
  table: Block;
  lines: Line[];
}

export function findTables(lines: Line[], typography: Typography, words: WordSet): PageTables {
  const stacks = buildStacks(lines, typography);
  const bands = buildBands(stacks);
  const regions = findRegions(bands, typography);
  const tables: Block[] = [];
  const used = new Set<Line>();
  for (const region of regions) {
    const table = toTable(region, words);
    if (!table) continue;
    tables.push(table);
    for (const line of regionLines(region)) used.add(line);
  }
  const edge = (band: Band | undefined): EdgeRow | null => {
    if (!band || !band.multi || regions.some((r) => r.bands.includes(band))) return null;
    const region = { bands: [band], spanning: new Set<Band>() };
    const table = toTable(region, words);
    return table ? { table, lines: regionLines(region) } : null;
  };
  return { tables, used, edges: { top: edge(bands[0]), bottom: bands.length > 1 ? edge(bands[bands.length - 1]) : null } };
}

/** Takes a page's edge row as a table of its own (a fragment the page break cut from its table). */
export function acceptEdge(page: PageTables, edge: EdgeRow): void {
  page.tables.push(edge.table);
  for (const line of edge.lines) page.used.add(line);
}

function regionLines(region: Region): Line[] {
  return region.bands.flatMap((band) => band.stacks.flatMap((stack) => stack.pieces.map((piece) => piece.line)));
}

/** Segments that wrap under one another: same size, no more than a line space apart, overlapping. */
function buildStacks(lines: Line[], typography: Typography): Stack[] {
  const stacks: Stack[] = [];
  const open: Stack[] = [];
  for (const line of lines) {
    const taken = new Set<Stack>();
    for (const segment of line.segments) {
      let best: Stack | null = null;
      let bestDistance = Number.POSITIVE_INFINITY;
      if (!line.bullet) {
        for (const stack of open) {
          if (taken.has(stack)) continue;
          const last = stack.pieces[stack.pieces.length - 1]!;
          const distance = last.line.y - line.y;
          const limit = leadingOf(typography, segment.size) * 1.12 + 0.5;
          if (distance <= 0.5 * segment.size || distance > limit) continue;
          if (sizeKey(last.segment.size) !== sizeKey(segment.size)) continue;
          if (segment.x0 >= last.segment.x1 || segment.x1 <= last.segment.x0) continue;
          const offset = Math.abs(segment.x0 - last.segment.x0);
          if (offset < bestDistance) {
            best = stack;
            bestDistance = offset;
          }
        }
      }
      if (best) {
        best.pieces.push({ line, segment });
        best.x0 = Math.min(best.x0, segment.x0);
        best.x1 = Math.max(best.x1, segment.x1);
        best.bottom = line.y;
        taken.add(best);
      } else {
        const stack: Stack = {
          pieces: [{ line, segment }],
          x0: segment.x0,
          x1: segment.x1,
          top: line.y,
          bottom: line.y,
          size: segment.size,
          bulleted: line.bullet !== null,
        };
        stacks.push(stack);
        open.push(stack);
        taken.add(stack);
      }
    }
  }
  return stacks;
}

/** Stacks whose ink overlaps in height stand side by side: one band. */
function buildBands(stacks: Stack[]): Band[] {
  const sorted = [...stacks].sort((a, b) => b.top - a.top || a.x0 - b.x0);
  const bands: Band[] = [];
  let current: { stacks: Stack[]; low: number } | null = null;
  for (const stack of sorted) {
    const high = stack.top + 0.75 * stack.size;
    const low = stack.bottom - 0.25 * stack.size;
    if (current && high > current.low) {
      current.stacks.push(stack);
      current.low = Math.min(current.low, low);
      continue;
    }
    if (current) bands.push(band(current.stacks));
    current = { stacks: [stack], low };
  }
  if (current) bands.push(band(current.stacks));
  return bands;
}

function band(stacks: Stack[]): Band {
  const sorted = [...stacks].sort((a, b) => a.x0 - b.x0);
  let disjoint = sorted.length >= 2;
  for (let i = 1; i < sorted.length; i++) if (sorted[i]!.x0 < sorted[i - 1]!.x1 - 1) disjoint = false;
  return {
    stacks: sorted,
    top: Math.max(...sorted.map((s) => s.top)),
    bottom: Math.min(...sorted.map((s) => s.bottom)),
    multi: disjoint && !sorted.some((s) => s.bulleted),
  };
}

function findRegions(bands: Band[], typography: Typography): Region[] {
  const regions: Region[] = [];
  const claimed = new Set<Band>();
  for (let i = 0; i < bands.length; i++) {
    const seed = bands[i]!;
    if (!seed.multi || claimed.has(seed)) continue;
    const members: Band[] = [seed];
    const spanning = new Set<Band>();
    const cellSize = () => dominantSize(members);
    const maxGap = () => 2.5 * cellSize();

    // Downwards: more rows, rows that fit the columns, and rows spanning them between two rows.
    let j = i + 1;
    while (j < bands.length) {
      const previous = members[members.length - 1]!;
      const next = bands[j]!;
      if (claimed.has(next)) break;
      const gap = previous.bottom - next.top;
      // Section rows that span the table stand a little further from the row above them.
      if (gap > maxGap() && !(gap <= 1.4 * maxGap() && spansBeforeRow(next, bands[j + 1], members, claimed, cellSize(), typography))) break;
      if (next.multi) {
        members.push(next);
        j++;
        continue;
      }
      if (!rowLike(next, cellSize(), typography)) break;
      if (fits(next.stacks[0]!, columnStarts(members))) {
        members.push(next);
        j++;
        continue;
      }
      if (spansBeforeRow(next, bands[j + 1], members, claimed, cellSize(), typography)) {
        members.push(next);
        spanning.add(next);
        j++;
        continue;
      }
      break;
    }
    // Upwards: a title row or two above the first side-by-side row, when they fit its columns.
    let k = i - 1;
    while (k >= 0) {
      const first = members[0]!;
      const above = bands[k]!;
      if (claimed.has(above) || above.multi || above.bottom - first.top > maxGap()) break;
      if (!rowLike(above, cellSize(), typography) || !fits(above.stacks[0]!, columnStarts(members))) break;
      members.unshift(above);
      k--;
    }
    const multiCount = members.filter((b) => b.multi).length;
    const size = cellSize();
    const distinctFromBody = Math.abs(size - typography.bodySize) >= 0.5;
    if (multiCount >= 2 || (multiCount === 1 && members.length >= 2 && distinctFromBody)) {
      regions.push({ bands: members, spanning });
      for (const member of members) claimed.add(member);
    }
  }
  return regions;
}

/**
 * A lone stack across the columns, starting where the table starts, with a side-by-side row right
 * below it: a section row spanning the table ("Does planning focus sufficiently on …?").
 */
function spansBeforeRow(band: Band, after: Band | undefined, members: Band[], claimed: Set<Band>, cellSize: number, typography: Typography): boolean {
  if (!after || !after.multi || claimed.has(after) || !rowLike(band, cellSize, typography)) return false;
  const columns = columnStarts(members);
  const stack = band.stacks[0]!;
  // It starts where the table starts: a text cut off from a cell further right is no section row.
  if (Math.abs(stack.x0 - (columns.starts[0] ?? stack.x0)) > 4 || fits(stack, columns)) return false;
  return band.bottom - after.top <= 2.5 * cellSize;
}

/** A lone stack may be a row: the table's type size, not a bullet, not a heading, with words. */
function rowLike(band: Band, cellSize: number, typography: Typography): boolean {
  if (band.stacks.length !== 1) return false;
  const stack = band.stacks[0]!;
  if (stack.bulleted || Math.abs(stack.size - cellSize) > 0.6) return false;
  if (stack.size >= typography.bodySize + 1.5 && cellSize < typography.bodySize + 1.5) return false;
  return stack.pieces.some((p) => /[A-Za-z0-9]/.test(lineText(p.line)));
}

/** Size of most of the text in the table's side-by-side rows. */
function dominantSize(bands: Band[]): number {
  const weight = new Map<number, number>();
  for (const band of bands) {
    if (!band.multi) continue;
    for (const stack of band.stacks) weight.set(sizeKey(stack.size), (weight.get(sizeKey(stack.size)) ?? 0) + stack.pieces.length);
  }
  let best = 0;
  let bestWeight = -1;
  for (const [size, w] of weight) if (w > bestWeight) [best, bestWeight] = [size, w];
  return best;
}

/**
 * Column starts from the side-by-side rows: left edges that line up (within ~an em) are one
 * column; neighbouring groups that never share a row and overlap are one column whose cells drift
 * (right-aligned numbers, rows laid out a little differently).
 */
function columnStarts(bands: Band[], spanning: Set<Band> = new Set(), all = false): { starts: number[]; groups: Stack[][] } {
  const multi = bands.filter((b) => (all ? !spanning.has(b) : b.multi));
  const entries = multi.flatMap((b) => b.stacks.map((stack) => ({ stack, band: b }))).sort((a, b) => a.stack.x0 - b.stack.x0);
  const groups: { stacks: Stack[]; bands: Set<Band> }[] = [];
  for (const entry of entries) {
    const last = groups[groups.length - 1];
    const lastX = last ? Math.max(...last.stacks.map((s) => s.x0)) : Number.NEGATIVE_INFINITY;
    if (last && entry.stack.x0 - lastX <= 10 && !last.bands.has(entry.band)) {
      last.stacks.push(entry.stack);
      last.bands.add(entry.band);
    } else groups.push({ stacks: [entry.stack], bands: new Set([entry.band]) });
  }
  let merged = true;
  while (merged) {
    merged = false;
    for (let g = 0; g + 1 < groups.length; g++) {
      const a = groups[g]!;
      const b = groups[g + 1]!;
      const shareRow = [...a.bands].some((band) => b.bands.has(band));
      const overlap = a.stacks.some((s) => b.stacks.some((t) => s.x0 < t.x1 && t.x0 < s.x1));
      if (!shareRow && overlap) {
        a.stacks.push(...b.stacks);
        for (const band of b.bands) a.bands.add(band);
        groups.splice(g + 1, 1);
        merged = true;
        break;
      }
    }
  }
  return { starts: groups.map((g) => Math.min(...g.stacks.map((s) => s.x0))), groups: groups.map((g) => g.stacks) };
}

/** A stack fits when it stays inside the column it starts in. */
function fits(stack: Stack, columns: { starts: number[] }): boolean {
  const index = columnOf(stack, columns, new Map());
  const nextStart = columns.starts[index + 1];
  return nextStart === undefined || stack.x1 <= nextStart - 2;
}

function columnOf(stack: Stack, columns: { starts: number[] }, known: Map<Stack, number>): number {
  const direct = known.get(stack);
  if (direct !== undefined) return direct;
  let index = 0;
  columns.starts.forEach((start, i) => {
    if (start <= stack.x0 + 4) index = i;
  });
  return index;
}

function toTable(region: Region, words: WordSet): Block | null {
  // Every row but the spanning ones places columns: a title row left of the header makes a column.
  const columns = columnStarts(region.bands, region.spanning, true);
  const count = columns.starts.length;
  if (count < 2) return null;
  const known = new Map<Stack, number>();
  columns.groups.forEach((group, i) => group.forEach((stack) => known.set(stack, i)));
  const rows: TableRowModel[] = [];
  for (const band of region.bands) {
    const cells: Token[][] = Array.from({ length: count }, () => []);
    const boxes: (CellBox | null)[] = new Array(count).fill(null);
    const stacks = [...band.stacks].sort((a, b) => b.top - a.top || a.x0 - b.x0);
    for (const stack of stacks) {
      const index = region.spanning.has(band) ? 0 : columnOf(stack, columns, known);
      for (const piece of stack.pieces) appendLine(cells[index]!, piece.segment.tokens, words);
      const box = boxes[index];
      const top = stack.top + 0.7 * stack.size;
      boxes[index] = box
        ? { x0: Math.min(box.x0, stack.x0), x1: Math.max(box.x1, stack.x1), bottom: Math.min(box.bottom, stack.bottom), top: Math.max(box.top, top) }
        : { x0: stack.x0, x1: stack.x1, bottom: stack.bottom, top };
    }
    rows.push({ page: band.stacks[0]!.pieces[0]!.line.page, cells: cells.map(tidy), boxes });
  }
  const first = region.bands[0]!;
  const last = region.bands[region.bands.length - 1]!;
  const allStacks = region.bands.flatMap((b) => b.stacks);
  const anyLine = allStacks[0]!.pieces[0]!.line;
  return {
    kind: 'table',
    page: anyLine.page,
    endPage: anyLine.page,
    top: first.top,
    bottom: last.bottom,
    size: dominantSize(region.bands),
    cellSize: dominantSize(region.bands),
    font: anyLine.font,
    tokens: [],
    lastX1: Math.max(...allStacks.map((s) => s.x1)),
    x0: Math.min(...allStacks.map((s) => s.x0)),
    rows,
    columns: count,
    columnStarts: columns.starts,
  };
}
