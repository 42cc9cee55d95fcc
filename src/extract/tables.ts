/**
 * What each table of a report is, decided once from its shape and its place, so that every
 * extractor takes the tables that are its own: the contents list, the ratings table, a standard's
 * rating box, a key-question table, contextual facts, performance against targets, key data,
 * Annexe prompt tables and methodology tables.
 */
import type { Block, DocumentView, HeadingBlock, Row, TableBlock } from '../model/blocks.js';
import { annexeStart } from '../model/sections.js';
import { normaliseRating } from '../normalise/rating.js';
import { parseFraction, parseValue } from '../normalise/numbers.js';

export type TableKind =
  | 'contents'
  | 'ratings'
  | 'rating-box'
  | 'key-questions'
  | 'contextual-facts'
  | 'performance'
  | 'key-data'
  | 'annexe'
  | 'other';

export type TableKinds = Map<TableBlock, TableKind>;

export const STANDARD_ID = /^(?:Standard\s+)?(\d{1,2}\.\d{1,2})\.?$/i;
export const STANDARD_TITLE = /^(?:Standard\s+)?(\d{1,2}\.\d{1,2})\.?\s+(\S.*)$/i;

export function texts(row: Row): string[] {
  return row.cells.map((c) => c.text);
}

/** Column labels ("Previous inspection", "Current year", "All CRCs") — words, no figures. */
export function isHeaderRow(row: Row): boolean {
  const rest = texts(row).slice(1).filter(Boolean);
  return (
    rest.length > 0 &&
    rest.every((c) => !/\d+(\.\d+)?\s?%/.test(c) && parseValue(c) === null && normaliseRating(c) === null) &&
    rest.some((c) => /\b(previous|current|inspection|year|all|this|months|to date|national|england)\b/i.test(c))
  );
}

function isQuestion(text: string): boolean {
  return /\?$/.test(text.trim()) || /^(does|do|is|are|was|were|has|have|wherever|in cases|post-custody)\b/i.test(text);
}

function headingBefore(view: DocumentView, table: TableBlock): HeadingBlock | null {
  for (let i = table.index - 1; i >= 0; i--) {
    const block = view.blocks[i]!;
    if (block.type === 'heading') return block;
  }
  return null;
}

/** The first table under a heading that matches, before the next heading of its level. */
function firstTableUnder(view: DocumentView, pattern: RegExp): TableBlock | null {
  for (const heading of view.blocks) {
    if (heading.type !== 'heading' || !pattern.test(heading.text)) continue;
    for (const block of view.blocks.slice(heading.index + 1)) {
      if (block.type === 'heading' && block.depth <= heading.depth) break;
      if (block.type === 'table') return block;
    }
  }
  return null;
}

export function classifyTables(view: DocumentView): TableKinds {
  const kinds: TableKinds = new Map();
  const annexe = annexeStart(view);
  const facts = firstTableUnder(view, /^contextual facts$/i);
  const performance = firstTableUnder(view, /^performance against targets$/i);
  let ratingsFound = false;

  for (const block of view.blocks) {
    if (block.type !== 'table') continue;
    const rows = block.rows;
    let kind: TableKind = 'other';
    if (block === facts) kind = 'contextual-facts';
    else if (block === performance) kind = 'performance';
    else if (block.index > annexe) kind = 'annexe';
    else if (isContents(rows)) kind = 'contents';
    else if (!ratingsFound && isRatingsTable(rows)) {
      kind = 'ratings';
      ratingsFound = true;
    } else if (isRatingBox(rows, titleBefore(view, block) !== null)) kind = 'rating-box';
    else if (isKeyQuestionTable(rows)) kind = 'key-questions';
    else if (isKeyDataTable(rows)) kind = 'key-data';
    else if (headingBefore(view, block) && /contextual facts/i.test(headingBefore(view, block)!.text) && !facts) kind = 'contextual-facts';
    kinds.set(block, kind);
  }
  return kinds;
}

function isContents(rows: Row[]): boolean {
  const entries = rows.filter((r) => {
    const cells = texts(r).filter(Boolean);
    return cells.length === 2 && /^\d{1,3}$/.test(cells[1]!) && !/^\d/.test(cells[0]!.replace(/^\d+\.\s/, 'x'));
  });
  return entries.length >= 3 && entries.length >= rows.length - 1;
}

/** "Score 11/30", or standards listed with their ratings: "1.1 | Leadership | Good". */
export function isRatingsTable(rows: Row[]): boolean {
  const hasScore = rows.some((r) => texts(r).some((c) => /^score\b/i.test(c)) && texts(r).some((c) => parseFraction(c) !== null));
  const hasOverall = rows.some((r) => /overall\s*rating/i.test(texts(r).join('')) || /overall\s*rating/i.test(texts(r).join(' ')));
  const standardRows = rows.filter((r) => {
    const cells = texts(r);
    return (STANDARD_ID.test(cells[0] ?? '') || STANDARD_TITLE.test(cells[0] ?? '')) && cells.some((c) => normaliseRating(c) !== null || /not rated/i.test(c));
  });
  return (hasScore || hasOverall) && standardRows.length >= 3;
}

/**
 * A standard's box: "| Previous inspection | Current inspection", "2.2. Planning", "… | Inadequate |
 * Inadequate". Its title may stand just above it, outside the table (a PDF that set the title row
 * apart from the cells below it).
 */
function isRatingBox(rows: Row[], titledAbove: boolean): boolean {
  const header = rows.some((r) => texts(r).some((c) => /^(previous|current) inspection$/i.test(c)));
  const titled = titledAbove || rows.some((r) => STANDARD_TITLE.test(texts(r)[0] ?? '') || STANDARD_ID.test(texts(r)[0] ?? ''));
  const rated = rows.some((r) => texts(r).slice(1).some((c) => normaliseRating(c) !== null));
  return header && titled && rated && rows.length <= 4;
}

/** Key questions with percentages: header row first, then questions. */
function isKeyQuestionTable(rows: Row[]): boolean {
  const [header, ...body] = rows;
  if (!header || !isHeaderRow(header) || body.length === 0) return false;
  if (!texts(header).some((c) => /\b(current|previous) inspection\b/i.test(c))) return false;
  return body.every((r) => isQuestion(texts(r)[0] ?? ''));
}

/** Figures with labels under column headings ("Previous year | Current year"). */
function isKeyDataTable(rows: Row[]): boolean {
  const [header, ...body] = rows;
  if (!header || !isHeaderRow(header) || body.length === 0) return false;
  return body.every((r) => texts(r).slice(1).some((c) => parseValue(c) !== null || /^\d/.test(c)));
}

/** A standard's title set just above a table ("1.4. Information and facilities", "Standard 4.1. Unpaid work"). */
export function titleBefore(view: DocumentView, table: TableBlock): Block | null {
  const before = view.blocks[table.index - 1];
  if (!before || before.type === 'table' || before.text.length > 80) return null;
  return STANDARD_TITLE.test(before.text) ? before : null;
}

/** The title of a standard's rating box: its own title row, or the title just above it. */
export function boxTitle(view: DocumentView, box: TableBlock): { id: string; text: string; place: Block | Row } | null {
  for (const row of box.rows) {
    const first = texts(row)[0] ?? '';
    const match = STANDARD_TITLE.exec(first) ?? STANDARD_ID.exec(first);
    if (match) return { id: match[1]!, text: texts(row).filter(Boolean).join(' '), place: row };
  }
  const above = titleBefore(view, box);
  return above ? { id: STANDARD_TITLE.exec(above.text)![1]!, text: above.text, place: above } : null;
}

export function tablesOf(kinds: TableKinds, kind: TableKind): TableBlock[] {
  return [...kinds].filter(([, k]) => k === kind).map(([t]) => t);
}
