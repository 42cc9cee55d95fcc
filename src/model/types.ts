/**
 * The one document model: an mdast tree (GFM tables, footnotes). Every parser produces it; every
 * extractor reads it. Page numbers travel in `node.data.page` (null where the source has no pages).
 */
import type { Root } from 'mdast';

declare module 'unist' {
  interface Data {
    /** 1-based page of the source PDF this node stands on; null/undefined for unpaged sources. */
    page?: number | null;
    /** A table cell's fill colour, "#rrggbb", where the source shades it (a PDF's cell shading). */
    fill?: string;
  }
}

/** What a parser knows about the document beyond its text: kept in `root.data.meta`. */
export interface SourceMeta {
  /** Number of pages (PDF), null for unpaged formats. */
  pages: number | null;
  /** Title as the container states it (PDF info dictionary, HTML <title>), not the body text. */
  title?: string | null;
  /** Publication date as the container states it (HTML meta/time), "YYYY-MM-DD". */
  published?: string | null;
  /** Canonical URL (HTML). */
  canonicalUrl?: string | null;
}

declare module 'mdast' {
  interface RootData {
    meta?: SourceMeta;
  }
}

export type DocumentTree = Root;

export interface Evidence {
  page: number | null;
  quote: string;
}

export type Format = 'pdf' | 'html' | 'text' | 'markdown';
