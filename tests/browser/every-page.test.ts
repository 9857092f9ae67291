import { afterAll, describe, inject, it } from 'vitest';
import { closeBrowser, laidOut, openPage } from './session.ts';
import { builtPages } from '../site/pages.ts';

const origin = inject('origin');
afterAll(closeBrowser);

// The pages in three walks (stories and 404, galleries, embeds), each in one tab from page to page as a
// reader's would go: a context per page cost a process per page. Problems are read page by page.
const pages = builtPages();
const walks = [
  ['stories and the 404 page', pages.filter((p) => !p.includes('/charts/') && !p.includes('/embed/'))],
  ['galleries', pages.filter((p) => p.includes('/charts/'))],
  ['embeds', pages.filter((p) => p.includes('/embed/'))],
] as const;

describe.concurrent('every page in Chromium', () => {
  it.for(walks)('%s: each loads with no console error (CSP included), no failed request and no other host', async ([, paths], { expect }) => {
    expect(paths.length).toBeGreaterThan(0);
    const { page, context, problems, settled } = await openPage(origin, paths[0], { width: 390 });
    for (const [i, path] of paths.entries()) {
      if (i > 0) {
        await page.goto(origin + path, { waitUntil: 'load' });
        await laidOut(page);
      }
      await settled();
      // Scroll to the end so lazy content and every script path runs.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await settled();
      if (path === '/404.html') problems.failed = problems.failed.filter((f) => !f.endsWith('/404.html')); // the page itself answers 404
      expect({ path, ...problems }).toEqual({ path, console: [], failed: [], foreign: [] });
    }
    await context.close();
  });

  it('walks every built page', ({ expect }) => {
    expect(walks.flatMap(([, paths]) => paths).sort()).toEqual(pages);
  });
});
