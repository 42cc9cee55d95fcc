/** The small fixtures in test/fixtures/html/: one shape each that pages in the wild have. */
import { readFileSync } from 'node:fs';
import type { List, ListItem, Paragraph, Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { HmipError } from '../../src/errors.js';
import { parseHtml } from '../../parsers/html/index.js';
import { allTexts, fixtureHtml, fixturePath, headings, leafBlockTexts, norm, rowsOf, tables, textOf } from './helpers.js';

function blocks(tree: Root): { type: string; text: string }[] {
  return tree.children.map((node) => ({ type: node.type, text: norm(textOf(node)) }));
}

function itemTexts(list: List): string[] {
  return list.children.map((item) => norm(textOf(item.children[0]!)));
}

describe('table with <th> headers, colspan and rowspan', () => {
  const tree = fixtureHtml('table-th-colspan.html');

  it('pads spanned cells so every row has one cell per column', () => {
    const [first, second] = tables(tree);
    expect(rowsOf(first!)).toEqual([
      ['Grade', 'Caseload', ''],
      ['', 'Previous year', 'Current year'],
      ['Probation officer', '49', '48'],
      ['Probation services officer', '66 (both years)', ''],
      ['Senior case manager', '12', '14'],
      ['', '13', '15'],
    ]);
    expect(first!.align).toEqual([null, null, null]);
    expect(first!.children.every((row) => row.children.length === 3 && row.data?.page === null)).toBe(true);
    expect(rowsOf(second!)).toEqual([
      ['Area', '2019', '2020'],
      ['Leeds', '1,200', '1,350'],
    ]);
  });

  it('gives the caption as a paragraph before the table and keeps a <th>-headed table apart', () => {
    expect(blocks(tree).map((b) => b.type)).toEqual(['heading', 'paragraph', 'table', 'table']);
    expect(blocks(tree)[1]!.text).toBe('Table 1: Caseloads by grade');
  });
});

describe('tables used for layout', () => {
  it('reads a presentational table and a one-column box as paragraphs', () => {
    const tree = fixtureHtml('layout-table.html');
    expect(tables(tree)).toEqual([]);
    expect(blocks(tree).slice(1)).toEqual([
      { type: 'paragraph', text: 'Left column text about assessment.' },
      { type: 'paragraph', text: 'Right column text about planning.' },
      { type: 'paragraph', text: 'Anand was seen weekly by his responsible officer.' },
      { type: 'paragraph', text: 'His plan was reviewed after each incident.' },
    ]);
  });
});

describe('nested lists', () => {
  const tree = fixtureHtml('nested-lists.html');
  const lists = tree.children.filter((node): node is List => node.type === 'list');

  it('keeps the ordered list’s start and nests the inner lists in their items', () => {
    const outer = lists[0]!;
    expect(outer).toMatchObject({ ordered: true, start: 3, spread: false });
    const [assessment, planning] = outer.children as [ListItem, ListItem];
    expect(norm(textOf(assessment.children[0]!))).toBe('improve assessment');
    const bullets = assessment.children[1] as List;
    expect(bullets.ordered).toBe(false);
    expect(itemTexts(bullets)).toEqual(['of risk of harm', 'of desistance factors']);
    const innermost = bullets.children[1]!.children[1] as List;
    expect(innermost).toMatchObject({ type: 'list', ordered: true, start: 1 });
    expect(itemTexts(innermost)).toEqual(['for women', 'for young adults']);
    expect(planning.children.map((child) => norm(textOf(child)))).toEqual(['Improve planning.', 'Involve partners.']);
  });

  it('gives a list nested straight into a list to the item before it', () => {
    const list = lists[1]!;
    expect(itemTexts(list)).toEqual(['first', 'second']);
    expect(list.children[0]!.children[1]).toMatchObject({ type: 'list', ordered: false });
  });

  it('reads a bullet list numbered by hand as an ordered list', () => {
    expect(lists[2]).toMatchObject({ ordered: true, start: 1 });
    expect(itemTexts(lists[2]!)).toEqual(['ensure there are enough staff', 'improve the quality of work']);
  });

  it('marks list items unpaged', () => {
    for (const list of lists) for (const item of list.children) expect(item.data?.page).toBeNull();
  });
});

describe('<br>-separated lines', () => {
  const tree = fixtureHtml('br-lines.html');

  it('makes separate lines separate paragraphs, numbered and bulleted lines lists, and joins a wrapped line', () => {
    expect(blocks(tree)).toEqual([
      { type: 'heading', text: 'Notes' },
      { type: 'paragraph', text: 'HM Inspectorate of Probation' },
      { type: 'paragraph', text: '1st Floor Civil Justice Centre' },
      { type: 'paragraph', text: 'Manchester M3 3FX' },
      { type: 'paragraph', text: 'Notes to editors:' },
      {
        type: 'list',
        text: 'The report is available online.There are 21 Community Rehabilitation Companies responsible for supervising offenders.Fieldwork took place in 2018.',
      },
      { type: 'list', text: 'Leaders are visibleStaff feel supported' },
      { type: 'paragraph', text: 'The latest research and opinion' },
      { type: 'paragraph', text: 'Probation inspectors report on West Midlands.' },
    ]);
    expect(tree.children[5]).toMatchObject({ ordered: true, start: 1 });
    expect((tree.children[5] as List).children).toHaveLength(3);
    expect(tree.children[6]).toMatchObject({ ordered: false });
  });
});

describe('main content as a div among sidebars', () => {
  const tree = fixtureHtml('div-among-sidebars.html');

  it('finds the content div and the title above it, and nothing of the columns or bars', () => {
    expect(headings(tree)).toEqual([
      { depth: 1, text: 'Inspectors rate Kent CRC as good' },
      { depth: 2, text: 'Areas for improvement' },
    ]);
    expect(tree.children.filter((node) => node.type === 'paragraph')).toHaveLength(3);
    const texts = allTexts(tree);
    for (const chrome of ['Probation News', 'Prisons', 'Youth justice', 'Elsewhere', 'overcrowding', 'Advertise', '©']) {
      expect(texts.some((text) => text.includes(chrome)), chrome).toBe(false);
    }
  });
});

describe('entities and quotes', () => {
  const tree = fixtureHtml('entities-quotes.html');

  it('decodes entities, keeps smart quotes, normalises odd spaces and drops invisible characters', () => {
    expect(leafBlockTexts(tree)).toEqual([
      'Drug & alcohol services',
      'The CRC’s “Through the Gate” work was rated ‘Good’ – 3 000 people helped.',
      'Caseloads were high <100> and staff said: "it\'s hard"…',
      'Rehabilitation and zerowidth.',
    ]);
    // Exactly these characters, not a look-alike: no NBSP, thin or narrow spaces left.
    expect(JSON.stringify(tree)).not.toMatch(/[\u00A0\u2009\u202F\u00AD\u200B]/);
    expect(tree.data?.meta?.title).toBe('Drug & alcohol services');
  });
});

describe('footnotes', () => {
  it('turns <sup> numbers, note links and unicode superscripts into references, and the notes list into definitions', () => {
    const tree = fixtureHtml('sup-footnotes.html');
    const [first, second] = tree.children.filter((node): node is Paragraph => node.type === 'paragraph');
    expect(first!.children).toEqual([
      { type: 'text', value: 'Staff sickness was high' },
      { type: 'footnoteReference', identifier: '1', label: '1' },
      { type: 'text', value: ' and caseloads rose.' },
      { type: 'footnoteReference', identifier: '2', label: '2' },
      { type: 'footnoteReference', identifier: '3', label: '3' },
    ]);
    expect(second!.children).toEqual([
      { type: 'text', value: 'This was the 1st inspection' },
      { type: 'footnoteReference', identifier: '4', label: '4' },
      { type: 'text', value: ' of the year, against a target of 75%' },
      { type: 'footnoteReference', identifier: '5', label: '5' },
      { type: 'text', value: '.' },
    ]);
    const definitions = tree.children.flatMap((node) => (node.type === 'footnoteDefinition' ? [[node.identifier, norm(textOf(node)), node.data?.page]] : []));
    expect(definitions).toEqual([
      ['1', 'HMI Probation inspection data.', null],
      ['2', 'Data supplied by the CRC.', null],
      ['3', 'Ministry of Justice statistics.', null],
      ['4', 'Second round of inspections.', null],
      ['5', 'Target set by the Ministry of Justice.', null],
    ]);
  });

  it('reads Word’s web-page footnotes ("#_ftn1" markers, mso-element:footnote-list)', () => {
    const tree = fixtureHtml('word-footnotes.html');
    expect(blocks(tree)).toEqual([
      { type: 'heading', text: 'Unpaid work' },
      { type: 'paragraph', text: 'Most placements were of good quality.[^1] Few started late.[^2]' },
      { type: 'footnoteDefinition', text: 'HMI Probation inspection data.' },
      { type: 'footnoteDefinition', text: 'Data supplied by the CRC.' },
    ]);
    expect(tree.children.slice(2).map((node) => node.type === 'footnoteDefinition' && node.identifier)).toEqual(['1', '2']);
  });
});

describe('headings with "(Back to top)"', () => {
  it('strips the navigation from headings and drops stand-alone back-to-top links and dash headings', () => {
    const tree = fixtureHtml('back-to-top.html');
    expect(headings(tree)).toEqual([
      { depth: 1, text: 'Report' },
      { depth: 2, text: 'Leadership' },
      { depth: 2, text: 'Staff' },
      { depth: 3, text: 'Training' },
      { depth: 3, text: 'Services' },
    ]);
    expect(allTexts(tree).some((text) => /top/i.test(text))).toBe(false);
    expect(tree.children).toHaveLength(9);
  });
});

describe('article header and metadata', () => {
  it('keeps the article header’s h1, drops the byline, footer, site header and cookie notice, and reads the metadata', () => {
    const tree = fixtureHtml('article-meta.html');
    expect(blocks(tree)).toEqual([
      { type: 'heading', text: 'CRC inspection published' },
      { type: 'paragraph', text: 'The inspectorate published its report on the CRC today.' },
    ]);
    expect(tree.data?.meta).toEqual({
      pages: null,
      title: 'CRC inspection published',
      published: '2018-10-31',
      canonicalUrl: 'https://example.org/news/crc-inspection',
    });
  });

  it('falls back to the article’s <time datetime> when no <meta> states the date', () => {
    const html = readFileSync(fixturePath('article-meta.html'), 'utf8').replace(/<meta name="DC.date"[^>]*>/, '');
    expect(parseHtml(html, 'page.html').data?.meta?.published).toBe('2018-11-02');
  });
});

describe('odd pages', () => {
  it('keeps one depth-1 title: later h1s become depth 2; without an h1 the opening heading is the title', () => {
    const many = parseHtml('<main><h1>Title</h1><p>Intro.</p><h1>Part one</h1><p>Text.</p></main>', 'many.html');
    expect(headings(many)).toEqual([
      { depth: 1, text: 'Title' },
      { depth: 2, text: 'Part one' },
    ]);
    const none = parseHtml('<main><h2>Title</h2><p>Intro.</p><h2>Part one</h2><p>Text.</p></main>', 'none.html');
    expect(headings(none)).toEqual([
      { depth: 1, text: 'Title' },
      { depth: 2, text: 'Part one' },
    ]);
  });

  it('reads a fragment without <html> or <body>, and pages nested thousands deep by broken markup', () => {
    expect(leafBlockTexts(parseHtml('<p>Hello <b>world</b></p>', 'fragment.html'))).toEqual(['Hello world']);
    const deep = `${'<div>'.repeat(20000)}<p>Deep words.</p><p>More words.</p>${'</div>'.repeat(20000)}`;
    expect(leafBlockTexts(parseHtml(deep, 'deep.html'))).toEqual(['Deep words. More words.']);
  });

  it('drops a gov.uk-style dateline and takes the date from its <meta>', () => {
    const tree = parseHtml(
      '<html><head><meta name="govuk:first-published-at" content="2020-03-10T00:01:00.000+00:00"></head><body><main>' +
        '<h1>Release</h1><div class="gem-c-metadata"><dl><dt>From:</dt><dd>HM Inspectorate of Probation</dd><dt>Published</dt><dd>10 March 2020</dd></dl></div>' +
        '<p>Body text.</p></main></body></html>',
      'govuk.html',
    );
    expect(leafBlockTexts(tree)).toEqual(['Release', 'Body text.']);
    expect(tree.data?.meta?.published).toBe('2020-03-10');
  });
});

describe('pages without readable text', () => {
  it('is an unsupported-format error naming the file, in one sentence', () => {
    const path = 'test/fixtures/html/no-text.html';
    const run = () => parseHtml(readFileSync(fixturePath('no-text.html'), 'utf8'), path);
    expect(run).toThrow(HmipError);
    try {
      run();
    } catch (error) {
      expect(error).toMatchObject({ errorClass: 'unsupported-format', path });
      expect((error as Error).message).toBe(`${path} is not a supported format: the HTML page has no readable text.`);
    }
  });

  it('calls an empty string an empty file', () => {
    expect(() => parseHtml('  \n', 'empty.html')).toThrow(expect.objectContaining({ errorClass: 'empty-file' }));
  });
});
