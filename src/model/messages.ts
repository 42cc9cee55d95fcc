/**
 * Warnings that travel with the document, like vfile messages: each says what is missing or odd
 * and where (page for a PDF, line for text).
 */
import type { Warning } from '../schema.js';

export interface Place {
  page: number | null;
  line?: number | null;
}

export class Messages {
  readonly list: Warning[] = [];

  warn(message: string, place: Place | null = null, rule: string | null = null): void {
    const page = place?.page ?? null;
    const line = place?.line ?? null;
    if (this.list.some((w) => w.message === message && w.page === page && w.line === line)) return;
    this.list.push({ message, page, line, rule });
  }
}
