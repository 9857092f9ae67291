/**
 * Many equal marks as one <path>: a unit chart of hundreds of squares or dots is one element, not
 * hundreds, so pages stay light to parse and lay out. Numbers are rounded to 3 decimals.
 *
 * Each closed shape ends where it began, so every shape after the first starts with a move relative
 * to the one before ("m9.333,0"): a row of equal squares is then one run of identical text, which
 * compresses to almost nothing. The rounded absolute positions are kept exactly.
 */
const r3 = (n: number) => Math.round(n * 1000) / 1000;

/** Moves from one start point to the next: "M" absolute for the first, "m" relative after it. */
function moves(starts: [number, number][]): string[] {
  let px = 0;
  let py = 0;
  return starts.map(([x, y], i) => {
    const [ax, ay] = [r3(x), r3(y)];
    const move = i === 0 ? `M${ax},${ay}` : `m${r3(ax - px)},${r3(ay - py)}`;
    [px, py] = [ax, ay];
    return move;
  });
}

/** Squares (or part-squares) as one path: each is [x, y, width, height]. */
export function rectsPath(rects: [number, number, number, number][]): string {
  const starts = moves(rects.map(([x, y]) => [x, y]));
  return rects.map(([, , w, h], i) => `${starts[i]}h${r3(w)}v${r3(h)}h${r3(-w)}z`).join('');
}

/** Circles of one radius as one path: each is [cx, cy]. */
export function dotsPath(centres: [number, number][], r: number): string {
  const starts = moves(centres.map(([cx, cy]) => [cx - r, cy]));
  return starts.map((move) => `${move}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`).join('');
}
