/**
 * Reading a PDF's positioned text with pdf.js, in Node, offline and quietly: no eval, no font
 * faces, standard fonts and CMaps from the installed package, warnings off. Every pdf.js failure
 * becomes one HmipError naming the file; the loading task is always destroyed.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument, getOperatorCodes, loadInlineWorker, VerbosityLevel, type PDFDocumentProxy } from './pdfjs.js';
import { errors, HmipError } from '../../src/errors.js';
import type { Fill, PageText, TextItem } from './types.js';

export interface LoadedPdf {
  pages: PageText[];
  title: string | null;
}

export interface LoadLimits {
  maxPages?: number;
}

/** The installed pdfjs-dist folder, found through Node's resolver so it works wherever it is installed. */
function packageDir(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('pdfjs-dist/package.json'));
}

let assetDirs: { fonts: string; cmaps: string } | null = null;

/** pdf.js in Node reads these with fs, so plain paths with a trailing slash are what it wants. */
function assets(): { fonts: string; cmaps: string } {
  if (!assetDirs) {
    const root = packageDir();
    assetDirs = { fonts: join(root, 'standard_fonts') + '/', cmaps: join(root, 'cmaps') + '/' };
  }
  return assetDirs;
}

/**
 * The pages' text items, in page order; `onPage` sees each page as soon as it is read. pdf.js
 * reads on the calling thread: a thread of its own would overlap reading with layout, but would
 * cost more CPU than it saves wall time (the thread's start, and every page's text copied between
 * threads). `fillsFor`, given every page's text, names the pages whose filled shapes are wanted
 * too: reading them means reading those pages' drawing operators, which costs about as much again
 * as their text, so only pages that need them are read.
 */
export async function loadPdf(
  bytes: Uint8Array,
  path: string,
  limits: LoadLimits = {},
  onPage?: (page: PageText) => void,
  fillsFor?: (pages: PageText[]) => number[],
): Promise<LoadedPdf> {
  if (bytes.byteLength === 0) throw errors.emptyFile(path);
  checkStructure(bytes, path);
  const { fonts, cmaps } = assets();
  await loadInlineWorker();
  const task = getDocument({
    // pdf.js transfers (detaches) the buffer it is given: hand it a copy, never the caller's bytes.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    isOffscreenCanvasSupported: false,
    standardFontDataUrl: fonts,
    cMapUrl: cmaps,
    cMapPacked: true,
    stopAtErrors: false,
    verbosity: VerbosityLevel.ERRORS,
  });
  // A rejected task promise that nobody awaits would be an unhandled rejection after destroy().
  task.promise.catch(() => undefined);
  try {
    let doc: PDFDocumentProxy;
    try {
      doc = await task.promise;
    } catch (error) {
      throw error instanceof HmipError ? error : loadError(error, path);
    }
    const count = doc.numPages;
    if (limits.maxPages !== undefined && count > limits.maxPages) {
      throw errors.tooLarge(path, `${count} pages, more than the limit of ${limits.maxPages}`);
    }
    const title = await readTitle(doc);
    const pages: PageText[] = [];
    for (let number = 1; number <= count; number++) {
      const page = await readPage(doc, number, path);
      pages.push(page);
      onPage?.(page);
    }
    for (const number of fillsFor?.(pages) ?? []) {
      const page = pages[number - 1];
      if (page) page.fills = await readFills(doc, page, path);
    }
    return { pages, title };
  } finally {
    await task.destroy().catch(() => undefined);
  }
}

/**
 * A file cut short loses its cross-reference table and trailer; pdf.js may still rebuild part of
 * it by scanning for objects, and would then hand back a document with pages missing. A PDF must
 * start with its header and end with an end-of-file marker (allowing some trailing padding).
 */
function checkStructure(bytes: Uint8Array, path: string): void {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString('latin1');
  if (!head.includes('%PDF-')) throw errors.corruptPdf(path, 'it has no PDF header');
  const tailStart = Math.max(0, bytes.byteLength - 4096);
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset + tailStart, bytes.byteLength - tailStart).toString('latin1');
  if (!tail.includes('%%EOF')) throw errors.corruptPdf(path, 'it has no end-of-file marker, so it was probably cut short');
}

function loadError(error: unknown, path: string): HmipError {
  if (error instanceof HmipError) return error;
  const name = (error as { name?: unknown } | null)?.name;
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException') return errors.encryptedPdf(path);
  return errors.corruptPdf(path, oneLine(message) || 'pdf.js could not open it', error);
}

function oneLine(text: string): string {
  const line = (text.split('\n')[0] ?? '').trim().replace(/\.$/, '');
  return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}

async function readTitle(doc: PDFDocumentProxy): Promise<string | null> {
  try {
    const { info } = await doc.getMetadata();
    const title = (info as { Title?: unknown } | null)?.Title;
    if (typeof title !== 'string') return null;
    const clean = title.replace(/\s+/g, ' ').trim();
    return clean || null;
  } catch {
    // A damaged info dictionary costs the title, not the document.
    return null;
  }
}

type Matrix = [number, number, number, number, number, number];

/** `m` then `ctm`: the matrix a PDF's `cm` operator makes. */
function multiply(m: Matrix, ctm: Matrix): Matrix {
  return [
    m[0] * ctm[0] + m[1] * ctm[2],
    m[0] * ctm[1] + m[1] * ctm[3],
    m[2] * ctm[0] + m[3] * ctm[2],
    m[2] * ctm[1] + m[3] * ctm[3],
    m[4] * ctm[0] + m[5] * ctm[2] + ctm[4],
    m[4] * ctm[1] + m[5] * ctm[3] + ctm[5],
  ];
}

/**
 * The filled shapes of a page (cell shading), as boxes in the same frame as its text items: from
 * pdf.js's operator list, following the transformation matrix through save/restore and form
 * XObjects. pdf.js hands every fill colour over as "#rrggbb", whatever its colour space.
 */
async function readFills(doc: PDFDocumentProxy, text: PageText, path: string): Promise<Fill[]> {
  try {
    const page = await doc.getPage(text.number);
    const [left, bottom, right, top] = page.view as [number, number, number, number];
    const list = await page.getOperatorList();
    const OPS = getOperatorCodes();
    const painting = new Set([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
    const fills: Fill[] = [];
    const stack: { ctm: Matrix; colour: string }[] = [];
    let ctm: Matrix = [1, 0, 0, 1, 0, 0];
    let colour = '#000000';
    const turn = text.turn ?? 0;
    for (let i = 0; i < list.fnArray.length; i++) {
      const fn = list.fnArray[i];
      const args = list.argsArray[i] as unknown[] | null;
      if (fn === OPS.save) stack.push({ ctm, colour });
      else if (fn === OPS.restore) ({ ctm, colour } = stack.pop() ?? { ctm, colour });
      else if (fn === OPS.transform) ctm = multiply(args as unknown as Matrix, ctm);
      else if (fn === OPS.paintFormXObjectBegin) {
        stack.push({ ctm, colour });
        const matrix = args?.[0] as Matrix | null;
        if (matrix) ctm = multiply(matrix, ctm);
      } else if (fn === OPS.paintFormXObjectEnd) ({ ctm, colour } = stack.pop() ?? { ctm, colour });
      else if (fn === OPS.setFillRGBColor && typeof args?.[0] === 'string') colour = (args[0] as string).toLowerCase();
      else if (fn === OPS.constructPath && painting.has(args?.[0] as number)) {
        const box = args?.[2] as ArrayLike<number> | null;
        if (!box || box.length < 4) continue;
        const corners = [
          [box[0]!, box[1]!],
          [box[2]!, box[1]!],
          [box[0]!, box[3]!],
          [box[2]!, box[3]!],
        ].map(([x, y]) => upright(turn, ctm[0] * x! + ctm[2] * y! + ctm[4] - left, ctm[1] * x! + ctm[3] * y! + ctm[5] - bottom, right - left, top - bottom));
        const xs = corners.map((c) => c[0]);
        const ys = corners.map((c) => c[1]);
        fills.push({ x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys), colour });
      }
    }
    page.cleanup();
    return fills;
  } catch (error) {
    if (error instanceof HmipError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw errors.corruptPdf(path, `page ${text.number} cannot be read (${oneLine(message)})`, error);
  }
}

/** Which way a text item runs, in quarter turns counter-clockwise from left-to-right: 0, 90, 180, 270. */
function directionOf(a: number, b: number): number {
  const degrees = (Math.round(Math.atan2(b, a) / (Math.PI / 2)) * 90 + 360) % 360;
  return degrees;
}

/** The way most of a page's text runs (by characters). */
function pageTurn(items: { transform: number[]; chars: number }[]): number {
  const weight = new Map<number, number>();
  for (const { transform, chars } of items) {
    const turn = directionOf(transform[0]!, transform[1]!);
    weight.set(turn, (weight.get(turn) ?? 0) + chars);
  }
  let best = 0;
  let bestWeight = -1;
  for (const [turn, w] of weight) if (w > bestWeight) [best, bestWeight] = [turn, w];
  return best;
}

/**
 * A point of a page whose text runs `turn` degrees counter-clockwise, in the frame where that
 * text runs left to right and its lines go down the page.
 */
function upright(turn: number, x: number, y: number, width: number, height: number): [number, number] {
  switch (turn) {
    case 90:
      return [y, width - x];
    case 180:
      return [width - x, height - y];
    case 270:
      return [height - y, x];
    default:
      return [x, y];
  }
}

async function readPage(doc: PDFDocumentProxy, number: number, path: string): Promise<PageText> {
  try {
    const page = await doc.getPage(number);
    // Positions are made relative to the page box, so 'near the foot' means the same on every page.
    const [left, bottom, right, top] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    const width = right - left;
    const height = top - bottom;
    const raws = content.items.filter((raw): raw is Extract<typeof raw, { str: string }> => 'str' in raw && !!raw.str && !!raw.str.trim());
    const turn = pageTurn(raws.map((raw) => ({ transform: raw.transform as number[], chars: raw.str.length })));
    const items: TextItem[] = [];
    for (const raw of raws) {
      // pdf.js adds zero-height items to stand for the spaces it infers between runs (left out
      // above): the gaps themselves are measured from positions, so these carry nothing.
      const text = raw.str;
      const [a, b, c, d, x, y] = raw.transform as number[];
      // Text set sideways (a landscape page printed onto portrait paper) is turned upright.
      const [ux, uy] = upright(turn, x! - left, y! - bottom, width, height);
      items.push({
        text: text.trim(),
        x: directionOf(a!, b!) === turn ? ux : x! - left,
        y: directionOf(a!, b!) === turn ? uy : y! - bottom,
        width: raw.width,
        size: Math.hypot(c!, d!),
        font: raw.fontName,
        spaceBefore: /^\s/.test(text),
        spaceAfter: /\s$/.test(text),
      });
    }
    page.cleanup();
    const sideways = turn === 90 || turn === 270;
    return { number, width: sideways ? height : width, height: sideways ? width : height, items, ...(turn ? { turn } : {}) };
  } catch (error) {
    if (error instanceof HmipError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw errors.corruptPdf(path, `page ${number} cannot be read (${oneLine(message)})`, error);
  }
}
