/**
 * Footnote texts at the page foot: a run of small-print lines at the bottom of a page whose first
 * line opens with a raised number. Each raised number starts a footnote; lines without one go on
 * with the footnote above. Also footnotes that a converter mangled into LaTeX inside the body,
 * "$^{^{47}}$ Expected in all cases…", which are footnotes all the same.
 */
import { appendLine, tidy, type WordSet } from './inline.js';
import { blockFromLine, lineText, lineTokens } from './lines.js';
import type { Block, Line, Token } from './types.js';

const LATEX_MARKER = /^\s*\$\^\{\^?\{?(\d{1,3})\}?\}\$\s*/;

export interface PageFootnotes {
  body: Line[];
  footnotes: Block[];
}

/** Splits a page's lines (top to bottom) into body lines and the footnotes at its foot. */
export function splitFootnotes(lines: Line[], bodySize: number, words: WordSet): PageFootnotes {
  let start = lines.length;
  // Walk up from the foot over small print; the footnote area begins at its first marked line.
  for (let i = lines.length - 1; i >= 0; i--) {
    if (lines[i]!.size > 0.85 * bodySize) break;
    if (lines[i]!.leadingRef) start = i;
  }
  if (start === lines.length) return { body: lines, footnotes: [] };
  const footnotes: Block[] = [];
  for (const line of lines.slice(start)) {
    const tokens = lineTokens(line);
    const current = footnotes[footnotes.length - 1];
    if (line.leadingRef || !current) footnotes.push(footnoteBlock(line, line.leadingRef ?? '?', tokens));
    else {
      appendLine(current.tokens, tokens, words);
      current.bottom = line.y;
    }
  }
  return { body: lines.slice(0, start), footnotes: footnotes.filter((f) => f.id !== '?').map(finish) };
}

export function latexFootnoteId(line: Line): string | null {
  const match = LATEX_MARKER.exec(lineText(line));
  return match ? String(Number(match[1])) : null;
}

/** A body line that opens a LaTeX-mangled footnote: the footnote text with the marker taken off. */
export function latexFootnote(line: Line, id: string): Block {
  const tokens = lineTokens(line);
  const first = tokens[0];
  if (first?.kind === 'text') first.value = first.value.replace(/^\s+/, '').replace(LATEX_MARKER, '');
  return footnoteBlock(line, id, tokens);
}

function footnoteBlock(line: Line, id: string, tokens: Token[]): Block {
  return { ...blockFromLine(line, 'footnote', tokens), id };
}

function finish(block: Block): Block {
  return { ...block, tokens: tidy(block.tokens) };
}
