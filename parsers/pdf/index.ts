/**
 * PDF → mdast, from pdf.js positioned text items (no operator lists: text positions, sizes and
 * font ids say enough, and cost no more than reading the text). The stages:
 *
 *   load      pdf.js text items per page, errors as HmipError            (load.ts)
 *   lines     baselines, raised footnote markers, bullets, cell gaps      (lines.ts)
 *   noise     running headers/footers, page numbers                       (noise.ts)
 *   columns   a page set in two columns of prose read one after the other (columns.ts)
 *   fonts     body size and font, line spacing per size                   (fonts.ts)
 *   per page  footnotes at the foot, contents list, tables, prose          (footnotes, contents, tables, prose)
 *   join      paragraphs, items and tables across page breaks             (join.ts)
 *   endnotes  numbered notes under a closing "Footnotes" heading            (endnotes.ts)
 *   mdast     nodes with data.page                                        (mdast.ts)
 */
import type { Root } from 'mdast';
import { errors } from '../../src/errors.js';
import { reflowColumns } from './columns.js';
import { findContents } from './contents.js';
import { measureTypography, sizeKey, type Typography } from './fonts.js';
import { endnotesToFootnotes } from './endnotes.js';
import { splitFootnotes } from './footnotes.js';
import { shadeCells, wantsShading } from './fills.js';
import { collectWords, TERMINAL, textOf, type WordSet } from './inline.js';
import { joinBlocks } from './join.js';
import { buildLines, lineText } from './lines.js';
import { loadPdf } from './load.js';
import { toMdast } from './mdast.js';
import { dropNoise, type PageLines } from './noise.js';
import { buildProse, type FlowItem, type Margins } from './prose.js';
import { acceptEdge, findTables, type PageTables } from './tables.js';
import type { Block, Line } from './types.js';

export interface PdfLimits {
  maxPages?: number;
}

/** A page with this many body-size lines shows where its text ends. */
const FULL_PAGE_LINES = 15;

/** Below this many characters per page on average, the pages are images, not text. */
const MIN_CHARS_PER_PAGE = 8;

export async function parsePdf(bytes: Uint8Array, path: string, limits: PdfLimits = {}): Promise<Root> {
  // Each page's lines are built as soon as pdf.js has read it, while it reads the next; once all
  // are read, the pages are laid out as far as their tables, and the pages whose tables want their
  // cells' shading have their shapes read too.
  const built: PageLines[] = [];
  let layout: Layout | null = null;
  const loaded = await loadPdf(
    bytes,
    path,
    limits,
    (page) => built.push({ number: page.number, width: page.width, height: page.height, lines: buildLines(page) }),
    () => {
      layout = layOut(built);
      return shadedPages(layout);
    },
  );
  const pageCount = loaded.pages.length;
  const chars = loaded.pages.reduce((sum, page) => sum + page.items.reduce((n, item) => n + item.text.length, 0), 0);
  if (pageCount > 0 && chars < MIN_CHARS_PER_PAGE * pageCount) throw errors.noTextLayer(path, pageCount);
  const { laid, typography, words, marginOf } = layout ?? layOut(built);
  const pageOf = (page: number) => loaded.pages[page - 1];
  for (const { tables } of laid) for (const table of tables.tables) shadeCells(table, pageOf);

  const blocks: Block[] = [];
  for (const { page, footnotes, contents, rest, tables } of laid) {
    const flow: FlowItem[] = [
      ...rest.filter((line) => !tables.used.has(line)).map((line) => ({ line })),
      ...[...contents.tables, ...tables.tables].map((block) => ({ block })),
    ].sort((a, b) => topOf(b) - topOf(a));
    blocks.push(...buildProse(flow, typography, words, marginOf(page.number)), ...footnotes);
  }

  const joined = endnotesToFootnotes(joinBlocks(blocks, { words, bodySize: typography.bodySize, rightMargin: (page) => marginOf(page).right }));
  promoteBodyHeadings(joined, typography);
  assignDepths(joined);
  return {
    type: 'root',
    children: toMdast(joined),
    data: { meta: { pages: pageCount, title: loaded.title } },
  };
}

interface LaidPage {
  page: PageLines;
  footnotes: Block[];
  contents: ReturnType<typeof findContents>;
  rest: Line[];
  tables: PageTables;
}

interface Layout {
  laid: LaidPage[];
  typography: Typography;
  words: WordSet;
  marginOf: (page: number) => Margins;
}

/** The pages without noise, in reading order, as far as their footnotes, contents lists and tables. */
function layOut(built: PageLines[]): Layout {
  const pages: PageLines[] = dropNoise(built).map(reflowColumns);
  const typography = measureTypography(pages.map((p) => p.lines));
  const words = collectWords(pages.flatMap((p) => p.lines.map(lineText)));
  const margins = bodyMargins(pages, typography);
  const marginOf = (page: number): Margins => ({ left: margins.left, right: margins.right.get(page) ?? margins.fallback });

  const laid: LaidPage[] = pages.map((page) => {
    const lines = [...page.lines].sort((a, b) => b.y - a.y || a.x0 - b.x0);
    const { body, footnotes } = splitFootnotes(lines, typography.bodySize, words);
    const contents = findContents(body);
    const rest = body.filter((line) => !contents.used.has(line));
    return { page, footnotes, contents, rest, tables: findTables(rest, typography, words) };
  });
  // A lone row of cells at a page's foot or head is the end or start of a table the page break
  // cut, when the page on the other side of the break goes on with a table.
  laid.forEach((page, i) => {
    const { top, bottom } = page.tables.edges;
    if (bottom && i + 1 < laid.length && (startsWithTable(laid[i + 1]) || laid[i + 1]!.tables.edges.top)) acceptEdge(page.tables, bottom);
    if (top && i > 0 && endsWithTableRows(laid[i - 1])) acceptEdge(page.tables, top);
  });
  return { laid, typography, words, marginOf };
}

/**
 * The pages holding a table whose cells' shading is wanted, and the pages its page break may have
 * cut it onto: the page before when the table opens its page, the page after when it ends it.
 */
function shadedPages(layout: Layout): number[] {
  const pages = new Set<number>();
  layout.laid.forEach((page, i) => {
    for (const table of page.tables.tables) {
      if (!wantsShading(table)) continue;
      pages.add(page.page.number);
      if (startsWithTable(page) && i > 0 && endsWithTableRows(layout.laid[i - 1])) pages.add(layout.laid[i - 1]!.page.number);
      if (endsWithTableRows(page) && startsWithTable(layout.laid[i + 1])) pages.add(layout.laid[i + 1]!.page.number);
    }
  });
  return [...pages].sort((a, b) => a - b);
}

/** The page's first body line is a table's. */
function startsWithTable(page: LaidPage | undefined): boolean {
  const first = page?.rest[0];
  return !!first && page!.tables.used.has(first);
}

/** The page's last body line is a table's. */
function endsWithTableRows(page: LaidPage | undefined): boolean {
  const last = page?.rest[page.rest.length - 1];
  return !!last && page!.tables.used.has(last);
}

function topOf(item: FlowItem): number {
  return 'line' in item ? item.line.y : item.block.top;
}

/**
 * Where body text stands: it starts where most body-size lines start in the whole document (a
 * page of bullets must not move it), and ends on each page at the right end of its longest
 * body-size line (or, on a page with little text, where it ends in most of the document).
 */
function bodyMargins(pages: PageLines[], typography: Typography): { left: number; right: Map<number, number>; fallback: number } {
  const starts = new Map<number, number>();
  const right = new Map<number, number>();
  const ends: number[] = [];
  const full = new Set<number>();
  for (const page of pages) {
    let pageRight = 0;
    let count = 0;
    for (const line of page.lines) {
      if (Math.abs(line.size - typography.bodySize) > 0.6) continue;
      pageRight = Math.max(pageRight, line.x1);
      count++;
      ends.push(line.x1);
      const key = Math.round(line.x0 * 2) / 2;
      starts.set(key, (starts.get(key) ?? 0) + 1);
    }
    if (pageRight > 0) right.set(page.number, pageRight);
    if (count >= FULL_PAGE_LINES) full.add(page.number);
  }
  let left = 0;
  let best = -1;
  for (const [x, count] of starts) if (count > best) [left, best] = [x, count];
  ends.sort((a, b) => a - b);
  const fallback = ends[Math.floor(0.98 * (ends.length - 1))] ?? 0;
  // A page of a few short lines says little about where its text would end; a full page (a column's width) does.
  for (const [page, value] of right) if (value < 0.8 * fallback && !full.has(page)) right.set(page, fallback);
  return { left, right, fallback };
}

/**
 * A line set apart in a heading font at body size ("Service user involvement" in bold) is a
 * heading when it reads like one: short, capitalised, not a sentence or a lead-in.
 */
function promoteBodyHeadings(blocks: Block[], typography: Typography): void {
  for (const block of blocks) {
    if (block.kind !== 'paragraph' || block.top !== block.bottom) continue;
    if (block.font === typography.bodyFont || !typography.headingFonts.has(block.font)) continue;
    if (Math.abs(block.size - typography.bodySize) > 0.6) continue;
    const text = textOf(block.tokens);
    if (text.length > 80 || TERMINAL.test(text) || /[,–-]$/.test(text) || !/^[A-Z0-9]/.test(text)) continue;
    block.kind = 'heading';
  }
}

/**
 * Depth from size: a heading that opens the document in its largest type is its title (depth 1);
 * the other headings take depths 2, 3, … by size, largest first.
 */
function assignDepths(blocks: Block[]): void {
  const headings = blocks.filter((b) => b.kind === 'heading');
  if (headings.length === 0) return;
  const firstContent = blocks.find((b) => b.kind !== 'footnote');
  const largest = Math.max(...headings.map((h) => sizeKey(h.size)));
  const title = firstContent?.kind === 'heading' && sizeKey(firstContent.size) === largest ? firstContent : null;
  const sizes = [...new Set(headings.filter((h) => h !== title).map((h) => sizeKey(h.size)))].sort((a, b) => b - a);
  // Where one size sets both "2. Case supervision" and "2.3. Implementation", the numbering nests.
  const topNumbered = new Set(headings.filter((h) => /^\d{1,2}\.?\s/.test(textOf(h.tokens))).map((h) => sizeKey(h.size)));
  for (const heading of headings) {
    if (heading === title) {
      heading.depth = 1;
      continue;
    }
    const nested = /^\d{1,2}(?:\.\d{1,2})+\.?\s/.exec(textOf(heading.tokens));
    const extra = nested && topNumbered.has(sizeKey(heading.size)) ? nested[0].trim().replace(/\.$/, '').split('.').length - 1 : 0;
    heading.depth = Math.min(6, 2 + sizes.indexOf(sizeKey(heading.size)) + extra);
  }
}
