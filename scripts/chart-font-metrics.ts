// Writes src/charts/advances.json: the advance width of each character of Be Vietnam Pro (regular and
// semibold, in thousandths of an em), so charts can wrap labels to the width they are drawn at.
// Run after changing the font: node scripts/chart-font-metrics.ts
// fontkitten (a fontkit fork) arrives with Astro; it reads the same TTFs resvg draws the PNGs with.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { create } from 'fontkitten';

const require = createRequire(import.meta.url);
const dir = dirname(require.resolve('@expo-google-fonts/be-vietnam-pro/package.json'));
const faces = { '400': '400Regular/BeVietnamPro_400Regular.ttf', '600': '600SemiBold/BeVietnamPro_600SemiBold.ttf' };
// Latin, Latin-1, Latin Extended-A/B (đ, ơ, ư), combining marks, Vietnamese (U+1EA0–1EF9) and punctuation.
const ranges: [number, number][] = [[0x20, 0x7e], [0xa0, 0x24f], [0x300, 0x323], [0x1ea0, 0x1ef9], [0x2010, 0x2027], [0x2030, 0x203a]];
const out: Record<string, Record<string, number>> = {};
for (const [weight, file] of Object.entries(faces)) {
  const font = create(readFileSync(join(dir, file))) as unknown as { unitsPerEm: number; hasGlyphForCodePoint(c: number): boolean; glyphForCodePoint(c: number): { advanceWidth: number } };
  const widths: Record<string, number> = {};
  for (const [from, to] of ranges) {
    for (let c = from; c <= to; c++) {
      if (font.hasGlyphForCodePoint(c)) widths[String.fromCodePoint(c)] = Math.round((font.glyphForCodePoint(c).advanceWidth * 1000) / font.unitsPerEm);
    }
  }
  out[weight] = widths;
}
writeFileSync('src/charts/advances.json', JSON.stringify(out) + '\n');
console.log(`src/charts/advances.json: ${Object.keys(out['400']).length} characters a weight`);
