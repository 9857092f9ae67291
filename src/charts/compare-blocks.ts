import { blockColumns } from './blocks.ts';
import { PALETTE } from './svg.ts';
import { rectsPath } from './shapes.ts';

/** Squares of one size for every block, so blocks of different "one in N" compare by their size alone. */
const CELL = 11;
const SIZE = 9;
const COLS = 14;

/**
 * One block of `n` squares with one buyer (the first square), as an SVG of squares only: the words
 * that say what it is stand beside it in the page, so they keep their size at any width.
 */
export function blockSvg(n: number): string {
  const cols = blockColumns(n, COLS, COLS, COLS);
  const rows = Math.ceil(n / cols);
  const squares: [number, number, number, number][] = [];
  for (let i = 1; i < n; i++) squares.push([1 + (i % cols) * CELL, 1 + Math.floor(i / cols) * CELL, SIZE, SIZE]);
  const width = cols * CELL + 1;
  const height = rows * CELL + 1;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" aria-hidden="true" focusable="false">` +
    `<path d="${rectsPath(squares)}" fill="${PALETTE.neutral}" class="fill-neutral"/>` +
    `<rect x="1" y="1" width="${SIZE}" height="${SIZE}" fill="${PALETTE.accent}" class="fill-accent"/>` +
    `</svg>`
  );
}
