/** Markdown → mdast, with GFM tables and footnotes: the model is Markdown's own syntax tree. */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkGfm);

export function parseMarkdown(text: string): Root {
  const tree = processor.runSync(processor.parse(text.replace(/^\uFEFF/, ''))) as Root;
  tree.data = { ...tree.data, meta: { pages: null } };
  return tree;
}
