/**
 * The PDF parser on the 69-page West Yorkshire CRC report (corpus/west-yorkshire-crc-2020.pdf):
 * the tables the extractors read, footnotes, headings, and what must not leak in (running
 * headers, page numbers, footnote digits glued to values).
 */
import type { FootnoteDefinition, Heading, List, Root, Table, TableRow } from 'mdast';
import { beforeAll, describe, expect, it } from 'vitest';
import { parsePdf } from '../../parsers/pdf/index.js';
import { allNodes, cells, filled, readBytes, refs, tableAfterHeading, tables, text, textBlocks } from './helpers.js';

const FILE = 'west-yorkshire-crc-2020.pdf';
const RUNNING_HEADER = 'Inspection of probation services: West Yorkshire CRC';

let root: Root;
let bytes: Uint8Array;

beforeAll(async () => {
  bytes = readBytes(FILE);
  root = await parsePdf(bytes, FILE);
});

function rowStarting(table: Table, first: string): TableRow {
  const row = table.children.find((r) => cells(r)[0] === first);
  if (!row) throw new Error(`no row starting "${first}"`);
  return row;
}

describe('document', () => {
  it('states its page count and the title from the info dictionary', () => {
    expect(root.data?.meta).toEqual({
      pages: 69,
      title: 'An inspection of probation services in: West Yorkshire Community Rehabilitation Company',
    });
  });

  it('leaves the caller’s bytes usable (pdf.js is handed a copy)', () => {
    expect(bytes.byteLength).toBeGreaterThan(900_000);
    expect(bytes[0]).toBe(0x25); // "%"
  });

  it('gives every block, list item and table row its page, in reading order', () => {
    let last = 0;
    for (const node of root.children) {
      const page = node.data?.page;
      expect(page, `${node.type} without a page`).toBeTypeOf('number');
      expect(page).toBeGreaterThanOrEqual(1);
      expect(page).toBeLessThanOrEqual(69);
      expect(page!).toBeGreaterThanOrEqual(last);
      last = page!;
      if (node.type === 'table') for (const row of node.children) expect(row.data?.page).toBeTypeOf('number');
      if (node.type === 'list') for (const item of node.children) expect(item.data?.page).toBeTypeOf('number');
    }
  });

  it('makes the cover title the one depth-1 heading, the chapters depth 2, in order', () => {
    const headings = root.children.filter((n): n is Heading => n.type === 'heading');
    expect(headings[0]).toMatchObject({ depth: 1, data: { page: 1 } });
    expect(text(headings[0]!)).toBe('An inspection of probation services in: West Yorkshire Community Rehabilitation Company');
    expect(headings.filter((h) => h.depth === 1)).toHaveLength(1);
    expect(headings.filter((h) => h.depth === 2).map(text)).toEqual([
      'Contents',
      'Foreword',
      'Ratings',
      'Executive summary',
      'Recommendations',
      'Background',
      'Contextual facts',
      '1. Organisational delivery',
      '2. Case supervision',
      'Annexe 1: Background of probation services',
      'Annexe 2: Methodology',
      'Annexe 3: Organisational design and map',
      'Annexe 4: Inspection data',
    ]);
    const depth3 = headings.filter((h) => h.depth === 3).map(text);
    expect(depth3).toEqual(expect.arrayContaining(['Performance against targets', 'Key data', 'New recommendations', 'Poor practice example']));
    // Lead-ins set large ("Strengths:") are not section titles.
    expect(headings.map(text)).not.toContain('Strengths:');
  });
});

describe('layout noise', () => {
  it('drops the running header everywhere, including where it was set as a heading', () => {
    for (const node of allNodes(root)) {
      if (node.type === 'text') expect(node.value).not.toContain(RUNNING_HEADER);
    }
    expect(JSON.stringify(root)).not.toContain(RUNNING_HEADER);
  });

  it('drops page numbers: no block is a bare number', () => {
    for (const block of textBlocks(root)) expect(block.text).not.toMatch(/^\d{1,3}$/);
  });

  it('drops a lone dash line', () => {
    for (const block of textBlocks(root)) expect(block.text).not.toMatch(/^[-–]$/);
  });
});

describe('Ratings table (page 6)', () => {
  it('has every row with exactly its cells, the header whole', () => {
    const table = tableAfterHeading(root, 'Ratings')!;
    expect(table.data?.page).toBe(6);
    expect(table.children.map(filled)).toEqual([
      ['West Yorkshire Community Rehabilitation Company', 'Score', '11/30'],
      ['Overall rating', 'Requires improvement'],
      ['1.', 'Organisational delivery'],
      ['1.1', 'Leadership', 'Good'],
      ['1.2', 'Staff', 'Requires improvement'],
      ['1.3', 'Services', 'Good'],
      ['1.4', 'Information and facilities', 'Good'],
      ['2.', 'Case supervision'],
      ['2.1', 'Assessment', 'Inadequate'],
      ['2.2', 'Planning', 'Inadequate'],
      ['2.3', 'Implementation and delivery', 'Inadequate'],
      ['2.4', 'Reviewing', 'Inadequate'],
      ['4.', 'CRC-specific work'],
      ['4.1', 'Unpaid work', 'Good'],
      ['4.2', 'Through the Gate', 'Good'],
    ]);
    for (const row of table.children) {
      expect(row.data?.page).toBe(6);
      expect(row.children).toHaveLength(table.children[0]!.children.length);
    }
  });
});

describe('Contextual facts (page 18)', () => {
  it('is a two-column table of 8 values with their descriptions', () => {
    const table = tableAfterHeading(root, 'Contextual facts')!;
    expect(table.data?.page).toBe(18);
    expect(table.children.map((r) => cells(r)[0])).toEqual(['3,075', '2,164', '5,773', '2,337', '45.3%', '44.7%', '£16m', '£17.7m']);
    expect(table.children.every((r) => r.children.length === 2)).toBe(true);
  });

  it('ends each description with a footnote reference, never with digits', () => {
    const table = tableAfterHeading(root, 'Contextual facts')!;
    for (const row of table.children) {
      const description = row.children[1]!;
      const last = description.children[description.children.length - 1]!;
      expect(last.type, cells(row)[1]).toBe('footnoteReference');
      expect(text(description)).not.toMatch(/\d$/);
    }
    expect(cells(table.children[0]!)[1]).toBe('The number of individuals supervised on community sentences by West Yorkshire CRC');
    expect(refs(table.children[0]!.children[1]!)).toEqual(['6']);
    // "reoffence8910" in pdftotext: three raised markers side by side, three references.
    expect(refs(rowStarting(table, '45.3%').children[1]!)).toEqual(['8', '9', '10']);
    expect(refs(rowStarting(table, '£17.7m').children[1]!)).toEqual(['7']);
  });
});

describe('Performance against targets (page 18)', () => {
  it('puts the footnote after "target of 75%" as a reference', () => {
    const table = tableAfterHeading(root, 'Performance against targets')!;
    expect(table.children.map((r) => cells(r)[0])).toEqual(['70%', '63%', '90%']);
    const row = rowStarting(table, '70%');
    const description = row.children[1]!;
    expect(text(description)).toMatch(/^The proportion of individuals recorded as having successfully completed/);
    expect(text(description)).toMatch(/against a target of 75%$/);
    expect(description.children[description.children.length - 1]).toMatchObject({ type: 'footnoteReference', identifier: '9' });
    expect(refs(rowStarting(table, '63%').children[1]!)).toEqual(['10']);
    expect(text(rowStarting(table, '63%').children[1]!)).toMatch(/against a target of 65%$/);
    expect(refs(rowStarting(table, '90%').children[1]!)).toEqual(['11']);
  });

  it('glues no footnote digits to any percentage in the document', () => {
    for (const node of allNodes(root)) {
      if (node.type === 'text') expect(node.value).not.toMatch(/\d%\d|\d% \d{1,2}$/);
    }
  });
});

describe('standards and key questions', () => {
  it('reads the 2.2 Planning key-question table with its three rows of figures', () => {
    const table = tables(root).find((t) => t.children.some((r) => /^Does planning focus sufficiently on engaging the service user\?$/.test(cells(r)[0]!) && cells(r)[1] === '61%'));
    expect(table).toBeDefined();
    expect(table!.data?.page).toBe(39);
    const figures = table!.children.slice(1).map((r) => cells(r).slice(1));
    expect(figures).toEqual([
      ['61%', '55%', '63%'],
      ['52%', '56%', '64%'],
      ['43%', '44%', '46%'],
    ]);
    expect(cells(table!.children[0]!)).toEqual(['Comparison with West Yorkshire in previous inspection and all CRCs', 'Previous inspection', 'Current inspection', 'All CRCs']);
    expect(refs(table!.children[0]!)).toEqual(['25']);
    expect(text(table!.children[2]!.children[0]!)).toBe("Does planning focus sufficiently on reducing reoffending and supporting the service user's desistance?");
  });

  it('keeps a rating box cut by a page break as one table, its header once (pages 22–23)', () => {
    const table = tables(root).find((t) => t.children.some((r) => cells(r)[0] === '1.2. Staff'))!;
    expect(table.children.map(cells)).toEqual([
      ['', 'Previous inspection', 'Current inspection'],
      ['1.2. Staff', '', ''],
      ['Staff within the organisation are empowered to deliver a high-quality, personalised and responsive service for all service users.', 'Requires improvement', 'Requires improvement'],
    ]);
    expect(table.children.map((r) => r.data?.page)).toEqual([22, 22, 23]);
  });

  it('keeps a key-question table continued on the next page as one table (pages 35–36)', () => {
    const table = tables(root).find((t) => t.children.some((r) => /^Does assessment focus sufficiently on engaging/.test(cells(r)[0]!) && cells(r)[1] === '67%'))!;
    expect(table.children.map((r) => cells(r).slice(1))).toEqual([
      ['Previous inspection', 'Current inspection', 'All CRCs'],
      ['67%', '55%', '68%'],
      ['65%', '68%', '63%'],
    ]);
    expect(table.children.map((r) => r.data?.page)).toEqual([35, 35, 36]);
  });

  it('joins a wrapped cell whose text was set below a gap (page 49)', () => {
    const table = tables(root).find((t) => t.children.some((r) => cells(r)[0] === 'Is unpaid work delivered safely?'))!;
    const row = table.children.find((r) => /^Do arrangements for unpaid work maximise/.test(cells(r)[0]!))!;
    expect(cells(row)).toEqual([
      'Do arrangements for unpaid work maximise rehabilitative elements and support desistance?',
      'This question produces qualitative evidence only, used to moderate the provisional rating calculated from case inspection data',
    ]);
    expect(refs(row)).toEqual(['37']);
    expect(table.children.map((r) => cells(r)[1])).toEqual(['Current inspection', '76%', '69%', expect.any(String), '83%']);
  });

  it('keeps the Annexe 4 prompt tables whole across pages, section rows spanning', () => {
    const planning = tables(root).find((t) => cells(t.children[0]!)[0] === '2.2. Planning')!;
    expect(planning.data?.page).toBe(65);
    const rows = planning.children.map(cells);
    expect(rows[1]).toEqual(['Does planning focus sufficiently on engaging the service user?', 'Previous inspection', 'Current inspection']);
    expect(rows).toContainEqual([
      'Does planning set out how all the requirements of the sentence or licence/post-sentence supervision will be delivered within the available timescales?',
      '54%',
      '52%',
    ]);
    expect(rows).toContainEqual(["Does planning focus sufficiently on reducing reoffending and supporting the service user's desistance?", '', '']);
    expect(rows[rows.length - 1]).toEqual(['Does planning set out necessary and effective contingency arrangements to manage those risks that have been identified?', '51%', '38%']);
    expect(planning.children[planning.children.length - 1]!.data?.page).toBe(66);
  });
});

describe('footnotes', () => {
  it('defines footnotes 1 to 46, each once, and every reference has its definition', () => {
    const definitions = root.children.filter((n): n is FootnoteDefinition => n.type === 'footnoteDefinition');
    const ids = definitions.map((d) => d.identifier);
    for (let id = 1; id <= 46; id++) expect(ids.filter((x) => x === String(id)), `footnote ${id}`).toHaveLength(1);
    const defined = new Set(ids);
    for (const node of allNodes(root)) if (node.type === 'footnoteReference') expect(defined.has(node.identifier), node.identifier).toBe(true);
  });

  it('keeps the footnote text whole, with its page', () => {
    const nine = root.children.find((n): n is FootnoteDefinition => n.type === 'footnoteDefinition' && n.identifier === '9')!;
    expect(text(nine)).toBe('Ministry of Justice. (2019). CRC Service Level 8, Community performance quarterly statistics, April 2018 to June 2019, Q1.');
    expect(nine.data?.page).toBe(18);
  });

  it('reads a footnote mangled into LaTeX as a footnote', () => {
    const note = root.children.find((n): n is FootnoteDefinition => n.type === 'footnoteDefinition' && n.identifier === '47')!;
    expect(text(note)).toBe('Expected in all cases where the service user has children, is in contact with children or presents a potential risk of harm to children.');
  });
});

describe('paragraphs and lists', () => {
  it('joins a paragraph cut by a page break', () => {
    const paragraph = textBlocks(root).find((b) => b.text.startsWith('Leaders are responsive and adaptable'))!;
    expect(paragraph.text).toContain('The Ministry of Justice (MoJ) contract manager reports being impressed by the senior leadership team');
  });

  it('joins a paragraph the layout broke mid-sentence on one page', () => {
    expect(textBlocks(root).map((b) => b.text)).toContainEqual(expect.stringContaining('satisfactory and so this CRC has been rated as inadequate on all four areas.'));
  });

  it('keeps compound hyphens at line ends', () => {
    const all = textBlocks(root).map((b) => b.text).join('\n');
    expect(all).toContain('involve staff in decision-making');
    expect(all).toContain('pre-sentence reports');
  });

  it('makes Symbol-font bullets list items', () => {
    const index = root.children.findIndex((n) => n.type === 'paragraph' && text(n) === 'Key strengths of the organisation are as follows:');
    const list = root.children[index + 1] as List;
    expect(list.type).toBe('list');
    expect(list.ordered).toBe(false);
    expect(list.children.map(text)).toEqual([
      'A strong, cohesive management group trying to drive forward improvement and has a good understanding of the quality of delivery.',
      'Staff speak positively about their managers and receive regular supervision.',
      "The CRC has a wealth of data available, including an innovative reoffending data tool, for identifying service users' needs and priorities for commissioning services.",
      'The CRC has comprehensive quality management systems in place.',
    ]);
  });

  it('keeps a bullet item whose wrapped lines return to the margin whole', () => {
    const items = textBlocks(root).filter((b) => b.type === 'listItem').map((b) => b.text);
    expect(items).toContain(
      'In too many cases, assessments and reviews of offending-related factors and risk of harm to others were insufficient because the information available on file was missed, or was not sought and analysed from the police and social care services in a timely fashion.',
    );
  });

  it('reads the numbered new recommendations as an ordered list', () => {
    const index = root.children.findIndex((n) => n.type === 'paragraph' && text(n) === 'West Yorkshire CRC should:');
    const list = root.children[index + 1] as List;
    expect(list).toMatchObject({ type: 'list', ordered: true, start: 1 });
    expect(list.children).toHaveLength(7);
    expect(text(list.children[0]!)).toBe('ensure there are enough qualified and trained staff to deliver a sufficient quality of case supervision');
  });

  it('reads the contents page as a title | page table', () => {
    const table = tableAfterHeading(root, 'Contents')!;
    expect(table.children[0]!.children.map(text)).toEqual(['Foreword', '4']);
    expect(table.children.map((r) => cells(r)[0])).toContain('Annexe 4: Inspection data');
  });
});
