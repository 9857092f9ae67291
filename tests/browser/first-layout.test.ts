/**
 * The story's first layout: opened afresh at its top, the page lays out the opening and the first scene
 * for its first paint and every other scene in the few frames after it (src/client/scene-layout.ts), so
 * no single task lays out the whole story. A reader who moves before then (a link, a text-fragment link,
 * find in page, End) lands where they should; a reader arriving at a #hash, reloading or coming back gets
 * every scene laid out at once.
 */
import { afterAll, describe, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, getBrowser, laidOut } from './session.ts';

const origin = inject('origin');
afterAll(closeBrowser);

/**
 * A phone-sized tab whose fonts take 1.5 s (or `fontDelay` ms) to arrive (the page's load event waits for them) and, with
 * `slowFrames`, whose page gets each animation frame 250 ms late, as a slow phone might: the frames in
 * which the scenes are laid out then last long enough to act in. `atReady` runs in the page as soon as
 * it is parsed (at DOMContentLoaded), before any frame.
 */
async function tab(opts: { slowFrames?: boolean; atReady?: () => void; width?: number; fontDelay?: number } = {}) {
  const context = await (await getBrowser()).newContext({ viewport: { width: opts.width ?? 390, height: opts.width && opts.width > 700 ? 800 : 844 } });
  if (opts.fontDelay !== 0) {
    await context.route('**/fonts/**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, opts.fontDelay ?? 1500));
      await route.continue();
    });
  }
  await context.addInitScript(() => {
    // Each scene's content-visibility when the page is parsed, before any frame: "auto" is skipped.
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { atParsed: boolean[] }).atParsed = Array.from(document.querySelectorAll('.story > .scene'), (s) => getComputedStyle(s).contentVisibility === 'auto');
    });
  });
  if (opts.slowFrames) {
    await context.addInitScript(() => {
      const frame = window.requestAnimationFrame.bind(window);
      window.requestAnimationFrame = (cb) => frame(() => setTimeout(() => frame(cb), 250));
    });
  }
  if (opts.atReady) await context.addInitScript(`document.addEventListener('DOMContentLoaded', ${opts.atReady.toString()})`);
  return { page: await context.newPage(), context };
}

/** Each scene's content-visibility now, in order. */
const scenesSkipped = (page: Page) =>
  page.locator('.story > .scene').evaluateAll((all) => all.map((s) => getComputedStyle(s).contentVisibility === 'auto'));
const atParsed = (page: Page) => page.evaluate(() => (window as unknown as { atParsed: boolean[] }).atParsed);
/** Where an element's top is on the screen, less its scroll margin: 0 is where a jump to it puts it. */
const topOf = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => Math.round(el.getBoundingClientRect().top - parseFloat(getComputedStyle(el).scrollMarginTop || '0')) + 0); // + 0: a rounded -0.3 is 0, not -0

describe.concurrent('the story\'s first layout', () => {
  it('the first paint lays out the first scene only and the frames after it the others, before the fonts are in; a #hash or a reload skips nothing', async ({ expect }) => {
    // Both editions, then the arrivals that must skip nothing, in one tab (a tab costs a process).
    const { page, context } = await tab({ fontDelay: 4000 });
    for (const path of ['/', '/vi/']) {
      await page.goto(origin + path, { waitUntil: 'commit' });
      await laidOut(page);
      const parsed = await atParsed(page);
      expect(parsed.length, path).toBeGreaterThan(5);
      expect(parsed, path).toEqual([false, ...parsed.slice(1).map(() => true)]);
      expect(await scenesSkipped(page), path).toEqual(parsed.map(() => false));
      // Laid out without waiting for the page to load (its fonts are still on the way).
      expect(await page.evaluate(() => document.readyState), path).not.toBe('complete');
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.goto(`${origin}${path}#opening`, { waitUntil: 'domcontentloaded' });
      expect(await page.evaluate(() => document.documentElement.scrollHeight), path).toBe(height);
    }
    // Arriving at a #hash, or reloading down the page: the browser needs every position at once.
    await page.goto('about:blank');
    await page.goto(`${origin}/#pension`, { waitUntil: 'domcontentloaded' });
    expect(await atParsed(page)).not.toContain(true);
    await page.goto(`${origin}/vi/`, { waitUntil: 'domcontentloaded' });
    await laidOut(page);
    await page.evaluate(() => window.scrollTo(0, 4000));
    await page.reload({ waitUntil: 'domcontentloaded' });
    expect(await atParsed(page)).not.toContain(true);
    await context.close();
  });

  it('a tap on an in-page link as soon as the page shows lands on its section, which stays put', async ({ expect }) => {
    const { page, context } = await tab({ atReady: () => document.querySelector<HTMLElement>('.masthead nav a[href$="#methods"]')!.click() });
    await page.goto(`${origin}/`, { waitUntil: 'domcontentloaded' });
    expect((await atParsed(page)).at(-1)).toBe(true);
    await expect.poll(() => topOf(page, '#methods')).toBe(0);
    await page.waitForLoadState('load');
    await page.evaluate(() => document.fonts.ready);
    expect(await topOf(page, '#methods')).toBe(0);
    expect(await scenesSkipped(page)).not.toContain(true);
    await context.close();
  });

  it('a text-fragment link (as from a search result) shows its passage on screen', async ({ expect }) => {
    const { page, context } = await tab({ width: 1280, fontDelay: 0 });
    // The passage: the start of the note on what changed since the report, as built.
    await page.goto(`${origin}/#since`, { waitUntil: 'domcontentloaded' });
    const words = (await page.locator('#since p').first().innerText()).match(/^(\S+\s+){4}\S+/)![0];
    await page.goto('about:blank'); // a new load, not a jump within the page
    await page.goto(`${origin}/#:~:text=${encodeURIComponent(words)}`, { waitUntil: 'domcontentloaded' });
    await laidOut(page);
    await page.evaluate(() => document.fonts.ready);
    const top = await page.locator('#since p').first().evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(800);
    await context.close();
  });

  it('End pressed, or a find in the page, before every scene is laid out: the reader ends where they asked', async ({ expect }) => {
    const { page, context } = await tab({ slowFrames: true });
    await page.goto(`${origin}/vi/`, { waitUntil: 'domcontentloaded' });
    expect(await page.evaluate(() => document.documentElement.classList.contains('defer-scenes'))).toBe(true);
    await page.keyboard.press('End');
    await laidOut(page);
    await page.waitForLoadState('load');
    await page.evaluate(() => document.fonts.ready);
    await expect.poll(() => page.evaluate(() => Math.round(document.documentElement.scrollHeight - innerHeight - scrollY))).toBeLessThanOrEqual(1);
    // The same tab, the other edition: a find as soon as the page shows.
    await page.goto(`${origin}/`, { waitUntil: 'domcontentloaded' });
    // (Its text as written: a skipped scene has no rendered text to read.)
    const words = (await page.locator('#since p').first().textContent())!.trim().match(/^(\S+\s+){4}\S+/)![0];
    expect(await page.evaluate((w) => [document.documentElement.classList.contains('defer-scenes'), (window as unknown as { find(s: string): boolean }).find(w)], words)).toEqual([true, true]);
    await laidOut(page);
    await page.waitForLoadState('load');
    const top = await page.evaluate(() => getSelection()!.getRangeAt(0).getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(844);
    await context.close();
  });
});
