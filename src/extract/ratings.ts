/**
 * A report's ratings: the ratings table (overall rating, score, every standard), each standard's
 * previous rating from its rating box, and its key questions from the key-question table that
 * follows the box. Tables from PDF extraction are ragged ("Ove | rall rating", clipped header
 * cells, icon glyphs after "Outstanding"), so rows are read by what their cells are, not where.
 */
import { evidence, rowText, type Block, type Row, type TableBlock } from '../model/blocks.js';
import { frameworkFor, standardRule } from '../frameworks/index.js';
import { parseCount, parseFraction, parseValue } from '../normalise/numbers.js';
import { normaliseRating, type Rating } from '../normalise/rating.js';
import type { KeyQuestion, Ratings, Standard } from '../schema.js';
import type { ExtractContext } from './context.js';
import type { RatingColours } from '../frameworks/types.js';
import { colourWitness, type ColourWitness } from './colours.js';
import { boxTitle, STANDARD_ID, STANDARD_TITLE, tablesOf, texts } from './tables.js';

export function extractRatingsTable(ctx: ExtractContext): Ratings | null {
  const [table] = tablesOf(ctx.tables, 'ratings');
  if (!table) return null;

  let overall: Ratings['overall'] = null;
  let score: Ratings['score'] = null;
  const standards: Standard[] = [];
  const domains = new Map<number, string>();
  // The family's rating colours: a cell's shading is a second witness to its words.
  const palette = frameworkFor(ctx.family)?.ratingColours ?? null;

  // A ratings table the page break cut so badly that the parser could not join its parts: the
  // part that goes on is read as ratings rows all the same, never lost, with a warning naming its page.
  const continuations = cutOffParts(ctx, table);
  for (const part of continuations) {
    ctx.messages.warn(
      `The ratings table continues on page ${part.page ?? '?'} in a table of another shape that could not be joined to it; its rows were read as the ratings table's.`,
      part,
      'ratings',
    );
  }

  for (const row of [...table.rows, ...continuations.flatMap((part) => part.rows)]) {
    const cells = texts(row);
    const joined = cells.join('');
    if (!score) {
      const scoreCell = cells.findIndex((c) => /^score\b/i.test(c));
      if (scoreCell >= 0) {
        const fraction = cells.slice(scoreCell).map(parseFraction).find(Boolean);
        if (fraction) score = { ...fraction, evidence: evidence(row, `Score ${fraction.value}/${fraction.max}`) };
      }
    }
    if (/overall\s*rating/i.test(joined) || /overall\s*rating/i.test(cells.join(' '))) {
      if (overall) continue;
      const index = cells.findIndex((c) => normaliseRating(c) !== null);
      const witness = colourWitness(row.cells, palette);
      const read = crossCheck(ctx, 'The overall rating', index >= 0 ? normaliseRating(cells[index]!) : null, index >= 0 ? cells[index]! : (witness ? cells[witness.cell]! : null), witness, row);
      if (read.rating) overall = { rating: read.rating, evidence: evidence(row, `Overall rating ${index >= 0 ? cells[index] : read.rating}`), colour: read.colour };
      continue;
    }
    const standard = readStandardRow(row, palette);
    if (standard) {
      const domain = Number(standard.id.split('.')[0]);
      const read = crossCheck(ctx, `Standard ${standard.id} ${standard.name}`, standard.rating, standard.ratingText, standard.witness, row);
      if (read.rating === null) ctx.messages.warn(`Standard ${standard.id} ${standard.name} has no rating in the ratings table.`, row, 'ratings');
      standards.push({
        id: standard.id,
        domain,
        name: standard.name,
        rating: read.rating,
        ratingColour: read.colour,
        previousRating: null,
        scored: true,
        keyQuestions: [],
        announcedKeyQuestions: null,
        evidence: evidence(row, rowText(row)),
        previousEvidence: null,
      });
      continue;
    }
    const domain = /^(\d)\.?$/.exec(cells[0] ?? '');
    if (domain && cells[1]) domains.set(Number(domain[1]), cells[1]);
  }

  if (!overall) ctx.messages.warn('The ratings table states no overall rating.', table, 'ratings');
  if (!score) ctx.messages.warn('The ratings table states no score.', table, 'ratings');

  const framework = frameworkFor(ctx.family, { published: null, scoreMax: score?.max ?? null, standardCount: standards.length });
  for (const standard of standards) {
    const rule = framework ? standardRule(framework, standard.id, standard.name) : null;
    standard.scored = rule ? rule.scored : true;
    if (rule && rule.domain !== standard.domain && !rule.ids.includes(standard.id)) {
      ctx.messages.warn(`Standard ${standard.id} ${standard.name} does not match the ${framework!.name} numbering.`, null, 'ratings');
    }
  }

  addRatingBoxes(ctx, standards);
  addKeyQuestions(ctx, standards);
  return { source: 'table', overall, previousOverall: null, score, standards, narrativeOverall: null, others: [] };
}

/**
 * Tables right after the ratings table, on the pages that follow it, that hold rated standard rows
 * and no ratings table of their own: its rows the page break cut off.
 */
function cutOffParts(ctx: ExtractContext, table: TableBlock): TableBlock[] {
  const parts: TableBlock[] = [];
  let lastPage = table.rows[table.rows.length - 1]?.page ?? table.page;
  for (const block of ctx.view.blocks.slice(table.index + 1)) {
    if (block.type !== 'table') break;
    if (block.page === null || lastPage === null || block.page !== lastPage + 1 || ctx.tables.get(block) === 'ratings') break;
    const rated = block.rows.filter((row) => {
      const cells = texts(row);
      return (STANDARD_ID.test(cells[0] ?? '') || STANDARD_TITLE.test(cells[0] ?? '')) && cells.some((c) => normaliseRating(c) !== null);
    });
    if (rated.length === 0) break;
    parts.push(block);
    lastPage = block.rows[block.rows.length - 1]?.page ?? block.page;
  }
  return parts;
}

interface StandardRow {
  id: string;
  name: string;
  rating: Rating | null;
  /** The text of the cell the rating was read from (or of the shaded cell, when its words are no rating). */
  ratingText: string | null;
  witness: ColourWitness | null;
}

function readStandardRow(row: Row, palette: RatingColours | null): StandardRow | null {
  // The shaded cell, when the palette names its colour: it is the rating's cell, whatever its words.
  const witness = colourWitness(row.cells, palette);
  const shaded = witness ? row.cells[witness.cell]!.text : null;
  const read = readStandardCells(texts(row).filter((c, i) => i === 0 || (c !== '' && !(witness && i === witness.cell && normaliseRating(c) === null))));
  if (!read) return null;
  return { ...read, ratingText: read.ratingText ?? shaded, witness };
}

function readStandardCells(texts: string[]): { id: string; name: string; rating: Rating | null; ratingText: string | null } | null {
  const cells = texts;
  let id: string | null = null;
  let rest: string[] = [];
  const single = STANDARD_ID.exec(cells[0] ?? '');
  const titled = STANDARD_TITLE.exec(cells[0] ?? '');
  if (single) {
    id = single[1]!;
    rest = cells.slice(1);
  } else if (titled) {
    id = titled[1]!;
    rest = [titled[2]!, ...cells.slice(1)];
  } else return null;
  const ratingIndex = rest.findIndex((c) => normaliseRating(c) !== null);
  const rating = ratingIndex >= 0 ? normaliseRating(rest[ratingIndex]!) : null;
  const ratingText = ratingIndex >= 0 ? rest[ratingIndex]! : null;
  let name = (ratingIndex >= 0 ? rest.slice(0, ratingIndex) : rest.filter((c) => !/not rated/i.test(c))).join(' ').trim();
  // "1.1 Leadership Good" in one cell: the rating ends the name.
  if (ratingIndex < 0) {
    const tail = /^(.*\S)\s+(requires? improvement|requiring improvement|inadequate|good|outstanding)\W*$/i.exec(name);
    if (tail) {
      name = tail[1]!;
      return { id, name, rating: normaliseRating(tail[2]!), ratingText: tail[2]! };
    }
  }
  if (!name) return null;
  return { id, name, rating, ratingText };
}

/**
 * A rating read twice, from its cell's words and from its cell's colour: when both are there and
 * differ, a warning with both (the words are kept); when the words are no rating and the colour
 * is one, the colour's rating, with a warning that says so.
 */
function crossCheck(
  ctx: ExtractContext,
  subject: string,
  fromText: Rating | null,
  cellText: string | null,
  witness: ColourWitness | null,
  row: Row,
): { rating: Rating | null; colour: string | null } {
  const colour = witness?.fill ?? null;
  if (fromText && witness && witness.rating !== fromText) {
    ctx.messages.warn(`${subject}: its cell reads '${fromText}' but is shaded ${witness.fill}, the colour of '${witness.rating}'; the words are kept.`, row, 'ratings-colour');
  }
  if (!fromText && witness) {
    const words = cellText ? `'${cellText}'` : 'nothing';
    ctx.messages.warn(`${subject}: its cell's text (${words}) is no rating, but it is shaded ${witness.fill}, the colour of '${witness.rating}', so the rating is read from the colour.`, row, 'ratings-colour');
    return { rating: witness.rating, colour };
  }
  return { rating: fromText, colour };
}

/**
 * Each standard's rating box gives its previous rating: a row naming the standard, then a row
 * with the ratings under "Previous inspection" and "Current inspection".
 */
function addRatingBoxes(ctx: ExtractContext, standards: Standard[]): void {
  const boxes = tablesOf(ctx.tables, 'rating-box');
  const seen = new Set<string>();
  for (const box of boxes) {
    const header = box.rows.find((r) => texts(r).some((c) => /^(previous|current) inspection$/i.test(c)));
    if (!header) continue;
    const previousColumn = texts(header).findIndex((c) => /^previous inspection$/i.test(c));
    const currentColumn = texts(header).findIndex((c) => /^current inspection$/i.test(c));
    const title = boxTitle(ctx.view, box);
    const ratedRow = box.rows.find((r) => texts(r).slice(1).some((c) => normaliseRating(c) !== null));
    if (!title || !ratedRow) continue;
    const id = title.id;
    const standard = standards.find((s) => s.id === id);
    if (!standard) {
      ctx.messages.warn(`A rating box names standard ${id}, which the ratings table does not list.`, box, 'ratings');
      continue;
    }
    seen.add(id);
    const cells = texts(ratedRow);
    const previous = previousColumn >= 0 ? normaliseRating(cells[previousColumn] ?? '') : null;
    const current = currentColumn >= 0 ? normaliseRating(cells[currentColumn] ?? '') : null;
    if (previousColumn >= 0 && previous) {
      standard.previousRating = previous;
      standard.previousEvidence = evidence(ratedRow, `${title.text} ${rowText(ratedRow)}`);
    } else if (previousColumn >= 0) {
      ctx.messages.warn(`Standard ${id}: the rating box has no previous rating.`, ratedRow, 'ratings');
    }
    if (current && standard.rating && current !== standard.rating) {
      ctx.messages.warn(`Standard ${id}: its rating box says '${current}' but the ratings table says '${standard.rating}'.`, ratedRow, 'ratings');
    }
  }
  for (const standard of standards) {
    if (!seen.has(standard.id) && boxes.length > 0) {
      ctx.messages.warn(`Standard ${standard.id} ${standard.name}: no readable rating box, so its previous rating is not stated here.`, null, 'ratings');
    }
  }
}

/**
 * Key-question tables follow their standard's rating box; "Our rating for planning is based on
 * three key questions" says how many the table should hold.
 */
function addKeyQuestions(ctx: ExtractContext, standards: Standard[]): void {
  const boxes = new Map<TableBlock, string>();
  for (const box of tablesOf(ctx.tables, 'rating-box')) {
    const title = boxTitle(ctx.view, box);
    if (title) boxes.set(box, title.id);
  }
  let current: Standard | null = null;
  for (const block of ctx.view.blocks) {
    if (block.type === 'table' && boxes.has(block)) {
      current = standards.find((s) => s.id === boxes.get(block)) ?? null;
      continue;
    }
    const titled = standardParagraph(block);
    if (titled) {
      current = standards.find((s) => s.id === titled) ?? null;
      continue;
    }
    if (!current) continue;
    if (block.type !== 'table' && current.announcedKeyQuestions === null) {
      const announced = /based on (\w+) key questions/i.exec(block.text);
      if (announced) current.announcedKeyQuestions = parseCount(announced[1]!);
    }
    if (block.type === 'table' && ctx.tables.get(block) === 'key-questions' && current.keyQuestions.length === 0) {
      current.keyQuestions = readKeyQuestions(block);
      if (current.announcedKeyQuestions !== null && current.keyQuestions.length !== current.announcedKeyQuestions) {
        ctx.messages.warn(
          `Standard ${current.id}: the text says its rating is based on ${current.announcedKeyQuestions} key questions, but its table shows ${current.keyQuestions.length}.`,
          block,
          'ratings',
        );
      }
    }
  }
}

/** "Standard 4.2. Through the Gate …": a rating box flattened into a paragraph by the source. */
function standardParagraph(block: Block): string | null {
  if (block.type === 'table') return null;
  const match = /^Standard (\d\.\d)\.?\s/.exec(block.text);
  return match ? match[1]! : null;
}

function readKeyQuestions(table: TableBlock): KeyQuestion[] {
  const [header, ...body] = table.rows;
  const labels = texts(header!);
  const column = (pattern: RegExp) => labels.findIndex((c, i) => i > 0 && pattern.test(c));
  const previous = column(/previous/i);
  const current = column(/current/i);
  const comparator = column(/\ball\b|national|england/i);
  return body.map((row): KeyQuestion => {
    const cells = texts(row);
    const value = (i: number) => (i >= 0 ? (parseValue(cells[i] ?? '')?.value ?? null) : null);
    const qualitative = cells.slice(1).some((c) => /qualitative evidence/i.test(c));
    return {
      question: cells[0]!,
      current: value(current),
      previous: value(previous),
      comparator: value(comparator),
      qualitative,
      evidence: evidence(row, rowText(row)),
    };
  });
}
