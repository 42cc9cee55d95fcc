/**
 * Stable ids: the slug of provider, year and kind ("west-yorkshire-crc-2020-report"). A slug is
 * lower-case ASCII letters, digits and hyphens only, so whatever a document says, a file named
 * after it stays inside the output folder.
 */
import type { Document } from './schema.js';

export function slug(text: string, max = 80): string {
  const out = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return out.slice(0, max).replace(/-+$/, '') || 'document';
}

const KIND_WORD: Record<Document['kind'], string> = {
  'inspection-report': 'report',
  'press-release': 'press-release',
  other: 'document',
};

export function documentId(document: Pick<Document, 'provider' | 'title' | 'published' | 'kind'>): string {
  const who = document.provider?.shortName ?? document.title?.split(/\s+/).slice(0, 8).join(' ') ?? 'untitled';
  const year = document.published?.slice(0, 4) ?? '';
  return slug([who, year, KIND_WORD[document.kind]].filter(Boolean).join(' '), 120);
}
