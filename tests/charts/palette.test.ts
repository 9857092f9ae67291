import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PALETTE, PALETTE_TOKENS, paletteFromCss } from '../../src/charts/palette.ts';

// tokens.css is the one list of colours: the page CSS, the chart SVG attributes and the PNGs all follow it.
const css = readFileSync('src/styles/tokens.css', 'utf8');

describe('the chart palette', () => {
  it('is the light side of every colour token in tokens.css', () => {
    for (const name of PALETTE_TOKENS) {
      const light = new RegExp(`--${name}:\\s*light-dark\\((#[0-9a-f]{3,8}),`, 'i').exec(css)![1];
      expect(PALETTE[name], name).toBe(light);
    }
  });

  it('follows a change to a token', () => {
    const edited = css.replace(/--accent:\s*light-dark\(#[0-9a-f]+,/i, '--accent: light-dark(#123456,');
    expect(paletteFromCss(edited).accent).toBe('#123456');
    expect(paletteFromCss(edited).ink).toBe(PALETTE.ink);
  });

  it('stops the build when a token the charts need is missing', () => {
    expect(() => paletteFromCss(css.replace(/--neutral:[^;]+;/, ''))).toThrow(/--neutral/);
  });

  it('matches the fallback for browsers without light-dark()', () => {
    const fallback = /@supports not[^{]+\{\s*:root\s*\{([^}]+)\}/.exec(css)![1];
    for (const name of PALETTE_TOKENS) {
      expect(new RegExp(`--${name}:\\s*([^;]+);`).exec(fallback)![1].trim(), name).toBe(PALETTE[name]);
    }
  });
});
