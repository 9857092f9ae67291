import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readPage } from './helpers.ts';
import { builtPages } from './pages.ts';

// Where a digit may stand in the story without a <data> element: figures and dates, quoted source
// text, the chart SVGs (checked by their own tests), code-like file names and source addresses, and
// a data file's cell shown as written ([data-csv], e.g. a law's number in since.csv).
const EXEMPT = 'data, time, svg, script, style, blockquote, q, a[href^="http"], [data-csv]';

/** Every piece of visible text in the story that holds a digit outside a data element. */
export function strayDigits(doc: Document): string[] {
  const found: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      if (/\d/.test(node.textContent ?? '')) found.push((node.textContent ?? '').trim());
      return;
    }
    if (node.nodeType === 1 && (node as Element).matches(EXEMPT)) return;
    node.childNodes.forEach(walk);
  };
  walk(doc.querySelector('main')!);
  return found;
}

describe('numbers in the story', () => {
  it.each(['/', '/vi/'])('on %s every digit in the prose stands inside a <data> or <time> element', (path) => {
    expect(strayDigits(readPage('dist', path))).toEqual([]);
  });

  it.each(builtPages())('%s shows no slot left unfilled ("{projectionYears}")', (path) => {
    const file = `dist${path.endsWith('/') ? `${path}index.html` : path}`;
    // Text and attributes alike, outside scripts and styles (a JSON-LD or CSS brace is not copy).
    const html = readFileSync(file, 'utf8').replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, '');
    expect(html.replace(/ data-counter-template="[^"]*"/g, '').match(/\{[a-zA-Z][\w:-]*\}/g) ?? []).toEqual([]);
  });

  it('the check itself catches a typed number', () => {
    const doc = readPage('dist', '/');
    doc.querySelector('.standfirst')!.append(' 34 million');
    expect(strayDigits(doc)).toContain('34 million');
  });
});
