import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** The axe tags for WCAG 2.2 level AA (and the A and AA criteria of 2.0 and 2.1 it includes). */
export const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The WCAG rules whose outcome depends on colours alone. The same page in its other colour scheme
 * (same markup, same layout) needs only these: every other rule would give the same answer.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * axe's WCAG 2.2 AA violations on a page as it stands, as "rule: target" lines; `coloursOnly` runs
 * just COLOUR_RULES. Only violations are collected (axe's passes list every node it checked, which
 * costs time and is never read).
 */
export async function wcagViolations(page: Page, opts: { coloursOnly?: boolean } = {}): Promise<string[]> {
  const axe = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
  if (opts.coloursOnly) axe.withRules(COLOUR_RULES);
  else axe.withTags(WCAG);
  const { violations } = await axe.analyze();
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}
