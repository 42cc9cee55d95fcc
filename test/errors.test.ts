/**
 * Bad input, as an archive crawl brings it: each real bad file gives its error class and one
 * sentence naming it, `hmip extract` exits 3 without a stack trace (with one under --debug), and a
 * batch over all of them and the good corpus writes every good document and one errors.jsonl line
 * per bad file. Then the limits: time, memory, pages, bytes, line length, the same in both commands.
 */
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { boundDepth } from '../parsers/html/depth.js';
import { boundMarkdown, MAX_BLOCK_CHARS } from '../src/bounds.js';
import { HmipError } from '../src/errors.js';
import { encode } from '../src/fuzz/encodings.js';
import { buildPdf } from '../src/fuzz/pdfs.js';
import { processBytes } from '../src/pipeline.js';
import { cli, isDocumentJson, CORPUS, ROOT, tempDir } from './helpers.js';

/** Binary fixtures made once by test/fixtures/bad/make.sh (qpdf, Ghostscript) and committed. */
const FIXTURES = join(ROOT, 'test', 'fixtures', 'bad');

interface BadFile {
  name: string;
  errorClass: string;
  /** The sentence, given the file's path. */
  message: (path: string) => string;
  make: (path: string) => void;
}

const REPORT_PDF = join(CORPUS, 'west-yorkshire-crc-2020.pdf');
const RELEASE_PDF = join(CORPUS, 'west-yorkshire-crc-2020-press-release.pdf');

const ERROR_PAGE = `<!DOCTYPE html>
<html><head><title>404 Not Found</title></head>
<body><h1>Not Found</h1><p>The requested URL /media/report.pdf was not found on this server.</p>
<hr><address>Apache Server at www.justiceinspectorates.gov.uk Port 443</address></body></html>
`;

/** Two megabytes of prose words on one line, no line break anywhere. */
function longLine(): string {
  return 'the probation service requires improvement in its work to keep people safe '.repeat(30_000).slice(0, 2 * 1024 * 1024);
}

const BAD: BadFile[] = [
  {
    name: 'empty.pdf',
    errorClass: 'empty-file',
    message: (p) => `${p} is empty: there is nothing to read.`,
    make: (p) => writeFileSync(p, ''),
  },
  {
    name: 'truncated-report.pdf',
    errorClass: 'corrupt-pdf',
    message: (p) => `${p} is a truncated or corrupt PDF: it has no end-of-file marker, so it was probably cut short.`,
    make: (p) => {
      const whole = readFileSync(REPORT_PDF);
      writeFileSync(p, whole.subarray(0, Math.floor(whole.length / 2)));
    },
  },
  {
    name: 'encrypted.pdf',
    errorClass: 'encrypted-pdf',
    message: (p) => `${p} is an encrypted PDF: it needs a password, so its text cannot be read.`,
    make: (p) => copyFileSync(join(FIXTURES, 'encrypted.pdf'), p),
  },
  {
    name: 'scanned.pdf',
    errorClass: 'no-text-layer',
    message: (p) => `${p} has no text layer (2 pages of images, probably scanned): it needs OCR before hmip can read it.`,
    make: (p) => copyFileSync(join(FIXTURES, 'scanned.pdf'), p),
  },
  {
    name: 'error-page.pdf',
    errorClass: 'corrupt-pdf',
    message: (p) => `${p} is a truncated or corrupt PDF: it holds an HTML page, not a PDF (probably an error page saved in place of the document).`,
    make: (p) => writeFileSync(p, ERROR_PAGE),
  },
  {
    name: 'long-line.txt',
    errorClass: 'too-large',
    message: (p) => `${p} is too large: a line of 2,097,152 characters is over the limit of 1,000,000 for one line of text.`,
    make: (p) => writeFileSync(p, longLine()),
  },
];

const STACK = /\n\s+at /;

let dir: string;
const pathOf = (bad: BadFile) => join(dir, bad.name);

beforeAll(() => {
  dir = tempDir('hmip-bad-');
  for (const bad of BAD) bad.make(pathOf(bad));
});

describe('real bad files', () => {
  for (const bad of BAD) {
    describe(bad.name, () => {
      it(`is a ${bad.errorClass} error with its one sentence`, async () => {
        const path = pathOf(bad);
        const error = await processBytes(new Uint8Array(readFileSync(path)), path).then(
          () => null,
          (caught: unknown) => caught,
        );
        expect(error).toBeInstanceOf(HmipError);
        expect((error as HmipError).errorClass).toBe(bad.errorClass);
        expect((error as HmipError).message).toBe(bad.message(path));
      });

      it('makes hmip extract exit 3 with that sentence and no stack trace', () => {
        const result = cli(['extract', pathOf(bad)]);
        expect(result.status).toBe(3);
        expect(result.stdout).toBe('');
        expect(result.stderr).toBe(`hmip: ${bad.message(pathOf(bad))}\n`);
        expect(result.stderr).not.toMatch(STACK);
      });

      it('shows the stack trace under --debug', () => {
        const result = cli(['extract', pathOf(bad), '--debug']);
        expect(result.status).toBe(3);
        expect(result.stderr.startsWith(`hmip: ${bad.message(pathOf(bad))}\n`)).toBe(true);
        expect(result.stderr).toMatch(STACK);
      });
    });
  }
});

describe('hmip batch over the bad files and the good corpus', () => {
  let input: string;
  let out: string;
  let result: ReturnType<typeof cli>;
  const good = readdirSync(CORPUS).filter((name) => !/^readme/i.test(name));

  beforeAll(() => {
    input = tempDir('hmip-bad-batch-in-');
    out = tempDir('hmip-bad-batch-out-');
    for (const name of good) copyFileSync(join(CORPUS, name), join(input, name));
    for (const bad of BAD) copyFileSync(pathOf(bad), join(input, bad.name));
    result = cli(['batch', input, '--out', out, '--jobs', '2'], { timeout: 180_000 });
  }, 200_000);

  it('goes on past every bad file and exits 1 (a file failed)', () => {
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^${good.length} documents, \\d+ pages, ${BAD.length} failed, `, 'm'));
  });

  it('writes every good document', () => {
    const written = readdirSync(out).filter(isDocumentJson);
    expect(written).toHaveLength(good.length);
    const sources = written.map((f) => basename(JSON.parse(readFileSync(join(out, f), 'utf8')).source.path)).sort();
    expect(sources).toEqual([...good].sort());
    expect(readFileSync(join(out, 'dataset.jsonl'), 'utf8').trim().split('\n')).toHaveLength(good.length);
  });

  it('writes one errors.jsonl line per bad file, with its class and sentence', () => {
    const lines = readFileSync(join(out, 'errors.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(BAD.length);
    for (const bad of BAD) {
      const path = join(input, bad.name);
      const line = lines.find((l) => l.path === path);
      expect(line, bad.name).toMatchObject({ errorClass: bad.errorClass, message: bad.message(path) });
      expect(line.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
  });
});

describe('limits, the same in extract and batch', () => {
  // Twenty copies of the West Yorkshire report's text, one after another (3.4 MB): seconds of work
  // on any machine, far over half of one, while the release read next takes a hundredth of a second
  // in a reader process made ready (and warm) before its clock starts. Both sides have a wide margin.
  let slow: string;
  beforeAll(() => {
    slow = join(dir, 'twenty-reports.txt');
    writeFileSync(slow, Array(20).fill(readFileSync(join(CORPUS, '003_b61d8a66136cbfc4.txt'), 'utf8')).join('\n\n'));
  });

  it('stops a document over the time limit: extract exits 3, batch records it and goes on', () => {
    const message = `${slow} took longer than the limit of 0.5 s to process, so it was stopped.`;
    const extracted = cli(['extract', slow, '--timeout', '0.5']);
    expect(extracted.status).toBe(3);
    expect(extracted.stderr).toBe(`hmip: ${message}\n`);

    const out = tempDir('hmip-timeout-out-');
    // The release is read by the reader process that replaces the stopped one: its clock starts once that reader is ready.
    const batch = cli(['batch', slow, join(CORPUS, '002_6a02e246b64b3411.txt'), '--out', out, '--jobs', '1', '--timeout', '0.5']);
    expect(batch.status).toBe(1);
    expect(readdirSync(out)).toContain('west-yorkshire-crc-2020-press-release.json');
    expect(JSON.parse(readFileSync(join(out, 'errors.jsonl'), 'utf8'))).toMatchObject({ path: slow, errorClass: 'timeout', message });
  });

  // The memory limit, which holds for all of a document's memory: test/limits.test.ts.

  it('refuses more pages, more bytes or a longer line than asked, with the same sentence in both commands', () => {
    const cases: [string, string[], string][] = [
      [REPORT_PDF, ['--max-pages', '50'], `${REPORT_PDF} is too large: 69 pages, more than the limit of 50.`],
      [RELEASE_PDF, ['--max-bytes', '10000'], `${RELEASE_PDF} is too large: 37 KB is over the limit of 10 KB.`],
      [join(CORPUS, '001_e55082a413e31d54.txt'), ['--max-line-chars', '500'], `${join(CORPUS, '001_e55082a413e31d54.txt')} is too large: a line of 807 characters is over the limit of 500 for one line of text.`],
    ];
    for (const [file, limit, message] of cases) {
      const extracted = cli(['extract', file, ...limit]);
      expect(extracted.status).toBe(3);
      expect(extracted.stderr).toBe(`hmip: ${message}\n`);
      const out = tempDir('hmip-limit-out-');
      expect(cli(['batch', file, '--out', out, ...limit]).status).toBe(1);
      expect(JSON.parse(readFileSync(join(out, 'errors.jsonl'), 'utf8'))).toMatchObject({ errorClass: 'too-large', message });
    }
  });

  it('keeps a failure for a re-run under the same limits, and tries again when the limit that caused it is raised', () => {
    const summary = (processed: number, done: number) => new RegExp(`\\(${processed} processed, ${done} already done;`);
    const pages = tempDir('hmip-relimit-');
    expect(cli(['batch', REPORT_PDF, '--out', pages, '--max-pages', '50']).status).toBe(1);
    const same = cli(['batch', REPORT_PDF, '--out', pages, '--max-pages', '50']);
    expect(same.stderr).toMatch(summary(0, 1));
    const raised = cli(['batch', REPORT_PDF, '--out', pages]);
    expect(raised.status).toBe(0);
    expect(raised.stderr).toMatch(summary(1, 0));
    expect(readFileSync(join(pages, 'errors.jsonl'), 'utf8')).toBe('');

    const time = tempDir('hmip-retime-');
    expect(cli(['batch', slow, '--out', time, '--timeout', '0.5']).status).toBe(1);
    expect(cli(['batch', slow, '--out', time, '--timeout', '0.5']).stderr).toMatch(summary(0, 1));
    const longer = cli(['batch', slow, '--out', time, '--timeout', '0.6']);
    expect(longer.status).toBe(1);
    expect(longer.stderr).toMatch(summary(1, 0));
    expect(JSON.parse(readFileSync(join(time, 'errors.jsonl'), 'utf8')).message).toBe(`${slow} took longer than the limit of 0.6 s to process, so it was stopped.`);
  });

  it('turns the time limit off with --timeout 0 (extract then runs in its own process)', () => {
    const result = cli(['extract', join(CORPUS, '002_6a02e246b64b3411.txt'), '--timeout', '0']);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).id).toBe('west-yorkshire-crc-2020-press-release');
  });

  it('calls a limit that is not a number a usage error (exit 2) in both commands', () => {
    for (const command of [['extract', RELEASE_PDF], ['batch', RELEASE_PDF, '--out', tempDir()]]) {
      for (const bad of [['--timeout', '-1'], ['--max-pages', '0'], ['--memory-mb', 'lots'], ['--max-bytes', '1.5']]) {
        const result = cli([...command, ...bad]);
        expect(result.status, `${command[0]} ${bad.join(' ')}`).toBe(2);
        expect(result.stderr).toContain(`${bad[0]} must be`);
      }
    }
  });
});

describe('a document that is not an HMI Probation one', () => {
  it('is read, with kind "other", a warning in the JSON and a warning line on stderr, not an error', () => {
    const path = join(dir, 'not-found.html');
    writeFileSync(path, ERROR_PAGE);
    const result = cli(['extract', path]);
    expect(result.status).toBe(0);
    const document = JSON.parse(result.stdout);
    expect(document.kind).toBe('other');
    expect(document.warnings.map((w: { message: string }) => w.message)).toContain(
      'This does not look like an HMI Probation report or press release: no report or press-release structure was found.',
    );
    expect(result.stderr).toBe(`hmip: warning: ${path} does not look like an HMI Probation report or press release (no report or press-release structure was found), so its kind is "other".\n`);
  });
});

describe('text in the encodings archives hold', () => {
  it('reads a release saved as UTF-16 (either byte order, with or without a mark) or Windows-1252 as it reads the UTF-8 original', async () => {
    const path = join(CORPUS, '002_6a02e246b64b3411.txt');
    const text = readFileSync(path, 'utf8');
    expect(text).toContain('‘'); // curly quotes: the characters Windows-1252 and Latin-1 disagree on
    const { document: original } = await processBytes(new Uint8Array(readFileSync(path)), path);
    const variants = [
      encode(text, 'utf-16le', true),
      encode(text, 'utf-16le', false),
      encode(text, 'utf-16be', true),
      encode(text, 'utf-16be', false),
      encode(text, 'utf-8', true),
      encode(text, 'windows-1252'),
    ];
    for (const bytes of variants) {
      const { document } = await processBytes(bytes, path);
      expect({ ...document, source: null }).toEqual({ ...original, source: null });
    }
  });
});

describe('pathological markup', () => {
  it('leaves every real document as it is: the bounds touch only what no report or release holds', async () => {
    for (const name of readdirSync(CORPUS).filter((n) => n.endsWith('.html'))) {
      const html = readFileSync(join(CORPUS, name), 'utf8');
      expect(boundDepth(html), name).toEqual({ html, dropped: 0 });
    }
    const markdown = (await processBytes(new Uint8Array(readFileSync(join(CORPUS, '003_b61d8a66136cbfc4.txt'))), 'report.txt')).tree;
    const { toMarkdown } = await import('../src/emit/markdown.js');
    const text = toMarkdown(markdown);
    expect(boundMarkdown(text, MAX_BLOCK_CHARS)).toEqual({ text, cut: 0 });
    for (const name of readdirSync(CORPUS).filter((n) => !/^readme/i.test(n))) {
      const { document } = await processBytes(new Uint8Array(readFileSync(join(CORPUS, name))), name);
      expect(document.warnings.filter((w) => w.rule === 'ingest'), name).toEqual([]);
    }
  });

  it('cuts only the depth beyond the bound, keeping the words apart', () => {
    const deep = `<body>${'<div>'.repeat(1005)}a<span>b</span>${'</div>'.repeat(1005)}<p>after</p></body>`;
    const { html, dropped } = boundDepth(deep, 1000);
    // Five <div>s beyond the bound and the <span> inside them, each opened and closed: twelve tags.
    expect(dropped).toBe(12);
    expect(html).toBe(`<body>${'<div>'.repeat(1000)}     a b      ${'</div>'.repeat(1000)}<p>after</p></body>`);
  });

  it('reads a page of tags nested a hundred thousand deep in well under a second of parsing', async () => {
    const html = `<!doctype html><html><body><h1>Deep</h1>${'<ol start="-5"><div>'.repeat(50_000)}deep words</body></html>`;
    const started = performance.now();
    const { document, tree } = await processBytes(new TextEncoder().encode(html), 'deep.html');
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(document.kind).toBe('other');
    expect(JSON.stringify(tree)).toContain('deep words');
  });

  it('reads a release padded with thousands of open quotations, "Share This Post" headings and <br> lines in seconds', async () => {
    // Each once cost time quadratic in its count: a quotation joined paragraph by paragraph and re-read
    // whole each time, each chrome heading weighing the page again, each line re-reading its paragraph.
    const html = readFileSync(join(CORPUS, 'west-yorkshire-crc-2020-press-release.html'), 'utf8');
    const at = html.indexOf('</p>', html.indexOf('<p>A West Yorkshire')) + '</p>'.length;
    const quotes = Array.from({ length: 6000 }, (_, i) => `<p>‘quoted words ${i} and more words here</p>`).join('');
    const chrome = Array.from({ length: 3000 }, (_, i) => `<h2>Share This Post</h2><p>share ${i}</p>`).join('');
    const lines = `<p>${Array.from({ length: 30_000 }, (_, i) => `some words ${i}`).join('<br>')}</p>`;
    const padded = html.slice(0, at) + quotes + chrome + lines + html.slice(at);
    const started = performance.now();
    const { document } = await processBytes(new TextEncoder().encode(padded), 'padded.html');
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(document.kind).toBe('press-release');
    expect(document.ratings?.overall?.rating).toBe('Requires improvement');
  });

  it('reads a Markdown paragraph of emphasis soup and a megabyte of link openers in seconds, not hours', async () => {
    const soup = `# Soup\n\n${'*a'.repeat(200_000)}\n\n${'[a]('.repeat(200_000)}\n`;
    const started = performance.now();
    const { document } = await processBytes(new TextEncoder().encode(soup), 'soup.md');
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(document.warnings.map((w) => w.message)).toContain(
      '2 blocks of text longer than 10,000 characters were cut to the first 10,000: no report or release has paragraphs that long, and reading them whole would only slow extraction down.',
    );
  });
});

describe('a PDF of three identical pages', () => {
  // The same page object three times over: every line is at the same height on every page, as a
  // running header is, and all of them were dropped as one, leaving "an empty file".
  it('is read as its text, page after page, not as an empty file', async () => {
    const content = ['BT /F1 18 Tf 72 770 Td (Inspection of probation services: Westshire) Tj ET', 'BT /F1 11 Tf 72 746 Td (Overall rating Good) Tj ET'].join('\n');
    const pdf = buildPdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R 3 0 R 3 0 R] /Count 3 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
      `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    ]);
    const { document, tree } = await processBytes(pdf, 'same-page-thrice.pdf');
    expect(document.source.pages).toBe(3);
    const { toMarkdown } = await import('../src/emit/markdown.js');
    const page = (n: number) => `<!-- page ${n} -->\n\nInspection of probation services: Westshire\n\nOverall rating Good`;
    expect(toMarkdown(tree)).toBe(`${[1, 2, 3].map(page).join('\n\n')}\n`);
  });
});

describe('a PDF on which pdf.js leaves a promise rejection behind', () => {
  // Found by the fuzz suite (seed 9, case 5769: NUL bytes in the report PDF); the fault is pdf.js's.
  it('ends in an answer, not a crash, whether extract reads it in a reader process or in its own process', () => {
    const path = join(dir, 'nul-bytes.pdf');
    writeFileSync(path, gunzipSync(readFileSync(join(ROOT, 'test', 'fixtures', 'fuzz', '9-5769-west-yorkshire-crc-2020.pdf.gz'))));
    for (const mode of [[], ['--timeout', '0']]) {
      const result = cli(['extract', path, ...mode]);
      expect([0, 3], result.stderr).toContain(result.status);
      expect(result.stderr).not.toMatch(STACK);
      expect(result.stderr).not.toContain('Unhandled');
    }
  });
});

