/** The axe tags for WCAG 2.2 level AA (and the A and AA criteria of 2.0 and 2.1 it includes). */
export const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
