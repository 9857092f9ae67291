/**
 * Many equal marks as one <path>: a unit chart of hundreds of squares or dots is one element, not
 * hundreds, so pages stay light to parse and lay out. Numbers are rounded to 3 decimals.
 */
const r3 = (n: number) => Math.round(n * 1000) / 1000;

/** Squares (or part-squares) as one path: each is [x, y, width, height]. */
export function rectsPath(rects: [number, number, number, number][]): string {
  return rects.map(([x, y, w, h]) => `M${r3(x)},${r3(y)}h${r3(w)}v${r3(h)}h${r3(-w)}z`).join('');
}

/** Circles of one radius as one path: each is [cx, cy]. */
export function dotsPath(centres: [number, number][], r: number): string {
  return centres.map(([cx, cy]) => `M${r3(cx - r)},${r3(cy)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`).join('');
}
