/** A first visit on a slow connection paints Be Vietnam Pro, in both editions and on both halves of the 404 page. */
import { afterAll, describe, expect, inject, it } from 'vitest';
import { fontPath } from '../../src/integrations/font-subset.ts';
import { closeBrowser, getBrowser } from './session.ts';

const origin = inject('origin');
afterAll(closeBrowser);

/** The fonts Chromium actually painted a node's text with (DevTools protocol), for a fresh visitor on a throttled line. */
async function paintedFonts(path: string, selectors: string[]): Promise<{ painted: Record<string, string[]>; files: string[] }> {
  const browser = await getBrowser();
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const files: string[] = [];
  page.on('request', (r) => r.url().includes('/fonts/') && files.push(new URL(r.url()).pathname));
  const cdp = await context.newCDPSession(page);
  // A slow mobile line: 400 ms round trips, about 400 kbit/s down.
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 400, downloadThroughput: 50 * 1024, uploadThroughput: 20 * 1024 });
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await page.goto(origin + path, { waitUntil: 'load', timeout: 60_000 });
  // Text a reader opens (a quotation's English original) is painted only once its disclosure is open.
  await page.evaluate(async () => {
    document.querySelectorAll('details').forEach((d) => (d.open = true));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    await document.fonts.ready;
  });
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const painted: Record<string, string[]> = {};
  for (const selector of selectors) {
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    painted[selector] = fonts.map((f) => f.familyName);
  }
  await context.close();
  return { painted, files: files.sort() };
}

describe('on a first visit over a slow line', () => {
  it.each([
    ['/', ['h1', '.standfirst', '.hero-ratio', '[data-lang-switch]']],
    ['/vi/', ['h1', '.standfirst', '.hero-ratio', '[data-lang-switch]', 'q[lang="en"]']],
    ['/404/', ['h1', '[lang="vi"] h2', '[lang="vi"] p']],
  ])('%s paints its text in Be Vietnam Pro, from its edition’s two font files alone', async (path, selectors) => {
    const { painted, files } = await paintedFonts(path, selectors);
    for (const selector of selectors) expect(painted[selector], `${path} ${selector}`).toEqual([expect.stringMatching(/Be Vietnam Pro/)]);
    // The other language's words on the page (the switch, the 404's other half) come from the same cut.
    const edition = path === '/vi/' ? 'vi' : 'en';
    expect(files).toEqual([fontPath(400, edition), fontPath(600, edition)]);
  }, 90_000);
});
