/**
 * Site chrome and inert markup are removed from the DOM before the main content is looked for, so
 * neither the choice of the main content nor its conversion ever sees them. Nothing is executed
 * or fetched: scripts, frames and media are dropped unread.
 */
import {
  type AnyNode,
  type Element,
  attrOf,
  childElements,
  descendants,
  detach,
  hasAncestor,
  headingLevel,
  isAttached,
  isElement,
  nameWords,
  tagOf,
  textOf,
} from './dom.js';
import { isFootnoteContainer } from './footnotes.js';
import { normalizeSpace } from './text.js';
import { type Weights, weigher } from './weight.js';

/** Markup with no readable text of its own, or that would only be read by running or fetching it. */
const INERT_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'svg', 'math',
  'canvas', 'img', 'picture', 'video', 'audio', 'source', 'track', 'map', 'button', 'input', 'select',
  'option', 'textarea', 'label', 'link', 'meta', 'base',
]);

/** Classes that hide text from sighted readers: it repeats what is on screen, or is a skip link. */
const HIDDEN_CLASSES = /^(?:hidden|sr-only|screen-reader-text|visually-?hidden|.*-visually-hidden)$/i;

const CHROME_TAGS = new Set(['nav', 'header', 'footer', 'aside', 'form', 'menu', 'dialog']);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alertdialog', 'menu', 'menubar', 'toolbar']);
/** Words in a class or id that mark chrome. */
const CHROME_WORDS = new Set([
  'share', 'shares', 'sharing', 'sharedaddy', 'addtoany', 'social', 'related', 'comment', 'comments', 'reply',
  'respond', 'subscribe', 'subscription', 'newsletter', 'signup', 'sponsor', 'sponsors', 'sponsored', 'advert',
  'adverts', 'advertisement', 'advertising', 'ad', 'ads', 'adsbygoogle', 'cookie', 'cookies', 'consent',
  'breadcrumb', 'breadcrumbs', 'sidebar', 'widget', 'widgets', 'nav', 'navbar', 'navigation', 'menu', 'footer',
  'header', 'masthead', 'banner', 'skip', 'popup', 'modal', 'promo', 'pagination', 'pager', 'toolbar', 'feedback',
]);

/**
 * Headings that introduce chrome: "Share This Post", "Related posts", "Leave a Reply", "Subscribe",
 * "Posts sponsored by Unilink", "3 comments".
 */
const CHROME_HEADING =
  /^(?:share(?: (?:this|on)\b.*)?|related(?: (?:posts?|articles?|content|stories|links|reading|pages|news))?|leave a (?:reply|comment)|post a comment|(?:\d+ )?comments?|\d+ (?:responses?|replies)|join the discussion|subscribe\b.*|sign up\b.*|newsletter|(?:you (?:may|might) also (?:like|enjoy))|more (?:from|stories|like this|on this)\b.*|(?:recent|popular|latest) (?:posts|articles|comments)|most (?:read|popular)|.*\bsponsored by\b.*|sponsored|advert(?:isement)?s?|about the author|tags|categories|archives)$/i;

export function removeInert(root: Element): void {
  for (const el of descendants(root)) {
    if (!isAttached(el)) continue;
    if (INERT_TAGS.has(tagOf(el)) || isHidden(el)) detach(el);
  }
}

function isHidden(el: Element): boolean {
  if ('hidden' in el.attribs || attrOf(el, 'aria-hidden') === 'true') return true;
  if (/(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(attrOf(el, 'style'))) return true;
  return attrOf(el, 'class').split(/\s+/).some((name) => HIDDEN_CLASSES.test(name));
}

/**
 * Removes navigation, headers, footers, asides, forms, banners, share bars, comment sections,
 * related posts, adverts and the like, decided by tag, ARIA role and class/id words. Spared: the
 * footnote lists (moved out of a chrome element first), anything holding the page's `main` or half
 * its text (a wrapper named "content-with-sidebar"), and the header of the article itself.
 */
export function removeChrome(body: Element): void {
  liftFootnotes(body);
  const weigh = weigher();
  const total = weigh(body);
  const prune = (el: Element): void => {
    for (const child of [...el.children]) {
      if (!isElement(child)) continue;
      const kind = chromeKind(child);
      if (kind !== null && !isSpared(child, kind, weigh, total)) detach(child);
      else prune(child);
    }
  };
  prune(body);
}

type ChromeKind = 'tag' | 'role' | 'name' | null;

function chromeKind(el: Element): ChromeKind {
  if (CHROME_TAGS.has(tagOf(el))) return 'tag';
  if (CHROME_ROLES.has(attrOf(el, 'role'))) return 'role';
  return nameWords(el).some((word) => CHROME_WORDS.has(word)) ? 'name' : null;
}

function isChrome(el: Element): boolean {
  return chromeKind(el) !== null;
}

function isMain(el: Element): boolean {
  return tagOf(el) === 'main' || attrOf(el, 'role') === 'main';
}

function isSpared(el: Element, kind: ChromeKind, weigh: Weights, total: number): boolean {
  if (isFootnoteContainer(el)) return true;
  if (isMain(el) || descendants(el).some(isMain)) return true;
  // A wrapper around the content ("content-with-sidebar", an ASP.NET page-wide <form>): one of its
  // children that is not chrome itself holds half the page's text.
  const wrapper = kind === 'name' || tagOf(el) === 'form';
  if (wrapper && total > 0 && childElements(el).some((child) => chromeKind(child) === null && weigh(child) * 2 >= total)) return true;
  // The article's own header holds its title: <article><header><h1>…</h1></header>, or
  // <div class="page-header"><h1>…</h1></div>. A site logo is an h1 that is only a link home.
  const headerish = tagOf(el) === 'header' || nameWords(el).some((word) => word === 'header' || word === 'masthead');
  if (!headerish) return false;
  const inArticle = hasAncestor(el, (a) => tagOf(a) === 'article' || isMain(a));
  const weighTitle = weigher();
  return descendants(el).some((h) => {
    const level = headingLevel(h);
    return level !== null && (level === 1 || (inArticle && level <= 3)) && weighTitle(h) > 0 && (inArticle || tagOf(el) !== 'header');
  });
}

/** A footnote list inside a footer or aside is content: move it out before the chrome goes. */
function liftFootnotes(body: Element): void {
  for (const el of descendants(body)) {
    if (!isAttached(el) || !isFootnoteContainer(el)) continue;
    let outer: Element | null = null;
    for (let parent = el.parent; parent && isElement(parent) && parent !== body; parent = parent.parent) {
      if (isChrome(parent) && !isFootnoteContainer(parent)) outer = parent;
    }
    if (outer) insertAfter(el, outer);
  }
}

function insertAfter(node: Element, ref: Element): void {
  detach(node);
  const parent = ref.parent!;
  const index = parent.children.indexOf(ref);
  parent.children.splice(index + 1, 0, node);
  node.parent = parent;
  node.prev = ref;
  node.next = ref.next;
  if (ref.next) ref.next.prev = node;
  ref.next = node;
}

const MAX_CHROME_HEADINGS = 100;

export function isChromeHeading(text: string): boolean {
  return CHROME_HEADING.test(normalizeSpace(text).replace(/[:.!]+$/, ''));
}

/**
 * A heading that introduces chrome takes with it what follows it in its container. Near the end
 * of the container (less text after it than before) that is the rest of the container: pages put
 * share bars, related posts, comment forms and sponsor boxes after the article, one heading after
 * another. Elsewhere it is only the heading's own section, up to the next heading of its level or
 * above: a "Share This Post" label left over from a share bar above the article.
 */
export function removeChromeHeadings(body: Element): void {
  // Each heading weighs all its siblings: past a hundred (real pages have a handful), a page is
  // broken markup, and weighing on would cost time that grows with the square of its length.
  const headings = descendants(body)
    .filter((el) => headingLevel(el) !== null && isChromeHeading(textOf(el)))
    .slice(0, MAX_CHROME_HEADINGS);
  // One memo of weights for all the headings: what a heading removes changes only the weights of
  // its ancestors, which are forgotten after each removal.
  const memo = new Map<AnyNode, number>();
  const weigh = weigher(memo);
  for (const heading of headings) {
    if (!isAttached(heading) || !heading.parent) continue;
    const siblings = heading.parent.children;
    const at = siblings.indexOf(heading);
    const before = siblings.slice(0, at).reduce((n, node) => n + weigh(node), 0);
    const following = siblings.slice(at + 1);
    const after = following.reduce((n, node) => n + weigh(node), 0);
    const level = headingLevel(heading)!;
    const doomed: AnyNode[] = [heading];
    if (after <= before) for (const node of following) doomed.push(node);
    else {
      for (const node of following) {
        if (isElement(node) && opensSection(node, level)) break;
        doomed.push(node);
      }
    }
    for (let ancestor: AnyNode | null = heading.parent; ancestor; ancestor = ancestor.parent) memo.delete(ancestor);
    for (const node of doomed) if (!(isElement(node) && isFootnoteContainer(node))) detach(node);
  }
}

function opensSection(el: Element, level: number): boolean {
  const own = headingLevel(el);
  if (own !== null) return own <= level;
  return descendants(el).some((d) => {
    const l = headingLevel(d);
    return l !== null && l <= level;
  });
}
