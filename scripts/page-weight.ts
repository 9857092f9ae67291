// What a page loads for its first view, read from the built files: HTML, CSS, JS, fonts, images,
// each raw, gzip and brotli. Deterministic, so the byte budgets are tests as well as a benchmark.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';

export type Kind = 'html' | 'css' | 'js' | 'font' | 'image';
export interface Resource { url: string; kind: Kind; raw: number; gzip: number; brotli: number }
export interface Weight { page: string; resources: Resource[]; byKind: Record<Kind, { raw: number; gzip: number; brotli: number }>; total: { raw: number; gzip: number; brotli: number }; requests: number }

/** Brotli at the quality a static host uses for pre-compressed files. */
export function brotli(buf: Buffer | string): number {
  return brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}

const fileOf = (root: string, path: string) => join(root, path.endsWith('/') ? `${path}index.html` : path);

function measure(url: string, kind: Kind, body: Buffer): Resource {
  // woff2 and PNG are compressed already: served as they are.
  const packed = kind === 'font' || (kind === 'image' && url.endsWith('.png'));
  return { url, kind, raw: body.length, gzip: packed ? body.length : gzipSync(body, { level: 9 }).length, brotli: packed ? body.length : brotli(body) };
}

/** The resources a built page loads for its first view, and their weight. */
export function pageWeight(root: string, page: string): Weight {
  const html = readFileSync(fileOf(root, page));
  const { document } = parseHTML(html.toString('utf8'));
  const resources: Resource[] = [measure(page, 'html', html)];
  const add = (url: string, kind: Kind) => {
    if (resources.some((r) => r.url === url)) return;
    const path = join(root, url.split(/[?#]/)[0]);
    if (existsSync(path)) resources.push(measure(url, kind, readFileSync(path)));
  };
  document.querySelectorAll('script[src]').forEach((s) => add(s.getAttribute('src')!, 'js'));
  document.querySelectorAll('link[rel="stylesheet"]').forEach((l) => add(l.getAttribute('href')!, 'css'));
  document.querySelectorAll('link[rel="icon"], img[src]').forEach((l) => add(l.getAttribute('href') ?? l.getAttribute('src')!, 'image'));
  // Fonts: the faces of the page's language (the regular and the semibold weight both show on first view).
  const lang = document.documentElement.getAttribute('lang') === 'vi' ? 'vi' : 'en';
  const css = Array.from(document.querySelectorAll('style')).map((s) => s.textContent).join('\n');
  for (const m of css.matchAll(/url\(['"]?(\/fonts\/[^'")]+-(en|vi)\.woff2)['"]?\)/g)) if (m[2] === lang) add(m[1], 'font');
  // Module scripts import their chunks.
  for (const r of resources.filter((x) => x.kind === 'js')) {
    const code = readFileSync(join(root, r.url), 'utf8');
    for (const m of code.matchAll(/from\s*"(\.\/[^"]+\.js)"/g)) add(new URL(m[1], `http://x${r.url}`).pathname, 'js');
  }
  const zero = () => ({ raw: 0, gzip: 0, brotli: 0 });
  const byKind = { html: zero(), css: zero(), js: zero(), font: zero(), image: zero() } as Weight['byKind'];
  const total = zero();
  for (const r of resources) {
    for (const k of ['raw', 'gzip', 'brotli'] as const) {
      byKind[r.kind][k] += r.raw === 0 ? 0 : r[k];
      total[k] += r[k];
    }
  }
  // Inline scripts count as JavaScript too (they are part of the HTML's bytes, not extra requests).
  const inline = Array.from(document.querySelectorAll('script:not([src])')).map((s) => s.textContent ?? '').join('\n');
  if (inline.trim()) byKind.js.brotli += brotli(inline);
  return { page, resources, byKind, total, requests: resources.length };
}

/**
 * Brotli bytes of the HTML up to the end of the opening scene (the element with id "opening"): what
 * must arrive in the first round trip (about 14 KB) for the first screen to render.
 */
export function firstScreenBrotli(root: string, page: string): number {
  const html = readFileSync(fileOf(root, page), 'utf8');
  const start = html.indexOf('id="opening"');
  if (start < 0) throw new Error(`${page} has no element with id="opening"`);
  const tag = html.lastIndexOf('<', start);
  const name = /^<(\w+)/.exec(html.slice(tag))![1];
  // Find the matching close tag of the opening element.
  let depth = 0;
  const re = new RegExp(`<(/?)${name}\\b[^>]*>`, 'g');
  re.lastIndex = tag;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return brotli(html.slice(0, m.index + m[0].length));
  }
  throw new Error('unclosed opening scene');
}
