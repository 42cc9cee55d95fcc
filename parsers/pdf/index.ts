// Placeholder until the PDF parser lands (issue 3); replaced wholesale by parsers/pdf.
import type { Root } from 'mdast';
import { errors } from '../../src/errors.js';

export interface PdfLimits {
  maxPages?: number;
}

export async function parsePdf(_bytes: Uint8Array, path: string, _limits: PdfLimits = {}): Promise<Root> {
  throw errors.unsupportedFormat(path, 'PDF support is not built yet');
}
