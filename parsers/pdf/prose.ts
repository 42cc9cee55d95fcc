/**
 * The lines of a page that are not tables, footnotes or noise → headings, paragraphs and list
 * items. A line goes on with the block above it unless something says a new block starts: a
 * different type size, a bullet or number, a heading, a paragraph gap (unless the text above
 * stops mid-sentence and this line goes on in lower case), or a line above that ends a sentence
 * and stops short of the margin.
 */
import { leadingOf, type Typography } from './fonts.js';
import { appendLine, endsOnLowerWord, endsTerminal, startsLower, TERMINAL, textLength, textOf, type WordSet } from './inline.js';
import { latexFootnote, latexFootnoteId } from './footnotes.js';
import { blockFromLine, lineText, lineTokens } from './lines.js';
import type { Block, Line, Token } from './types.js';

const NUMBERED = /^(\d{1,2})[.)]\s+(?=\S)/;
/** A numbered section title: "1. Organisational delivery", "2.3. Implementation and delivery". */
const SECTION_TITLE = /^\d{1,2}(?:\.\d{1,2})*\.?\s+[A-Z]/;
/** "ENDS", "-End –": the end mark of a press release, not a section title. */
const END_MARK = /^[-–—\s]*ends?[-–—\s]*$/i;

export type FlowItem = { line: Line } | { block: Block };

interface Open {
  block: Block;
  last: Line;
}

/** Where the body text of a page starts and ends. */
export interface Margins {
  left: number;
  right: number;
}

export function buildProse(flow: FlowItem[], typography: Typography, words: WordSet, margins: Margins): Block[] {
  const blocks: Block[] = [];
  let open: Open | null = null;
  const close = () => {
    open = null;
  };
  const start = (block: Block, line: Line) => {
    blocks.push(block);
    open = { block, last: line };
  };

  for (const item of flow) {
    if ('block' in item) {
      close();
      blocks.push(item.block);
      continue;
    }
    const line = item.line;
    const text = lineText(line);
    if (!/[\p{L}\p{N}]/u.test(text) && !line.segments.some((s) => s.tokens.some((t) => t.kind === 'ref'))) continue;
    const kind = lineKind(line, text, typography);
    const current = open as Open | null;

    if (kind.type === 'footnote') {
      start(latexFootnote(line, kind.id), line);
      continue;
    }
    if (current && continues(current, line, kind.type, typography, margins)) {
      appendLine(current.block.tokens, lineTokens(line), words);
      current.block.bottom = line.y;
      current.block.lastX1 = line.x1;
      current.last = line;
      continue;
    }
    close();
    start(newBlock(line, kind), line);
  }
  return blocks;
}

type LineKind =
  | { type: 'heading' }
  | { type: 'item'; bullet: string | null; number: number | null }
  | { type: 'footnote'; id: string }
  | { type: 'plain' };

function lineKind(line: Line, text: string, typography: Typography): LineKind {
  const latex = latexFootnoteId(line);
  if (latex) return { type: 'footnote', id: latex };
  if (line.bullet) {
    const numbered = NUMBERED.exec(text);
    return { type: 'item', bullet: line.bullet, number: numbered ? Number(numbered[1]) : null };
  }
  if (isHeadingSize(line, typography) && !/[:;,]$/.test(text) && !END_MARK.test(text)) return { type: 'heading' };
  // "2.3. Implementation and delivery" in a heading font at body size: a numbered section title.
  if (SECTION_TITLE.test(text) && text.length <= 80 && !TERMINAL.test(text) && isHeadingFont(line, typography)) return { type: 'heading' };
  const numbered = NUMBERED.exec(text);
  if (numbered && line.segments.length === 1) return { type: 'item', bullet: null, number: Number(numbered[1]) };
  return { type: 'plain' };
}

/** Set in a font the document uses for its larger headings, not in the body font. */
function isHeadingFont(line: Line, typography: Typography): boolean {
  return line.font !== typography.bodyFont && typography.headingFonts.has(line.font) && Math.abs(line.size - typography.bodySize) <= 0.6;
}

function isHeadingSize(line: Line, typography: Typography): boolean {
  return line.size >= typography.bodySize + 1.5 && line.size >= typography.bodySize * 1.1;
}

function newBlock(line: Line, kind: LineKind): Block {
  let tokens = lineTokens(line);
  let number: number | null = null;
  if (kind.type === 'item' && kind.number !== null) {
    number = kind.number;
    tokens = dropNumber(tokens);
  }
  return {
    ...blockFromLine(line, kind.type === 'heading' ? 'heading' : kind.type === 'item' ? 'item' : 'paragraph', tokens),
    ...(kind.type === 'item' ? { bullet: kind.bullet, number } : {}),
  };
}

/** Takes "3. " off the start of an ordered item's text. */
function dropNumber(tokens: Token[]): Token[] {
  const out = tokens.map((t) => ({ ...t }));
  const first = out[0];
  if (first?.kind === 'text') first.value = first.value.replace(/^\s*\d{1,2}[.)]\s+/, '');
  return out;
}

function continues(open: Open, line: Line, kind: LineKind['type'], typography: Typography, page: Margins): boolean {
  const block = open.block;
  const previous = open.last;
  const pitch = previous.y - line.y;
  if (pitch <= 0) return false;
  if (Math.abs(line.size - previous.size) > 0.6) return false;

  if (block.kind === 'heading') {
    // A title set over two or three lines: same size and font, no sentence ended.
    return kind === 'heading' && line.font === previous.font && pitch <= 1.8 * line.size && !endsTerminal(block.tokens);
  }
  if (kind !== 'plain') return false;

  const leading = leadingOf(typography, line.size);
  const tokens = lineTokens(line);
  const lower = startsLower(tokens);
  const finished = endsTerminal(block.tokens);
  if (pitch > leading * 1.25) {
    // A paragraph gap, unless the text above stops mid-sentence and this line goes on with it:
    // in lower case, or after a long text that ends on a lower-case word ("… and so this").
    if (finished || pitch > 3 * leading) return false;
    return lower || (block.kind === 'paragraph' && kind === 'plain' && textLength(block.tokens) >= 60 && endsOnLowerWord(block.tokens));
  }
  if (block.kind === 'item') {
    // An item's wrapped lines hang under its text (or drift back towards the margin); a line back
    // at the body margin after a finished sentence is prose again.
    return !(Math.abs(line.x0 - page.left) <= 1.5 && line.x0 < block.x0 - 3 && finished && !lower);
  }
  if (finished && stoppedShort(previous, tokens, page.right) && !lower) return false;
  if (block.kind === 'paragraph' && line.font !== previous.font && finished && !lower) return false;
  return true;
}

/** The line above ended although the next line's first word would have fitted after it. */
function stoppedShort(previous: Line, next: Token[], rightMargin: number): boolean {
  const text = textOf(next);
  const word = /^\S+/.exec(text)?.[0] ?? '';
  const perChar = previous.size * 0.5;
  return previous.x1 + perChar + word.length * perChar < rightMargin - 2;
}


