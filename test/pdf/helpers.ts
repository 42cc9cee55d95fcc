/** Helpers for the PDF parser tests: reading the mdast model back as plain values. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Nodes, Root, RootContent, Table, TableRow } from 'mdast';
import { toString } from 'mdast-util-to-string';
// The model's augmentation of mdast: `data.page` on nodes, `data.meta` on the root.
import type {} from '../../src/model/types.js';
import { buildPdf } from '../../src/fuzz/pdfs.js';

export const corpus = (name: string): string => fileURLToPath(new URL(`../../corpus/${name}`, import.meta.url));

export function readBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(corpus(name)));
}

/** Plain text of a node with footnote markers left out and white space collapsed. */
export function text(node: Nodes): string {
  const strip = (n: Nodes): string => {
    if (n.type === 'footnoteReference') return '';
    if ('children' in n) return (n.children as Nodes[]).map(strip).join('');
    return toString(n);
  };
  return strip(node).replace(/\s+/g, ' ').trim();
}

export { refs } from '../../src/model/blocks.js';

export function cells(row: TableRow): string[] {
  return row.children.map((cell) => text(cell));
}

/** The row's cells that hold text (merged cells leave empty ones beside them). */
export function filled(row: TableRow): string[] {
  return cells(row).filter((c) => c !== '');
}

export function tables(root: Root): Table[] {
  return root.children.filter((n): n is Table => n.type === 'table');
}

/** The first table after the heading whose text is `title`. */
export function tableAfterHeading(root: Root, title: string): Table | undefined {
  const start = root.children.findIndex((n) => n.type === 'heading' && text(n) === title);
  if (start < 0) return undefined;
  return root.children.slice(start + 1).find((n): n is Table => n.type === 'table');
}

/** Every node of the tree, depth first. */
export function allNodes(root: Root): Nodes[] {
  const out: Nodes[] = [];
  const walk = (n: Nodes) => {
    out.push(n);
    if ('children' in n) for (const child of n.children as Nodes[]) walk(child);
  };
  walk(root);
  return out;
}

/** Text blocks as a reader meets them: headings, paragraphs, list items ("3. …" when ordered). */
export function textBlocks(root: Root): { type: string; text: string }[] {
  const out: { type: string; text: string }[] = [];
  const visit = (node: RootContent) => {
    if (node.type === 'heading' || node.type === 'paragraph') out.push({ type: node.type, text: text(node) });
    else if (node.type === 'list') {
      node.children.forEach((item, i) => {
        const prefix = node.ordered ? `${(node.start ?? 1) + i}. ` : '';
        out.push({ type: 'listItem', text: prefix + text(item) });
      });
    } else if (node.type === 'blockquote') node.children.forEach(visit);
  };
  root.children.forEach(visit);
  return out;
}

/**
 * A one-page PDF whose page content stream is empty: a page with no text at all, as a scan
 * without OCR looks to a text extractor. Offsets in the cross-reference table are computed.
 */
export function emptyPagePdf(pages = 1): Uint8Array {
  const objects: string[] = [];
  const kids = Array.from({ length: pages }, (_, i) => `${3 + i * 2} 0 R`).join(' ');
  objects.push('<< /Type /Catalog /Pages 2 0 R >>');
  objects.push(`<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`);
  for (let i = 0; i < pages; i++) {
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents ${4 + i * 2} 0 R /Resources << >> >>`);
    objects.push('<< /Length 0 >>\nstream\n\nendstream');
  }
  return buildPdf(objects);
}
