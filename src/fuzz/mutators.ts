/**
 * Mutators: pure functions from a document's bytes (and a seeded random source) to damaged bytes,
 * each one a way real archives go wrong — downloads cut short, bits flipped on disk, PDF objects
 * lost or repeated, a broken cross-reference table, tag soup, a line a megabyte long, text in the
 * wrong encoding, NUL bytes. None changes its input.
 */
import { encode, type Encoding } from './encodings.js';
import { between, int, pick, type Rng } from './prng.js';

export type SeedFormat = 'pdf' | 'html' | 'text' | 'markdown';

export interface Mutator {
  name: string;
  /** The formats of seed it makes sense for. */
  formats: readonly SeedFormat[];
  mutate(bytes: Uint8Array, rng: Rng, donors: readonly Uint8Array[]): Uint8Array;
}

const ANY: readonly SeedFormat[] = ['pdf', 'html', 'text', 'markdown'];
const PDF: readonly SeedFormat[] = ['pdf'];
const TEXT_LIKE: readonly SeedFormat[] = ['html', 'text', 'markdown'];

export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

const latin1 = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
const fromLatin1 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'latin1'));
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array): string => new TextDecoder('utf-8').decode(bytes);

/** Inserts `insert` at byte `at`. */
function spliceIn(bytes: Uint8Array, at: number, insert: Uint8Array): Uint8Array {
  return concat(bytes.subarray(0, at), insert, bytes.subarray(at));
}

/** A byte offset just after a line break (or 0), so that inserted lines stand on their own. */
function lineStart(bytes: Uint8Array, rng: Rng): number {
  const from = int(rng, bytes.length + 1);
  const at = bytes.indexOf(0x0a, from);
  return at < 0 ? bytes.length : at + 1;
}

/** Spans of the PDF's indirect objects ("12 0 obj … endobj"), as byte offsets. */
function pdfObjects(bytes: Uint8Array): { start: number; end: number }[] {
  const text = latin1(bytes);
  const spans: { start: number; end: number }[] = [];
  const start = /(?:^|[\r\n])(\d{1,7} \d{1,5} obj)\b/g;
  for (let m = start.exec(text); m && spans.length < 5000; m = start.exec(text)) {
    const begin = m.index + m[0].length - m[1]!.length;
    const end = text.indexOf('endobj', begin);
    if (end < 0) break;
    spans.push({ start: begin, end: end + 'endobj'.length });
    start.lastIndex = end;
  }
  return spans;
}

const truncate: Mutator = {
  name: 'truncate',
  formats: ANY,
  mutate: (bytes, rng) => bytes.slice(0, int(rng, bytes.length)),
};

/** Cut short, then given an end-of-file marker back: gets past the cheap check into pdf.js's repair. */
const truncateKeepEof: Mutator = {
  name: 'truncate-keep-eof',
  formats: PDF,
  mutate: (bytes, rng) => concat(bytes.subarray(0, int(rng, bytes.length)), utf8('\n%%EOF\n')),
};

const flipBytes: Mutator = {
  name: 'flip-bytes',
  formats: ANY,
  mutate: (bytes, rng) => {
    const out = bytes.slice();
    if (out.length === 0) return out;
    const flips = between(rng, 1, 32);
    for (let i = 0; i < flips; i++) {
      const at = int(rng, out.length);
      out[at] = out[at]! ^ between(rng, 1, 255);
    }
    return out;
  },
};

const deleteRange: Mutator = {
  name: 'delete-range',
  formats: ANY,
  mutate: (bytes, rng) => {
    const start = int(rng, bytes.length);
    const length = between(rng, 1, Math.max(1, Math.floor(bytes.length / 10)));
    return concat(bytes.subarray(0, start), bytes.subarray(start + length));
  },
};

const duplicateRange: Mutator = {
  name: 'duplicate-range',
  formats: ANY,
  mutate: (bytes, rng) => {
    const start = int(rng, bytes.length);
    const length = between(rng, 1, Math.max(1, Math.floor(bytes.length / 10)));
    const copies = pick(rng, [1, 1, 1, 2, 10]);
    const chunk = bytes.subarray(start, start + length);
    return spliceIn(bytes, int(rng, bytes.length + 1), concat(...Array.from({ length: copies }, () => chunk)));
  },
};

const deleteObject: Mutator = {
  name: 'delete-pdf-object',
  formats: PDF,
  mutate: (bytes, rng) => {
    const objects = pdfObjects(bytes);
    if (objects.length === 0) return flipBytes.mutate(bytes, rng, []);
    const { start, end } = pick(rng, objects);
    // Either the object goes and the offsets after it are all wrong, or its body is blanked in place.
    if (rng() < 0.5) return concat(bytes.subarray(0, start), bytes.subarray(end));
    const out = bytes.slice();
    out.fill(0x20, start, end);
    return out;
  },
};

const duplicateObject: Mutator = {
  name: 'duplicate-pdf-object',
  formats: PDF,
  mutate: (bytes, rng) => {
    const objects = pdfObjects(bytes);
    if (objects.length === 0) return duplicateRange.mutate(bytes, rng, []);
    const { start, end } = pick(rng, objects);
    const at = pick(rng, objects)[rng() < 0.5 ? 'start' : 'end'];
    return spliceIn(bytes, at, concat(bytes.subarray(start, end), utf8('\n')));
  },
};

const breakXref: Mutator = {
  name: 'break-xref',
  formats: PDF,
  mutate: (bytes, rng) => {
    const text = latin1(bytes);
    const startxref = text.lastIndexOf('startxref');
    const xref = text.lastIndexOf('xref', startxref - 1);
    switch (int(rng, 5)) {
      case 0: {
        // startxref points somewhere else: nowhere, the header, past the end, or a random byte.
        if (startxref < 0) break;
        const value = pick(rng, [0, 1, bytes.length + 1000, int(rng, bytes.length), 999_999_999_999]);
        return fromLatin1(text.slice(0, startxref) + text.slice(startxref).replace(/startxref\s+\d+/, `startxref\n${value}`));
      }
      case 1: {
        // The xref table's entries garbled.
        if (xref < 0) break;
        const out = bytes.slice();
        const end = startxref > xref ? startxref : Math.min(bytes.length, xref + 2000);
        for (let i = 0; i < 20; i++) out[between(rng, xref, Math.max(xref, end - 1))] = pick(rng, [0x30, 0x39, 0x20, 0x6e, 0x66, 0x0a]);
        return out;
      }
      case 2:
        // The xref keyword and trailer gone: pdf.js must rebuild from the objects.
        if (xref < 0) break;
        return fromLatin1(text.slice(0, xref) + 'startxref\n0\n%%EOF\n');
      case 3:
        // The trailer's /Root removed or pointed at a missing object.
        return fromLatin1(text.replace(/\/Root\s+\d+\s+\d+\s+R/g, rng() < 0.5 ? '' : '/Root 9999 0 R'));
      case 4:
        // A /Size or /Count that lies.
        return fromLatin1(text.replace(/\/(Size|Count)\s+\d+/g, (_, key: string) => `/${key} ${pick(rng, [0, -1, 1, 99999999])}`));
    }
    return flipBytes.mutate(bytes, rng, []);
  },
};

/** Tags and entities that break HTML in the ways real pages do, and some that would reach the network if run. */
const SOUP = [
  '<div>', '</div>', '<p>', '</p>', '<table><tr><td>', '</td></tr></table>', '<td>', '<tr>', '<th colspan="999999" rowspan="999999">',
  '<ul><li>', '</li></ul>', '<ol start="-5">', '<h1>', '</h3>', '<h2>', '<sup>1</sup>', '<a href="#fn1">', '<br>', '<br/>',
  '<script>globalThis.hmipPwned = 1</script>', '<style>@import url(http://127.0.0.1:9/x.css)</style>',
  '<img src="http://127.0.0.1:9/x.png" srcset="http://127.0.0.1:9/y.png 2x">', '<link rel="stylesheet" href="http://127.0.0.1:9/x.css">',
  '<iframe src="http://127.0.0.1:9/"></iframe>', '<!--', '-->', '<![CDATA[', ']]>', '<svg><foreignObject>', '</svg>', '<math>',
  '<template>', '<noscript>', '<textarea>', '<plaintext>', '<table>', '<caption>', '<colgroup>', '<xmp>', '<frameset>', '<body>',
  '<html>', '<head>', '<title>', '<meta name="dcterms.date" content="2020-13-45">', '<time datetime="9999-99-99">', '&#0;', '&#xD800;',
  '&amp', '&nbsp;', '<', '>', '"', "'", '<div class="cookie-banner share related">', '<main>', '<article>', '<aside>', '<nav>',
  '<footer>', '<blockquote>', '<pre>', '<code>', '<sup>', '</sup>', '<span style="display:none">', '<a name="_ftn1" href="#_ftnref1">[1]</a>',
];

const tagSoup: Mutator = {
  name: 'tag-soup',
  formats: TEXT_LIKE,
  mutate: (bytes, rng) => {
    let text = decode(bytes);
    const inserts = between(rng, 1, 200);
    for (let i = 0; i < inserts; i++) {
      const at = int(rng, text.length + 1);
      let piece = pick(rng, SOUP);
      // Now and then, nesting thousands deep (stack depth in every recursive walk of the tree).
      if (rng() < 0.02) piece = piece.repeat(between(rng, 100, 20_000));
      text = text.slice(0, at) + piece + text.slice(at);
    }
    return utf8(text);
  },
};

/** A line of up to 1.5 million characters: words of the document, one letter, spaces, or figures. */
const hugeLine: Mutator = {
  name: 'huge-line',
  formats: TEXT_LIKE,
  mutate: (bytes, rng) => {
    const length = pick(rng, [20_000, 100_000, 400_000, 900_000, 1_500_000]);
    const words = decode(bytes.subarray(0, 20_000)).split(/\s+/).filter(Boolean);
    const unit = pick(rng, [
      `${words.slice(int(rng, Math.max(1, words.length - 20))).slice(0, 20).join(' ')} `,
      'a',
      ' ',
      '75% ',
      'rated ‘Good’ ',
      '\t',
      '¹',
      '[a](',
      '*',
    ]);
    const line = unit.repeat(Math.ceil(length / Math.max(1, unit.length))).slice(0, length);
    return spliceIn(bytes, lineStart(bytes, rng), utf8(`${line}\n`));
  },
};

const ENCODINGS: [Encoding, boolean][] = [
  ['utf-16le', true],
  ['utf-16le', false],
  ['utf-16be', true],
  ['utf-16be', false],
  ['windows-1252', false],
  ['utf-8', true],
];

/** The whole document in another encoding. */
const reencode: Mutator = {
  name: 'reencode',
  formats: TEXT_LIKE,
  mutate: (bytes, rng) => {
    const [encoding, bom] = pick(rng, ENCODINGS);
    return encode(decode(bytes), encoding, bom);
  },
};

/** A stretch of the document in another encoding, inside UTF-8: a file pasted together from two sources. */
const mixedEncoding: Mutator = {
  name: 'mixed-encoding',
  formats: TEXT_LIKE,
  mutate: (bytes, rng) => {
    const text = decode(bytes);
    const start = int(rng, text.length);
    const end = Math.min(text.length, start + between(rng, 1, 5000));
    const [encoding] = pick(rng, ENCODINGS);
    return concat(utf8(text.slice(0, start)), encode(text.slice(start, end), encoding), utf8(text.slice(end)));
  },
};

const nulBytes: Mutator = {
  name: 'nul-bytes',
  formats: ANY,
  mutate: (bytes, rng) => {
    if (rng() < 0.5) {
      const out = bytes.slice();
      const count = between(rng, 1, Math.max(1, Math.floor(out.length / 50)));
      for (let i = 0; i < count; i++) out[int(rng, out.length)] = 0;
      return out;
    }
    return spliceIn(bytes, int(rng, bytes.length + 1), new Uint8Array(between(rng, 1, 100_000)));
  },
};

/** A piece of another document (of any format) inside this one. */
const splice: Mutator = {
  name: 'splice',
  formats: ANY,
  mutate: (bytes, rng, donors) => {
    if (donors.length === 0) return bytes.slice();
    const donor = pick(rng, donors);
    const start = int(rng, donor.length);
    const piece = donor.subarray(start, start + between(rng, 1, 20_000));
    return spliceIn(bytes, int(rng, bytes.length + 1), piece);
  },
};

export const MUTATORS: readonly Mutator[] = [
  truncate,
  truncateKeepEof,
  flipBytes,
  deleteRange,
  duplicateRange,
  deleteObject,
  duplicateObject,
  breakXref,
  tagSoup,
  hugeLine,
  reencode,
  mixedEncoding,
  nulBytes,
  splice,
];

export function mutatorsFor(format: SeedFormat): Mutator[] {
  return MUTATORS.filter((m) => m.formats.includes(format));
}

export function mutatorNamed(name: string): Mutator {
  const found = MUTATORS.find((m) => m.name === name);
  if (!found) throw new Error(`no mutator named ${name}`);
  return found;
}
