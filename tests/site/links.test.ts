import { existsSync, readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { builtPages } from './pages.ts';

const SITE = process.env.SITE_URL || 'http://localhost:4321';
const file = (path: string) => `dist${path.endsWith('/') ? `${path}index.html` : path}`;
const ids = new Map<string, Set<string>>();

/** The ids on a built page, for checking #anchors. */
function idsOf(path: string): Set<string> {
  if (!ids.has(path)) {
    const doc = parseHTML(readFileSync(file(path), 'utf8')).document;
    ids.set(path, new Set(Array.from(doc.querySelectorAll('[id]')).map((e) => e.id)));
  }
  return ids.get(path)!;
}

/** Every internal link, asset and download on a page that does not resolve to a built file or anchor. */
export function brokenLinks(path: string, html = readFileSync(file(path), 'utf8')): string[] {
  const doc = parseHTML(html).document;
  const refs = [
    ...Array.from(doc.querySelectorAll('a[href], link[href]')).map((e) => e.getAttribute('href')!),
    ...Array.from(doc.querySelectorAll('script[src], img[src], iframe[src]')).map((e) => e.getAttribute('src')!),
    ...Array.from(doc.querySelectorAll('meta[property="og:image"]')).map((e) => e.getAttribute('content')!),
    ...[...html.matchAll(/url\((\/_astro\/[^)]+)\)/g)].map((m) => m[1]),
  ];
  const broken: string[] = [];
  for (const ref of refs) {
    if (/^(mailto:|data:)/.test(ref)) continue;
    const url = new URL(ref, new URL(path, SITE));
    if (url.origin !== new URL(SITE).origin) continue; // the source report: an outside link, not ours to check offline
    const target = url.pathname;
    const exists = existsSync(file(target)) || existsSync(`dist${target}`);
    if (!exists) broken.push(ref);
    else if (url.hash && (target.endsWith('/') || target.endsWith('.html')) && !idsOf(target).has(decodeURIComponent(url.hash.slice(1)))) broken.push(ref);
  }
  return broken;
}

describe('links', () => {
  it.each(builtPages())('every internal link, anchor and download on %s resolves', (path) => {
    expect(brokenLinks(path)).toEqual([]);
  });

  it('the checker catches a broken link and a broken anchor', () => {
    expect(brokenLinks('/', '<a href="/nowhere/">x</a><a href="/#no-such-scene">y</a><a href="/#methods">z</a>')).toEqual(['/nowhere/', '/#no-such-scene']);
  });

  it('every outside link opens without handing over the page (rel="noopener")', () => {
    const bad = builtPages().flatMap((path) => {
      const doc = parseHTML(readFileSync(file(path), 'utf8')).document;
      return Array.from(doc.querySelectorAll('a[href^="http"]'))
        .filter((a) => new URL(a.getAttribute('href')!).origin !== new URL(SITE).origin && !/noopener/.test(a.getAttribute('rel') ?? ''))
        .map((a) => `${path}: ${a.getAttribute('href')}`);
    });
    expect(bad).toEqual([]);
  });
});
