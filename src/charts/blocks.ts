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
