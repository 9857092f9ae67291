import { afterAll, describe, inject, it } from 'vitest';
import { closeBrowser, openPage } from './session.ts';
import { wcagViolations } from './wcag.ts';

const origin = inject('origin');
afterAll(closeBrowser);

/** axe's WCAG 2.2 AA violations on a page, as "rule: target" lines. */
async function violations(path: string, opts: { width?: number; dark?: boolean; staticLayout?: boolean } = {}) {
  // axe runs as a script, so the no-JavaScript layout is checked as the "show all charts" layout,
  // which is the same markup with every step's chart in place: the reader's saved choice, set before the page loads.
  const init = opts.staticLayout ? () => localStorage.setItem('scrolly', 'off') : undefined;
  const { page, context } = await openPage(origin, path, { ...opts, init });
  if (opts.dark) await page.emulateMedia({ colorScheme: 'dark' });
  await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
  const found = await wcagViolations(page);
  await context.close();
  return found;
}

const VIEWS = [
  ['a phone, light', { width: 390 }],
  ['a laptop, dark', { width: 1280, dark: true }],
  ['a phone, every chart in place (the no-JavaScript layout)', { width: 390, staticLayout: true }],
] as const;

// The 404 page has no charts and no scrolling story: its "every chart in place" view is its phone view.
describe.concurrent.each(['/', '/vi/', '/404/'])('%s', (path) => {
  it.for(path === '/404/' ? VIEWS.slice(0, 2) : VIEWS)('has no WCAG 2.2 AA violations on %s', async ([, opts], { expect }) => {
    expect(await violations(path, opts)).toEqual([]);
  });
});
