/**
 * Text to bytes in the encodings archives hold besides UTF-8: UTF-16 (either byte order, with or
 * without a byte order mark) and Windows-1252, the encoding of old Word exports and web pages.
 */
import { WINDOWS_1252_HIGH } from '../ingest.js';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export function encode(text: string, encoding: Encoding, bom = false): Uint8Array {
  switch (encoding) {
    case 'utf-8':
      return withBom(new TextEncoder().encode(text), bom ? [0xef, 0xbb, 0xbf] : []);
    case 'utf-16le':
      return withBom(new Uint8Array(Buffer.from(text, 'utf16le')), bom ? [0xff, 0xfe] : []);
    case 'utf-16be': {
      const bytes = new Uint8Array(Buffer.from(text, 'utf16le'));
      for (let i = 0; i + 1 < bytes.length; i += 2) [bytes[i], bytes[i + 1]] = [bytes[i + 1]!, bytes[i]!];
      return withBom(bytes, bom ? [0xfe, 0xff] : []);
    }
    case 'windows-1252':
      return cp1252(text);
  }
}

/** Characters Windows-1252 lacks become "?", as the encoders of the time wrote them. */
function cp1252(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  let n = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    const high = WINDOWS_1252_HIGH.indexOf(ch);
    out[n++] = code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : high >= 0 ? 0x80 + high : 0x3f;
  }
  return out.subarray(0, n);
}

function withBom(bytes: Uint8Array, bom: number[]): Uint8Array {
  if (bom.length === 0) return bytes;
  const out = new Uint8Array(bom.length + bytes.length);
  out.set(bom, 0);
  out.set(bytes, bom.length);
  return out;
}
