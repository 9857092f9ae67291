import { afterAll, describe, inject, it } from 'vitest';
import { closeBrowser, openPage } from './session.ts';
import { SCENES } from '../../src/story/scenes.ts';

const origin = inject('origin');
afterAll(closeBrowser);

describe.concurrent.each(['/', '/vi/'])('%s without JavaScript', (path) => {
  it('shows each scene’s whole chart, drawn with marks and with every mark visible, then its steps', async ({ expect }) => {
    const { page, context, problems } = await openPage(origin, path, { width: 390, js: false });
    const scenes = page.locator('[data-scrolly]');
    const n = await scenes.count();
    expect(n).toBe(SCENES.length);
    for (let i = 0; i < n; i++) {
      const scene = scenes.nth(i);
      const svg = scene.locator('.scrolly-graphic svg:visible');
      expect(await svg.count()).toBe(1);
      expect(await svg.locator('rect, circle, path, line').count()).toBeGreaterThan(0);
      // The plain article shows the whole chart: no mark a story state would hide is hidden here.
      const hidden = await svg.evaluate((el) => Array.from(el.querySelectorAll('[data-show], [data-seq]')).filter((m) => getComputedStyle(m).opacity === '0' && m.getAttribute('opacity') !== '0').length);
      expect(hidden).toBe(0);
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
    await context.close();
  });
});
