import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { CHARTS, LAYOUTS } from '../../src/charts/registry.ts';
import { EMBED_MAX_SCALE } from '../../src/embed/snippet.ts';
import { strings } from '../../src/i18n/index.ts';
import { closeBrowser, sharedTab } from './session.ts';
import { wcagViolations } from './wcag.ts';

const origin = inject('origin');
const ids = CHARTS.map((c) => c.id);
afterAll(closeBrowser);

/** The snippet a chart's oEmbed gives: the code the gallery must copy, byte for byte. */
const snippet = (prefix: string, id: string): string => JSON.parse(readFileSync(`dist${prefix}/charts/${id}.oembed.json`, 'utf8')).html;

/** Every visible chart text's rendered size in px: its font size times the scale of its SVG. */
function textSizes(page: Page) {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('svg text'))
      .filter((t) => t.getClientRects().length && t.textContent!.trim())
      .map((t) => {
        const svg = t.closest('svg')!;
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        const drawn = parseFloat(getComputedStyle(t).fontSize);
        return { text: t.textContent!.trim().slice(0, 30), drawn, px: Math.round(drawn * scale * 10) / 10 };
      }),
  );
}

// The gallery is the heaviest page after the story, and a tab costs a process: the tests here run one
// after another (the copy test reads the browser's one clipboard, which every context shares), and those
// that need the same kind of tab (a laptop, a phone, a phone without JavaScript) share one through both
// editions. In each edition the first test that needs a kind of tab sends it to that edition's gallery
// (`open` starts it light, with no permission granted), and the others find it as the last one left it.
const TABS = {
  laptop: sharedTab(origin, { width: 1280 }),
  phone: sharedTab(origin, { width: 390 }),
  plain: sharedTab(origin, { width: 390, js: false }),
};
afterAll(async () => {
  for (const t of Object.values(TABS)) await t.close();
});

describe.each([
  ['en', ''],
  ['vi', '/vi'],
] as const)('the gallery in %s', (locale, prefix) => {
  const g = strings(locale).gallery;
  // Only the last test of an edition on a tab changes what it shows.
  const opened = new Map<keyof typeof TABS, ReturnType<ReturnType<typeof sharedTab>['open']>>();
  const tab = (key: keyof typeof TABS) => {
    if (!opened.has(key)) {
      opened.set(key, TABS[key].open(`${prefix}/charts/`));
    }
    return opened.get(key)!;
  };

  it('opens with one thumbnail per chart, each with its title, a preview and a copy button of its own', async ({ expect }) => {
    const { page, problems } = await tab('laptop');
    const cards = page.locator('.thumbs > li');
    expect(await cards.count()).toBe(ids.length);
    // Three side by side on a laptop.
    const tops = await cards.evaluateAll((all) => all.map((c) => Math.round(c.getBoundingClientRect().top)));
    expect(tops.filter((t) => t === tops[0])).toHaveLength(3);
    const names: string[] = [];
    for (const [i, id] of ids.entries()) {
      const card = cards.nth(i);
      await expect.poll(() => card.locator('h3 a').getAttribute('href')).toBe(`#${id}`);
      expect(await card.locator('svg:visible').count()).toBe(1);
      const button = card.getByRole('button');
      expect(await button.isVisible()).toBe(true);
      const box = (await button.boundingBox())!;
      expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
      // The fallback link gives way to the button.
      expect(await card.locator('[data-copy-fallback]').isVisible()).toBe(false);
      names.push(await button.evaluate((b) => b.textContent!.trim()));
    }
    const all = await page.locator('button').evaluateAll((bs) => bs.map((b) => b.textContent!.trim()));
    expect(new Set(all).size, 'every copy button has a name of its own').toBe(all.length);
    expect(names.every((n) => n.startsWith(g.copyEmbed))).toBe(true);
    // No duplicate ids, though each chart is drawn twice.
    const dup = await page.evaluate(() => {
      const seen = Array.from(document.querySelectorAll('[id]')).map((e) => e.id);
      return seen.filter((x, i) => seen.indexOf(x) !== i);
    });
    expect(dup).toEqual([]);
    expect(problems.console).toEqual([]);
  });

  it('has no WCAG 2.2 AA violations on a phone, as it loads', async ({ expect }) => {
    const { page } = await tab('phone');
    expect(await wcagViolations(page)).toEqual([]);
  });

  it('copies exactly the chart’s embed code with one click (or Enter), and says so in a live region', async ({ expect }) => {
    const { page, context } = await tab('phone');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const cards = page.locator('.thumbs > li');
    for (const [i, id] of ids.entries()) {
      await page.evaluate(() => navigator.clipboard.writeText(''));
      const button = cards.nth(i).getByRole('button');
      if (i % 2) {
        await button.focus();
        await page.keyboard.press('Enter');
      } else await button.click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText()), { message: id }).toBe(snippet(prefix, id));
      const status = cards.nth(i).getByRole('status');
      await expect.poll(() => status.textContent()).toBe(g.copied);
      expect(await status.isVisible()).toBe(true);
      // One "Copied" on the page at a time.
      expect(await page.locator('[data-copy-status]').evaluateAll((all) => all.filter((s) => s.textContent).length)).toBe(1);
    }
    // The details' own button copies the same code.
    await page.locator(`#${ids[0]} button[data-copy]`).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(snippet(prefix, ids[0]));
  });

  it('without JavaScript, each thumbnail links down to its chart’s read-only code', async ({ expect }) => {
    const { page } = await tab('plain');
    const cards = page.locator('.thumbs > li');
    expect(await cards.count()).toBe(ids.length);
    expect(await page.locator('textarea[readonly]').count()).toBe(ids.length);
    expect(await page.locator('button[data-copy]:visible').count()).toBe(0);
    for (const [i, id] of ids.entries()) {
      const link = cards.nth(i).locator('a[data-copy-fallback]');
      expect(await link.isVisible()).toBe(true);
      const target = (await link.getAttribute('href'))!;
      const area = page.locator(`#${id} textarea[readonly]`);
      expect(await page.locator(`#${id} ${target}`).count(), id).toBe(1);
      expect(await area.inputValue()).toBe(snippet(prefix, id));
    }
  });

  it('has no WCAG 2.2 AA violations on a laptop in dark mode, with a "Copied" status showing', async ({ expect }) => {
    // The laptop tab of the first test, as it left it.
    const { page, context } = await tab('laptop');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.locator('.thumbs button[data-copy]').first().click();
    await expect.poll(() => page.locator('.thumbs [data-copy-status]').first().textContent()).toBe(g.copied);
    expect(await wcagViolations(page)).toEqual([]);
  });
});

// One tab through both editions, each chart loaded once and looked at in a window of each width.
const embedTab = sharedTab(origin, { width: 320, height: 800 });
afterAll(() => embedTab.close());

describe.each([
  ['en', ''],
  ['vi', '/vi'],
] as const)('an embed in %s', (_, prefix) => {
  it('shows every chart’s text at 12 to 16 px at 320, 640, 1000 and 1280 px wide', async ({ expect }) => {
    const { page } = await embedTab.open(`${prefix}/embed/${ids[0]}/`, { width: 320, height: 800 });
    for (const id of ids) {
      await page.goto(`${origin}${prefix}/embed/${id}/`, { waitUntil: 'load' });
      for (const width of [320, 640, 1000, 1280]) {
        await page.setViewportSize({ width, height: 800 });
        const sizes = await textSizes(page);
        expect(sizes.length, id).toBeGreaterThan(0);
        // Body text (13 units) lands at 12–16 px; a display label drawn larger (a counter, a headline figure) grows no more than body text does.
        expect(sizes.filter((s) => s.px < 12 || s.px > Math.max(16, s.drawn * 16 / 13)), `${prefix}/embed/${id}/ at ${width} px`).toEqual([]);
      }
    }
  });
});

describe('the cap on a chart’s width in an embed', () => {
  it('is written in embed.css for every layout, as EMBED_MAX_SCALE (which the snippet height uses) says', () => {
    const css = readFileSync('src/styles/embed.css', 'utf8');
    for (const w of LAYOUTS) {
      const rule = new RegExp(`\\.embed \\.chart svg\\[data-layout='${w}'\\] \\{[^}]*max-width: ([\\d.]+)px`).exec(css);
      expect(rule, `a rule for layout ${w}`).not.toBeNull();
      expect(Number(rule![1])).toBeCloseTo(w * EMBED_MAX_SCALE, 1);
    }
  });
});
