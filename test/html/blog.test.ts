/**
 * The blog shell (staffordshire-west-midlands-crc-blog.html): the article survives whole, and none
 * of the share buttons, related posts, comment form, sponsor box or subscribe sidebar does.
 */
import { describe, expect, it } from 'vitest';
import { allNodes, allTexts, corpusHtml, headings, leafBlockTexts, norm, seedText } from './helpers.js';

const tree = corpusHtml('staffordshire-west-midlands-crc-blog.html');
const texts = allTexts(tree);

describe('blog shell', () => {
  it.each(['Share This Post', 'Related posts', 'Leave a Reply', 'Subscribe', 'Unilink', 'Excellence through innovation', 'Share on twitter'])(
    'has no node whose text contains %j',
    (chrome) => {
      expect(texts.filter((text) => text.toLowerCase().includes(chrome.toLowerCase()))).toEqual([]);
    },
  );

  it('drops the rest of the chrome too (comment form, related teasers, search box, footer)', () => {
    for (const chrome of ['Your email address will not be published', 'IPP recalls', 'A-Z of key research', 'Post Comment', 'All rights reserved', 'Get every blog post']) {
      expect(texts.some((text) => text.includes(chrome))).toBe(false);
    }
  });

  it('starts with the post title as the depth-1 heading and keeps the section headings', () => {
    expect(headings(tree)).toEqual([
      { depth: 1, text: 'Keep up-to-date with drugs and crime' },
      { depth: 2, text: 'Public Protection work must improve' },
      { depth: 2, text: 'Key findings' },
      { depth: 2, text: 'Organisational delivery' },
      { depth: 2, text: 'Case supervision' },
      { depth: 2, text: 'Unpaid work and through-the-gate' },
      { depth: 2, text: 'Conclusion' },
    ]);
  });

  it('keeps every paragraph and bullet of the article, from the first section to the conclusion', () => {
    const seed = seedText('001');
    const article = seed.slice(seed.indexOf('Public Protection work must improve'), seed.indexOf('Share This Post', seed.indexOf('Conclusion')));
    const lines = article
      .split('\n')
      .map((line) => norm(line.replace(/^\s*•\s*/, '')))
      .filter((line) => line !== '');
    const blocks = leafBlockTexts(tree);
    expect(lines.length).toBeGreaterThan(40);
    for (const line of lines) expect(blocks, line).toContain(line);
  });

  it('has the quoted paragraphs named in the brief', () => {
    const blocks = leafBlockTexts(tree);
    expect(blocks).toContain('The CRC supervises more than 12,600 low and medium-risk offenders. These individuals are preparing to leave or have left prison, or are serving community sentences.');
    expect(blocks.some((text) => text.startsWith('At the time of the inspection, probation staff managed an average of 64 cases each. Almost 70 per cent of interviewed staff'))).toBe(true);
  });

  it('gives the key findings as eight bullet lists of 4, 4, 3, 4, 3, 4, 3 and 1 items', () => {
    const lists = tree.children.filter((node) => node.type === 'list');
    expect(lists.map((list) => (list.type === 'list' ? [list.ordered, list.children.length] : []))).toEqual([
      [false, 4],
      [false, 4],
      [false, 3],
      [false, 4],
      [false, 3],
      [false, 4],
      [false, 3],
      [false, 1],
    ]);
  });

  it('reads the <br> lines of the first paragraph as separate lines, without the search box label', () => {
    expect(tree.children[1]).toMatchObject({ type: 'paragraph' });
    const first = leafBlockTexts(tree).slice(1, 4);
    expect(first).toEqual([
      'The latest research, policy, practice and opinion on our criminal justice and drug & alcohol treatment systems',
      'West Midlands CRC not protecting the public inspecting the health of probation',
      'Probation Inspectors concerned by the quality of SWMCRC’s public protection work.',
    ]);
  });

  it('marks every block as unpaged and states the page title', () => {
    for (const node of allNodes(tree)) {
      if (['heading', 'paragraph', 'list', 'listItem', 'table', 'tableRow', 'blockquote', 'footnoteDefinition'].includes(node.type)) {
        expect(node.data?.page, node.type).toBeNull();
      }
    }
    expect(tree.data?.meta).toEqual({ pages: null, title: 'Keep up-to-date with drugs and crime | Russell Webster', published: null, canonicalUrl: null });
  });
});
