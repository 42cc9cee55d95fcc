/**
 * What the PDF parser does with files it cannot read: each failure is one HmipError of the right
 * class naming the file, with no pdf.js console output and no unhandled rejection.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { HmipError } from '../../src/errors.js';
import { parsePdf } from '../../parsers/pdf/index.js';
import { corpus, emptyPagePdf, readBytes } from './helpers.js';

let dir: string;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hmip-pdf-'));
  process.on('unhandledRejection', onUnhandled);
});

afterAll(() => {
  process.off('unhandledRejection', onUnhandled);
  rmSync(dir, { recursive: true, force: true });
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** Runs the parser expecting an HmipError; records anything pdf.js printed meanwhile. */
async function failure(bytes: Uint8Array, path: string, limits?: { maxPages?: number }): Promise<{ error: HmipError; printed: unknown[][] }> {
  const printed: unknown[][] = [];
  for (const method of ['log', 'info', 'warn', 'error'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      printed.push(args);
    });
  }
  let error: unknown = null;
  try {
    await parsePdf(bytes, path, limits);
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(HmipError);
  return { error: error as HmipError, printed };
}

describe('unreadable PDFs', () => {
  it('reports a truncated copy as corrupt-pdf', async () => {
    const whole = readBytes('west-yorkshire-crc-2020.pdf');
    const path = join(dir, 'truncated.pdf');
    writeFileSync(path, whole.subarray(0, Math.floor(whole.length / 2)));
    const { error, printed } = await failure(new Uint8Array(readFileSync(path)), path);
    expect(error.errorClass).toBe('corrupt-pdf');
    expect(error.path).toBe(path);
    expect(error.message).toContain(path);
    expect(printed).toEqual([]);
  });

  it('reports a copy cut short but given an end marker as corrupt-pdf (pdf.js rejects it)', async () => {
    const whole = readBytes('west-yorkshire-crc-2020-press-release.pdf');
    const bytes = new Uint8Array([...whole.subarray(0, 3000), ...new TextEncoder().encode('\n%%EOF\n')]);
    const { error, printed } = await failure(bytes, 'cut.pdf');
    expect(error.errorClass).toBe('corrupt-pdf');
    expect(printed).toEqual([]);
  });

  it('reports bytes that are not a PDF as corrupt-pdf', async () => {
    const { error } = await failure(new TextEncoder().encode('<html>not a pdf</html>'), 'page.pdf');
    expect(error.errorClass).toBe('corrupt-pdf');
  });

  it('reports an encrypted copy as encrypted-pdf', async () => {
    // The release encrypted by qpdf, once, in test/fixtures/bad/make.sh: the test needs no qpdf.
    const path = fileURLToPath(new URL('../fixtures/bad/encrypted.pdf', import.meta.url));
    const { error, printed } = await failure(new Uint8Array(readFileSync(path)), path);
    expect(error.errorClass).toBe('encrypted-pdf');
    expect(error.message).toContain(path);
    expect(printed).toEqual([]);
  });

  it('reports pages without text as no-text-layer', async () => {
    const { error, printed } = await failure(emptyPagePdf(3), 'scan.pdf');
    expect(error.errorClass).toBe('no-text-layer');
    expect(error.message).toContain('3 pages');
    expect(printed).toEqual([]);
  });

  it('reports more pages than the limit as too-large, before reading them', async () => {
    const { error } = await failure(readBytes('west-yorkshire-crc-2020.pdf'), 'report.pdf', { maxPages: 50 });
    expect(error.errorClass).toBe('too-large');
    expect(error.message).toContain('69 pages');
  });

  it('reports an empty file as empty-file', async () => {
    const { error } = await failure(new Uint8Array(0), 'empty.pdf');
    expect(error.errorClass).toBe('empty-file');
  });

  it('left no unhandled rejection behind', async () => {
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(unhandled).toEqual([]);
  });
});

describe('limits', () => {
  it('reads a PDF within the page limit', async () => {
    const root = await parsePdf(readBytes('west-yorkshire-crc-2020-press-release.pdf'), 'release.pdf', { maxPages: 2 });
    expect(root.data?.meta?.pages).toBe(2);
  });
});
