/** Shared loading and inspection helpers for the HTML parser tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Nodes, Root, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseHtml } from '../../parsers/html/index.js';
import { parseText } from '../../parsers/text/index.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CORPUS = join(ROOT, 'corpus');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'html');

export function corpusHtml(name: string): Root {
  return parseHtml(readFileSync(join(CORPUS, name), 'utf8'), `corpus/${name}`);
}

export function fixtureHtml(name: string): Root {
  return parseHtml(readFileSync(join(FIXTURES, name), 'utf8'), `test/fixtures/html/${name}`);
}

export function fixturePath(name: string): string {
  return join(FIXTURES, name);
}

/** The seed text of a corpus document by its number ("003"). */
export function seedText(number: string): string {
  const file = readdirSync(CORPUS).find((name) => name.startsWith(`${number}_`) && name.endsWith('.txt'));
  if (!file) throw new Error(`no seed text ${number} in corpus`);
  return readFileSync(join(CORPUS, file), 'utf8');
}

export function textModel(number: string): Root {
  return parseText(seedText(number));
}

export function norm(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Plain text of a node, a footnote marker written "[^n]" so it shows in comparisons. */
export function textOf(node: Nodes): string {
  if (node.type === 'footnoteReference') return `[^${node.identifier}]`;
  if ('children' in node) return (node.children as Nodes[]).map(textOf).join('');
  return 'value' in node && typeof node.value === 'string' ? node.value : '';
}

/** Every node of the tree, depth first. */
export function allNodes(tree: Nodes): Nodes[] {
  const out: Nodes[] = [tree];
  if ('children' in tree) for (const child of tree.children as Nodes[]) out.push(...allNodes(child));
  return out;
}

/** The text of every node that holds text (blocks, cells, inline nodes). */
export function allTexts(tree: Root): string[] {
  return allNodes(tree)
    .map((node) => norm(toString(node)))
    .filter((text) => text !== '');
}

/** Texts of the blocks that carry words on their own: headings, paragraphs, list items, cells. */
export function leafBlockTexts(tree: Root): string[] {
  return allNodes(tree)
    .filter((node) => node.type === 'heading' || node.type === 'paragraph' || node.type === 'tableCell')
    .map((node) => norm(toString(node)));
}

export function tables(tree: Root): Table[] {
  return tree.children.filter((node): node is Table => node.type === 'table');
}

export function rowsOf(table: Table): string[][] {
  return table.children.map((row) => row.children.map((cell) => norm(textOf(cell))));
}

export function headings(tree: Root): { depth: number; text: string }[] {
  return tree.children.flatMap((node: RootContent) => (node.type === 'heading' ? [{ depth: node.depth, text: norm(textOf(node)) }] : []));
}
