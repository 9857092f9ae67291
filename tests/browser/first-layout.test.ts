/**
 * The story's first layout: opened afresh at its top, the page lays out the opening and the first scene
 * before its first paint and every other scene in the frames after it loads (src/client/scene-layout.ts),
 * so no single task lays out the whole story. A reader who jumps before then lands where they should; a
 * reader arriving at a #hash, reloading or coming back gets every scene laid out at once.
 */
import { afterAll, describe, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, getBrowser, laidOut } from './session.ts';

const origin = inject('origin');
afterAll(closeBrowser);

/** A tab whose fonts take a second to arrive: the page's load event waits for them, so the frames before it can be looked at. */
async function slowFontsTab() {
  const context = await (await getBrowser()).newContext({ viewport: { width: 390, height: 844 } });
  await context.route('**/fonts/**', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await route.continue();
  });
  return { page: await context.newPage(), context };
}

/** Each scene's content-visibility, in order: "auto" is a scene the browser has not laid out yet. */
const scenesSkipped = (page: Page) =>
  page.locator('.story > .scene').evaluateAll((all) => all.map((s) => getComputedStyle(s).contentVisibility === 'auto'));

describe.concurrent('the story\'s first layout', () => {
  it.for(['/', '/vi/'])('%s: the first scene is laid out before the page loads, the others within frames of it', async (path, { expect }) => {
    const { page, context } = await slowFontsTab();
    await page.goto(origin + path, { waitUntil: 'domcontentloaded' });
    const before = await scenesSkipped(page);
    expect(before.length).toBeGreaterThan(5);
    expect(before).toEqual([false, ...before.slice(1).map(() => true)]);
    // Once loaded: every scene laid out, one frame each, and the page as long as it really is.
    await page.waitForLoadState('load');
    const start = Date.now();
    await laidOut(page);
    expect(Date.now() - start).toBeLessThan(3000);
    expect(await scenesSkipped(page)).toEqual(before.map(() => false));
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.goto(`${origin}${path}#opening`, { waitUntil: 'load' });
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBe(height);
    await context.close();
  });

  it('a tap on an in-page link before the page has loaded lands on its section, which stays put', async ({ expect }) => {
    const { page, context } = await slowFontsTab();
    await page.goto(`${origin}/`, { waitUntil: 'domcontentloaded' });
    expect((await scenesSkipped(page)).at(-1)).toBe(true);
    await page.locator('.masthead nav a[href$="#methods"]').click();
    // Every scene was laid out before the browser worked out where #methods is.
    expect(await scenesSkipped(page)).not.toContain(true);
    const top = () => page.locator('#methods').evaluate((el) => Math.round(el.getBoundingClientRect().top - parseFloat(getComputedStyle(el).scrollMarginTop || '0')));
    await expect.poll(top).toBe(0);
    await page.waitForLoadState('load');
    await page.evaluate(() => document.fonts.ready);
    expect(await top()).toBe(0);
    await context.close();
  });

  it('arriving at a #hash, or reloading, nothing is skipped: the browser needs every position at once', async ({ expect }) => {
    const { page, context } = await slowFontsTab();
    await page.goto(`${origin}/#pension`, { waitUntil: 'domcontentloaded' });
    expect(await scenesSkipped(page)).not.toContain(true);
    await page.goto(`${origin}/vi/`, { waitUntil: 'load' });
    await page.evaluate(() => window.scrollTo(0, 4000));
    await page.reload({ waitUntil: 'domcontentloaded' });
    expect(await scenesSkipped(page)).not.toContain(true);
    await context.close();
  });
});
