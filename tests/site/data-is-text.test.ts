import { describe, expect, it } from 'vitest';
import { readPage } from './helpers.ts';
import { csvCell } from '../../src/downloads/csv.ts';
import { builtPages } from './pages.ts';

// Cells that hold markup, in a build: tests/site/edited-data.test.ts. Here, the rules every build keeps.
describe('CSV cells', () => {
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx'])('"%s" cannot run as a formula', (cell) => {
    expect(csvCell(cell).replace(/^"/, '')).toMatch(/^'/);
  });
  it('numbers stay numbers', () => expect(csvCell(-5)).toBe('-5'));
});

describe('the Content-Security-Policy', () => {
  it.each(builtPages())('%s carries a strict policy: no unsafe-inline, no eval, only its own origin', (path) => {
    const doc = readPage('dist', path);
    const csp = doc.querySelector('meta[http-equiv="content-security-policy"]')!.getAttribute('content')!;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')*;/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });
});
