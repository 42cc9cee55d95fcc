/**
 * The report as a web page (west-yorkshire-crc-2020-report.html) against the text parser's model of
 * the same report (003): the same tables with the same rows and cells, the same footnotes, the same
 * headings in the same order. The page was typeset from the seed text and keeps its quirks: tables
 * broken where a row had merged cells or a page broke, paragraphs and lists cut at page breaks; the
 * parser rejoins them.
 */
import type { Nodes, Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { allNodes, allTexts, corpusHtml, headings, norm, rowsOf, tables, textModel, textOf } from './helpers.js';

const html = corpusHtml('west-yorkshire-crc-2020-report.html');
const text = textModel('003');

/**
 * Annexe 4's six prompt tables: the text model's first row is the standard ("2.1. Assessment | |"),
 * which the page gives as an <h3> just before the table instead. The HTML model keeps it a heading.
 */
const TITLED_BY_HEADING = new Set([29, 30, 31, 32, 33, 34]);

function inFootnote(tree: Root, node: Nodes): boolean {
  return tree.children.some((block) => block.type === 'footnoteDefinition' && allNodes(block).includes(node));
}

function tableAfter(tree: Root, heading: string): string[][] {
  const at = tree.children.findIndex((node) => node.type === 'heading' && norm(textOf(node)) === heading);
  const table = tree.children.slice(at + 1).find((node) => node.type === 'table');
  return table && table.type === 'table' ? rowsOf(table) : [];
}

describe('report web page', () => {
  it('has as many tables as the text model (60 <table> pieces rejoined into 35)', () => {
    expect(tables(text)).toHaveLength(35);
    expect(tables(html)).toHaveLength(tables(text).length);
  });

  it('has the Ratings table row for row and cell for cell as the text model, clipped header cells included', () => {
    const ratings = tableAfter(html, 'Ratings');
    expect(ratings).toEqual(tableAfter(text, 'Ratings'));
    expect(ratings[0]).toEqual(['', 'st Yorkshire nmunity Rehabilitation Company', 'Score', '11/30']);
    expect(ratings[1]).toEqual(['Ove', 'rall rating', 'Requires improvement', '']);
    expect(ratings).toHaveLength(15);
    expect(ratings.every((row) => row.length === 4)).toBe(true);
  });

  it('has every table with the text model’s rows and cells', () => {
    const htmlTables = tables(html).map(rowsOf);
    tables(text)
      .map(rowsOf)
      .forEach((rows, i) => {
        if (TITLED_BY_HEADING.has(i)) {
          const [title, ...rest] = rows;
          expect(htmlTables[i], `table ${i}`).toEqual(rest);
          // The title row's text is the heading right before the HTML table.
          const at = html.children.indexOf(tables(html)[i]!);
          const before = html.children[at - 1]!;
          expect(before.type === 'heading' && norm(textOf(before))).toBe(title![0]);
        } else expect(htmlTables[i], `table ${i}`).toEqual(rows);
      });
  });

  it('joins a table row cut by a page break, with its footnote moved after the table', () => {
    const planning = tables(html)[30]!;
    expect(rowsOf(planning)).toContainEqual([
      'Does planning set out how all the requirements of the sentence or licence/post-sentence supervision will be delivered within the available timescales?',
      '54%',
      '52%',
    ]);
    const after = html.children[html.children.indexOf(planning) + 1];
    expect(after).toMatchObject({ type: 'footnoteDefinition', identifier: '47' });
  });

  it('has footnote definitions 1 to 46 (and the LaTeX-mangled 47), with the text model’s texts', () => {
    const definitions = (tree: Root) =>
      new Map(tree.children.flatMap((node) => (node.type === 'footnoteDefinition' ? [[node.identifier, norm(textOf(node))] as const] : [])));
    const ours = definitions(html);
    for (let n = 1; n <= 46; n++) expect(ours.has(String(n)), `footnote ${n}`).toBe(true);
    expect(ours).toEqual(definitions(text));
    expect(ours.get('46')).toBe('Expected in all cases.');
  });

  it('has the text model’s paragraphs and list items, in order, whole across the page’s cuts', () => {
    const flow = (tree: Root) =>
      allNodes(tree)
        .filter((node) => node.type === 'paragraph' && !inFootnote(tree, node))
        .map((node) => norm(textOf(node)));
    const ours = flow(html);
    const theirs = flow(text);
    // The page's subtitle paragraph is the text model's title; the text model's heading
    // "www.…/hmiprobation" and paragraph "HM Inspectorate … M3 3FX" swap kinds on the page.
    expect(ours.filter((p) => !theirs.includes(p))).toEqual([
      'An inspection of probation services in: West Yorkshire Community Rehabilitation Company',
      'HM Inspectorate of Probation 1 Bridge Street West Civil Justice Centre Manchester M3 3FX',
    ]);
    expect(theirs.filter((p) => !ours.includes(p))).toEqual(['www.justiceinspectorates.gov.uk/hmiprobation']);
    expect(ours.filter((p) => theirs.includes(p))).toEqual(theirs.filter((p) => ours.includes(p)));
  });

  it('marks footnotes in the text as references, never digits glued to words', () => {
    const refs = JSON.stringify(html).match(/"type":"footnoteReference"/g) ?? [];
    expect(refs.length).toBeGreaterThan(40);
    expect(allTexts(html).some((t) => /[⁰¹²³⁴⁵⁶⁷⁸⁹]/.test(t))).toBe(false);
  });

  it('has the text model’s headings in the same order, and only known extra ones', () => {
    const ours = headings(html).map((h) => h.text);
    const theirs = headings(text)
      .map((h) => h.text)
      // The title differs (the page's h1 is the short title), and the publisher's address is a
      // paragraph on the page.
      .filter((t, i) => i > 0 && !t.startsWith('HM Inspectorate of Probation 1 Bridge Street'));
    let at = 0;
    for (const heading of theirs) {
      const found = ours.indexOf(heading, at);
      expect(found, heading).toBeGreaterThanOrEqual(at);
      at = found + 1;
    }
    const extra = ours.filter((h) => !theirs.includes(h));
    expect(extra).toEqual([
      'An inspection of probation services in West Yorkshire CRC',
      'www.justiceinspectorates.gov.uk/hmiprobation',
      '2.1. Assessment',
      '2.2. Planning',
      '2.3. Implementation and delivery',
      '2.4. Reviewing',
      '4.1 Unpaid work',
      '4.2 Through the Gate',
    ]);
  });

  it('gives the sections their tag depths: h1 title, h2 sections, h3 below', () => {
    const list = headings(html);
    expect(list[0]).toEqual({ depth: 1, text: 'An inspection of probation services in West Yorkshire CRC' });
    expect(list.filter((h) => h.depth === 1)).toHaveLength(1);
    for (const section of ['Contents', 'Foreword', 'Ratings', 'Executive summary', '1. Organisational delivery', 'Annexe 4: Inspection data[^45]']) {
      expect(list).toContainEqual({ depth: 2, text: section });
    }
  });

  it('keeps out the page shell and the footnote list’s own heading', () => {
    const texts = allTexts(html);
    for (const shell of ['We use cookies', 'Related content', 'Annual report 2019', 'Press releases', 'Published:']) {
      expect(texts.some((t) => t.includes(shell)), shell).toBe(false);
    }
    expect(headings(html).some((h) => h.text === 'Footnotes')).toBe(false);
  });

  it('states the metadata', () => {
    expect(html.data?.meta).toEqual({
      pages: null,
      title: 'An inspection of probation services in West Yorkshire CRC - HM Inspectorate of Probation',
      published: '2020-03-10',
      canonicalUrl: null,
    });
  });
});
