import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';

/** What went wrong while a page was open: console errors, failed requests, requests to other hosts. */
export interface Problems {
  console: string[];
  failed: string[];
  foreign: string[];
}

let browser: Browser | undefined;

/** One shared Chromium for a test file. */
export async function getBrowser(): Promise<Browser> {
  browser ??= await launchChromium();
  return browser;
}

export async function closeBrowser() {
  await browser?.close();
  browser = undefined;
}

/** Opens a page at a width, recording every problem; requests to hosts other than its own (and `allow`) are blocked and reported. */
export async function openPage(origin: string, path: string, opts: { width?: number; height?: number; js?: boolean; reducedMotion?: boolean; allow?: string[] } = {}): Promise<{ page: Page; context: BrowserContext; problems: Problems }> {
  const b = await getBrowser();
  const width = opts.width ?? 390;
  const context = await b.newContext({
    viewport: { width, height: opts.height ?? (width < 700 ? 844 : 900) },
    javaScriptEnabled: opts.js ?? true,
    reducedMotion: opts.reducedMotion ? 'reduce' : 'no-preference',
  });
  const problems: Problems = { console: [], failed: [], foreign: [] };
  const hosts = new Set([origin, ...(opts.allow ?? [])].map((o) => new URL(o).host));
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol.startsWith('http') && !hosts.has(url.host)) {
      problems.foreign.push(url.href);
      return route.abort();
    }
    return route.continue();
  });
  const page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && problems.console.push(m.text()));
  page.on('pageerror', (e) => problems.console.push(String(e)));
  page.on('requestfailed', (r) => problems.failed.push(r.url()));
  page.on('response', (r) => r.status() >= 400 && problems.failed.push(`${r.status()} ${r.url()}`));
  await page.goto(origin + path, { waitUntil: 'load' });
  return { page, context, problems };
}
