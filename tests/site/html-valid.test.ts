import { readFileSync } from 'node:fs';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages } from './pages.ts';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes long single lines and void elements as <meta />; both are valid HTML.
    'void-style': 'off',
    'no-trailing-whitespace': 'off',
    // An embed page's title is its chart's title, which states the finding in full.
    'long-title': 'off',
    // Chart SVGs carry presentation attributes and numbers as written by D3 and Plot.
    'attribute-misuse': 'error',
  },
});

const file = (path: string) => `dist${path.endsWith('/') ? `${path}index.html` : path}`;

describe('every built page', () => {
  it.each(builtPages())('%s is valid HTML', async (path) => {
    const report = await validator.validateString(readFileSync(file(path), 'utf8'), file(path));
    const errors = report.results.flatMap((r) => r.messages.filter((m) => m.severity === 2).map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.message}`));
    expect(errors).toEqual([]);
  });

  it('the validator catches a broken page', async () => {
    const report = await validator.validateString('<!doctype html><html lang="en"><head><title>x</title></head><body><p id="a"></p><p id="a"></p></body></html>');
    expect(report.valid).toBe(false);
  });
});
