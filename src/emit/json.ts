/** Documents as JSON: pretty for files and stdout, one line each for JSONL. */
import type { Document } from '../schema.js';

export function toJson(document: Document): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

export function toJsonl(documents: Iterable<Document>): string {
  let out = '';
  for (const document of documents) out += `${JSON.stringify(document)}\n`;
  return out;
}
