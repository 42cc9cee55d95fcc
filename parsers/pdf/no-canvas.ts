/**
 * Keeps pdf.js from loading its native canvas, imported before pdf.js (like native-push.ts).
 *
 * In Node, pdf.js's display layer loads `@napi-rs/canvas` as it loads, for three browser globals
 * it renders with: DOMMatrix, ImageData, Path2D. hmip reads text and never renders, yet loading
 * the native module cost about 0.1 s of CPU in every process that reads a PDF (a tenth of what
 * pdf.js spends reading the 69-page report). An empty module in Node's require cache stands in
 * for it, and the globals get stand-ins: an affine DOMMatrix (pdf.js builds one as it loads, and
 * its worker code uses one for Type 3 glyph masks), and an ImageData and Path2D that say plainly
 * that hmip does not render.
 */
import { createRequire } from 'node:module';

class AffineMatrix {
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;

  constructor(init?: ArrayLike<number>) {
    if (init && init.length >= 6) [this.a, this.b, this.c, this.d, this.e, this.f] = Array.from(init).slice(0, 6) as [number, number, number, number, number, number];
  }

  multiplySelf(m: { a: number; b: number; c: number; d: number; e: number; f: number }): this {
    const { a, b, c, d, e, f } = this;
    this.a = a * m.a + c * m.b;
    this.b = b * m.a + d * m.b;
    this.c = a * m.c + c * m.d;
    this.d = b * m.c + d * m.d;
    this.e = a * m.e + c * m.f + e;
    this.f = b * m.e + d * m.f + f;
    return this;
  }

  scaleSelf(sx = 1, sy = sx): this {
    return this.multiplySelf({ a: sx, b: 0, c: 0, d: sy, e: 0, f: 0 });
  }

  translateSelf(tx = 0, ty = 0): this {
    return this.multiplySelf({ a: 1, b: 0, c: 0, d: 1, e: tx, f: ty });
  }
}

function notRendering(name: string) {
  return class {
    constructor() {
      throw new Error(`${name}: hmip reads the text of PDFs and does not render them`);
    }
  };
}

const globals = globalThis as Record<string, unknown>;
globals.DOMMatrix ??= AffineMatrix;
globals.ImageData ??= notRendering('ImageData');
globals.Path2D ??= notRendering('Path2D');

try {
  const fromPdfjs = createRequire(createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.mjs'));
  const id = fromPdfjs.resolve('@napi-rs/canvas');
  fromPdfjs.cache[id] ??= { id, filename: id, loaded: true, exports: {}, children: [], paths: [] } as unknown as NodeJS.Module;
} catch {
  // Not installed (it is optional for pdf.js): then there is nothing to keep from loading.
}
