/**
 * The lines of one paragraph (split at `<br>`) → blocks. Authors use `<br>` both for separate
 * lines of content (a tagline, notes to editors "1. … <br>2. …") and for hard-wrapped text; this
 * reads them as the text parser reads lines: numbered and bulleted lines become lists, a footnote
 * line a footnote definition, a line that plainly goes on from the one before ("… across England
 * and Wales<br>responsible for …") is joined to it, and every other line is a paragraph of its own.
 */
import { type Flow, footnoteDefinition, list, listItem, paragraph } from './nodes.js';
import { WRITTEN_MARKER } from '../../src/model/inline.js';
import { plainOf } from './text.js';

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** A bullet glyph (Word's Symbol-font bullets included), or "-"/"*" followed by a space. */
const BULLET = /^(?:[•\u00B7\u2022\u2023\u2043\u25AA\u25CF\u25E6\uF0A7\uF0B7]\s*|[-*]\s+)(?=\S)/u;
const NUMBERED = /^(\d{1,2})[.)]\s+(?=\S)/;
/** "¹ text", a marker sentinel then text, or "$^{^{47}}$ text" (a LaTeX-mangled note). */
const FOOTNOTE_LINE = new RegExp(`^(?:([${SUPERSCRIPT}]+)|${WRITTEN_MARKER}|\\$\\^\\{\\^?\\{?(\\d+)\\}?\\}\\$)\\s*(\\S.*)$`, 'u');
const TERMINAL = /[.!?:;"”’')\]]$/;
/** Lines that are the label of a removed widget, not content. */
const CHROME_LINE = /^[[(↑^]?\s*(?:search|menu|skip to (?:main )?content|share|print(?: this page)?|back to top|return to top|top(?: of page)?)\s*[\])↑^]?$/i;

/**
 * `end` is the line a block's (last item's) text ends with: TERMINAL, a test of the last character,
 * reads it rather than the text, which lines keep lengthening — reading that would copy it whole
 * once per line.
 */
type Pending = { end: string } & (
  | { kind: 'paragraph'; text: string }
  | { kind: 'footnote'; id: string; text: string }
  | { kind: 'list'; ordered: boolean; start: number; items: string[] }
);

export function linesToBlocks(lines: string[]): Flow[] {
  const pending: Pending[] = [];
  for (const line of lines) {
    if (CHROME_LINE.test(plainOf(line))) continue;
    const last = pending[pending.length - 1];
    const footnote = FOOTNOTE_LINE.exec(line);
    if (footnote) {
      const id = footnote[1] ? fromSuperscript(footnote[1]) : (footnote[2] ?? footnote[3])!;
      pending.push({ kind: 'footnote', id: String(Number(id)), text: footnote[4]!, end: footnote[4]! });
      continue;
    }
    const bullet = BULLET.exec(line);
    if (bullet) {
      const text = line.slice(bullet[0].length);
      if (last?.kind === 'list' && !last.ordered) {
        last.items.push(text);
        last.end = text;
      } else pending.push({ kind: 'list', ordered: false, start: 1, items: [text], end: text });
      continue;
    }
    const numbered = NUMBERED.exec(line);
    const follows = numbered && last?.kind === 'list' && last.ordered && last.start + last.items.length === Number(numbered[1]);
    if (numbered && (follows || !isSectionTitle(line))) {
      const n = Number(numbered[1]);
      const text = line.slice(numbered[0].length);
      if (last?.kind === 'list' && last.ordered && last.start + last.items.length === n) {
        last.items.push(text);
        last.end = text;
      } else pending.push({ kind: 'list', ordered: true, start: n, items: [text], end: text });
      continue;
    }
    if (last && /^[a-z(]/.test(line) && !TERMINAL.test(last.end)) {
      appendToLast(last, line);
      continue;
    }
    pending.push({ kind: 'paragraph', text: line, end: line });
  }
  return pending.map(toBlock);
}

/** "1. Organisational delivery": a numbered section title standing as a paragraph, not a list item. */
function isSectionTitle(line: string): boolean {
  const title = line.replace(NUMBERED, '');
  return title.length <= 60 && /^[A-Z]/.test(title) && !TERMINAL.test(title);
}

function fromSuperscript(digits: string): string {
  return [...digits].map((c) => String(SUPERSCRIPT.indexOf(c))).join('');
}

function appendToLast(block: Pending, line: string): void {
  if (block.kind === 'list') block.items[block.items.length - 1] += ` ${line}`;
  else block.text += ` ${line}`;
  block.end = line;
}

function toBlock(block: Pending): Flow {
  switch (block.kind) {
    case 'paragraph':
      return paragraph(block.text);
    case 'footnote':
      return footnoteDefinition(block.id, [paragraph(block.text)]);
    case 'list':
      return list(block.ordered, block.ordered ? block.start : undefined, block.items.map((item) => listItem([paragraph(item)])));
  }
}

