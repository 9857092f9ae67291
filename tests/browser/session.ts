import { chromium, type Browser, type BrowserContext, type Page, type Request } from 'playwright-core';
import { inject } from 'vitest';

/** What went wrong while a page was open: console errors, failed requests, requests to other hosts. */
export interface Problems {
  console: string[];
  failed: string[];
  foreign: string[];
}

let browser: Promise<Browser> | undefined;

/**
 * Waits until the story has laid out every scene (src/client/scene-layout.ts lays out the scenes past the
 * first one a frame after the first paint): tests measure the page as a reader sees it from then on. Returns
 * at once on other pages and without JavaScript. tests/browser/first-layout.test.ts tests the frames before.
 */
export async function laidOut(page: Page) {
  await page.waitForFunction(() => !document.documentElement.classList.contains('defer-scenes'));
}

/** The run's one Chromium (launched by tests/setup/browser.ts), connected once per test file. */
export function getBrowser(): Promise<Browser> {
  browser ??= chromium.connect(inject('browserEndpoint'));
  return browser;
}

/** Disconnects this file from the shared Chromium, closing the contexts it opened (the browser runs on). */
export async function closeBrowser() {
  const b = browser;
  browser = undefined;
  await (await b)?.close();
}

/**
 * Opens a page at a width, recording every problem; requests to hosts other than its own (and `allow`)
 * are reported (and fail: Chromium reaches no host but loopback). `init` runs in the page before its
 * own scripts (e.g. a saved choice in localStorage). `settled()` resolves once no request is in flight, after the page has had two
 * frames to start any (lazy loads, observers): wait on it instead of a timer.
 */
export async function openPage(
  origin: string,
  path: string,
  opts: { width?: number; height?: number; js?: boolean; reducedMotion?: boolean; allow?: string[]; init?: () => void } = {},
): Promise<{ page: Page; context: BrowserContext; problems: Problems; settled: () => Promise<void> }> {
  const b = await getBrowser();
  const width = opts.width ?? 390;
  const context = await b.newContext({
    viewport: { width, height: opts.height ?? (width < 700 ? 844 : 900) },
    javaScriptEnabled: opts.js ?? true,
    reducedMotion: opts.reducedMotion ? 'reduce' : 'no-preference',
  });
  const problems: Problems = { console: [], failed: [], foreign: [] };
  // Other hosts cannot be reached (Chromium resolves no name but loopback: CHROMIUM_ARGS); a request to
  // one, or to a loopback origin the test did not allow, is recorded. Watching requests rather than
  // routing them keeps every request off the test's own process.
  const hosts = new Set([origin, ...(opts.allow ?? [])].map((o) => new URL(o).host));
  context.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol.startsWith('http') && !hosts.has(url.host)) problems.foreign.push(url.href);
  });
  context.setDefaultTimeout(60_000); // a busy machine, many pages at once: fail on a hang, not on a slow moment
  if (opts.init) await context.addInitScript(opts.init);
  const page = await context.newPage();
  const inFlight = new Set<Request>();
  let onIdle: (() => void)[] = [];
  const done = (r: Request) => {
    inFlight.delete(r);
    if (inFlight.size > 0) return;
    const waiting = onIdle;
    onIdle = [];
    waiting.forEach((resolve) => resolve());
  };
  page.on('request', (r) => inFlight.add(r));
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  page.on('console', (m) => m.type() === 'error' && problems.console.push(m.text()));
  page.on('pageerror', (e) => problems.console.push(String(e)));
  page.on('requestfailed', (r) => problems.failed.push(r.url()));
  page.on('response', (r) => r.status() >= 400 && problems.failed.push(`${r.status()} ${r.url()}`));
  await page.goto(origin + path, { waitUntil: 'load' });
  if (opts.js ?? true) await laidOut(page);
  const settled = async () => {
    if (opts.js ?? true) await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    if (inFlight.size) await new Promise<void>((resolve) => onIdle.push(resolve));
  };
  return { page, context, problems, settled };
}

/**
 * One tab that tests run one after another in (a plain `describe`, not a concurrent one), each sending
 * it to the page it needs with `open(path)`: a tab costs a renderer process, about a second of CPU on
 * 2 cores, and a navigation in it a fraction of that. Each `open` starts a fresh record of problems, in
 * light colours with the tab's own motion setting and no permission granted. Use it only where a test
 * leaves nothing behind that the next could read (no saved choice in storage).
 * Close it in `afterAll`.
 */
export function sharedTab(origin: string, opts: Parameters<typeof openPage>[2] = {}) {
  let tab: ReturnType<typeof openPage> | undefined;
  return {
    /** Sends the tab to `path`, at `size` if given (set before the page loads, as if opened at it). */
    async open(path: string, size?: { width: number; height: number }) {
      if (!tab) return (tab = openPage(origin, path, { ...opts, ...size }));
      const t = await tab;
      // Leave the last page first, so what its leaving aborts (an icon request) is not put on the next page's record.
      await t.page.goto('about:blank');
      t.problems.console = [];
      t.problems.failed = [];
      t.problems.foreign = [];
      // As a tab opened afresh: light, its own motion setting, no permission granted by the last test.
      await t.page.emulateMedia({ colorScheme: 'light', reducedMotion: opts.reducedMotion ? 'reduce' : 'no-preference' });
      await t.context.clearPermissions();
      if (size) await t.page.setViewportSize(size);
      await t.page.goto(origin + path, { waitUntil: 'load' });
      if (opts.js ?? true) await laidOut(t.page);
      return t;
    },
    async close() {
      await (await tab?.catch(() => undefined))?.context.close();
    },
  };
}
