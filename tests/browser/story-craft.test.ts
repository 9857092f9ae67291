/**
 * The scrolling story as a reader meets it: the point visible when the step says it, the right state
 * however the reader arrives, a story of reasonable length, charts sized to the screen.
 */
import { afterAll, describe, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, openPage, sharedTab } from './session.ts';
import { TRIGGER_LINE } from '../../src/client/trigger-line.ts';

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

/**
 * Walks the story down, step by step, as a reader scrolling would, all in the page (one round trip):
 * each step's top is put just past the trigger line, further on, and at the last moment before the next
 * step takes over; while the step's own state is shown, the share of the chart's drawing that a step
 * card covers is sampled as the reader sees it (what is on top). Returns what went wrong, as lines.
 */
function walkSteps([drawn, trigger]: [string, number]): Promise<string[]> {
  const box = new Function(`return (${drawn})`)() as (svg: SVGSVGElement) => DOMRect;
  const frames = (n: number) => new Promise<void>((resolve) => {
    const next = (k: number) => (k === 0 ? resolve() : requestAnimationFrame(() => next(k - 1)));
    next(n);
  });
  const line = () => innerHeight * trigger;
  const covered = (section: Element) => {
    const svg = Array.from(section.querySelectorAll<SVGSVGElement>('.scrolly-graphic svg')).find((el) => getComputedStyle(el).display !== 'none')!;
    const b = box(svg);
    let hit = 0;
    let total = 0;
    for (let x = b.x + 2; x < b.x + b.width; x += b.width / 16) {
      for (let y = b.y + 2; y < b.y + b.height; y += b.height / 16) {
        if (y < 0 || y > innerHeight) continue;
        total++;
        if (document.elementFromPoint(x, y)?.closest('.step-text')) hit++;
      }
    }
    return total ? hit / total : 1;
  };
  return (async () => {
    const found: string[] = [];
    const steps = Array.from(document.querySelectorAll<HTMLElement>('.scrolly .step'));
    for (const [i, step] of steps.entries()) {
      const section = step.closest('section')!;
      const state = step.getAttribute('data-step');
      const shown = () => section.querySelector('.scrolly-graphic .chart')!.getAttribute('data-state');
      const next = steps[i + 1];
      const last = next && next.closest('section') === section ? next.getBoundingClientRect().top - step.getBoundingClientRect().top - 10 : 200;
      for (const offset of [10, 120, last]) {
        window.scrollBy(0, step.getBoundingClientRect().top - line() + offset);
        await frames(2);
        if (shown() !== state) continue; // a short step already handed over
        const share = covered(section);
        if (share > 0.1) found.push(`step ${i} (${section.id} state ${state}) +${Math.round(offset)}px: ${Math.round(share * 100)}% covered`);
      }
      // However short, the step did show its state: wait up to two seconds of frames for it.
      for (let k = 0; k < 120 && shown() !== state; k++) await frames(1);
      if (shown() !== state) found.push(`step ${i} (${section.id}): the chart shows state ${shown()}, not ${state}`);
    }
    return found;
  })();
}

const stateOf = (page: Page, scene: string) => page.locator(`#${scene} .scrolly-graphic .chart`).getAttribute('data-state');

/**
 * A tab for each screen, with reduced motion (a state is drawn at once, nothing to catch midway), that
 * the tests below that only read the story share, one after another, through both editions: a tab costs
 * a renderer process, a page load in an open one a fraction of that.
 */
const readers = {
  390: sharedTab(origin, { width: 390, height: 844, reducedMotion: true }),
  1280: sharedTab(origin, { width: 1280, height: 800, reducedMotion: true }),
};
afterAll(async () => {
  for (const tab of Object.values(readers)) await tab.close();
});

describe.each(SCREENS)('at $width×$height', ({ width, height }) => {
  it.for(['/', '/vi/'])('%s: while each state is shown, its step card covers at most 10% of the chart', async (path, { expect }) => {
    const { page } = await readers[width as keyof typeof readers].open(path);
    expect(await page.locator('.scrolly .step').count()).toBeGreaterThan(10);
    expect(await page.evaluate(walkSteps, [drawnBox.toString(), TRIGGER_LINE] as [string, number])).toEqual([]);
  });

  it('shows the right state after a smooth scroll, a #hash jump and the back button', async ({ expect }) => {
    const { page, context } = await openPage(origin, '/', { width, height });
    // A smooth scroll straight to the last step of the pension scene.
    const target = page.locator('#pension .step').last();
    const expected = await target.getAttribute('data-step');
    await target.evaluate((el, trigger) => {
      const line = innerHeight * trigger;
      // When the smooth scroll ends: a jump while it runs would be undone by its last frames.
      (window as unknown as { scrollEnded: Promise<string> }).scrollEnded = new Promise((done) => {
        addEventListener('scrollend', () => done('ended'), { once: true });
        setTimeout(() => done('no scrollend within 10 s'), 10_000);
      });
      window.scrollTo({ top: window.scrollY + el.getBoundingClientRect().top - line + 40, behavior: 'smooth' });
    }, TRIGGER_LINE);
    await expect.poll(() => stateOf(page, 'pension')).toBe(expected);
    expect(await page.evaluate(() => (window as unknown as { scrollEnded: Promise<string> }).scrollEnded)).toBe('ended');
    expect(await target.evaluate((el, trigger) => Math.round(el.getBoundingClientRect().top - innerHeight * trigger), TRIGGER_LINE)).toBeLessThanOrEqual(-38);
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
    await page.locator('#abroad .step').nth(1).evaluate((el, trigger) => {
      window.scrollBy(0, el.getBoundingClientRect().top - innerHeight * trigger + 60);
    }, TRIGGER_LINE);
    const abroad = await page.locator('#abroad .step').nth(1).getAttribute('data-step');
    await expect.poll(() => stateOf(page, 'abroad')).toBe(abroad);
    await page.goto(`${origin}/charts/`);
    await page.goBack();
    await expect.poll(() => stateOf(page, 'abroad')).toBe(abroad);
    await context.close();
  });
});

describe('the length of the story', () => {
  it.for(['/', '/vi/'])('%s on a phone (390×844) is at most 20 screens', async (path, { expect }) => {
    const { page } = await readers[390].open(path);
    // Every scene laid out once (off-screen scenes are skipped until they come near), walked in the page in one round trip.
    const height = await page.evaluate(async () => {
      for (let y = 0; y < document.documentElement.scrollHeight; y += 700) {
        window.scrollTo(0, y);
        await new Promise((r) => requestAnimationFrame(r));
      }
      return document.documentElement.scrollHeight;
    });
    const screens = height / 844;
    expect(screens).toBeLessThanOrEqual(20);
  });
});

describe('charts sized to the screen', () => {
  const smallPhone = sharedTab(origin, { width: 375, height: 667 });
  afterAll(() => smallPhone.close());
  it.for(['/', '/vi/'])('%s on a small phone (375×667): every step card fits in the room under the pinned chart', async (path, { expect }) => {
    const { page } = await smallPhone.open(path);
    const over = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.scrolly .step')].flatMap((step) => {
        const card = step.querySelector<HTMLElement>('.step-text')!.getBoundingClientRect().height;
        const room = innerHeight - step.closest('[data-scrolly]')!.querySelector('.scrolly-graphic')!.getBoundingClientRect().height;
        return card > room ? [`${step.id}: card ${Math.round(card)} px, room ${Math.round(room)} px`] : [];
      }),
    );
    expect(over).toEqual([]);
  });

  it('on a 1280×800 screen each pinned chart is drawn at least 55% of the screen high, under a line that says what it shows', async ({ expect }) => {
    const { page } = await readers[1280].open('/');
    for (const scene of await page.locator('[data-scrolly]').evaluateAll((els) => els.map((el) => el.closest('section')!.id))) {
      await page.locator(`#${scene} .step`).nth(1).evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - innerHeight * 0.5));
      const box = await page.locator(`#${scene} .scrolly-graphic svg`).evaluateAll(
        (svgs, drawn) => (new Function(`return (${drawn})`)()(svgs.find((s) => getComputedStyle(s).display !== 'none')) as DOMRect),
        drawnBox.toString(),
      );
      expect(box.height / 800, scene).toBeGreaterThanOrEqual(0.55);
      // Once the heading has scrolled away, a line over the chart says what it shows (the pension chart draws its own title).
      const label = await page.locator(`#${scene} .graphic-label`).evaluateAll((els) => els.map((el) => ({ text: el.textContent!.trim(), box: el.getBoundingClientRect().toJSON() as DOMRect, hidden: el.getAttribute('aria-hidden') })));
      if (scene !== 'pension') {
        expect(label, scene).toHaveLength(1);
        expect(label[0].text.length, scene).toBeGreaterThan(10);
        expect(label[0].hidden, `${scene}: the chart's own label says it to screen readers`).toBe('true');
        expect(label[0].box.bottom, `${scene}: over the chart`).toBeLessThanOrEqual(box.y + 1);
        expect(box.y - label[0].box.bottom, `${scene}: on the chart, not apart from it`).toBeLessThan(80);
        expect(label[0].box.left, `${scene}: aligned with the chart`).toBeGreaterThanOrEqual(box.x - 12);
      }
      expect(box.y, `${scene} on screen`).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height, `${scene} on screen`).toBeLessThanOrEqual(800);
    }
  });
});
