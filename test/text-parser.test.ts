/**
 * The plain-text parser, as input/expected pairs under test/fixtures/text: each .txt is parsed (and
 * its glued footnotes resolved) and printed as Markdown, which must equal the .md beside it.
 * `UPDATE=1 npm test` rewrites the expected files after a deliberate change.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseText } from '../parsers/text/index.js';
import { toMarkdown } from '../src/emit/markdown.js';
import { resolveGluedFootnotes } from '../src/model/footnotes.js';
import { MAX_MARKERS } from '../src/model/inline.js';
import { ROOT } from './helpers.js';

const DIR = join(ROOT, 'test', 'fixtures', 'text');

describe('text parser fixtures', () => {
  for (const name of readdirSync(DIR).filter((f) => f.endsWith('.txt'))) {
    it(name, () => {
      const actual = toMarkdown(resolveGluedFootnotes(parseText(readFileSync(join(DIR, name), 'utf8'))));
      const expectedPath = join(DIR, name.replace(/\.txt$/, '.md'));
      if (process.env.UPDATE === '1' || !existsSync(expectedPath)) writeFileSync(expectedPath, actual);
      expect(actual).toBe(readFileSync(expectedPath, 'utf8'));
    });
  }
});

describe('footnote markers', () => {
  const references = (text: string) => {
    const tree = parseText(text);
    let count = 0;
    const walk = (node: { type: string; children?: unknown[] }) => {
      if (node.type === 'footnoteReference') count++;
      for (const child of (node.children ?? []) as { type: string }[]) walk(child);
    };
    walk(tree);
    return count;
  };
  it('become references up to MAX_MARKERS in one text, and past it the text is read as text (damaged bytes)', () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `word${'¹²³'[i % 3]}`).join(' ');
    expect(references(`The rating was good² and the staff were skilled³.\n`)).toBe(2);
    expect(references(`${words(MAX_MARKERS)}\n`)).toBe(MAX_MARKERS);
    expect(references(`${words(MAX_MARKERS + 1)}\n`)).toBe(0);
  });
});
