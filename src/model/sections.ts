/** Finding a document's sections by their headings, whatever their depth in a given format. */
import type { Block, DocumentView, HeadingBlock } from './blocks.js';

export function findHeading(view: DocumentView, pattern: RegExp, from = 0): HeadingBlock | null {
  for (const block of view.blocks.slice(from)) {
    if (block.type === 'heading' && pattern.test(block.text)) return block;
  }
  return null;
}

/** The blocks under a heading, up to the next heading of the same or a higher level. */
export function sectionBlocks(view: DocumentView, heading: HeadingBlock): Block[] {
  const out: Block[] = [];
  for (const block of view.blocks.slice(heading.index + 1)) {
    if (block.type === 'heading' && block.depth <= heading.depth) break;
    out.push(block);
  }
  return out;
}

/** The blocks after `start` up to (not including) the first heading that matches `stop`. */
export function blocksUntil(view: DocumentView, start: number, stop: RegExp): Block[] {
  const out: Block[] = [];
  for (const block of view.blocks.slice(start)) {
    if (block.type === 'heading' && stop.test(block.text)) break;
    out.push(block);
  }
  return out;
}

/** Index of the first annexe heading: tables after it are prompts and methodology, not findings. */
export function annexeStart(view: DocumentView): number {
  const heading = view.blocks.find((b) => b.type === 'heading' && /^annexe?\s*\d/i.test(b.text));
  return heading ? heading.index : view.blocks.length;
}
