/**
 * HTML → the document model (an mdast Root), from the page's main content only. The page is parsed
 * by cheerio (parse5) and never run: inert markup and site chrome are removed, the main content is
 * found, converted block by block, and tidied (tables a converter split in pieces are rejoined).
 */
import * as cheerio from 'cheerio';
import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { errors } from '../../src/errors.js';
import type { SourceMeta } from '../../src/model/types.js';
import { type Context, convert, newContext } from './blocks.js';
import { removeChrome, removeChromeHeadings, removeInert } from './chrome.js';
import { boundDepth } from './depth.js';
import { type Element, descendants, flattenDeep, hasAncestor, tagOf } from './dom.js';
import { isFootnoteContainer } from './footnotes.js';
import { mainContent, titleOutside } from './main-content.js';
import { canonicalOf, metaDate, timeDate, titleOf } from './meta.js';
import { stitchTables } from './stitch.js';

export function parseHtml(html: string, path: string): Root {
  if (html.trim() === '') throw errors.emptyFile(path);
  const $ = cheerio.load(boundDepth(html).html);
  const body = ($('body')[0] ?? $.root()[0]) as Element;

  const meta: SourceMeta = { pages: null, title: titleOf($), published: metaDate($) ?? articleDate(body), canonicalUrl: canonicalOf($) };

  flattenDeep(body);
  removeInert(body);
  removeChrome(body);
  removeChromeHeadings(body);

  const main = mainContent(body);
  const title = titleOutside(body, main);
  const ctx = newContext();
  const content = [...(title ? convert([title], ctx) : []), ...convert(main.children, ctx)] as RootContent[];
  const notes = hasReferences(content) ? notesOutside(body, main, ctx) : [];
  const children = titleDepths(stitchTables([...content, ...notes], ctx.headerRows));
  if (!children.some((node) => toString(node).trim() !== '')) {
    throw errors.unsupportedFormat(path, 'the HTML page has no readable text');
  }
  meta.published ??= timeDate(main);
  return { type: 'root', children, data: { meta } };
}

/** The date of a `<time datetime>` in the article (or the main element), read before chrome goes. */
function articleDate(body: Element): string | null {
  const all = descendants(body);
  for (const tag of ['article', 'main']) {
    // An element inside one already searched holds no date that search missed: skipping it keeps
    // broken markup that nests thousands of <article>s from costing a search of the page each.
    const searched = new Set<Element>();
    for (const el of all) {
      if (tagOf(el) !== tag || searched.has(el)) continue;
      const date = timeDate(el);
      if (date) return date;
      for (const inner of descendants(el)) searched.add(inner);
    }
  }
  return null;
}

/** Footnote lists that stand outside the main content (after the article, in its footer). */
function notesOutside(body: Element, main: Element, ctx: Context): RootContent[] {
  if (main === body) return [];
  const outer = descendants(body).filter(
    (el) => isFootnoteContainer(el) && !hasAncestor(el, (a) => a === main || isFootnoteContainer(a)),
  );
  if (outer.length === 0) return [];
  return convert(outer, ctx) as RootContent[];
}

/**
 * Depth 1 is the document's title, once: later h1s (pages that use h1 for every section) become
 * depth 2, and a page without an h1 whose content opens with a heading has that heading as title.
 */
function titleDepths(blocks: RootContent[]): RootContent[] {
  const heads = blocks.filter((node): node is Heading => node.type === 'heading');
  const titles = heads.filter((node) => node.depth === 1);
  for (const extra of titles.slice(1)) extra.depth = 2;
  const first = blocks[0];
  if (titles.length === 0 && first?.type === 'heading') first.depth = 1;
  return blocks;
}

function hasReferences(nodes: RootContent[]): boolean {
  return nodes.some((node) => node.type === 'footnoteReference' || ('children' in node && hasReferences(node.children as RootContent[])));
}
