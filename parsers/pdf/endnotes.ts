/**
 * Notes set at the end of the document rather than at each page foot, as a web page printed to
 * PDF sets them: a heading "Footnotes" (or "Endnotes", "Notes") followed by numbered notes. Each
 * becomes a footnote text with its number, as a footnote at a page foot would.
 */
import { textOf } from './inline.js';
import type { Block, Token } from './types.js';

const NOTES_HEADING = /^(?:foot|end)?notes$/i;
const NUMBERED = /^\s*(\d{1,3})\.?\s+/;

export function endnotesToFootnotes(blocks: Block[]): Block[] {
  const start = blocks.findIndex((b) => b.kind === 'heading' && NOTES_HEADING.test(textOf(b.tokens)));
  if (start < 0) return blocks;
  const out = blocks.slice(0, start);
  let converted = 0;
  let i = start + 1;
  for (; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.kind === 'heading') break;
    const notes = asNotes(block);
    if (notes) {
      out.push(...notes);
      converted += notes.length;
    } else if (block.kind === 'footnote') out.push(block);
    else {
      // A note's text that went on in a block of its own (a page break inside it).
      const previous = out[out.length - 1];
      if (converted > 0 && previous?.kind === 'footnote') previous.tokens.push({ kind: 'text', value: ' ' }, ...block.tokens);
      else out.push(block);
    }
  }
  // Nothing numbered under the heading: it was a section called "Notes", not the notes themselves.
  if (converted === 0) return blocks;
  return [...out, ...blocks.slice(i)];
}

/** A numbered note: a list item, a paragraph that opens with its number, or rows "12. | text" (a hanging number set apart). */
function asNotes(block: Block): Block[] | null {
  if (block.kind === 'item' && block.number !== null && block.number !== undefined) return [{ ...block, kind: 'footnote', id: String(block.number) }];
  if (block.kind === 'table') {
    const rows = block.rows!;
    const numbered = rows.every((row) => row.cells.length === 2 && /^\d{1,3}\.?$/.test(textOf(row.cells[0]!)) && row.cells[1]!.length > 0);
    if (!numbered) return null;
    return rows.map((row) => ({ ...block, kind: 'footnote', page: row.page, endPage: row.page, id: String(Number(textOf(row.cells[0]!).replace('.', ''))), tokens: row.cells[1]!, rows: undefined, columns: undefined }));
  }
  const note = asNote(block);
  return note ? [note] : null;
}

function asNote(block: Block): Block | null {
  if (block.kind !== 'paragraph') return null;
  const first = block.tokens[0];
  const match = first?.kind === 'text' ? NUMBERED.exec(first.value) : null;
  if (!match) return null;
  const tokens: Token[] = [{ kind: 'text', value: (first as { value: string }).value.slice(match[0].length) }, ...block.tokens.slice(1)];
  return { ...block, kind: 'footnote', id: String(Number(match[1])), tokens };
}
