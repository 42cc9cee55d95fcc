/**
 * The PDF parser's pure stages on hand-made input: lines from positioned items (raised markers,
 * bullets, cell gaps) and the joining of wrapped lines (hyphens, dashes).
 */
import { describe, expect, it } from 'vitest';
import { appendLine, collectWords } from '../../parsers/pdf/inline.js';
import { buildLines, lineText } from '../../parsers/pdf/lines.js';
import type { TextItem, Token } from '../../parsers/pdf/types.js';

/** An item of Liberation-Sans-like width (0.5 em per character). */
function item(text: string, x: number, y: number, size = 11, font = 'f1'): TextItem {
  return { text, x, y, width: text.length * size * 0.5, size, font, spaceBefore: false, spaceAfter: false };
}

const page = (items: TextItem[]) => ({ number: 1, width: 595, height: 842, items });

describe('buildLines', () => {
  it('makes raised small numbers footnote markers, side by side ones separate', () => {
    const word = item('reoffence', 172, 577);
    const end = word.x + word.width;
    const [line] = buildLines(
      page([word, item('8', end, 581.3, 6.4), item('9', end + 3.5, 581.3, 6.4), item('10', end + 7.1, 581.3, 6.4)]),
    );
    expect(line!.segments).toHaveLength(1);
    expect(line!.segments[0]!.tokens).toEqual([
      { kind: 'text', value: 'reoffence' },
      { kind: 'ref', id: '8' },
      { kind: 'ref', id: '9' },
      { kind: 'ref', id: '10' },
    ]);
  });

  it('leaves digits on the baseline as text', () => {
    const [line] = buildLines(page([item('against a target of 75%9', 172, 396)]));
    expect(lineText(line!)).toBe('against a target of 75%9');
    expect(line!.segments[0]!.tokens.every((t) => t.kind === 'text')).toBe(true);
  });

  it('takes a raised number before small text as the footnote number it opens', () => {
    const [line] = buildLines(page([item('6', 72.1, 160.2, 5.2), item('Ministry of Justice. (2019).', 77.5, 156.7, 9)]));
    expect(line!.leadingRef).toBe('6');
    expect(lineText(line!)).toBe('Ministry of Justice. (2019).');
  });

  it('takes a Symbol-font bullet off the line', () => {
    const [line] = buildLines(page([item('\uF0B7', 90.1, 758.6, 12, 'sym'), item('Responsible officers engage well', 108.1, 758.6, 12)]));
    expect(line!.bullet).toBe('\uF0B7');
    expect(lineText(line!)).toBe('Responsible officers engage well');
    expect(line!.x0).toBe(108.1);
  });

  it('keeps an en dash that opens a wrapped line as text', () => {
    const [line] = buildLines(page([item('– although reduced resources', 72.1, 500, 12)]));
    expect(line!.bullet).toBeNull();
    expect(lineText(line!)).toBe('– although reduced resources');
  });

  it('splits a line into cells at gaps wider than a word space', () => {
    const [line] = buildLines(page([item('1.1', 72.1, 626.9), item('Leadership', 107.1, 626.9), item('Good', 353.4, 626.9)]));
    expect(line!.segments.map((s) => s.tokens)).toEqual([[{ kind: 'text', value: '1.1' }], [{ kind: 'text', value: 'Leadership' }], [{ kind: 'text', value: 'Good' }]]);
  });

  it('puts items on one baseline into one line, top to bottom', () => {
    const lines = buildLines(page([item('second', 72, 700), item('first', 72, 715), item('also first', 200, 715.4)]));
    expect(lines.map(lineText)).toEqual(['first also first', 'second']);
  });
});

describe('appendLine', () => {
  const words = collectWords(['desistance is the aim', 'offending-related factors', 'decision-making']);
  const join = (a: string, b: string): Token[] => {
    const target: Token[] = [{ kind: 'text', value: a }];
    appendLine(target, [{ kind: 'text', value: b }], words);
    return target;
  };

  it('takes out a hyphen the wrap put in, when the document spells the word whole', () => {
    expect(join('support their desis-', 'tance from offending')).toEqual([{ kind: 'text', value: 'support their desistance from offending' }]);
  });

  it('keeps the hyphen of a compound', () => {
    expect(join('analyse offending-', 'related factors')).toEqual([{ kind: 'text', value: 'analyse offending-related factors' }]);
    expect(join('involve staff in decision-', 'making.')).toEqual([{ kind: 'text', value: 'involve staff in decision-making.' }]);
    expect(join('Probation-Domain-', 'One-rating')).toEqual([{ kind: 'text', value: 'Probation-Domain-One-rating' }]);
  });

  it('joins across dashes and slashes that bind words, with a space otherwise', () => {
    expect(join('risk—need—', 'responsivity')).toEqual([{ kind: 'text', value: 'risk—need—responsivity' }]);
    expect(join('scale 26–', '30')).toEqual([{ kind: 'text', value: 'scale 26–30' }]);
    expect(join('partners and suppliers –', 'although')).toEqual([{ kind: 'text', value: 'partners and suppliers – although' }]);
    expect(join('a line', 'the next')).toEqual([{ kind: 'text', value: 'a line the next' }]);
  });

  it('keeps a marker at a line end apart from the next line', () => {
    const target: Token[] = [{ kind: 'text', value: 'West Yorkshire CRC' }, { kind: 'ref', id: '6' }];
    appendLine(target, [{ kind: 'text', value: 'and more' }], words);
    expect(target).toEqual([
      { kind: 'text', value: 'West Yorkshire CRC' },
      { kind: 'ref', id: '6' },
      { kind: 'text', value: ' and more' },
    ]);
  });
});
