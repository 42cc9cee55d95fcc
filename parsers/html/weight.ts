/**
 * How much readable text an element holds: its characters (spaces not counted) outside links.
 * Menus, related-post lists and share bars are mostly links, so they weigh little whatever their
 * markup; the article's paragraphs weigh what they say.
 */
import { type AnyNode, type Element, isElement, isText, tagOf } from './dom.js';

export type Weights = (node: AnyNode) => number;

/**
 * A memoised weight function for the DOM as it stands now (make a new one after pruning, or pass
 * the memo and delete from it the elements a pruning changed: the ancestors of what was removed).
 */
export function weigher(memo: Map<AnyNode, number> = new Map()): Weights {
  const weigh = (node: AnyNode): number => {
    if (isText(node)) {
      let weight = memo.get(node);
      if (weight === undefined) {
        weight = node.data.replace(/\s+/g, '').length;
        memo.set(node, weight);
      }
      return weight;
    }
    if (!isElement(node) || tagOf(node) === 'a') return 0;
    const known = memo.get(node);
    if (known !== undefined) return known;
    let sum = 0;
    for (const child of node.children) sum += weigh(child);
    memo.set(node, sum);
    return sum;
  };
  return weigh;
}
