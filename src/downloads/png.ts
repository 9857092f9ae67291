import { Resvg } from '@resvg/resvg-js';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const fontDir = dirname(require.resolve('@expo-google-fonts/be-vietnam-pro/package.json'));
// resvg reads TTF only, and only these: the machine's own fonts would hide a missing glyph.
const FONTS = [join(fontDir, '400Regular/BeVietnamPro_400Regular.ttf'), join(fontDir, '600SemiBold/BeVietnamPro_600SemiBold.ttf')];

/** Renders a standalone SVG to PNG at a scale, in Be Vietnam Pro (Vietnamese diacritics included). */
export function svgToPng(svg: string, scale = 1): Uint8Array {
  const resvg = new Resvg(svg, {
    font: { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: 'Be Vietnam Pro' },
    fitTo: { mode: 'zoom', value: scale },
  });
  return resvg.render().asPng();
}
