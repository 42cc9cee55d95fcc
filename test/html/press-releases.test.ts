/**
 * The three press releases in an official-site shell (cookie banner, navigation, breadcrumb,
 * <article>, related-content aside, footer): the release is there whole, paragraph by paragraph as
 * in its seed text, and the shell is not.
 */
import { describe, expect, it } from 'vitest';
import { allTexts, corpusHtml, headings, leafBlockTexts, norm, seedText } from './helpers.js';

const releases = [
  { file: 'west-yorkshire-crc-2018-press-release.html', seed: '000', published: '2018-10-31' },
  { file: 'west-yorkshire-crc-2020-press-release.html', seed: '002', published: '2020-03-10' },
  { file: 'cheshire-greater-manchester-crc-2019-press-release.html', seed: '004', published: '2019-04-03' },
];

/** The shell's words: cookie banner, navigation, breadcrumb, related content, footer, dateline. */
const SHELL = [
  'We use cookies',
  'Accept additional cookies',
  'Reject additional cookies',
  'Inspections',
  'About us',
  'Home',
  'Press releases',
  'Related content',
  'Annual report 2019',
  'Our standards and ratings',
  'Crown copyright',
  'Accessibility',
  'Privacy',
  'Published:',
];

describe.each(releases)('$file', ({ file, seed, published }) => {
  const tree = corpusHtml(file);
  const seedParagraphs = seedText(seed)
    .split(/\n\s*\n/)
    .map((chunk) => chunk.split('\n').map((line) => norm(line.replace(/^\s*(?:•|\d{1,2}\.)\s+/, ''))))
    .filter((lines) => lines.some((line) => line !== ''));

  it('has no cookie, navigation, breadcrumb, related-content or footer text', () => {
    const texts = allTexts(tree);
    for (const shell of SHELL) expect(texts.filter((text) => text.includes(shell)), shell).toEqual([]);
  });

  it('has the headline as its first block and only depth-1 heading', () => {
    const headline = seedParagraphs[0]!.join(' ');
    expect(tree.children[0]).toMatchObject({ type: 'heading', depth: 1 });
    expect(headings(tree).filter((h) => h.depth === 1)).toEqual([{ depth: 1, text: headline }]);
  });

  it('has every paragraph of the seed text, whitespace-normalised', () => {
    const blocks = leafBlockTexts(tree);
    for (const lines of seedParagraphs.slice(1)) {
      // A seed paragraph is one block; list items (• or 1.) are one block each, and a list item's
      // wrapped line continues it.
      const whole = lines.join(' ').trim();
      const found = blocks.some((block) => block.includes(whole)) || lines.every((line) => line === '' || blocks.some((block) => block.includes(line)));
      expect(found, whole).toBe(true);
    }
  });

  it('states the release date and the page title, and no canonical URL (the link is empty)', () => {
    expect(tree.data?.meta?.published).toBe(published);
    expect(tree.data?.meta?.pages).toBeNull();
    expect(tree.data?.meta?.title).toMatch(/ - HM Inspectorate of Probation$/);
    expect(tree.data?.meta?.canonicalUrl).toBeNull();
  });
});

describe('notes to editors', () => {
  it('reads the <br>-separated numbered notes of the Cheshire release as one ordered list, wrapped line joined', () => {
    const tree = corpusHtml('cheshire-greater-manchester-crc-2019-press-release.html');
    const list = tree.children.find((node) => node.type === 'list');
    expect(list).toMatchObject({ type: 'list', ordered: true, start: 1 });
    expect(list?.type === 'list' && list.children.length).toBe(7);
    expect(leafBlockTexts(tree)).toContain(
      'There are 21 Community Rehabilitation Companies across England and Wales responsible for supervising low and medium-risk offenders.',
    );
  });

  it('reads the 2018 release notes (<ol>) as an ordered list of six', () => {
    const tree = corpusHtml('west-yorkshire-crc-2018-press-release.html');
    const lists = tree.children.filter((node) => node.type === 'list');
    expect(lists.map((list) => list.type === 'list' && [list.ordered, list.start ?? null, list.children.length])).toEqual([
      [false, null, 3],
      [true, 1, 6],
    ]);
  });

  it('joins the 2020 release paragraph that the page cut after "how"', () => {
    const tree = corpusHtml('west-yorkshire-crc-2020-press-release.html');
    expect(leafBlockTexts(tree)).toContain(
      'Mr Russell said: “During this inspection we analysed a sample of cases to find out how staff assess, plan, deliver and review activity with individuals on probation. We found the management of risk of harm was consistently poor.',
    );
  });
});
