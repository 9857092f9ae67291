/**
 * Where a step takes over its scene's chart: when its top comes up to this share of the screen's
 * height, so the chart changes as the card comes into view, with its first lines, not once it has been
 * read. One value for phones (cards under the pinned chart) and wide screens (cards beside it); the
 * browser code and the browser tests both read it here.
 */
export const TRIGGER_LINE = 0.75;
