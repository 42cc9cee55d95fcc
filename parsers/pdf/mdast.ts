/**
 * Blocks → the mdast document model: headings with their depth, paragraphs, lists (items in a row
 * make one list; ordered lists keep their start), GFM tables padded to one width, footnote
 * definitions. Every block node, list item and table row carries `data.page`; a table cell whose
 * shading was read carries its colour in `data.fill`.
 */
import type {
  FootnoteDefinition,
  Heading,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  RootContent,
  Table,
  TableCell,
  TableRow,
} from 'mdast';
import { footnoteReference, mergeTexts, phrasing } from '../../src/model/inline.js';
// The model's augmentation of mdast: `data.page` on nodes.
import type {} from '../../src/model/types.js';
import { tidy } from './inline.js';
import type { Block, Token } from './types.js';

/**
 * Digits glued to a value that the PDF did not raise ("against a target of 75%9", "of 65% 10",
 * "describing workload as unmanageable 14") are a footnote marker when a footnote with that
 * number stands at the foot of the same page: the page makes it certain, where the text alone
 * could not. After a word only in table cells, as in `src/model/footnotes.ts`.
 */
const AFTER_PERCENT = /^(.*\d(?:\.\d+)?%)\s?(\d{1,2})$/s;
const AFTER_WORD = /^(.*[A-Za-z)\]])\s(\d{1,2})$/s;

export function toMdast(blocks: Block[]): RootContent[] {
  const footnotesOn = new Map<number, Set<string>>();
  for (const block of blocks) {
    if (block.kind !== 'footnote') continue;
    const ids = footnotesOn.get(block.page) ?? new Set<string>();
    ids.add(block.id!);
    footnotesOn.set(block.page, ids);
  }
  const defined = (page: number, id: string) => footnotesOn.get(page)?.has(id) ?? false;

  const out: RootContent[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    switch (block.kind) {
      case 'heading':
        out.push(heading(block));
        break;
      case 'paragraph':
        out.push(paragraph(resolveGlued(block.tokens, block.endPage, false, defined), block.page));
        break;
      case 'footnote':
        out.push(footnote(block));
        break;
      case 'table':
        out.push(table(block, defined));
        break;
      case 'item': {
        // Items in a row are one list; footnote texts between them (a page foot) follow the list.
        const items: Block[] = [block];
        const held: Block[] = [];
        let j = i + 1;
        while (j < blocks.length) {
          const next = blocks[j]!;
          if (next.kind === 'footnote') {
            held.push(next);
            j++;
            continue;
          }
          if (next.kind === 'item' && sameList(items[items.length - 1]!, next)) {
            items.push(next);
            j++;
            continue;
          }
          break;
        }
        // Footnotes held after the last item belong after the list as they came.
        out.push(list(items, defined));
        for (const note of held) out.push(footnote(note));
        i = j - 1;
        break;
      }
    }
  }
  return out;
}

function sameList(previous: Block, next: Block): boolean {
  const ordered = previous.number !== null && previous.number !== undefined;
  const nextOrdered = next.number !== null && next.number !== undefined;
  if (ordered !== nextOrdered) return false;
  if (ordered) return next.number === previous.number! + 1;
  return true;
}

function phrasingOf(tokens: Token[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  const tidied = tidy(tokens);
  tidied.forEach((token, i) => {
    if (token.kind === 'ref') {
      out.push(footnoteReference(token.id));
      return;
    }
    // A word set right after a marker ("rate⁵compared") gets its space back, as phrasing() does.
    const value = tidied[i - 1]?.kind === 'ref' && /^[\p{L}\p{N}(]/u.test(token.value) ? ` ${token.value}` : token.value;
    out.push(...phrasing(value));
  });
  // Adjacent text nodes (from separate tokens) become one.
  return mergeTexts(out);
}

function resolveGlued(tokens: Token[], page: number, isCell: boolean, defined: (page: number, id: string) => boolean): Token[] {
  const out = tidy(tokens);
  const last = out[out.length - 1];
  if (!last || last.kind !== 'text') return out;
  const text = last.value;
  const match = AFTER_PERCENT.exec(text) ?? (isCell ? AFTER_WORD.exec(text) : null);
  if (!match) return out;
  const id = String(Number(match[2]));
  const words = out.map((t) => (t.kind === 'text' ? t.value : '')).join('').split(/\s+/).length;
  if (words < 3 || !defined(page, id)) return out;
  last.value = match[1]!;
  out.push({ kind: 'ref', id });
  return out;
}

function paragraph(tokens: Token[], page: number): Paragraph {
  return { type: 'paragraph', children: phrasingOf(tokens), data: { page } };
}

function heading(block: Block): Heading {
  const depth = Math.min(6, Math.max(1, block.depth ?? 3)) as Heading['depth'];
  return { type: 'heading', depth, children: phrasingOf(block.tokens), data: { page: block.page } };
}

function footnote(block: Block): FootnoteDefinition {
  return {
    type: 'footnoteDefinition',
    identifier: block.id!,
    label: block.id!,
    children: [paragraph(block.tokens, block.page)],
    data: { page: block.page },
  };
}

function list(items: Block[], defined: (page: number, id: string) => boolean): List {
  const first = items[0]!;
  const ordered = first.number !== null && first.number !== undefined;
  return {
    type: 'list',
    ordered,
    ...(ordered ? { start: first.number! } : {}),
    spread: false,
    children: items.map(
      (item): ListItem => ({
        type: 'listItem',
        spread: false,
        children: [paragraph(resolveGlued(item.tokens, item.endPage, false, defined), item.page)],
        data: { page: item.page },
      }),
    ),
    data: { page: first.page },
  };
}

function table(block: Block, defined: (page: number, id: string) => boolean): Table {
  const width = Math.max(block.columns ?? 0, ...block.rows!.map((r) => r.cells.length));
  return {
    type: 'table',
    align: new Array(width).fill(null),
    children: block.rows!.map(
      (row): TableRow => ({
        type: 'tableRow',
        children: Array.from(
          { length: width },
          (_, i): TableCell => {
            const fill = row.fills?.[i];
            return { type: 'tableCell', children: phrasingOf(resolveGlued(row.cells[i] ?? [], row.page, true, defined)), ...(fill ? { data: { fill } } : {}) };
          },
        ),
        data: { page: row.page },
      }),
    ),
    data: { page: block.page },
  };
}
