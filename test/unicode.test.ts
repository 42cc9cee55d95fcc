/**
 * The property classes `compile` writes out (src/lexicon/unicode.ts) are the running Node's own,
 * code point by code point over the Basic Multilingual Plane; `UPDATE=1` rewrites the file from
 * them. And a pattern compiled without `u` matches as the `iu` pattern does on real sentences.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROPERTY_RANGES } from '../src/lexicon/unicode.js';
import { compile } from '../src/lexicon/words.js';

const FILE = join(import.meta.dirname, '..', 'src', 'lexicon', 'unicode.ts');
const hex = (c: number) => `\\u${c.toString(16).toUpperCase().padStart(4, '0')}`;

/** The ranges of a property in the Basic Multilingual Plane, as character-class contents. */
function rangesOf(property: string): string {
  const test = new RegExp(`^\\p{${property}}$`, 'u');
  const out: string[] = [];
  let start = -1;
  for (let c = 0; c <= 0x10000; c++) {
    const inside = c < 0x10000 && (c < 0xd800 || c > 0xdfff) && test.test(String.fromCharCode(c));
    if (inside && start < 0) start = c;
    if (!inside && start >= 0) {
      out.push(start === c - 1 ? hex(start) : `${hex(start)}-${hex(c - 1)}`);
      start = -1;
    }
  }
  return out.join('');
}

describe('property classes without the u flag', () => {
  it('are the BMP ranges of Node’s own Unicode tables', () => {
    const generated = Object.fromEntries(Object.keys(PROPERTY_RANGES).map((p) => [p, rangesOf(p)]));
    if (process.env.UPDATE) {
      const text = readFileSync(FILE, 'utf8');
      const head = text.slice(0, text.indexOf('export const PROPERTY_RANGES'));
      const body = Object.entries(generated).map(([p, r]) => `  ${p}: String.raw\`${r}\`,`).join('\n');
      writeFileSync(FILE, `${head}export const PROPERTY_RANGES: Record<string, string> = {\n${body}\n};\n`);
    }
    expect(PROPERTY_RANGES).toEqual(generated);
  });

  it('compile drops u only where it can, and the pattern matches as before', () => {
    const source = String.raw`\b[\p{Lu}][\p{L}’'-]+(?:\s+\p{Lu}\p{Ll}+)?(?![\p{L}\p{N}])`;
    const fast = compile(source, 'giu');
    expect(fast.flags).toBe('gi');
    expect(compile(String.raw`\P{L}\u{1F600}`, 'giu').flags).toBe('giu');
    expect(compile(String.raw`[\P{L}]`, 'giu').flags).toBe('giu');
    expect(compile(source, 'gu').flags).toBe('gu');
    const slow = new RegExp(source, 'giu');
    const text = readFileSync(join(import.meta.dirname, '..', 'corpus', '003_b61d8a66136cbfc4.txt'), 'utf8') + ' Zoë Östberg – Ærø, İstanbul, Ōtsuki';
    expect([...text.matchAll(fast)].map((m) => [m.index, m[0]])).toEqual([...text.matchAll(slow)].map((m) => [m.index, m[0]]));
  });
});
