/**
 * The document model printed back as Markdown (`hmip extract --format md`): what hmip read, for a
 * person to compare with the source. A PDF's page starts are marked (`<!-- page 6 -->`, an HTML
 * comment, so a Markdown viewer shows nothing), which is where a quote's `evidence.page` points.
 */
import type { Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

const processor = unified().use(remarkGfm).use(remarkStringify, { bullet: '-', listItemIndent: 'one', rule: '-' });

/**
 * GFM's printer escapes what would otherwise read back as a link ("www\.", "https\://",
 * "media\@…"): the text is a document's own words, and a reader wants the address as printed.
 * These are the three patterns mdast-util-gfm-autolink-literal escapes, and only those.
 */
const AUTOLINK_ESCAPES: [RegExp, string][] = [
  [/(?<=[+\-.\w])\\@(?=[-.\w])/g, '@'],
  [/(?<=[Ww])\\\.(?=[-.\w])/g, '.'],
  [/(?<=[ps])\\:(?=\/)/g, ':'],
];

export function toMarkdown(tree: Root): string {
  let text = processor.stringify(withPageMarkers(tree));
  for (const [pattern, plain] of AUTOLINK_ESCAPES) text = text.replace(pattern, plain);
  return text;
}

/** The tree (not changed) with a comment before each top-level block that starts a new page. */
function withPageMarkers(tree: Root): Root {
  const children: RootContent[] = [];
  let page: number | null = null;
  for (const child of tree.children) {
    const at = (child.data as { page?: number | null } | undefined)?.page ?? null;
    if (at !== null && at !== page) {
      children.push({ type: 'html', value: `<!-- page ${at} -->` });
      page = at;
    }
    children.push(child);
  }
  return { ...tree, children };
}
