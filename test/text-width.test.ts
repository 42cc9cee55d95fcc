/**
 * The command line's bundle lays its help out with src/cli/text-width.ts instead of string-width
 * (which yargs would use): the two must count the same columns for every help text, and for text
 * of each kind a help could hold.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
// string-width is yargs's own dependency: the reference the replacement is held to.
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import textWidth from '../src/cli/text-width.js';
import { ROOT } from './helpers.js';

describe('the width of text in the help', () => {
  it('is string-width\'s for every line of every help text', () => {
    for (const command of [[], ['extract'], ['batch'], ['verify'], ['check'], ['schema']]) {
      const help = spawnSync(process.execPath, [join(ROOT, 'bin', 'hmip.js'), ...command, '--help'], { encoding: 'utf8' }).stdout;
      expect(help.length).toBeGreaterThan(200);
      for (const line of help.split('\n')) expect(textWidth(line), line).toBe(stringWidth(line));
    }
  });

  it('is string-width\'s for text of each kind', () => {
    const samples = [
      'plain ASCII',
      'an em dash — and curly quotes “so” ’tis',
      'Café, naïve, façade (precomposed)',
      'Cafe\u0301 (a combining accent)',
      'zero\u200Bwidth and soft\u00ADhyphen',
      '\u001B[1mbold\u001B[22m and \u001B[31mred\u001B[39m',
      '日本語のテキスト',
      '한국어',
      'ｆｕｌｌｗｉｄｔｈ',
      '\u{1F600} \u{1F680} \u{1F9E1}',
      'tab\there',
      '',
    ];
    for (const sample of samples) expect(textWidth(sample), sample).toBe(stringWidth(sample));
  });
});
