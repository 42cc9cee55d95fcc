/**
 * The three press-release PDFs against the seed texts they were typeset from (corpus/000_…,
 * 002_…, 004_…): the same words in the same order, paragraph by paragraph, the notes to editors
 * as an ordered list.
 */
import { readFileSync, readdirSync } from 'node:fs';
import type { List, Root } from 'mdast';
import { beforeAll, describe, expect, it } from 'vitest';
import { parsePdf } from '../../parsers/pdf/index.js';
import { corpus, readBytes, text, textBlocks } from './helpers.js';

const CASES = [
  { pdf: 'west-yorkshire-crc-2018-press-release.pdf', seed: '000_', title: 'WEST YORKSHIRE CRC – Weaknesses need improvement but motivated by leaders and staff eager to learn', notes: 6 },
  { pdf: 'west-yorkshire-crc-2020-press-release.pdf', seed: '002_', title: 'West Yorkshire probation service under-staffed and under-performing', notes: 6 },
  { pdf: 'cheshire-greater-manchester-crc-2019-press-release.pdf', seed: '004_', title: 'Cheshire and Greater Manchester CRC - Reflective organisation capable of addressing weakness in protecting victims.', notes: 7 },
];

const TERMINAL = /[.!?:;"”’')\]]$/;
const normal = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * The seed's paragraphs: blocks between blank lines, a bullet or number starting a new one, and
 * within a block a new one after a line that ends a sentence when the next begins a new one
 * (the seeds put some paragraphs on consecutive lines).
 */
function seedParagraphs(prefix: string): string[] {
  const file = readdirSync(corpus('')).find((f) => f.startsWith(prefix) && f.endsWith('.txt'))!;
  const raw = readFileSync(corpus(file), 'utf8').replace(/\r\n?/g, '\n');
  const out: string[] = [];
  for (const chunk of raw.split(/\n\s*\n/)) {
    let current = '';
    for (const rawLine of chunk.split('\n')) {
      const line = rawLine.trim().replace(/^[•\uF0B7]\s*/, '');
      if (!line) continue;
      const startsItem = /^\d{1,2}\.\s/.test(line) || /^\s*[•\uF0B7]/.test(rawLine);
      if (current && (startsItem || (TERMINAL.test(current) && /^[A-Z“"‘(]/.test(line)))) {
        out.push(normal(current));
        current = line;
      } else current = current ? `${current} ${line}` : line;
    }
    if (current) out.push(normal(current));
  }
  return out;
}

const parsed = new Map<string, Root>();

beforeAll(async () => {
  for (const c of CASES) parsed.set(c.pdf, await parsePdf(readBytes(c.pdf), c.pdf));
});

describe.each(CASES)('$pdf', ({ pdf, seed, title, notes }) => {
  it('has the seed’s words in the seed’s order', () => {
    const blocks = textBlocks(parsed.get(pdf)!).filter((b) => !/^Published: /.test(b.text));
    expect(normal(blocks.map((b) => b.text).join(' '))).toBe(normal(seedParagraphs(seed).join(' ')));
  });

  it('has the seed’s paragraphs: each block is one seed paragraph, or several cut mid-sentence', () => {
    const blocks = textBlocks(parsed.get(pdf)!)
      .filter((b) => !/^Published: /.test(b.text))
      .map((b) => b.text);
    const paragraphs = seedParagraphs(seed);
    let i = 0;
    for (const block of blocks) {
      let joined = paragraphs[i]!;
      const start = i;
      // A seed paragraph that stops mid-sentence ("… to find out how") goes on in the next one.
      while (joined !== block && i + 1 < paragraphs.length && !TERMINAL.test(paragraphs[i]!) && block.startsWith(joined)) {
        i++;
        joined = `${joined} ${paragraphs[i]}`;
      }
      expect(block, `block after seed paragraph ${start}`).toBe(joined);
      i++;
    }
    expect(i).toBe(paragraphs.length);
  });

  it('opens with the headline as the depth-1 heading and keeps the publication line', () => {
    const root = parsed.get(pdf)!;
    expect(root.children[0]).toMatchObject({ type: 'heading', depth: 1, data: { page: 1 } });
    expect(text(root.children[0]!)).toBe(title);
    expect(text(root.children[1]!)).toMatch(/^Published: \d{1,2} \w+ 20\d\d$/);
    expect(root.data?.meta).toEqual({ pages: 2, title: null });
  });

  it('makes the notes to editors one ordered list', () => {
    const root = parsed.get(pdf)!;
    const lists = root.children.filter((n): n is List => n.type === 'list' && n.ordered === true);
    expect(lists).toHaveLength(1);
    expect(lists[0]).toMatchObject({ start: 1 });
    expect(lists[0]!.children).toHaveLength(notes);
    expect(text(lists[0]!.children[0]!)).toMatch(/^The report is available at /);
  });
});

describe('west-yorkshire-crc-2018-press-release.pdf', () => {
  it('makes the bullet points a list of three, each whole', () => {
    const root = parsed.get(CASES[0]!.pdf)!;
    const bullets = root.children.find((n): n is List => n.type === 'list' && !n.ordered)!;
    expect(bullets.children.map(text)).toEqual([
      expect.stringMatching(/^Leaders and staff had done much .* weary of organisational change\.”$/),
      expect.stringMatching(/^Much of the CRC’s operating model .* various systems to work together\.$/),
      expect.stringMatching(/^Some case managers have gaps .* address these deficiencies\.$/),
    ]);
  });
});
