import { afterAll, describe, inject, it } from 'vitest';
import { closeBrowser, laidOut, openPage, sharedTab } from './session.ts';

const origin = inject('origin');
afterAll(closeBrowser);

/** Text smaller than 12 px as rendered, including SVG text scaled by its viewBox. */
function smallText() {
  const found: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement!;
    if (!node.textContent!.trim() || !el.getClientRects().length) continue;
    if (el.closest('.skip')) continue;
    let size = parseFloat(getComputedStyle(el).fontSize);
    const svg = el.closest('svg');
    if (svg) {
      const vb = svg.viewBox.baseVal;
      if (vb && vb.width) size *= svg.getBoundingClientRect().width / vb.width;
    }
    if (size < 11.95) found.push(`${size.toFixed(1)}px: ${node.textContent!.trim().slice(0, 40)}`);
  }
  return found;
}

const WIDTHS = [320, 390, 768, 1280];

describe.concurrent('at 320, 390, 768 and 1280 px wide', () => {
  it.for([true, false])('with JavaScript %s, nothing overflows sideways and no text is under 12 px', async (js, { expect }) => {
    // One tab goes from page to page, as a reader's would (a new tab for each costs a process each), and
    // each page, loaded once, is looked at in a window of each width: the layout is CSS media queries,
    // and the page's script follows a resize (src/client/scrolly.ts), as it must for a turned phone.
    const { page, context } = await openPage(origin, '/', { width: WIDTHS[0], js });
    for (const path of ['/', '/vi/', '/charts/', '/vi/charts/', '/embed/barrier-matrix/', '/vi/embed/who-pays/', '/404/']) {
      if (path !== '/') {
        await page.setViewportSize({ width: WIDTHS[0], height: 844 });
        await page.goto(origin + path, { waitUntil: 'load' });
        if (js) await laidOut(page);
      }
      // Every chart in place, to measure them all (the choice is kept for the next page of the tab).
      if (js && (await page.locator('html.mode-scrolly [data-scrolly-toggle]').count())) await page.locator('[data-scrolly-toggle]').first().click();
      if (js) expect(await page.locator('html.mode-scrolly').count(), path).toBe(0);
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: width < 700 ? 844 : 900 });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${path} at ${width} px`).toBeLessThanOrEqual(0);
        expect(await page.evaluate(smallText), `${path} at ${width} px`).toEqual([]);
      }
    }
    await context.close();
  });
});

describe('tables wider than a phone', () => {
  // Both editions in one tab, one after the other (a tab costs a process).
  const tab = sharedTab(origin, { width: 320, js: false });
  afterAll(() => tab.close());
  it.for(['/', '/vi/'])('%s at 320 px: each table scrolls sideways in its own box, the page does not, and its caption stays whole on screen', async (path, { expect }) => {
    const { page } = await tab.open(path);
    await page.locator('details.data-table').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    expect(await page.locator('.table-scroll caption .caption-text').count()).toBeGreaterThan(4);
    // An open table scrolls in its own box: the page itself never grows wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth), `${path} with every table open`).toBeLessThanOrEqual(0);
    const off = await page.locator('.table-scroll:has(caption .caption-text)').evaluateAll((boxes) =>
      boxes.flatMap((box) => {
        box.scrollLeft = box.scrollWidth; // as far as a reader can swipe
        const r = box.querySelector('caption .caption-text')!.getBoundingClientRect();
        return r.left < -0.5 || r.right > innerWidth + 0.5 ? [`${box.getAttribute('aria-labelledby')}: ${Math.round(r.left)}..${Math.round(r.right)}`] : [];
      }),
    );
    expect(off).toEqual([]);
  });
});
