import { afterAll, describe, inject, it } from 'vitest';
import { closeBrowser, openPage } from './session.ts';
import { builtPages } from '../site/pages.ts';

const origin = inject('origin');
afterAll(closeBrowser);

describe('every page in Chromium', () => {
  it.concurrent.for(builtPages())('%s loads with no console error (CSP included), no failed request and no other host', async (path, { expect }) => {
    const { page, context, problems, settled } = await openPage(origin, path, { width: 390 });
    await settled();
    // Scroll to the end so lazy content and every script path runs.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await settled();
    if (path === '/404.html') problems.failed = problems.failed.filter((f) => !f.endsWith('/404.html')); // the page itself answers 404
    expect(problems).toEqual({ console: [], failed: [], foreign: [] });
    await context.close();
  });
});
