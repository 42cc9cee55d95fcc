/**
 * pdf.js for the PDF parser: its API, and its worker code on the same thread, loaded here rather
 * than by pdf.js so that the engine's Array.prototype.push can be put back after each (see
 * native-push.ts), and without the native canvas it would load to render (no-canvas.ts).
 */
import { restoreNativePush } from './native-push.js';
import './no-canvas.js';
import { getDocument, OPS, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';

restoreNativePush();

export { getDocument, VerbosityLevel };

/** pdf.js's operator codes, by name. */
export function getOperatorCodes(): typeof OPS {
  return OPS;
}
export type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

let inlineWorker: Promise<void> | null = null;

/**
 * Loads pdf.js's worker code into this thread, where pdf.js's "fake worker" finds it
 * (`globalThis.pdfjsWorker`) instead of importing it itself. (Its port copies every message, as a
 * real worker's would; it must: pdf.js's worker side changes an object it has sent, the text
 * items of a page, as soon as it has sent it.)
 */
export function loadInlineWorker(): Promise<void> {
  inlineWorker ??= import('pdfjs-dist/legacy/build/pdf.worker.mjs').then((worker) => {
    restoreNativePush();
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
  });
  return inlineWorker;
}
