import { afterAll, describe, expect, inject, it } from 'vitest';
import { closeBrowser, openPage } from './session.ts';
import { builtPages } from '../site/pages.ts';

const origin = inject('origin');
afterAll(closeBrowser);

describe('every page in Chromium', () => {
  it.each(builtPages())('%s loads with no console error (CSP included), no failed request and no other host', async (path) => {
    const { page, context, problems } = await openPage(origin, path, { width: 390 });
    await page.waitForLoadState('networkidle');
    // Scroll to the end so lazy content and every script path runs.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForTimeout(100);
    if (path === '/404.html') problems.failed = problems.failed.filter((f) => !f.endsWith('/404.html')); // the page itself answers 404
    expect(problems).toEqual({ console: [], failed: [], foreign: [] });
    await context.close();
  });
});
