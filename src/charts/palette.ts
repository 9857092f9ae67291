import tokensCss from '../styles/tokens.css?raw';

/** The colour tokens charts draw with, by their CSS custom property name (without "--"). */
export const PALETTE_TOKENS = ['ink', 'muted', 'accent', 'neutral', 'faint', 'paper'] as const;
export type PaletteToken = (typeof PALETTE_TOKENS)[number];

/**
 * The light-theme value of each colour token, read from a stylesheet's `--name: light-dark(light, dark)`
 * declarations: tokens.css is the one source for CSS, SVG attributes and PNG downloads alike.
 */
export function paletteFromCss(css: string): Record<PaletteToken, string> {
  const out = {} as Record<PaletteToken, string>;
  for (const name of PALETTE_TOKENS) {
    const m = new RegExp(`--${name}\\s*:\\s*light-dark\\(\\s*([^,\\s)]+)\\s*,`).exec(css);
    if (!m) throw new Error(`tokens.css has no "--${name}: light-dark(…)" declaration; charts need it`);
    out[name] = m[1];
  }
  return out;
}

/** The site's chart palette (light theme), from tokens.css at build. */
export const PALETTE: Readonly<Record<PaletteToken, string>> = Object.freeze(paletteFromCss(tokensCss));
