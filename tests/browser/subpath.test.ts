// The site published under a path of a newsroom's own site: built for
// https://news.example.org/interactive/migrants/, served only under /interactive/migrants/ by a static
// server that answers 404 everywhere else, and read in Chromium, where every request to the public
// address is answered by that local server (so the real https address is what the pages carry).
import { copyFileSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, relative } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDist } from '../../scripts/serve.ts';
import { CHARTS } from '../../src/charts/registry.ts';
import { sceneOfChart } from '../../src/story/scenes.ts';
import { build, buildDir } from '../site/helpers.ts';
import { closeBrowser, getBrowser } from './session.ts';
import { hostServer } from './host-server.ts';

const PUBLIC = 'https://news.example.org/interactive/migrants/';
const BASE = '/interactive/migrants/';
const PUBLIC_ORIGIN = new URL(PUBLIC).origin;

let root: string;
let out: string;
let server: Server;
let local: string;
let host: Awaited<ReturnType<typeof hostServer>>;

/** Every file of the build, as paths relative to it ("vi/charts/index.html"). */
function files(dir = out): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(out, join(d.parentPath, d.name)));
}
/** Every page of the build, as the public path a reader opens ("/interactive/migrants/vi/charts/"). */
const pages = () => files().filter((f) => f.endsWith('index.html')).map((f) => BASE + f.replace(/index\.html$/, '')).sort();
const read = (file: string) => readFileSync(join(out, file), 'utf8');

/** A browser context where the public address is answered by the local server, and any other host (but the test's host page) is refused. */
async function publicContext(opts: { width?: number } = {}): Promise<{ context: BrowserContext; failed: string[]; foreign: string[] }> {
  const context = await (await getBrowser()).newContext({ viewport: { width: opts.width ?? 1280, height: 900 } });
  const failed: string[] = [];
  const foreign: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol.startsWith('http') && url.origin !== host.origin) {
      foreign.push(url.href);
      return route.abort();
    }
    return route.continue();
  });
  await context.route(`${PUBLIC_ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    try {
      const response = await route.fetch({ url: local + url.pathname + url.search, headers: { ...route.request().headers(), 'accept-encoding': 'identity' } });
      await route.fulfill({ response });
    } catch {
      // The page or context closed while the request was in flight (a favicon, after the test ended).
    }
  });
  context.on('requestfailed', (r) => failed.push(`${r.failure()?.errorText} ${r.url()}`));
  context.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
  return { context, failed, foreign };
}

let reader: Promise<{ context: BrowserContext; page: Page; failed: string[]; foreign: string[] }> | undefined;
/**
 * One tab at 1280 px through the public address, shared by the tests below that run one after another
 * (a tab costs a renderer process); each gets it on a blank page with empty records.
 */
async function readerTab() {
  reader ??= publicContext().then(async (c) => ({ ...c, page: await c.context.newPage() }));
  const r = await reader;
  await r.page.goto('about:blank');
  r.failed.length = 0;
  r.foreign.length = 0;
  return r;
}

beforeAll(async () => {
  // The host's document root holds the build at the path and nothing else, and answers unknown
  // addresses with our 404 page, as the README asks a newsroom to set up.
  root = buildDir('subpath-');
  out = join(root, BASE);
  const r = build(['npm', 'run', 'build'], { SITE_URL: PUBLIC, OUT_DIR: out });
  expect(r.status, r.out).toBe(0);
  copyFileSync(join(out, '404.html'), join(root, '404.html'));
  ({ server, origin: local } = await serveDist(root));
  host = await hostServer();
});
afterAll(async () => {
  await (await reader?.catch(() => undefined))?.context.close();
  await closeBrowser();
  await host?.close();
  await new Promise((resolve) => server?.close(resolve));
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('a build for https://news.example.org/interactive/migrants/', () => {
  it('has both editions of the story and the gallery, every embed page and a 404', () => {
    const want = ['', 'vi/', 'charts/', 'vi/charts/', ...CHARTS.flatMap((c) => [`embed/${c.id}/`, `vi/embed/${c.id}/`])].map((p) => BASE + p);
    expect(pages()).toEqual(want.sort());
    expect(files()).toContain('404.html');
  });

  it('gives every canonical link, alternate, og:url and og:image the full address with its path', () => {
    for (const path of pages()) {
      const doc = parseHTML(read(path.slice(BASE.length) + 'index.html')).document;
      const urls = [
        ...Array.from(doc.querySelectorAll('link[rel="canonical"], link[rel="alternate"]')).map((e) => e.getAttribute('href')!),
        ...Array.from(doc.querySelectorAll('meta[property="og:url"], meta[property="og:image"]')).map((e) => e.getAttribute('content')!),
      ];
      expect(urls.length, path).toBeGreaterThan(0);
      for (const u of urls) expect(u, path).toMatch(new RegExp(`^${PUBLIC.replace(/[./]/g, '\\$&')}`));
    }
    const story = parseHTML(read('vi/index.html')).document;
    expect(story.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe(`${PUBLIC}vi/`);
    expect(story.querySelector('meta[property="og:image"]')!.getAttribute('content')).toBe(`${PUBLIC}vi/social/story.png`);
  });

  it('writes embed snippets, oEmbed files and citations that point at the full address', () => {
    for (const [prefix, locale] of [['', 'en'], ['vi/', 'vi']] as const) {
      for (const { id } of CHARTS) {
        const oembed = JSON.parse(read(`${prefix}charts/${id}.oembed.json`));
        expect(oembed.provider_url).toBe(PUBLIC + prefix);
        expect(oembed.thumbnail_url).toBe(`${PUBLIC}${prefix}social/${id}.png`);
        expect(oembed.html, `${locale} ${id}`).toContain(`<iframe src="${PUBLIC}${prefix}embed/${id}/?theme=light"`);
        expect(oembed.html).toContain(`<script async src="${PUBLIC}embed.js"></script>`);
        const embed = parseHTML(read(`${prefix}embed/${id}/index.html`)).document;
        expect(embed.querySelector('link[type="application/json+oembed"]')!.getAttribute('href')).toBe(`${PUBLIC}${prefix}charts/${id}.oembed.json`);
        expect(embed.querySelector('.fig-story a')!.getAttribute('href')).toBe(`${PUBLIC}${prefix}#${sceneOfChart(id)!.id}`);
      }
      const gallery = parseHTML(read(`${prefix}charts/index.html`)).document;
      const snippets = Array.from(gallery.querySelectorAll('textarea')).map((t) => t.textContent!);
      expect(snippets).toHaveLength(CHARTS.length);
      for (const s of snippets) expect(s).toContain(`${PUBLIC}${prefix}embed/`);
      for (const c of Array.from(gallery.querySelectorAll('.citation'))) expect(c.textContent).toContain(`${PUBLIC}${prefix}charts/#`);
    }
  });

  it('ships no local address anywhere', () => {
    const text = files().filter((f) => /\.(html|json|xml|txt|js|css|svg|csv)$|_headers$/.test(f));
    expect(text.filter((f) => /localhost|127\.0\.0\.1/.test(read(f)))).toEqual([]);
  });

  it('lists the story and the gallery in both editions, with hreflang, in sitemap.xml, and points robots.txt at it', () => {
    const xml = read('sitemap.xml');
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toEqual([PUBLIC, `${PUBLIC}vi/`, `${PUBLIC}charts/`, `${PUBLIC}vi/charts/`]);
    expect(xml).not.toContain('/embed/');
    expect(xml).toContain(`<xhtml:link rel="alternate" hreflang="vi" href="${PUBLIC}vi/charts/"/>`);
    expect(xml.match(/hreflang="x-default"/g)).toHaveLength(4);
    expect(read('robots.txt')).toContain(`Sitemap: ${PUBLIC}sitemap.xml`);
  });
});

/** The rules of a Netlify / Cloudflare Pages headers file: path pattern and its headers. */
function headerRules(text: string) {
  const rules: { pattern: string; headers: [string, string][] }[] = [];
  for (const line of text.split('\n')) {
    if (/^\s*(#|$)/.test(line)) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const [name, ...value] = line.trim().split(':');
      rules.at(-1)!.headers.push([name.toLowerCase(), value.join(':').trim()]);
    }
  }
  return rules;
}
/** The headers a host sends for a path: every matching rule's (a "*" matches anything, including nothing). */
function headersFor(rules: ReturnType<typeof headerRules>, path: string): [string, string][] {
  const matches = (p: string) => new RegExp(`^${p.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(path);
  return rules.filter((r) => matches(r.pattern)).flatMap((r) => r.headers);
}

describe('the headers file of the sub-path build', () => {
  const rules = () => headerRules(read('_headers'));
  /** Each built file as the address a reader requests. */
  const served = () => files().filter((f) => f !== '_headers').map((f) => BASE + f.replace(/(^|\/)index\.html$/, '$1'));

  it('puts every rule under the sub-path', () => {
    for (const r of rules()) expect(r.pattern.startsWith(BASE), r.pattern).toBe(true);
  });

  it('never sets a header twice for one file (hosts join repeats with a comma)', () => {
    const twice = served().flatMap((path) => {
      const names = headersFor(rules(), path).map(([n]) => n);
      return names.filter((n, i) => names.indexOf(n) !== i).map((n) => `${path}: ${n}`);
    });
    expect(twice).toEqual([]);
  });

  it('caches hashed assets for a year and revalidates pages, embeds, oEmbed, downloads, data and fonts', () => {
    const cache = (path: string) => Object.fromEntries(headersFor(rules(), path))['cache-control'];
    for (const path of served()) {
      if (path.startsWith(`${BASE}_astro/`)) expect(cache(path), path).toBe('public, max-age=31536000, immutable');
      else if (path === `${BASE}embed.js`) expect(cache(path), path).toMatch(/max-age=300\b/);
      else expect(cache(path), path).toBe('public, max-age=0, must-revalidate');
    }
    // Hashed assets (today the pages inline their small scripts and styles) get the year-long rule whenever there are any.
    expect(headersFor(rules(), `${BASE}_astro/x.1a2b3c.js`)).toContainEqual(['cache-control', 'public, max-age=31536000, immutable']);
  });

  it('lets any site frame the embed pages and only ourselves frame the others', () => {
    const csp = (path: string) => Object.fromEntries(headersFor(rules(), path))['content-security-policy'];
    for (const path of pages()) expect(csp(path), path).toContain(path.includes('/embed/') ? 'frame-ancestors *' : "frame-ancestors 'self'");
  });
});

describe('served only under /interactive/migrants/, in Chromium', () => {
  it('the server itself refuses the root paths a forgotten base would use', async () => {
    for (const path of ['/', '/fonts/be-vietnam-pro-400-en.woff2', '/embed.js', '/vi/', '/charts/unit-34-million.oembed.json']) expect((await fetch(local + path)).status, path).toBe(404);
    expect((await fetch(`${local}${BASE}embed.js`)).status).toBe(200);
  });

  it('opens every page of both editions with zero failed requests, its fonts loaded', async () => {
    const { page, failed, foreign } = await readerTab(); // one tab from page to page, as a reader's
    for (const path of pages()) {
      const response = await page.goto(PUBLIC_ORIGIN + path, { waitUntil: 'load' });
      expect(response!.status(), path).toBe(200);
      const family = (await page.locator('html').getAttribute('lang')) === 'vi' ? 'BVP vi' : 'BVP en';
      expect(await page.evaluate(async (f) => (await document.fonts.ready, document.fonts.check(`16px "${f}"`)), family), path).toBe(true);
    }
    // A request the browser drops because the tab moved on (the icon of the page just left) is not a failure.
    expect(failed.filter((f) => !f.startsWith('net::ERR_ABORTED '))).toEqual([]);
    expect(foreign).toEqual([]);
  });

  it('every link, asset and download on every page resolves under the path, anchors included', async () => {
    const broken: string[] = [];
    const seen = new Map<string, Promise<{ status: number; ids?: Set<string> }>>();
    const get = (url: URL) => {
      const key = url.pathname;
      if (!seen.has(key))
        seen.set(key, fetch(local + key).then(async (r) => {
          const html = (r.headers.get('content-type') ?? '').startsWith('text/html') ? await r.text() : '';
          return { status: r.status, ids: html ? new Set(Array.from(parseHTML(html).document.querySelectorAll('[id]')).map((e) => e.id)) : undefined };
        }));
      return seen.get(key)!;
    };
    for (const path of pages()) {
      const doc = parseHTML(read(path.slice(BASE.length) + 'index.html')).document;
      const refs = [
        ...Array.from(doc.querySelectorAll('a[href], link[href]')).map((e) => e.getAttribute('href')!),
        ...Array.from(doc.querySelectorAll('[src]')).map((e) => e.getAttribute('src')!),
        ...Array.from(doc.querySelectorAll('meta[property="og:image"]')).map((e) => e.getAttribute('content')!),
        ...[...read(path.slice(BASE.length) + 'index.html').matchAll(/url\(([^)]+)\)/g)].map((m) => m[1].replace(/['"]/g, '')),
      ];
      for (const ref of refs) {
        if (/^(mailto:|data:)/.test(ref)) continue;
        const url = new URL(ref, PUBLIC_ORIGIN + path);
        if (url.origin !== PUBLIC_ORIGIN) continue; // the source report: another site, not ours to check offline
        const { status, ids } = await get(url);
        if (status !== 200 || !url.pathname.startsWith(BASE)) broken.push(`${path}: ${ref} (${status})`);
        else if (url.hash && ids && !ids.has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${path}: ${ref} (no such anchor)`);
      }
    }
    expect(broken).toEqual([]);
    expect(seen.size).toBeGreaterThan(50);
  });

  it('the language switch, the sections, the in-page links and "report an error" work', async () => {
    const { page, failed } = await readerTab();
    await page.goto(PUBLIC, { waitUntil: 'load' });
    await page.locator('[data-lang-switch]').click();
    await page.waitForURL(new RegExp(`^${PUBLIC}vi/`));
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    await page.locator('[data-lang-switch]').click();
    await page.waitForURL(new RegExp(`^${PUBLIC}(#.*)?$`));
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.locator('.masthead nav a').first().click();
    await page.waitForURL(`${PUBLIC}charts/`);
    await page.locator('.site-name').click();
    await page.waitForURL(PUBLIC);
    await page.locator('.site-footer a[href$="#corrections"]').click();
    await page.waitForURL(`${PUBLIC}#corrections`);
    await expect.poll(() => page.locator('#corrections').evaluate((e) => Math.round(e.getBoundingClientRect().top))).toBeGreaterThanOrEqual(0);
    expect(await page.locator('#corrections').evaluate((e) => e.getBoundingClientRect().top)).toBeLessThan(450);
    // The masthead's in-page link to the methods.
    const methods = page.locator('.masthead nav a[href$="#methods"]');
    await methods.click();
    await page.waitForURL(`${PUBLIC}#methods`);
    // A request the browser drops because the reader navigated on (the icon of a page just left) is not a failure.
    expect(failed.filter((f) => !f.startsWith('net::ERR_ABORTED '))).toEqual([]);
  });

  it('answers an unknown address under the path with the 404 page, whose links and fonts work', async () => {
    const { page, failed } = await readerTab();
    const response = await page.goto(`${PUBLIC}no-such-page/`, { waitUntil: 'networkidle' });
    expect(response!.status()).toBe(404);
    expect(failed.filter((f) => !f.endsWith('/no-such-page/'))).toEqual([]);
    await page.locator('a[href]', { hasText: /story/i }).first().click();
    await page.waitForURL(PUBLIC);
    expect(failed.filter((f) => !f.endsWith('/no-such-page/'))).toEqual([]);
  });

  it('a host page on another origin embeds charts from the public address, and each iframe sizes itself', async () => {
    const snippets = ['unit-34-million', 'who-pays'].flatMap((id) => ['', 'vi/'].map((prefix) => JSON.parse(read(`${prefix}charts/${id}.oembed.json`)).html as string));
    host.setPage('/article', `<!doctype html><html><body style="margin:0"><div style="width:640px">${snippets.map((s) => `<p>Article text.</p>${s}`).join('')}</div></body></html>`);
    const { context, failed, foreign } = await publicContext({ width: 700 });
    const page = await context.newPage();
    await page.goto(`${host.origin}/article`, { waitUntil: 'load' });
    const frames = await page.locator('iframe').all();
    expect(frames).toHaveLength(4);
    for (const el of frames) {
      await el.scrollIntoViewIfNeeded();
      const frame = (await (await el.elementHandle())!.contentFrame())!;
      await frame.waitForLoadState('load');
      expect(frame.url().startsWith(PUBLIC)).toBe(true);
      await expect.poll(async () => Math.abs((await el.boundingBox())!.height - (await frame.evaluate(() => document.documentElement.getBoundingClientRect().height))), { timeout: 5000 }).toBeLessThanOrEqual(4);
    }
    expect(failed).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('shows the story in its own typeface (screenshot: test-results/subpath-story.png)', async () => {
    // Straight from the local server, without the test's request routing (which turns off the HTTP cache).
    const context = await (await getBrowser()).newContext({ viewport: { width: 1280, height: 900 } });
    const failed: string[] = [];
    context.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
    const page: Page = await context.newPage();
    await page.goto(local + BASE, { waitUntil: 'networkidle' });
    await page.evaluate(() => document.fonts.ready);
    // font-display: optional keeps a font that arrives late out of the first paint; reload with it cached, as a returning reader sees it.
    await page.reload({ waitUntil: 'networkidle' });
    const cdp = await context.newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'h1' });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    expect(fonts.map((f) => f.familyName).join(', ')).toMatch(/Be Vietnam Pro/);
    await page.screenshot({ path: 'test-results/subpath-story.png' });
    expect(failed).toEqual([]);
    await context.close();
  });
});
