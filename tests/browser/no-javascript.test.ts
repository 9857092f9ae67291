import { afterAll, describe, inject, it } from 'vitest';
import { closeBrowser, openPage } from './session.ts';

const origin = inject('origin');
afterAll(closeBrowser);

describe.concurrent.each(['/', '/vi/'])('%s without JavaScript', (path) => {
  it('shows every step followed by its chart in that state, drawn with marks', async ({ expect }) => {
    const { page, context, problems } = await openPage(origin, path, { width: 390, js: false });
    const steps = page.locator('.step');
    const n = await steps.count();
    expect(n).toBeGreaterThanOrEqual(15);
    for (let i = 0; i < n; i++) {
      const step = steps.nth(i);
      expect((await step.locator('.step-text').innerText()).trim().length).toBeGreaterThan(20);
      const svg = step.locator('.step-chart svg:visible');
      expect(await svg.count()).toBe(1);
      expect(await svg.locator('rect, circle, path, line').count()).toBeGreaterThan(0);
      const state = await step.getAttribute('data-step');
      expect(await step.locator('.step-chart .chart').getAttribute('data-state')).toBe(state);
    }
    // The opening chart, and every figure's title, source and data table are there too.
    expect(await page.locator('#fig-one-in-n svg:visible').count()).toBe(1);
    expect(await page.locator('main .fig-source').count()).toBe(7);
    expect(await page.locator('main details.data-table table').count()).toBe(7);
    expect(problems.console).toEqual([]);
    await context.close();
  });
});
