/**
 * Text as it may go to a terminal or a log: control characters (an escape sequence in a file name
 * would recolour or rewrite the screen), line breaks, and the invisible marks that reorder or hide
 * what is shown are written as `\x1b`, `\u202e` escapes instead. JSON output keeps text as it is.
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
