/**
 * Ingest: recognise a file's format from its content (magic bytes, markup), decode its text, and
 * hand it to the parser for that format. Whatever goes wrong comes out as an HmipError with one
 * sentence naming the file.
 */
import { createHash } from 'node:crypto';
import type { Root } from 'mdast';
import { errors, HmipError } from './errors.js';
import type { Format, SourceMeta } from './model/types.js';

export interface Limits {
  /** Largest file, in bytes. */
  maxBytes: number;
  /** Most PDF pages. */
  maxPages: number;
}

export const DEFAULT_LIMITS: Limits = { maxBytes: 200 * 1024 * 1024, maxPages: 2000 };

export interface Ingested {
  tree: Root;
  format: Format;
  sha256: string;
  bytes: number;
  meta: SourceMeta;
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
    return new TextDecoder('windows-1252').decode(bytes);
  }
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
  if (looksBinary(text)) throw errors.unsupportedFormat(path, 'it holds binary data, not a PDF, HTML, text or Markdown document');
  if (looksLikeHtml(text)) return { format: 'html', text };
  if (looksLikeMarkdown(text, path)) return { format: 'markdown', text };
  return { format: 'text', text };
}

export async function ingest(bytes: Uint8Array, path: string, limits: Limits = DEFAULT_LIMITS): Promise<Ingested> {
  if (bytes.length > limits.maxBytes) {
    throw errors.tooLarge(path, `${(bytes.length / 1048576).toFixed(1)} MB is over the limit of ${(limits.maxBytes / 1048576).toFixed(0)} MB`);
  }
  const { format, text } = sniffFormat(bytes, path);
  let tree: Root;
  try {
    // Parsers load on first use: pdf.js and cheerio are large, and most runs need one format.
    if (format === 'pdf') tree = await (await import('../parsers/pdf/index.js')).parsePdf(bytes, path, { maxPages: limits.maxPages });
    else if (format === 'html') tree = (await import('../parsers/html/index.js')).parseHtml(text!, path);
    else if (format === 'markdown') tree = (await import('../parsers/markdown/index.js')).parseMarkdown(text!);
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
  return { tree, format, sha256: sha256(bytes), bytes: bytes.length, meta };
}
