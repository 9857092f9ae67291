/**
 * Columns for a block of `n` unit squares: a divisor of n between min and max (closest to the
 * preferred count) so the block is a clean rectangle; otherwise the preferred count, last row ragged.
 */
export function blockColumns(n: number, min: number, max: number, preferred: number): number {
  let best = preferred;
  let bestDistance = Infinity;
  for (let c = min; c <= max; c++) {
    if (n % c === 0 && Math.abs(c - preferred) < bestDistance) {
      best = c;
      bestDistance = Math.abs(c - preferred);
    }
  }
  return best;
}

/**
 * The outline of a block of `n` squares laid out `cols` to a row (its last row may be short), drawn
 * `out` px outside the squares: one closed path, a rectangle with a notch where the last row ends.
 */
export function blockOutline(x: number, y: number, n: number, cols: number, cell: number, gap: number, out: number): string {
  const r = (v: number) => Math.round(v * 1000) / 1000;
  const fullRows = Math.floor(n / cols);
  const rest = n % cols;
  const width = Math.min(n, cols) * cell - gap;
  const left = x - out;
  const right = x + width + out;
  const topY = y - out;
  const fullBottom = y + fullRows * cell - gap + out;
  if (!rest || !fullRows) {
    const bottom = y + Math.ceil(n / cols) * cell - gap + out;
    return `M${r(left)},${r(topY)}H${r(right)}V${r(bottom)}H${r(left)}Z`;
  }
  const notchX = x + rest * cell - gap + out;
  const bottom = y + (fullRows + 1) * cell - gap + out;
  return `M${r(left)},${r(topY)}H${r(right)}V${r(fullBottom)}H${r(notchX)}V${r(bottom)}H${r(left)}Z`;
}
