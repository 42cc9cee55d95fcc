/**
 * Footnote markers that a source glued to the text in plain digits: "against a target of 75%9",
 * "of 65% 10", "describing workload as unmanageable 14". A trailing number is taken for a footnote
 * marker only where it ends a cell or paragraph of at least three words, follows a percentage (or, in a
 * table cell, a word), and the
 * document defines a footnote with that number — otherwise it stays text.
 */
import type { Nodes, Parent, PhrasingContent, Root } from 'mdast';
import { footnoteReference } from './inline.js';

const AFTER_PERCENT = /^(.*\d(?:\.\d+)?%)\s?(\d{1,2})$/s;
const AFTER_WORD = /^(.*[A-Za-z)\]])\s(\d{1,2})$/s;

export function resolveGluedFootnotes(tree: Root): Root {
  const defined = new Set<string>();
  walk(tree, (node) => {
    if (node.type === 'footnoteDefinition') defined.add(node.identifier);
  });
  if (defined.size === 0) return tree;

  walk(tree, (node) => {
    if (node.type === 'paragraph' || node.type === 'tableCell') resolveIn(node, defined, node.type === 'tableCell');
  });
  return tree;
}

function resolveIn(parent: Parent & { children: PhrasingContent[] }, defined: Set<string>, isCell: boolean): void {
  const last = parent.children[parent.children.length - 1];
  if (!last || last.type !== 'text') return;
  const text = last.value.trimEnd();
  const words = text.split(/\s+/).length;
  // After a word only in table cells: in running prose "see Annexe 4" is a reference, not a marker.
  const match = AFTER_PERCENT.exec(text) ?? (isCell ? AFTER_WORD.exec(text) : null);
  if (!match || words < 3 || !defined.has(String(Number(match[2])))) return;
  last.value = match[1]!;
  parent.children.push(footnoteReference(String(Number(match[2]))));
}

function walk(node: Nodes, visit: (node: Nodes) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children as Nodes[]) walk(child, visit);
}
