import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type axe from 'axe-core';
import type { Page } from 'playwright-core';

/**
 * axe-core's minified build (the same version and rules as its `axe.source`, 0.65 MB instead of 1.5 MB):
 * the page parses and compiles less for every scan.
 */
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The axe tags for WCAG 2.2 level AA (and the A and AA criteria of 2.0 and 2.1 it includes). */
export const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The WCAG rules whose outcome depends on colours alone. The same page in its other colour scheme
 * (same markup, same layout) needs only these: every other rule would give the same answer.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * axe's WCAG 2.2 AA violations on a page as it stands, as "rule: target" lines; `coloursOnly` runs
 * just COLOUR_RULES. axe-core runs in the page itself, with only violations collected: the usual
 * wrapper (@axe-core/playwright) opens a second, blank page for every scan to gather results across
 * frames, which cost more than the scan of one of our pages. None of the pages checked has a frame,
 * and that is asserted, so nothing goes unchecked.
 */
export async function wcagViolations(page: Page, opts: { coloursOnly?: boolean } = {}): Promise<string[]> {
  if (await page.locator('iframe, frame').count()) throw new Error(`${page.url()} has frames: check it with @axe-core/playwright`);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const runOnly = opts.coloursOnly ? { type: 'rule' as const, values: COLOUR_RULES } : { type: 'tag' as const, values: WCAG };
  return page.evaluate(async (options) => {
    const { violations } = await (window as unknown as { axe: typeof axe }).axe.run(document, options);
    return violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  }, { runOnly, resultTypes: ['violations'] as axe.resultGroups[] });
}
