import { afterAll, describe, expect, inject, it, type ExpectStatic } from 'vitest';
import { closeBrowser, openPage } from './session.ts';

const origin = inject('origin');
afterAll(closeBrowser);

/** Scrolls each step just past the trigger line; returns the sticky chart's state after each. */
async function scrollThroughSteps(page: import('playwright-core').Page, expect: ExpectStatic) {
  const steps = await page.locator('.scrolly .step').count();
  const seen: { chart: string; expected: string; state: string | null; visible: string }[] = [];
  for (let i = 0; i < steps; i++) {
    const step = page.locator('.scrolly .step').nth(i);
    // As a reader scrolling down would: the step's top just past the trigger line (86% down on phones, 60% beside the chart).
    await step.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - window.innerHeight * (matchMedia('(min-width: 960px)').matches ? 0.6 : 0.62) + 30));
    const scene = step.locator('xpath=ancestor::div[@data-scrolly]');
    const chart = scene.locator('.scrolly-graphic .chart');
    const expected = (await step.getAttribute('data-step'))!;
    await expect.poll(() => chart.getAttribute('data-state'), { timeout: 10_000, message: `step ${i}` }).toBe(expected);
    // What a reader sees: which marks are visible in the sticky chart right now.
    const visible = await chart.evaluate((el) =>
      Array.from(el.querySelectorAll('svg [data-show], svg [data-dim], svg [data-mute]'))
        .map((m) => {
          const mark = m.querySelector('circle, rect, path, text') ?? m;
          return `${getComputedStyle(m).opacity}/${getComputedStyle(mark).opacity}/${getComputedStyle(mark).fill}`;
        })
        .join(','),
    );
    seen.push({ chart: (await scene.getAttribute('data-scrolly'))!, expected, state: await chart.getAttribute('data-state'), visible });
  }
  return seen;
}

const seenIn: Record<string, string[]> = {};

describe.concurrent.each([
  ['/', 390],
  ['/', 1280],
  ['/vi/', 390],
])('scrolling %s at %i px', (path, width) => {
  it('keeps the sticky chart on screen while its steps pass, and moves every sticky chart through its states, at least six in all, without errors or foreign requests', async ({ expect }) => {
    const { page, context, problems } = await openPage(origin, path, { width, reducedMotion: true });
    const step = page.locator('#home .step').nth(1);
    await step.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const box = await page.locator('#home .scrolly-graphic .chart svg:visible').first().boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(-1);
    expect(box!.y).toBeLessThan(width < 700 ? 844 : 900);
    await page.evaluate(() => window.scrollTo(0, 0));
    const seen = await scrollThroughSteps(page, expect);
    seenIn[`${path}@${width}`] = seen.map((s) => `${s.chart}:${s.state}`);
    const distinct = new Set(seen.map((s) => `${s.chart}:${s.state}`));
    expect(distinct.size).toBeGreaterThanOrEqual(6);
    // Each state looks different from the one before it in the same chart.
    for (let i = 1; i < seen.length; i++) {
      if (seen[i].chart === seen[i - 1].chart) expect(seen[i].visible, `${seen[i].chart} state ${seen[i].state}`).not.toBe(seen[i - 1].visible);
    }
    expect(problems).toEqual({ console: [], failed: [], foreign: [] });
    await context.close();
  });
});

describe.concurrent('switching scrolling graphics off', () => {
  it('shows every scene’s whole chart in place, and remembers the choice', async ({ expect }) => {
    const { page, context } = await openPage(origin, '/', { width: 390 });
    const pinned = () => page.locator('.scrolly-graphic').evaluateAll((els) => els.filter((el) => getComputedStyle(el).position === 'sticky').length);
    expect(await pinned()).toBe(await page.locator('[data-scrolly]').count());
    await page.getByRole('button', { name: 'Show all charts' }).click();
    const button = page.locator('[data-scrolly-toggle]');
    await expect.poll(pinned).toBe(0);
    // Whole charts: marks a state had hidden show again.
    await expect.poll(() => page.locator('#home .scrolly-graphic svg:visible [data-off]').evaluateAll((els) => els.filter((el) => getComputedStyle(el).opacity === '0').length)).toBe(0);
    await expect.poll(() => button.textContent()).toBe('Animate charts as I scroll');
    await page.reload();
    expect(await page.locator('html').getAttribute('class')).toContain('mode-static');
    await page.getByRole('button', { name: 'Animate charts as I scroll' }).click();
    await expect.poll(pinned).toBe(await page.locator('[data-scrolly]').count());
    await context.close();
  });
});

describe.concurrent('with reduced motion', () => {
  it('changes chart states without transitions', async ({ expect }) => {
    const { page, context } = await openPage(origin, '/', { width: 1280, reducedMotion: true });
    const durations = await page.locator('#home .scrolly-graphic svg [data-show], #home .scrolly-graphic svg [data-dim] *').evaluateAll((els) => els.map((el) => getComputedStyle(el).transitionDuration));
    expect(durations.length).toBeGreaterThan(0);
    expect(new Set(durations.flatMap((d) => d.split(', ')))).toEqual(new Set(['0s']));
    await context.close();
  });
});

describe.concurrent('the language switch', () => {
  it('keeps the reader’s place: from the barriers scene in English to the same scene in Vietnamese', async ({ expect }) => {
    const { page, context } = await openPage(origin, '/', { width: 390 });
    await page.locator('#barriers h2').evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 50));
    await expect.poll(() => page.locator('[data-lang-switch]').getAttribute('href'), { timeout: 5000 }).toMatch(/#barriers/);
    await page.locator('[data-lang-switch]').click();
    await page.waitForURL(/\/vi\/#/);
    const hash = new URL(page.url()).hash.slice(1);
    expect(await page.locator(`#${hash}`).evaluate((el) => el.closest('#barriers') !== null || el.id === 'barriers')).toBe(true);
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    await context.close();
  });
});

// After the scrolling tests above (which run side by side), since it compares what they saw.
describe('the Vietnamese edition', () => {
  it('passes through the same chart states as the English, in the same order', () => {
    expect(seenIn['/vi/@390']).toEqual(seenIn['/@390']);
    expect(seenIn['/vi/@390'].length).toBeGreaterThan(10);
  });
});
