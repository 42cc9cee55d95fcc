/**
 * Bounds on the work one document can cost the extractors. They read block text with regular
 * expressions, sentence by sentence and mention by mention, and some of that work grows with the
 * square of a block's length: harmless at the ~1,100 characters of the longest real paragraph,
 * minutes at the megabyte a damaged or hostile file can hold in one block. Cutting every block to
 * a length no real report comes near bounds that work without changing any real result.
 */
import type { Nodes, Root, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** Ten times the longest paragraph, heading or table cell of any report or release seen so far. */
export const MAX_BLOCK_CHARS = 10_000;

/** Nodes whose children are inline text: the units extractors read as one string. */
const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

/**
 * Cuts the text of every paragraph, heading and table cell (and any literal block: code, HTML) to
 * `max` characters, in place; returns how many were cut. A cut block keeps its text as one plain
 * text node ending in "…", so footnote markers beyond the cut are dropped with the text.
 */
export function boundBlocks(tree: Root, max: number): number {
  let cut = 0;
  // An explicit stack: a deeply nested tree (block quotes a thousand deep) must not overflow the call stack.
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (TEXT_BLOCKS.has(node.type) && 'children' in node) {
      const text = toString(node);
      if (text.length > max) {
        (node as { children: Text[] }).children = [{ type: 'text', value: `${cutAt(text, max)}…` }];
        cut++;
      }
      continue;
    }
    if ('value' in node && typeof node.value === 'string' && node.value.length > max) {
      node.value = `${cutAt(node.value, max)}…`;
      cut++;
    }
    if ('children' in node) for (const child of node.children) stack.push(child);
  }
  return cut;
}

/** The first `max` characters, one fewer when the cut would split a surrogate pair. */
function cutAt(text: string, max: number): string {
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

/**
 * Lines that start a Markdown block of their own: a list item, heading, block quote, table row,
 * code fence, footnote definition. Other lines go on with the block above them.
 */
const MARKDOWN_BLOCK_START = /^ {0,3}(?:[-+*][ \t]|\d{1,9}[.)][ \t]|#{1,6}(?:[ \t]|$)|>|\||```|~~~|\[\^[^\]]+\]:)/;

/**
 * Markdown cut to `max` characters per block before it is parsed. The parser (micromark) takes
 * time quadratic in a paragraph's inline markup — forty kilobytes of "*a*a*a" cost it seconds, a
 * megabyte of "[a](" hours — and the block bound would cut such a paragraph afterwards anyway. A
 * block here is a run of lines up to a blank line or a line that starts a block of its own, so a
 * long list or table (one item or row a line) is never cut. Returns the text and how many blocks
 * were cut.
 */
export function boundMarkdown(text: string, max: number): { text: string; cut: number } {
  const lines = text.split(/\r\n|\r|\n/);
  const out: string[] = [];
  let run = 0;
  let dropping = false;
  let cut = 0;
  for (const line of lines) {
    if (line.trim() === '' || MARKDOWN_BLOCK_START.test(line)) {
      run = 0;
      dropping = false;
    }
    if (dropping) continue;
    if (run + line.length > max) {
      out.push(cutAt(line, Math.max(1, max - run)));
      dropping = true;
      cut++;
      continue;
    }
    run += line.length + 1;
    out.push(line);
  }
  return { text: cut > 0 ? out.join('\n') : text, cut };
}

