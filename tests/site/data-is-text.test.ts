import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, buildDir, dataCopy, readPage } from './helpers.ts';
import { csvCell } from '../../src/downloads/csv.ts';
import { builtPages } from './pages.ts';

const SCRIPT = '<script>alert(1)</script>';
const ATTR = '"><img src=x onerror=alert(1)>';
const FORMULA = '=HYPERLINK("http://x","y")';

// A maintainer's cell that holds markup must show as text everywhere it appears.
describe('a build whose CSV cells carry markup and formulas', () => {
  let out: string;
  beforeAll(() => {
    const data = dataCopy((dir) => {
      const edit = (f: string, from: string, to: string) => writeFileSync(join(dir, f), readFileSync(join(dir, f), 'utf8').replace(from, to));
      edit('barriers.csv', 'Low and unstable incomes', `"Low ${SCRIPT.replace(/"/g, '""')} incomes"`);
      edit('barriers.csv', 'Complex procedures', `"Complex ${ATTR.replace(/"/g, '""')} procedures"`);
      edit('support.csv', 'People on the poor household list', `"${FORMULA.replace(/"/g, '""')}"`);
      edit('officials.csv', 'Dao Ngoc Dung,', `"Dao Ngoc ${ATTR.replace(/"/g, '""')} Dung",`);
    });
    out = buildDir('out-');
    const r = build(['npm', 'run', 'build'], { DATA_DIR: data, OUT_DIR: out });
    expect(r.status, r.out).toBe(0);
  });

  it('shows the markup as text in the story, the gallery and the embeds, never as elements', () => {
    for (const path of ['/', '/vi/', '/charts/', '/embed/barrier-matrix/']) {
      const doc = readPage(out, path);
      // No cell became an element: no script runs the payload, no <img> was injected, no attribute broke out.
      expect(Array.from(doc.querySelectorAll('script')).filter((s) => s.textContent!.includes('alert')), path).toEqual([]);
      expect(doc.querySelectorAll('img, [onerror]').length, path).toBe(0);
    }
    const story = readPage(out, '/');
    expect(story.querySelector('main')!.textContent).toContain(SCRIPT);
    expect(story.querySelector('main')!.textContent).toContain(ATTR);
  });

  it('escapes it in SVG labels, alt text, JSON and the standalone SVG', () => {
    const svg = readFileSync(join(out, 'charts/barrier-matrix.svg'), 'utf8');
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
    const oembed = JSON.parse(readFileSync(join(out, 'charts/barrier-matrix.oembed.json'), 'utf8'));
    expect(oembed.title).toBeTypeOf('string');
    const alt = readPage(out, '/').querySelector('#barriers .scrolly-graphic svg')!.getAttribute('aria-label')!;
    expect(alt).toContain(SCRIPT);
  });

  it('neutralises a spreadsheet formula in the CSV download', () => {
    const csv = readFileSync(join(out, 'charts/who-pays.csv'), 'utf8');
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
  });
});

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
