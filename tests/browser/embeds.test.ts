import { readFileSync } from 'node:fs';
import type { ElementHandle, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, inject, it, type ExpectStatic } from 'vitest';
import { CHARTS } from '../../src/charts/registry.ts';
import { sceneOfChart } from '../../src/story/scenes.ts';
import { closeBrowser, sharedTab } from './session.ts';
import { hostServer } from './host-server.ts';
import { wcagViolations } from './wcag.ts';

const origin = inject('origin');
const ids = CHARTS.map((c) => c.id);
let host: Awaited<ReturnType<typeof hostServer>>;
let other: Awaited<ReturnType<typeof hostServer>>;
/**
 * The tests here run one after another, each in one of three tabs (a tab costs a renderer process, and
 * a page load in an open tab a fraction of that): host pages on another origin, each opened at its
 * own width; the embed pages without JavaScript; the embed pages pinned dark, with reduced motion.
 */
let hostTab: ReturnType<typeof sharedTab>;
const plainTab = sharedTab(origin, { width: 640, height: 400, js: false });
const darkTab = sharedTab(origin, { width: 640, reducedMotion: true });

/** The snippet journalists copy, pointed at the test server instead of the build's SITE_URL. */
function snippet(id: string, locale = 'en', hash = ''): string {
  const oembed = JSON.parse(readFileSync(`dist/${locale === 'en' ? '' : 'vi/'}charts/${id}.oembed.json`, 'utf8'));
  const site = new URL(oembed.provider_url).origin;
  return (oembed.html as string).replaceAll(site, origin).replace(/(\/embed\/[a-z0-9-]+\/(?:\?theme=[a-z]+)?)"/, `$1${hash}"`);
}

/** The height of a chart iframe on the host page and of the document inside it. */
async function measure(el: ElementHandle) {
  const frame = (await el.contentFrame())!;
  const [src, box, content] = await Promise.all([el.getAttribute('src'), el.boundingBox(), frame.evaluate(() => document.documentElement.getBoundingClientRect().height)]);
  return { id: src!.split('/embed/')[1].replace(/\/.*/, ''), frame: box!.height, content };
}

/** Heights of every chart iframe on the host page and of the document inside it, all frames measured at once. */
const heights = async (page: Page) => Promise.all((await page.$$('iframe[src*="/embed/"]')).map(measure));

/**
 * Scrolls to each chart iframe in turn, as a reader would, and waits until it has loaded its chart
 * and taken its content's height: a lazy frame loads, and a frame off screen renders (so reports a
 * new height), only near the viewport.
 */
async function scrollThroughFrames(page: Page, expect: ExpectStatic) {
  for (const el of await page.$$('iframe[src*="/embed/"]')) {
    await el.scrollIntoViewIfNeeded();
    const frame = (await el.contentFrame())!;
    await frame.waitForLoadState('load');
    await frame.locator('svg').first().waitFor({ state: 'attached' });
    await expect.poll(async () => { const h = await measure(el); return Math.abs(h.frame - h.content); }, { timeout: 15_000, message: (await measure(el)).id }).toBeLessThanOrEqual(4);
  }
}

/** Frames whose iframe is more than 4 px off the height of their content, as "id: frame/content". */
const offBy4 = (hs: Awaited<ReturnType<typeof heights>>) => hs.filter((h) => Math.abs(h.frame - h.content) > 4).map((h) => `${h.id}: ${h.frame}/${h.content}`);

/** Messages the host page received, recorded by a listener the test page installs before any embed. */
const RECORDER = `<script>window.got=[];addEventListener('message',e=>got.push(e.data))</script>`;
const received = (page: Page) => page.evaluate(() => (window as unknown as { got: unknown[] }).got);

beforeAll(async () => {
  host = await hostServer();
  other = await hostServer();
  other.setPage('/spoof', `<!doctype html><script>parent.postMessage({ type: 'embed-height', height: 77 }, '*');</script>`);
  hostTab = sharedTab(host.origin, { allow: [origin] });
});
afterAll(async () => {
  for (const tab of [hostTab, plainTab, darkTab]) await tab?.close();
  await closeBrowser();
  await host.close();
  await other.close();
});

describe.each([320, 640, 1000])('every chart embedded in an article %i px wide, on another origin', (width) => {
  it('gets an iframe within 4 px of its content, with nothing cut off and no errors', async ({ expect }) => {
    host.setPage(`/article-${width}`, `<!doctype html><html><body style="margin:0"><div style="width:${width}px">${ids.map((id) => `<p>Article text.</p>${snippet(id)}`).join('')}</div></body></html>`);
    const { page, problems } = await hostTab.open(`/article-${width}`, { width: width + 40, height: width + 40 < 700 ? 844 : 900 });
    await scrollThroughFrames(page, expect);
    const now = await heights(page);
    expect(now.map((h) => h.id)).toEqual(ids);
    // Every frame ends within 4 px of its content. A frame scrolled past may still be settling (its web
    // font arriving): the browser lays out an off-screen cross-origin frame only when it comes back into
    // view, as it will for a reader, so look at any that are off once more.
    await expect.poll(async () => {
      const off = (await heights(page)).filter((h) => Math.abs(h.frame - h.content) > 4);
      for (const h of off) await page.locator(`iframe[src*="/embed/${h.id}/"]`).scrollIntoViewIfNeeded();
      return off.map((h) => `${h.id}: ${Math.round(h.frame - h.content)} px`);
    }).toEqual([]);
    expect(problems.console).toEqual([]);
    expect(problems.failed).toEqual([]);
  });
});

describe('embed.js on a page it does not control', () => {
  it('ignores messages from other origins, from other frames, and with bad heights', async ({ expect }) => {
    host.setPage(
      '/hostile',
      `<!doctype html><html><body style="margin:0">${RECORDER}<div style="width:640px">${snippet('unit-34-million')}${snippet('who-pays')}</div>` +
        `<iframe src="${other.origin}/spoof" title="not ours" style="height:30px"></iframe></body></html>`,
    );
    const { page } = await hostTab.open('/hostile', { width: 700, height: 900 });
    await scrollThroughFrames(page, expect);
    const before = await heights(page);
    // From the host page itself (another origin), and from a third origin's frame (loaded above).
    await page.evaluate(() => window.postMessage({ type: 'embed-height', height: 40 }, '*'));
    // From our own origin: the first chart's frame sends bad heights and junk, then a real height of its own.
    const [first] = await page.locator('iframe[src*="/embed/"]').all();
    const frame = (await (await first.elementHandle())!.contentFrame())!;
    await frame.evaluate(() => {
      for (const m of [{ type: 'embed-height', height: -5 }, { type: 'embed-height', height: 1e9 }, { type: 'embed-height', height: '300' }, { type: 'embed-height', height: NaN }, 'embed-height', null, 42, { height: 300 }, { type: 'test-done' }]) parent.postMessage(m, '*');
    });
    // Messages from one source arrive in order, and each is handled by every listener in one task:
    // once the recorder has the third origin's, the host's and the frame's last, embed.js has seen them all.
    const heard = (got: unknown[], m: object) => got.some((g) => g !== null && typeof g === 'object' && Object.entries(m).every(([k, v]) => (g as Record<string, unknown>)[k] === v));
    await expect.poll(async () => {
      const got = await received(page);
      return heard(got, { height: 77 }) && heard(got, { height: 40 }) && heard(got, { type: 'test-done' });
    }).toBe(true);
    const after = await heights(page);
    expect(after.map((h) => Math.round(h.frame))).toEqual(before.map((h) => Math.round(h.frame)));
    expect(await page.locator('iframe[title="not ours"]').evaluate((el) => (el as HTMLIFrameElement).style.height)).toBe('30px');
    // A real message resizes only the frame that sent it.
    await frame.evaluate(() => parent.postMessage({ type: 'embed-height', height: 123 }, '*'));
    await expect.poll(async () => Math.round((await first.boundingBox())!.height)).toBe(123);
    expect(Math.round((await heights(page))[1].frame)).toBe(Math.round(before[1].frame));
  });

  it('the embed page obeys no command from its host: messages cannot navigate or change it', async ({ expect }) => {
    host.setPage('/commands', `<!doctype html><html><body>${snippet('unit-34-million')}</body></html>`);
    const { page, problems } = await hostTab.open('/commands', { width: 700, height: 900 });
    await scrollThroughFrames(page, expect);
    const frameEl = page.locator('iframe[src*="/embed/"]');
    const frame = (await (await frameEl.elementHandle())!.contentFrame())!;
    const before = { url: frame.url(), html: await frame.evaluate(() => document.body.innerHTML.length) };
    // A recorder in the embed page tells when it has received every command (see the test above).
    await frame.evaluate(() => {
      (window as unknown as { got: unknown[] }).got = [];
      addEventListener('message', (e) => (window as unknown as { got: unknown[] }).got.push(e.data));
    });
    await page.evaluate(() => {
      const w = document.querySelector('iframe')!.contentWindow!;
      for (const m of [{ type: 'navigate', url: 'https://example.com' }, { message: 'link', value: 'https://example.com' }, { type: 'embed-height', height: 10 }, 'location=https://example.com', { type: 'test-done' }]) w.postMessage(m, '*');
    });
    await expect.poll(() => frame.evaluate(() => (window as unknown as { got: { type?: string }[] }).got.some((m) => m?.type === 'test-done'))).toBe(true);
    expect(frame.url()).toBe(before.url);
    expect(await frame.evaluate(() => document.body.innerHTML.length)).toBe(before.html);
    await expect.poll(async () => offBy4(await heights(page))).toEqual([]);
    expect(problems.foreign).toEqual([]); // no attempt to load example.com
  });

  it('sizes a chart whose frame loaded and reported before embed.js was listening', async ({ expect }) => {
    // The snippet's script is async: on a slow host page it can run after the chart has sent its height.
    // Here it is added only once the frame has loaded and sent it, unheard.
    const [frameTag, scriptTag] = snippet('who-pays').replace(' loading="lazy"', '').split(/(?=<script)/);
    const src = /src="([^"]+)"/.exec(scriptTag)![1];
    host.setPage('/late', `<!doctype html><html><body style="margin:0">${RECORDER}<div style="width:500px">${frameTag}</div></body></html>`);
    const { page } = await hostTab.open('/late', { width: 600, height: 844 });
    await expect.poll(async () => (await received(page)).some((m) => (m as { type?: string })?.type === 'embed-height')).toBe(true);
    const [early] = await heights(page);
    expect(Math.abs(early.frame - early.content)).toBeGreaterThan(4); // the snippet's default height, not the chart's
    await page.evaluate((s) => document.body.append(Object.assign(document.createElement('script'), { src: s })), src);
    await expect.poll(async () => offBy4(await heights(page))).toEqual([]);
  });

  it('sizes a chart that was hidden in a closed tab when the tab opens', async ({ expect }) => {
    host.setPage('/tabs', `<!doctype html><html><body style="margin:0"><button id="open">Open</button><div id="tab" hidden style="width:500px">${snippet('barrier-matrix')}</div><script>document.getElementById('open').onclick=()=>{document.getElementById('tab').hidden=false}</script></body></html>`);
    const { page } = await hostTab.open('/tabs', { width: 600, height: 844 });
    await page.click('#open');
    await scrollThroughFrames(page, expect);
    expect(await heights(page)).toHaveLength(1);
  });

  it('works with two embeds in Vietnamese and English side by side, each on its own', async ({ expect }) => {
    host.setPage('/two', `<!doctype html><html><body style="margin:0"><div style="width:400px">${snippet('pension-months', 'vi')}${snippet('pension-months')}</div></body></html>`);
    const { page } = await hostTab.open('/two', { width: 500, height: 844 });
    await scrollThroughFrames(page, expect);
    const both = await heights(page);
    expect(both).toHaveLength(2);
    for (const h of both) expect(Math.abs(h.frame - h.content)).toBeLessThanOrEqual(4);
  });
});

describe('WordPress', () => {
  it('gets the height through its own message when the iframe URL carries #?secret=', async ({ expect }) => {
    host.setPage(
      '/wp',
      `<!doctype html><html><body><script>window.got=[];addEventListener('message',e=>got.push(e.data))</script>` +
        snippet('abroad-units', 'en', '#?secret=abc123').replace(/<script[^>]*><\/script>/, '').replace('<iframe ', '<iframe sandbox="allow-scripts" ') +
        `</body></html>`,
    );
    const { page } = await hostTab.open('/wp', { width: 700, height: 900 });
    await expect.poll(() => page.evaluate(() => (window as unknown as { got: { secret?: string }[] }).got.find((m) => m && m.secret === 'abc123'))).toMatchObject({ secret: 'abc123', message: 'height' });
    const msg = await page.evaluate(() => (window as unknown as { got: { secret?: string; value: number }[] }).got.find((m) => m && m.secret === 'abc123')!);
    expect(msg.value).toBeGreaterThan(100);
    expect(msg.value).toBeLessThanOrEqual(1000);
  });
});

describe.each(['en', 'vi'])('embed pages in %s', (locale) => {
  const prefix = locale === 'en' ? '' : '/vi';
  // One tab goes from chart to chart, as a reader's would.
  it('every chart shows without JavaScript, has no site furniture, is noindex, and fits the snippet’s default height', async ({ expect }) => {
    const { page, problems, settled } = await plainTab.open(`${prefix}/embed/${ids[0]}/`, { width: 640, height: 400 });
    for (const id of ids) {
      await settled(); // nothing of the last chart still loading, to be cut off by the next
      await page.setViewportSize({ width: 640, height: 400 });
      await page.goto(`${origin}${prefix}/embed/${id}/`, { waitUntil: 'load' });
      // The snippet's height is the page's at 640 px (scripts change nothing in its layout), rounded up so
      // nothing is cut off on a host page that drops embed.js; an estimate from text length, rarely a line over.
      const oembed = JSON.parse(readFileSync(`dist${prefix}/charts/${id}.oembed.json`, 'utf8'));
      const actual = await page.evaluate(() => document.documentElement.getBoundingClientRect().height);
      expect(oembed.height, id).toBeGreaterThanOrEqual(Math.ceil(actual));
      expect(oembed.height - actual, id).toBeLessThanOrEqual(40);
      expect(await page.locator('svg:visible').count(), id).toBe(1);
      expect(await page.locator('svg:visible rect, svg:visible circle, svg:visible path').count(), id).toBeGreaterThan(0);
      expect(await page.locator('.masthead, .site-footer, nav').count(), id).toBe(0);
      expect(await page.locator('meta[name="robots"]').getAttribute('content'), id).toBe('noindex');
      expect(await page.locator('link[rel="canonical"]').count(), id).toBe(0);
      expect(await page.locator('link[type="application/json+oembed"]').getAttribute('href'), id).toMatch(new RegExp(`/charts/${id}\\.oembed\\.json$`));
      expect(await page.locator('.fig-story a').getAttribute('href'), id).toMatch(new RegExp(`#${sceneOfChart(id)!.id}$`));
      // A chart whose narrow layout draws less has a note of its own there: each width shows the note for what it draws.
      if (await page.locator('.note-narrow').count()) {
        expect([await page.locator('.note-wide').isVisible(), await page.locator('.note-narrow').isVisible()], id).toEqual([true, false]);
        await page.setViewportSize({ width: 390, height: 400 });
        expect([await page.locator('.note-wide').isVisible(), await page.locator('.note-narrow').isVisible()], id).toEqual([false, true]);
        expect(await page.locator('svg[data-layout="288"]').isVisible(), id).toBe(true);
      }
    }
    // The browser asks for a page's icon after it loads, and going on to the next chart cuts that off;
    // every page's own requests, its icon's included, are checked in every-page.test.ts.
    expect(problems.failed.filter((u) => !u.endsWith('/favicon.png'))).toEqual([]);
  });

  it('no chart has a WCAG 2.2 AA violation, pinned dark or light', async ({ expect }) => {
    // Reduced motion: colours change at once when the theme does, with no transition to catch midway.
    const { page } = await darkTab.open(`${prefix}/embed/${ids[0]}/?theme=dark`);
    for (const [i, id] of ids.entries()) {
      if (i > 0) await page.goto(`${origin}${prefix}/embed/${id}/?theme=dark`, { waitUntil: 'load' });
      expect(await page.locator('html').getAttribute('data-theme'), id).toBe('dark');
      // Pinned dark is the same markup and layout in other colours: its colour rules are what can differ.
      expect((await wcagViolations(page, { coloursOnly: true })).map((v) => `${id} dark ${v}`)).toEqual([]);
      // The same page pinned light, as ?theme=light pins it (the attribute the page's script sets): every rule.
      await page.locator('html').evaluate((el) => el.setAttribute('data-theme', 'light'));
      expect((await wcagViolations(page)).map((v) => `${id} light ${v}`)).toEqual([]);
    }
  });
});

// The galleries' own checks (WCAG on a phone, the snippets without JavaScript) are in gallery.test.ts.
