import { afterAll, describe, inject, it } from 'vitest';
import { closeBrowser, laidOut, openPage } from './session.ts';
import { wcagViolations } from './wcag.ts';

const origin = inject('origin');
afterAll(closeBrowser);

type View = { width?: number; dark?: boolean; staticLayout?: boolean };

/** axe's WCAG 2.2 AA violations on each page in one view, as "path rule: target" lines; one tab goes from page to page. */
async function violations(paths: string[], opts: View) {
  // axe runs as a script, so the no-JavaScript layout is checked as the "show all charts" layout,
  // which is the same markup with every step's chart in place: the reader's saved choice, set before the page loads.
  const init = opts.staticLayout ? () => localStorage.setItem('scrolly', 'off') : undefined;
  const { page, context } = await openPage(origin, paths[0], { ...opts, init });
  if (opts.dark) await page.emulateMedia({ colorScheme: 'dark' });
  const found: string[] = [];
  for (const [i, path] of paths.entries()) {
    if (i > 0) await page.goto(origin + path, { waitUntil: 'load' }).then(() => laidOut(page));
    await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    found.push(...(await wcagViolations(page)).map((v) => `${path} ${v}`));
  }
  await context.close();
  return found;
}

// The 404 page has no charts and no scrolling story: its "every chart in place" view is its phone view.
const VIEWS: [string, View, string[]][] = [
  ['a phone, light', { width: 390 }, ['/', '/vi/', '/404/']],
  ['a laptop, dark', { width: 1280, dark: true }, ['/', '/vi/', '/404/']],
  ['a phone, every chart in place (the no-JavaScript layout)', { width: 390, staticLayout: true }, ['/', '/vi/']],
];

describe.concurrent('the story in both editions and the 404 page', () => {
  it.for(VIEWS)('have no WCAG 2.2 AA violations on %s', async ([, opts, paths], { expect }) => {
    expect(await violations(paths, opts)).toEqual([]);
  });
});
