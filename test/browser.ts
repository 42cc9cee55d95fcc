/**
 * Opens an HTML page in headless Chromium, as a reader would, for the tests of what hmip writes
 * as HTML. The Chromium is the one the npm package @sparticuz/chromium ships inside itself
 * (unpacked to the temporary folder on first use), driven by puppeteer-core: `npm install && npm
 * test` then needs nothing but Node, and every machine runs the test with the same browser.
 */
import chromium from '@sparticuz/chromium';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Page } from 'puppeteer-core';

/** Flags of @sparticuz/chromium's list that would weaken the page's security, which the tests rely on. */
const UNSAFE = new Set(['--disable-web-security', '--allow-running-insecure-content']);

export interface OpenedPage {
  /** The DOM after the page has loaded, as Chromium serialises it. */
  dom: string;
  /** What a reader sees: the body's rendered text. */
  text: string;
  /** Every request the page made, apart from the page itself: none for a self-contained page. */
  requests: string[];
}

async function launchOptions(): Promise<{ executablePath: string; args: string[] }> {
  // No WebGL is needed to read a page: the graphics stack is then not unpacked at all.
  chromium.setGraphicsMode = false;
  return { executablePath: await chromium.executablePath(), args: chromium.args.filter((flag) => !UNSAFE.has(flag)) };
}

/** A page open in the browser, with every request it made apart from the page itself. */
export interface LivePage {
  page: Page;
  requests: string[];
}

/** Runs `use` with a headless Chromium that opens HTML files; the browser is closed afterwards. */
export async function withBrowser<T>(use: (open: (path: string) => Promise<LivePage>) => Promise<T>): Promise<T> {
  const { executablePath, args } = await launchOptions();
  const browser = await puppeteer.launch({ executablePath, args, headless: 'shell' });
  try {
    return await use(async (path) => {
      const page = await browser.newPage();
      const url = pathToFileURL(path).href;
      const requests: string[] = [];
      page.on('request', (request) => {
        if (request.url() !== url) requests.push(request.url());
      });
      await page.goto(url, { waitUntil: 'load' });
      return { page, requests };
    });
  } finally {
    await browser.close();
  }
}

/** Opens the HTML file at `path` and returns what Chromium made of it. */
export async function openInBrowser(path: string): Promise<OpenedPage> {
  return withBrowser(async (open) => {
    const { page, requests } = await open(path);
    const dom = await page.content();
    const text = (await page.evaluate('document.body.innerText')) as string;
    return { dom, text, requests };
  });
}
