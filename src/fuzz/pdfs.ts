/**
 * Small PDFs written by hand, for the bad-file tests and as extra fuzz seeds: a scan without a
 * text layer (pages that are only an image), a text PDF that carries JavaScript and links to the
 * network (which hmip must neither run nor follow), and a decompression bomb. Offsets in the
 * cross-reference table are computed, so each is a well-formed PDF that pdf.js opens without
 * repairing it.
 */
import { constants as zlibConstants, deflateRawSync } from 'node:zlib';

/** A PDF of the given objects (object 1 is the catalog), as bytes: header, objects, xref, trailer. */
export function buildPdf(objects: string[], info?: string): Uint8Array {
  const all = info ? [...objects, info] : objects;
  let body = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  all.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${all.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${all.length + 1} /Root 1 0 R${info ? ` /Info ${all.length} 0 R` : ''} >>\nstartxref\n${xref}\n%%EOF\n`;
  // Latin-1, so that each character is one byte and the offsets above are byte offsets.
  return new Uint8Array(Buffer.from(body, 'latin1'));
}

function stream(content: string, dictionary = ''): string {
  return `<< /Length ${content.length}${dictionary} >>\nstream\n${content}\nendstream`;
}

/**
 * Pages that are each one grey image and nothing else, as a scanner without OCR makes them.
 * Objects: 1 catalog, 2 pages, 3 image, then a page and its content stream per page.
 */
export function imageOnlyPdf(pages = 2): Uint8Array {
  const width = 16;
  const height = 16;
  let pixels = '';
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) pixels += String.fromCharCode((x * 16 + y * 8) & 0xff);
  const kids = Array.from({ length: pages }, (_, i) => `${4 + i * 2} 0 R`).join(' ');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`,
    stream(pixels, ` /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceGray /BitsPerComponent 8`),
  ];
  for (let i = 0; i < pages; i++) {
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 3 0 R >> >> /Contents ${5 + i * 2} 0 R >>`);
    objects.push(stream('q 595 0 0 842 0 0 cm /Im1 Do Q'));
  }
  return buildPdf(objects);
}

/** A PDF string literal: backslashes and parentheses escaped. */
function literal(text: string): string {
  return `(${text.replace(/[\\()]/g, (c) => `\\${c}`)})`;
}

export interface TextPdfOptions {
  /** Lines of text on the one page, top to bottom; the first in a larger size, as a title. */
  lines: string[];
  /** Title in the document information dictionary. */
  title?: string;
  /** JavaScript run on opening (/OpenAction) by a viewer that runs scripts; hmip must not. */
  javascript?: string;
  /** A link annotation to this URI; hmip must not follow it. */
  uri?: string;
}

/**
 * A one-page text PDF in Helvetica (a standard font, so no font file is embedded or fetched).
 * Objects: 1 catalog, 2 pages, 3 page, 4 content, 5 font, then the optional action and link.
 */
export function textPdf(options: TextPdfOptions): Uint8Array {
  const lines = options.lines.map((line, i) => `BT /F1 ${i === 0 ? 18 : 11} Tf 72 ${770 - i * 24} Td ${literal(line)} Tj ET`).join('\n');
  const extra: string[] = [];
  const next = () => 6 + extra.length;
  let openAction = '';
  if (options.javascript !== undefined) {
    openAction = ` /OpenAction ${next()} 0 R`;
    extra.push(`<< /Type /Action /S /JavaScript /JS ${literal(options.javascript)} >>`);
  }
  let annots = '';
  if (options.uri !== undefined) {
    annots = ` /Annots [${next()} 0 R]`;
    extra.push(`<< /Type /Annot /Subtype /Link /Rect [72 700 300 720] /Border [0 0 0] /A << /S /URI /URI ${literal(options.uri)} >> >>`);
  }
  const objects = [
    `<< /Type /Catalog /Pages 2 0 R${openAction} >>`,
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R${annots} >>`,
    stream(lines),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    ...extra,
  ];
  return buildPdf(objects, options.title !== undefined ? `<< /Title ${literal(options.title)} >>` : undefined);
}

/** Adler-32 (RFC 1950) of `count` copies of `block`, without making them: a and b advance per copy by the block's own sums. */
function adler32Repeated(block: Uint8Array, count: number): number {
  const MOD = 65521;
  let a1 = 1;
  let b1 = 0;
  for (const byte of block) {
    a1 = (a1 + byte) % MOD;
    b1 = (b1 + a1) % MOD;
  }
  // Appending data of length n with sums (a1, b1) to sums (a, b): a' = a + a1 − 1, b' = b + b1 + n·(a − 1).
  const n = block.length % MOD;
  let a = 1;
  let b = 0;
  for (let i = 0; i < count; i++) {
    b = (((b + b1 + n * (a - 1)) % MOD) + MOD) % MOD;
    a = (((a + a1 - 1) % MOD) + MOD) % MOD;
  }
  return ((b << 16) | a) >>> 0;
}

/**
 * A decompression bomb: a one-page PDF whose content stream is `inflatedMb` MiB of spaces, deflated
 * to about a thousandth of that (512 MiB in half a megabyte). A valid zlib stream, made without
 * ever holding the inflated bytes: one mebibyte of spaces is deflated once with a full flush (so the
 * block stands alone, byte-aligned, with no back-reference before it), and the block repeated.
 */
export function bombPdf(inflatedMb: number): Uint8Array {
  const spaces = new Uint8Array(1 << 20).fill(0x20);
  const block = deflateRawSync(spaces, { level: 9, finishFlush: zlibConstants.Z_FULL_FLUSH });
  const adler = adler32Repeated(spaces, inflatedMb);
  const parts: Uint8Array[] = [Uint8Array.of(0x78, 0xda)];
  for (let i = 0; i < inflatedMb; i++) parts.push(block);
  // An empty final block (fixed Huffman: BFINAL 1, BTYPE 01, end-of-block), then the checksum.
  parts.push(Uint8Array.of(0x03, 0x00, adler >>> 24, (adler >>> 16) & 0xff, (adler >>> 8) & 0xff, adler & 0xff));
  const content = Buffer.concat(parts).toString('latin1');
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    stream(content, ' /Filter /FlateDecode'),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ]);
}
