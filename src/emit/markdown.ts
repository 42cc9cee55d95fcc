/** The document model printed back as Markdown (`hmip extract --format md`). */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

const processor = unified().use(remarkGfm).use(remarkStringify, { bullet: '-', listItemIndent: 'one', rule: '-' });

export function toMarkdown(tree: Root): string {
  return processor.stringify(tree);
}
