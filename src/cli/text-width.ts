/**
 * The width of text in a terminal's columns, for yargs's layout of the help. The bundle of the
 * command line (scripts/bundle.mjs) gives yargs this instead of the string-width package, which
 * builds a grapheme segmenter as it loads (two copies of it do: yargs's and its layout library's):
 * 40–50 ms of CPU on every run of hmip, help or no help. hmip's help is its own plain text, so
 * code points are enough: marks, format and control characters take no column, the East Asian wide
 * and fullwidth blocks and emoji shown as emoji two, and the rest one. test/text-width.test.ts holds it to
 * string-width's answers on every help text and on text of each kind.
 */
const ANSI = /\u001B\[[0-9;?]*[ -/]*[@-~]/g;
const NO_COLUMN = /[\p{Mn}\p{Me}\p{Cf}\p{Cc}]/u;
const TWO_COLUMNS = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}\p{Emoji_Presentation}]/u;

export default function textWidth(text: string): number {
  let width = 0;
  for (const char of text.replace(ANSI, '')) width += NO_COLUMN.test(char) ? 0 : TWO_COLUMNS.test(char) ? 2 : 1;
  return width;
}
