import { afterAll, describe, inject, it } from 'vitest';
import { closeBrowser, sharedTab } from './session.ts';
import { SCENES } from '../../src/story/scenes.ts';

const origin = inject('origin');
afterAll(closeBrowser);

// Both editions in one tab, one after the other (a tab costs a process).
const tab = sharedTab(origin, { width: 390, js: false });
afterAll(() => tab.close());

describe.each(['/', '/vi/'])('%s without JavaScript', (path) => {
  it('shows each scene’s chart with every mark its steps show, drawn before its steps', async ({ expect }) => {
    const { page, problems } = await tab.open(path);
    const scenes = page.locator('[data-scrolly]');
    const n = await scenes.count();
    expect(n).toBe(SCENES.length);
    for (let i = 0; i < n; i++) {
      const scene = scenes.nth(i);
      const svg = scene.locator('.scrolly-graphic svg:visible');
      expect(await svg.count()).toBe(1);
      expect(await svg.locator('rect, circle, path, line').count()).toBeGreaterThan(0);
      // The plain article shows every mark the scene's steps show, at once, and none of the marks only other scenes show.
      const states = await scene.locator('.step').evaluateAll((els) => els.map((e) => e.getAttribute('data-step')!));
      const marks = await svg.evaluate((el, shown) => Array.from(el.querySelectorAll('[data-show]')).map((m) => ({
        inScene: m.getAttribute('data-show')!.split(' ').some((i) => shown.includes(i)),
        visible: getComputedStyle(m).opacity !== '0',
      })), states);
      expect(marks.filter((m) => m.inScene && !m.visible).length).toBe(0);
      expect(marks.filter((m) => !m.inScene && m.visible).length).toBe(0);
      // The line over a pinned chart is for the pinned chart only: the plain article has the heading just above.
      expect(await scene.locator('.graphic-label:visible').count()).toBe(0);
      const seqHidden = await svg.evaluate((el) => Array.from(el.querySelectorAll('[data-seq]')).filter((m) => getComputedStyle(m).opacity === '0').length);
      expect(seqHidden).toBe(0);
      // The chart comes before the words, which are all there.
      const chartBottom = (await svg.boundingBox())!.y;
      const steps = scene.locator('.step');
      expect(await steps.count()).toBeGreaterThanOrEqual(2);
      for (let k = 0; k < (await steps.count()); k++) {
        expect((await steps.nth(k).locator('.step-text').innerText()).trim().length).toBeGreaterThan(20);
        expect((await steps.nth(k).boundingBox())!.y).toBeGreaterThan(chartBottom);
      }
    }
    // Every chart's source line and (where it first appears) its data table are there too.
    expect(await page.locator('main .chart-line .chart-source').count()).toBe(SCENES.length);
    expect(await page.locator('main .chart-line details.data-table table').count()).toBe(new Set(SCENES.map((x) => x.chart)).size);
    expect(problems.console).toEqual([]);
  });
});
