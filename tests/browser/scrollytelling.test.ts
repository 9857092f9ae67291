import { afterAll, describe, expect, inject, it } from 'vitest';
import { closeBrowser, openPage, sharedTab } from './session.ts';
import { TRIGGER_LINE } from '../../src/client/trigger-line.ts';

const origin = inject('origin');
afterAll(closeBrowser);

/**
 * Scrolls each step just past the trigger line, as a reader scrolling down would (its top 30 px past
 * the line, TRIGGER_LINE down the screen), all in the page (one round trip); after each,
 * waits up to two seconds of frames for the sticky chart to show the step's state (and the card to be in
 * focus), and records which marks a reader sees (their opacity and fill).
 */
function walkSteps(trigger: number): Promise<{ chart: string; expected: string; state: string | null; visible: string; step: string; focus: string | undefined }[]> {
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  return (async () => {
    const seen = [];
    for (const step of Array.from(document.querySelectorAll<HTMLElement>('.scrolly .step'))) {
      window.scrollBy(0, step.getBoundingClientRect().top - window.innerHeight * trigger + 30);
      const scene = step.closest<HTMLElement>('[data-scrolly]')!;
      const chart = scene.querySelector('.scrolly-graphic .chart')!;
      const expected = step.getAttribute('data-step')!;
      for (let k = 0; k < 120 && (chart.getAttribute('data-state') !== expected || !step.classList.contains('is-active')); k++) await frame();
      await frame();
      const visible = Array.from(chart.querySelectorAll('svg [data-show], svg [data-dim], svg [data-mute]'))
        .map((m) => {
          const mark = m.querySelector('circle, rect, path, text') ?? m;
          return `${getComputedStyle(m).opacity}/${getComputedStyle(mark).opacity}/${getComputedStyle(mark).fill}`;
        })
        .join(',');
      seen.push({ chart: scene.getAttribute('data-scrolly')!, expected, state: chart.getAttribute('data-state'), visible, step: step.id, focus: scene.querySelector('.step.is-active')?.id });
    }
    return seen;
  })();
}

const seenIn: Record<string, string[]> = {};

/**
 * The tests that leave nothing behind (no saved choice) share a tab for each width, one after another,
 * with reduced motion (a state is drawn at once, nothing to catch midway): a tab costs a renderer
 * process, a page load in an open one a fraction of that.
 */
const tabs = { 390: sharedTab(origin, { width: 390, reducedMotion: true }), 1280: sharedTab(origin, { width: 1280, reducedMotion: true }) };
afterAll(async () => {
  for (const tab of Object.values(tabs)) await tab.close();
});

describe.each([
  ['/', 390],
  ['/', 1280],
  ['/vi/', 390],
])('scrolling %s at %i px', (path, width) => {
  it('keeps the sticky chart on screen while its steps pass, and moves every sticky chart through its states, at least six in all, without errors or foreign requests', async ({ expect }) => {
    const { page, problems } = await tabs[width as keyof typeof tabs].open(path);
    const step = page.locator('#home .step').nth(1);
    await step.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const box = await page.locator('#home .scrolly-graphic .chart svg:visible').first().boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(-1);
    expect(box!.y).toBeLessThan(width < 700 ? 844 : 900);
    await page.evaluate(() => window.scrollTo(0, 0));
    const seen = await page.evaluate(walkSteps, TRIGGER_LINE);
    // Every step brought its own state to the chart.
    expect(seen.filter((s) => s.state !== s.expected).map((s) => `${s.chart}: ${s.state}, not ${s.expected}`)).toEqual([]);
    // And its own card in focus, even where two cards in a row show one state.
    expect(seen.filter((s) => s.focus !== s.step).map((s) => `${s.step}: ${s.focus} in focus`)).toEqual([]);
    seenIn[`${path}@${width}`] = seen.map((s) => `${s.chart}:${s.state}`);
    const distinct = new Set(seen.map((s) => `${s.chart}:${s.state}`));
    expect(distinct.size).toBeGreaterThanOrEqual(6);
    // Each state looks different from the one before it in the same chart (two steps share a state
    // only where two people named one barrier: a card each, the same row in focus).
    for (let i = 1; i < seen.length; i++) {
      if (seen[i].chart === seen[i - 1].chart && seen[i].state !== seen[i - 1].state) expect(seen[i].visible, `${seen[i].chart} state ${seen[i].state}`).not.toBe(seen[i - 1].visible);
    }
    expect(problems).toEqual({ console: [], failed: [], foreign: [] });
  });
});

// A tab of its own: it saves the reader's choice.
describe('switching scrolling graphics off', () => {
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

describe('with reduced motion', () => {
  it('changes chart states without transitions', async ({ expect }) => {
    const { page } = await tabs[1280].open('/');
    const durations = await page.locator('#home .scrolly-graphic svg [data-show], #home .scrolly-graphic svg [data-dim] *').evaluateAll((els) => els.map((el) => getComputedStyle(el).transitionDuration));
    expect(durations.length).toBeGreaterThan(0);
    expect(new Set(durations.flatMap((d) => d.split(', ')))).toEqual(new Set(['0s']));
  });
});

describe('the language switch', () => {
  it('keeps the reader’s place: from the barriers scene in English to the same scene in Vietnamese', async ({ expect }) => {
    const { page } = await tabs[390].open('/');
    await page.locator('#barriers h2').evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 50));
    await expect.poll(() => page.locator('[data-lang-switch]').getAttribute('href'), { timeout: 5000 }).toMatch(/#barriers/);
    await page.locator('[data-lang-switch]').click();
    await page.waitForURL(/\/vi\/#/);
    const hash = new URL(page.url()).hash.slice(1);
    expect(await page.locator(`#${hash}`).evaluate((el) => el.closest('#barriers') !== null || el.id === 'barriers')).toBe(true);
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
  });
});

// After the scrolling tests above, since it compares what they saw.
describe('the Vietnamese edition', () => {
  it('passes through the same chart states as the English, in the same order', () => {
    expect(seenIn['/vi/@390']).toEqual(seenIn['/@390']);
    expect(seenIn['/vi/@390'].length).toBeGreaterThan(10);
  });
});
