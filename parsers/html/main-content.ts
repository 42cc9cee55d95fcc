/**
 * Finds the element holding the page's main content, once chrome is gone: the `article`, `main` or
 * `[role=main]` that holds most of the page's text, else the deepest element that still holds
 * nearly all of it (the content `div` among sidebars that carry no telling class).
 */
import { type Element, attrOf, descendants, childElements, tagOf } from './dom.js';
import { weigher } from './weight.js';

/** A semantic container must hold at least this share of the page's text to be taken as the content. */
const SEMANTIC_SHARE = 0.5;
/** The density search goes down into a child while it holds this share of the page's text. */
const DENSE_SHARE = 0.8;

export function mainContent(body: Element): Element {
  const weigh = weigher();
  const total = weigh(body);
  if (total === 0) return body;
  const all = descendants(body);
  const kinds: ((el: Element) => boolean)[] = [
    (el) => tagOf(el) === 'article',
    (el) => tagOf(el) === 'main',
    (el) => attrOf(el, 'role') === 'main',
  ];
  for (const kind of kinds) {
    const candidates = all.filter(kind).filter((el) => weigh(el) >= total * SEMANTIC_SHARE);
    if (candidates.length > 0) return candidates.reduce((best, el) => (weigh(el) > weigh(best) ? el : best));
  }
  let current = body;
  for (;;) {
    const next = childElements(current).find((child) => weigh(child) >= total * DENSE_SHARE);
    if (!next) return current;
    current = next;
  }
}

/**
 * The page's title heading when it stands outside the main content, just before it (a blog's
 * `h1.entry-title` above `div.entry-content`): the first h1 that precedes the content.
 */
export function titleOutside(body: Element, main: Element): Element | null {
  if (main === body || descendants(main).some((el) => tagOf(el) === 'h1')) return null;
  const weigh = weigher();
  for (const el of descendants(body)) {
    if (el === main) return null;
    if (tagOf(el) === 'h1' && weigh(el) > 0) return el;
  }
  return null;
}
