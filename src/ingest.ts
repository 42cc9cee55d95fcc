/**
 * Ingest: recognise a file's format from its content (magic bytes, markup), decode its text, and
 * hand it to the parser for that format. Whatever goes wrong comes out as an HmipError with one
 * sentence naming the file.
 */
import { createHash } from 'node:crypto';
import type { Root } from 'mdast';
import { boundBlocks, boundMarkdown, MAX_BLOCK_CHARS } from './bounds.js';
import { errors, HmipError } from './errors.js';
import type { Format, SourceMeta } from './model/types.js';

export interface Limits {
  /** Largest file, in bytes. */
  maxBytes: number;
  /** Most PDF pages. */
  maxPages: number;
  /**
   * Longest line of a text or Markdown file, in characters. A report's longest paragraph is about a
   * thousand; a line of a million is a dump or a file that lost its line breaks, not prose.
   */
  maxLineChars: number;
}

export const DEFAULT_LIMITS: Limits = { maxBytes: 200 * 1024 * 1024, maxPages: 2000, maxLineChars: 1_000_000 };

export interface Ingested {
  tree: Root;
  format: Format;
  sha256: string;
  bytes: number;
  meta: SourceMeta;
  /** What ingest changed or doubts about the document, as sentences for its warnings. */
  warnings: string[];
}

const FOREIGN: [RegExp | ((b: Uint8Array) => boolean), string][] = [
  [(b) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04, 'it is a ZIP archive (or a Word, Excel or EPUB file)'],
  [(b) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47, 'it is a PNG image'],
  [(b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff, 'it is a JPEG image'],
  [(b) => b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x38, 'it is a GIF image'],
  [(b) => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0, 'it is an old Microsoft Office document'],
  [(b) => b[0] === 0x1f && b[1] === 0x8b, 'it is a gzip archive'],
  [/^\{\\rtf/, 'it is an RTF document'],
  [/^%!PS/, 'it is a PostScript file'],
];

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Decode text whatever its encoding: UTF-8 (with or without BOM), UTF-16 with a BOM, else Windows-1252. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  // UTF-16 without a BOM: every other byte of ASCII text is zero.
  const sample = bytes.subarray(0, 4096);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) (i % 2 ? oddZeros++ : evenZeros++);
  if (sample.length >= 8 && oddZeros > sample.length * 0.35 && evenZeros < sample.length * 0.05) return new TextDecoder('utf-16le').decode(bytes);
  if (sample.length >= 8 && evenZeros > sample.length * 0.35 && oddZeros < sample.length * 0.05) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

/** What Windows-1252 bytes 0x80–0x9F stand for (0x81, 0x8D, 0x8F, 0x90 and 0x9D are unassigned and kept as they are). */
export const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/**
 * Windows-1252, by hand: Node's TextDecoder('windows-1252') decodes as Latin-1, so the curly quotes
 * and dashes of a Word export (0x91–0x97) would come out as invisible control characters, and
 * "rated ‘Good’" would no longer read as a rating.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

/** "812 bytes", "48 KB", "2.0 MB": a size as a sentence gives it. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte${bytes === 1 ? '' : 's'}`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1048576).toFixed(1)} MB`;
}

/** Length of the longest line, whatever the line ends (\n, \r\n, or a lone \r as old Macs wrote). */
export function longestLine(text: string): number {
  let longest = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) {
      longest = Math.max(longest, i - start);
      start = i + 1;
    }
  }
  return Math.max(longest, text.length - start);
}

function isPdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  return head.includes('%PDF-');
}

const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*(?:<!doctype html|<html[\s>]|<\?xml[^>]*>\s*<!doctype html|<\?xml[^>]*>\s*<html)/i;
const HTML_TAG = /<\/?(?:html|head|body|title|meta|p|div|span|article|main|section|h[1-6]|table|tr|td|ul|ol|li|br|a|strong|em)\b[^<>]*>/gi;

export function looksLikeHtml(text: string): boolean {
  if (HTML_START.test(text)) return true;
  const head = text.slice(0, 20_000);
  const tags = head.match(HTML_TAG) ?? [];
  if (tags.length < 4) return false;
  const tagChars = tags.reduce((n, t) => n + t.length, 0);
  return /<(?:p|div|body|html|article|table|h[1-6])\b/i.test(head) && tagChars > head.length * 0.02;
}

export function looksLikeMarkdown(text: string, path: string): boolean {
  if (/\.(?:md|markdown|mdown)$/i.test(path)) return true;
  const headings = text.match(/^#{1,6} \S/gm)?.length ?? 0;
  const tableDelimiter = /^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$/m.test(text);
  return headings >= 2 || (headings >= 1 && tableDelimiter);
}

/** The binary test for text: control characters other than whitespace are rare in any real text. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  if (sample.length === 0) return false;
  let control = 0;
  for (const ch of sample) {
    const code = ch.charCodeAt(0);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) || code === 0xfffd) control++;
  }
  return control > sample.length * 0.05;
}

export function sniffFormat(bytes: Uint8Array, path: string): { format: Format; text: string | null } {
  if (bytes.length === 0) throw errors.emptyFile(path);
  if (isPdf(bytes)) return { format: 'pdf', text: null };
  for (const [test, what] of FOREIGN) {
    const hit = typeof test === 'function' ? test(bytes) : test.test(Buffer.from(bytes.subarray(0, 16)).toString('latin1'));
    if (hit) throw errors.unsupportedFormat(path, what);
  }
  const text = decodeText(bytes);
  if (text.trim().length === 0) throw errors.emptyFile(path);
  const binary = looksBinary(text);
  // A crawl saves whatever the server sent under the name it asked for: an HTML error page or a
  // login form named ".pdf" is a failed download of a PDF, not a web page to read as a document.
  if (/\.pdf$/i.test(path)) {
    throw errors.corruptPdf(
      path,
      binary ? 'it holds binary data without a PDF header' : looksLikeHtml(text) ? 'it holds an HTML page, not a PDF (probably an error page saved in place of the document)' : 'it holds plain text, not a PDF',
    );
  }
  if (binary) throw errors.unsupportedFormat(path, 'it holds binary data, not a PDF, HTML, text or Markdown document');
  if (looksLikeHtml(text)) return { format: 'html', text };
  if (looksLikeMarkdown(text, path)) return { format: 'markdown', text };
  return { format: 'text', text };
}

/** Markdown with its blocks bounded before parsing (see `boundMarkdown`), and how many were cut. */
async function readMarkdown(text: string): Promise<{ tree: Root; cut: number }> {
  const bounded = boundMarkdown(text, MAX_BLOCK_CHARS);
  return { tree: (await import('../parsers/markdown/index.js')).parseMarkdown(bounded.text), cut: bounded.cut };
}

/** Refuses a file over the byte limit (callers that can, check before reading it). */
export function checkSize(bytes: number, path: string, maxBytes: number): void {
  if (bytes > maxBytes) throw errors.tooLarge(path, `${formatBytes(bytes)} is over the limit of ${formatBytes(maxBytes)}`);
}

export async function ingest(bytes: Uint8Array, path: string, limits: Limits = DEFAULT_LIMITS): Promise<Ingested> {
  checkSize(bytes.length, path, limits.maxBytes);
  const { format, text } = sniffFormat(bytes, path);
  if (format === 'text' || format === 'markdown') {
    const longest = longestLine(text!);
    if (longest > limits.maxLineChars) {
      throw errors.tooLarge(path, `a line of ${longest.toLocaleString('en-GB')} characters is over the limit of ${limits.maxLineChars.toLocaleString('en-GB')} for one line of text`);
    }
  }
  let tree: Root;
  let cut = 0;
  try {
    // Parsers load on first use: pdf.js and cheerio are large, and most runs need one format.
    if (format === 'pdf') tree = await (await import('../parsers/pdf/index.js')).parsePdf(bytes, path, { maxPages: limits.maxPages });
    else if (format === 'html') tree = (await import('../parsers/html/index.js')).parseHtml(text!, path);
    else if (format === 'markdown') ({ tree, cut } = await readMarkdown(text!));
    else tree = (await import('../parsers/text/index.js')).parseText(text!);
  } catch (error) {
    if (error instanceof HmipError) throw error;
    if (error instanceof RangeError && /call stack|string length|array length/i.test(error.message)) {
      throw errors.tooLarge(path, `its structure is too large or too deeply nested to read (${error.message})`);
    }
    throw error;
  }
  const meta: SourceMeta = { pages: null, ...tree.data?.meta };
  if (tree.children.length === 0) throw errors.emptyFile(path);
  const warnings: string[] = [];
  cut += boundBlocks(tree, MAX_BLOCK_CHARS);
  if (cut > 0) {
    const limit = MAX_BLOCK_CHARS.toLocaleString('en-GB');
    warnings.push(`${cut === 1 ? 'A block' : `${cut} blocks`} of text longer than ${limit} characters ${cut === 1 ? 'was' : 'were'} cut to the first ${limit}: no report or release has paragraphs that long, and reading them whole would only slow extraction down.`);
  }
  return { tree, format, sha256: sha256(bytes), bytes: bytes.length, meta, warnings };
}
