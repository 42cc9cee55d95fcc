/**
 * Small typed helpers over the DOM that cheerio builds (domhandler nodes). The parser walks these
 * nodes directly rather than through `$()` wrappers: the walks are simple and this keeps them typed.
 */
import type { AnyNode, Element, Text } from 'domhandler';

export type { AnyNode, Element, Text };

export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

export function isText(node: AnyNode): node is Text {
  return node.type === 'text';
}

export function tagOf(node: AnyNode): string {
  return isElement(node) ? node.name.toLowerCase() : '';
}

export function attrOf(el: Element, name: string): string {
  return el.attribs[name] ?? '';
}

export function childElements(el: Element): Element[] {
  return el.children.filter(isElement);
}

/** Raw text of a node and its descendants, as the browser would give it for `textContent`. */
export function textOf(node: AnyNode): string {
  if (isText(node)) return node.data;
  if (!isElement(node)) return '';
  let out = '';
  for (const child of node.children) out += textOf(child);
  return out;
}

/**
 * The words of an element's class and id: "site-header__nav", "shareButtons" → site, header, nav,
 * share, buttons. Chrome is recognised by these words, so they are split on every separator and on
 * camelCase.
 */
export function nameWords(el: Element): string[] {
  const raw = `${attrOf(el, 'class')} ${attrOf(el, 'id')}`;
  return raw
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
}

export function hasAncestor(node: AnyNode, test: (el: Element) => boolean): boolean {
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (isElement(parent) && test(parent)) return true;
  }
  return false;
}

/** Every element below `root` in document order (iterative, so deep pages cannot overflow the stack). */
export function descendants(root: Element): Element[] {
  const out: Element[] = [];
  const stack: AnyNode[] = [...root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    out.push(node);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return out;
}

export function detach(node: AnyNode): void {
  const parent = node.parent;
  if (!parent) return;
  const index = parent.children.indexOf(node as never);
  if (index >= 0) parent.children.splice(index, 1);
  if (node.prev) node.prev.next = node.next;
  if (node.next) node.next.prev = node.prev;
  node.parent = null;
  node.prev = null;
  node.next = null;
}

/** Whether the node still hangs from the document (an ancestor may have been removed). */
export function isAttached(node: AnyNode): boolean {
  let current: AnyNode = node;
  while (current.parent) current = current.parent;
  return current.type === 'root';
}

export function headingLevel(el: Element): number | null {
  const tag = tagOf(el);
  return /^h[1-6]$/.test(tag) ? Number(tag.slice(1)) : null;
}

/**
 * Depth past which markup is flattened to its text (and line breaks). Real pages nest a few dozen
 * levels; thousands come only from broken markup (unclosed `<div>`s), and the parser's recursive
 * walks must not overflow the stack on them.
 */
export const MAX_DEPTH = 200;

export function flattenDeep(root: Element, maxDepth = MAX_DEPTH): void {
  const stack: [Element, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [el, depth] = stack.pop()!;
    if (depth >= maxDepth) {
      setChildren(el, leavesOf(el));
      continue;
    }
    for (const child of el.children) if (isElement(child)) stack.push([child, depth + 1]);
  }
}

/** Text nodes and `<br>`s below `el`, in document order; a space keeps elements' words apart. */
function leavesOf(el: Element): AnyNode[] {
  const out: AnyNode[] = [];
  const stack: AnyNode[] = [...el.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isText(node) || tagOf(node) === 'br') out.push(node);
    else if (isElement(node)) {
      const last = out[out.length - 1];
      if (last && isText(last)) last.data += ' ';
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
  return out;
}

function setChildren(el: Element, children: AnyNode[]): void {
  children.forEach((child, i) => {
    child.parent = el;
    child.prev = children[i - 1] ?? null;
    child.next = children[i + 1] ?? null;
  });
  el.children = children as Element['children'];
}
