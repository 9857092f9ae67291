import { describe, expect, it } from 'vitest';
import { dotsPath, rectsPath } from '../../src/charts/shapes.ts';

/** The start point of every subpath, read back the way a browser does (a relative move after "z" starts where the closed shape began). */
function starts(d: string): [number, number][] {
  const out: [number, number][] = [];
  let [x, y] = [0, 0];
  for (const m of d.matchAll(/([Mm])(-?[\d.]+),(-?[\d.]+)/g)) {
    [x, y] = m[1] === 'M' ? [+m[2], +m[3]] : [x + +m[2], y + +m[3]];
    out.push([Math.round(x * 1000) / 1000, Math.round(y * 1000) / 1000]);
  }
  return out;
}

describe('one path for many marks', () => {
  const rects: [number, number, number, number][] = Array.from({ length: 60 }, (_, i) => [4.75 + (i % 26) * 9.3333333, 254.4166667 + Math.floor(i / 26) * 9.3333333, 7.8333333, 7.8333333]);

  it('puts every square where it belongs, to the thousandth', () => {
    expect(starts(rectsPath(rects))).toEqual(rects.map(([x, y]) => [Math.round(x * 1000) / 1000, Math.round(y * 1000) / 1000]));
    expect(rectsPath(rects).match(/z/g)).toHaveLength(60);
  });

  it('writes a row of equal squares as a few repeated runs of text (steps may differ by a thousandth)', () => {
    const d = rectsPath(rects.slice(0, 26));
    expect(new Set(d.split('z').slice(1, -1)).size).toBeLessThanOrEqual(2);
  });

  it('puts every dot where it belongs', () => {
    const centres: [number, number][] = [[10, 10], [22.5, 10], [22.5, 31.25], [3, 40]];
    expect(starts(dotsPath(centres, 2.5))).toEqual(centres.map(([x, y]) => [x - 2.5, y]));
  });
});
