/**
 * The scrolling story as a reader meets it: the point visible when the step says it, the right state
 * however the reader arrives, a story of reasonable length, charts sized to the screen.
 */
import { afterAll, describe, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, openPage } from './session.ts';

const origin = inject('origin');
afterAll(closeBrowser);

const SCREENS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];

/** The pinned chart's drawing as the reader sees it: the SVG's box, less the letterboxing of its aspect ratio. */
function drawnBox(svg: SVGSVGElement) {
  const r = svg.getBoundingClientRect();
  const vb = svg.viewBox.baseVal;
  const scale = Math.min(r.width / vb.width, r.height / vb.height);
  const w = vb.width * scale;
  const h = vb.height * scale;
  return { x: r.x + (r.width - w) / 2, y: r.y + (r.height - h) / 2, width: w, height: h };
}

/** The share of the chart's drawing that a step card covers, sampled as the reader sees it (what is on top). */
async function coveredShare(page: Page, scene: string): Promise<number> {
  return page.evaluate(([sceneId, drawn]) => {
    const svgs = Array.from(document.querySelectorAll<SVGSVGElement>(`#${sceneId} .scrolly-graphic svg`)).filter((s) => getComputedStyle(s).display !== 'none');
    const b = new Function(`return (${drawn})`)()(svgs[0]) as DOMRect;
    let covered = 0;
    let total = 0;
    for (let x = b.x + 2; x < b.x + b.width; x += b.width / 16) {
      for (let y = b.y + 2; y < b.y + b.height; y += b.height / 16) {
        if (y < 0 || y > innerHeight) continue;
        total++;
        if (document.elementFromPoint(x, y)?.closest('.step-text')) covered++;
      }
    }
    return total ? covered / total : 1;
  }, [scene, drawnBox.toString()] as const);
}

/** Scrolls so that a step's top sits `offset` px past the trigger line, as a reader scrolling down would. */
async function scrollToStep(page: Page, index: number, offset: number) {
  await page.locator('.scrolly .step').nth(index).evaluate((el, off) => {
    const line = innerHeight * (matchMedia('(min-width: 960px)').matches ? 0.6 : 0.62);
    window.scrollBy(0, el.getBoundingClientRect().top - line + off);
  }, offset);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

const stateOf = (page: Page, scene: string) => page.locator(`#${scene} .scrolly-graphic .chart`).getAttribute('data-state');

// Concurrent: these wait mostly on the browser's frames (each scroll is looked at after it is painted).
describe.concurrent.each(SCREENS)('at $width×$height', ({ width, height }) => {
  it.for(['/', '/vi/'])('%s: while each state is shown, its step card covers at most 10% of the chart', async (path, { expect }) => {
    const { page, context } = await openPage(origin, path, { width, height, reducedMotion: true });
    const steps = await page.locator('.scrolly .step').evaluateAll((els) => els.map((el) => ({ scene: el.closest('section')!.id, state: el.getAttribute('data-step')! })));
    for (let i = 0; i < steps.length; i++) {
      const { scene, state } = steps[i];
      // Just after the state changes, further on, and at the last moment before the next step takes over.
      const last = i + 1 < steps.length && steps[i + 1].scene === scene
        ? await page.locator('.scrolly .step').nth(i).evaluate((el) => (el.nextElementSibling as HTMLElement).getBoundingClientRect().top - el.getBoundingClientRect().top - 10)
        : 200;
      for (const offset of [10, 120, last]) {
        await scrollToStep(page, i, offset);
        if ((await stateOf(page, scene)) !== state) continue; // a short step already handed over
        expect(await coveredShare(page, scene), `${path} step ${i} (${scene} state ${state}) +${Math.round(offset)}px`).toBeLessThanOrEqual(0.1);
      }
      await expect.poll(() => stateOf(page, scene), { message: `${path} step ${i}` }).toBe(state);
    }
    await context.close();
  });

  it('shows the right state after a smooth scroll, a #hash jump and the back button', async ({ expect }) => {
    const { page, context } = await openPage(origin, '/', { width, height });
    // A smooth scroll straight to the last step of the pension scene.
    const target = page.locator('#pension .step').last();
    const expected = await target.getAttribute('data-step');
    await target.evaluate((el) => {
      const line = innerHeight * (matchMedia('(min-width: 960px)').matches ? 0.6 : 0.62);
      window.scrollTo({ top: window.scrollY + el.getBoundingClientRect().top - line + 40, behavior: 'smooth' });
    });
    await expect.poll(() => stateOf(page, 'pension')).toBe(expected);
    // Let the smooth scroll end before the next move.
    await expect.poll(() => target.evaluate((el) => Math.round(el.getBoundingClientRect().top - innerHeight * (matchMedia('(min-width: 960px)').matches ? 0.6 : 0.62)))).toBeLessThanOrEqual(-38);
    // A jump to a step by its address.
    await page.goto(`${origin}/#support-buyer`);
    const supportBuyer = await page.locator('#support-buyer').getAttribute('data-step');
    await expect.poll(() => stateOf(page, 'support')).toBe(supportBuyer);
    // The card the address names is in view, not hidden under the pinned chart.
    const card = await page.locator('#support-buyer .step-text').boundingBox();
    const chart = await page.locator('#support .scrolly-graphic').boundingBox();
    expect(card!.y).toBeGreaterThanOrEqual(width < 960 ? chart!.y + chart!.height - 2 : 0);
    expect(card!.y).toBeLessThan(height);
    // Away to the gallery and back: the page comes back where it was, in the same state.
    await page.locator('#abroad .step').nth(1).evaluate((el) => {
      const line = innerHeight * (matchMedia('(min-width: 960px)').matches ? 0.6 : 0.62);
      window.scrollBy(0, el.getBoundingClientRect().top - line + 60);
    });
    const abroad = await page.locator('#abroad .step').nth(1).getAttribute('data-step');
    await expect.poll(() => stateOf(page, 'abroad')).toBe(abroad);
    await page.goto(`${origin}/charts/`);
    await page.goBack();
    await expect.poll(() => stateOf(page, 'abroad')).toBe(abroad);
    await context.close();
  });
});

describe.concurrent('the length of the story', () => {
  it.for(['/', '/vi/'])('%s on a phone (390×844) is at most 20 screens', async (path, { expect }) => {
    const { page, context } = await openPage(origin, path, { width: 390, height: 844 });
    // Every scene laid out once (off-screen scenes are skipped until they come near).
    for (let y = 0; y < (await page.evaluate(() => document.documentElement.scrollHeight)); y += 700) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
    }
    const screens = (await page.evaluate(() => document.documentElement.scrollHeight)) / 844;
    expect(screens).toBeLessThanOrEqual(20);
    await context.close();
  });
});

describe('charts sized to the screen', () => {
  it.for(['/', '/vi/'])('%s on a small phone (375×667): every step card fits in the room under the pinned chart', async (path, { expect }) => {
    const { page, context } = await openPage(origin, path, { width: 375, height: 667 });
    const over = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.scrolly .step')].flatMap((step) => {
        const card = step.querySelector<HTMLElement>('.step-text')!.getBoundingClientRect().height;
        const room = innerHeight - step.closest('[data-scrolly]')!.querySelector('.scrolly-graphic')!.getBoundingClientRect().height;
        return card > room ? [`${step.id}: card ${Math.round(card)} px, room ${Math.round(room)} px`] : [];
      }),
    );
    expect(over).toEqual([]);
    await context.close();
  });

  it('on a 1280×800 screen each pinned chart is drawn at least 55% of the screen high', async ({ expect }) => {
    const { page, context } = await openPage(origin, '/', { width: 1280, height: 800 });
    for (const scene of await page.locator('[data-scrolly]').evaluateAll((els) => els.map((el) => el.closest('section')!.id))) {
      await page.locator(`#${scene} .step`).nth(1).evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - innerHeight * 0.5));
      const box = await page.locator(`#${scene} .scrolly-graphic svg`).evaluateAll(
        (svgs, drawn) => (new Function(`return (${drawn})`)()(svgs.find((s) => getComputedStyle(s).display !== 'none')) as DOMRect),
        drawnBox.toString(),
      );
      expect(box.height / 800, scene).toBeGreaterThanOrEqual(0.55);
      expect(box.y, `${scene} on screen`).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height, `${scene} on screen`).toBeLessThanOrEqual(800);
    }
    await context.close();
  });
});
