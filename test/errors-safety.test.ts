/**
 * Safety whatever a document says: nothing is fetched from the network (no remote fonts, images,
 * stylesheets, scripts), no script in a PDF or an HTML page is run, and output file names are
 * slugs that stay inside the output folder.
 */
import dns from 'node:dns';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { imageOnlyPdf, textPdf } from '../src/fuzz/pdfs.js';
import { documentId, slug } from '../src/id.js';
import { processBytes } from '../src/pipeline.js';
import { cli, CORPUS, tempDir } from './helpers.js';

declare global {
  // Set by the scripts in the test documents if anything ever ran them.
  var hmipPwned: unknown;
}

const REMOTE = 'http://127.0.0.1:9';

/** An HTML page that pulls in everything a browser would fetch or run. */
const HOSTILE_HTML = `<!DOCTYPE html>
<html><head>
<title>Inspection of youth offending services in Westshire</title>
<base href="${REMOTE}/">
<meta http-equiv="refresh" content="0; url=${REMOTE}/refresh">
<link rel="stylesheet" href="${REMOTE}/site.css">
<link rel="preload" as="font" href="${REMOTE}/font.woff2">
<style>@import url(${REMOTE}/import.css); @font-face { font-family: X; src: url(${REMOTE}/x.woff); } body { background: url(${REMOTE}/bg.png); }</style>
<script src="${REMOTE}/app.js"></script>
<script>globalThis.hmipPwned = 'inline script';</script>
</head><body>
<h1>Inspection of youth offending services in Westshire</h1>
<p>Inspectors rated the service as ‘Good’ overall.<img src="${REMOTE}/pixel.png" srcset="${REMOTE}/pixel2.png 2x" onerror="globalThis.hmipPwned = 'onerror'"></p>
<iframe src="${REMOTE}/frame"></iframe><object data="${REMOTE}/object.swf"></object><video poster="${REMOTE}/poster.jpg" src="${REMOTE}/v.mp4"></video>
<svg><image href="${REMOTE}/svg.png"/><script>globalThis.hmipPwned = 'svg script'</script></svg>
<p onclick="globalThis.hmipPwned = 'handler'">The service was inspected in 2024.</p>
</body></html>`;

const SCRIPTED_PDF = textPdf({
  lines: ['An inspection of probation services in: Westshire', 'Overall rating Good', "Inspectors rated the service as 'Good'."],
  title: 'An inspection of probation services in: Westshire',
  javascript: "globalThis.hmipPwned = 'pdf script'; app.launchURL('http://127.0.0.1:9/launched');",
  uri: `${REMOTE}/link`,
});

describe('no network, no scripts', () => {
  const attempts: string[] = [];

  beforeEach(() => {
    attempts.length = 0;
    globalThis.hmipPwned = undefined;
    // Every way out: fetch (undici), any TCP or TLS socket (http, https, net, tls all connect one), DNS.
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
      attempts.push(`fetch ${String(input)}`);
      throw new Error('no network in this test');
    });
    vi.spyOn(net.Socket.prototype, 'connect').mockImplementation(function (this: net.Socket, ...args: unknown[]) {
      attempts.push(`connect ${JSON.stringify(args[0])}`);
      throw new Error('no network in this test');
    });
    vi.spyOn(dns, 'lookup').mockImplementation(((host: string) => {
      attempts.push(`dns ${host}`);
      throw new Error('no network in this test');
    }) as unknown as typeof dns.lookup);
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  const corpus = readdirSync(CORPUS).filter((name) => !/^readme/i.test(name));
  for (const name of corpus) {
    it(`reads ${name} without touching the network`, async () => {
      await processBytes(new Uint8Array(readFileSync(join(CORPUS, name))), name);
      expect(attempts).toEqual([]);
    });
  }

  it('reads an HTML page full of remote resources and scripts without fetching or running any', async () => {
    const { document, tree } = await processBytes(new TextEncoder().encode(HOSTILE_HTML), 'hostile.html');
    expect(attempts).toEqual([]);
    expect(globalThis.hmipPwned).toBeUndefined();
    expect(document.title).toBe('Inspection of youth offending services in Westshire');
    // Script text is not content either.
    expect(JSON.stringify(tree)).not.toContain('hmipPwned');
  });

  it('reads a PDF with an /OpenAction script and a link without running or following either', async () => {
    const { document } = await processBytes(SCRIPTED_PDF, 'scripted.pdf');
    expect(attempts).toEqual([]);
    expect(globalThis.hmipPwned).toBeUndefined();
    expect(document.source.pages).toBe(1);
    expect(document.title).toBe('An inspection of probation services in: Westshire');
  });

  it('fails on a scanned PDF without touching the network', async () => {
    await expect(processBytes(imageOnlyPdf(1), 'scan.pdf')).rejects.toMatchObject({ errorClass: 'no-text-layer' });
    expect(attempts).toEqual([]);
  });
});

describe('output names are slugs that stay in the output folder', () => {
  const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
  const HOSTILE_NAMES = [
    '../../etc/passwd',
    '..\\..\\Windows\\System32\\config',
    '/etc/shadow',
    '~/.ssh/id_rsa',
    '....//....//',
    'CON',
    'nul\u0000byte',
    'line\nbreak\r\nand\ttab',
    '%2e%2e%2fetc%2fpasswd',
    '‮gpj.exe',
    '\u202e../\u200b../',
    'ＦＵＬＬ／ＷＩＤＴＨ．．／',
    '🙂'.repeat(100),
    '-'.repeat(300),
    '',
  ];

  it('slug() gives lower-case letters, digits and single hyphens, whatever it is given', () => {
    for (const name of HOSTILE_NAMES) {
      const made = slug(name);
      expect(made, JSON.stringify(name)).toMatch(SLUG);
      expect(made.length).toBeLessThanOrEqual(80);
    }
  });

  it('documentId() does too, from a hostile provider, title and date', () => {
    for (const name of HOSTILE_NAMES) {
      const id = documentId({
        provider: { name, shortName: name, type: 'CRC' } as never,
        title: name,
        published: `${name}/..`,
        kind: 'inspection-report',
      });
      expect(id, JSON.stringify(name)).toMatch(SLUG);
      const untitled = documentId({ provider: null, title: name, published: null, kind: 'other' });
      expect(untitled, JSON.stringify(name)).toMatch(SLUG);
    }
  });

  it('keeps extract --out and batch --out inside their folder for documents named "../../etc/passwd"', () => {
    const root = tempDir('hmip-escape-');
    const input = join(root, 'input');
    mkdirSync(input);
    const text = join(input, 'passwd.txt');
    writeFileSync(
      text,
      [
        '../../etc/passwd',
        '',
        'An inspection of probation services in: ../../etc/passwd Community Rehabilitation Company',
        '',
        'Overall rating\tGood',
        '',
        'Inspectors rated ../../etc/passwd CRC as ‘Good’.',
      ].join('\n'),
    );
    const pdf = join(input, 'passwd.pdf');
    writeFileSync(pdf, textPdf({ lines: ['../../etc/passwd', 'An inspection of probation services', '../../../../tmp/x Overall rating Good'], title: '../../etc/passwd' }));

    for (const [command, out] of [
      [['extract', text, pdf], join(root, 'extract-out')],
      [['extract', text, pdf, '--format', 'md'], join(root, 'md-out')],
      [['batch', input], join(root, 'batch-out')],
    ] as const) {
      const result = cli([...command, '--out', out]);
      expect(result.status, result.stderr).toBe(0);
      const written = readdirSync(out).filter((f) => !f.startsWith('.'));
      expect(written.length).toBeGreaterThan(0);
      // A document's file is its slug; the rest are the dataset's own fixed names.
      for (const file of written) expect(file).toMatch(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*\.(?:json|md)|(?:dataset|errors|verifications)\.jsonl|hmip\.sqlite|[a-z_]+\.csv)$/);
    }
    // Nothing was written beside the output folders, nor above the temporary root.
    expect(readdirSync(root).sort()).toEqual(['batch-out', 'extract-out', 'input', 'md-out']);
    expect(readdirSync(input).sort()).toEqual(['passwd.pdf', 'passwd.txt']);
    const ids = readdirSync(join(root, 'extract-out')).map((f) => JSON.parse(readFileSync(join(root, 'extract-out', f), 'utf8')).id);
    for (const id of ids) expect(id).toMatch(SLUG);
    // Both documents have the same id: each keeps its own file, as JSON and as Markdown. Neither has a report's
    // structure (a ratings table, a report's title as its title), so each is kind "other" and its slug says "document".
    expect(readdirSync(join(root, 'extract-out')).sort()).toEqual(['etc-passwd-document-text.json', 'etc-passwd-document.json']);
    expect(readdirSync(join(root, 'md-out')).sort()).toEqual(['etc-passwd-document-text.md', 'etc-passwd-document.md']);
  });
});
