import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CHARTS } from '../../src/charts/registry.ts';
import { closeBrowser, openPage } from './session.ts';
import { hostServer } from './host-server.ts';
import { WCAG } from './wcag.ts';

const origin = inject('origin');
const ids = CHARTS.map((c) => c.id);
let host: Awaited<ReturnType<typeof hostServer>>;
let other: Awaited<ReturnType<typeof hostServer>>;

/** The snippet journalists copy, pointed at the test server instead of the build's SITE_URL. */
function snippet(id: string, locale = 'en', hash = ''): string {
  const oembed = JSON.parse(readFileSync(`dist/${locale === 'en' ? '' : 'vi/'}charts/${id}.oembed.json`, 'utf8'));
  const site = new URL(oembed.provider_url).origin;
  return (oembed.html as string).replaceAll(site, origin).replace(/(\/embed\/[a-z0-9-]+\/)"/, `$1${hash}"`);
}

/** Heights of every chart iframe on the host page and of the document inside it. */
async function heights(page: Page) {
  const out: { id: string; frame: number; content: number }[] = [];
  for (const el of await page.locator('iframe[src*="/embed/"]').all()) {
    await el.scrollIntoViewIfNeeded();
    const frame = await (await el.elementHandle())!.contentFrame();
    await frame!.waitForLoadState('load');
    await frame!.locator('svg').first().waitFor({ state: 'attached' });
    const id = (await el.getAttribute('src'))!.split('/embed/')[1].replace(/\/.*/, '');
    out.push({ id, frame: (await el.boundingBox())!.height, content: await frame!.evaluate(() => document.documentElement.getBoundingClientRect().height) });
  }
  return out;
}

beforeAll(async () => {
  host = await hostServer();
  other = await hostServer();
  other.setPage('/spoof', `<!doctype html><script>parent.postMessage({ type: 'embed-height', height: 77 }, '*');</script>`);
});
afterAll(async () => {
  await closeBrowser();
  await host.close();
  await other.close();
});

describe.each([320, 640, 1000])('every chart embedded in an article %i px wide, on another origin', (width) => {
  it('gets an iframe within 4 px of its content, with nothing cut off and no errors', async () => {
    host.setPage(`/article-${width}`, `<!doctype html><html><body style="margin:0"><div style="width:${width}px">${ids.map((id) => `<p>Article text.</p>${snippet(id)}`).join('')}</div></body></html>`);
    const { page, context, problems } = await openPage(host.origin, `/article-${width}`, { width: width + 40, allow: [origin] });
    for (const h of await heights(page)) {
      await expect.poll(async () => (await heights(page)).find((x) => x.id === h.id)!.frame - h.content, { timeout: 5000, message: h.id }).toBeLessThanOrEqual(4);
      const now = (await heights(page)).find((x) => x.id === h.id)!;
      expect(Math.abs(now.frame - now.content), h.id).toBeLessThanOrEqual(4);
    }
    expect(problems.console).toEqual([]);
    expect(problems.failed).toEqual([]);
    await context.close();
  });
});

describe('embed.js on a page it does not control', () => {
  it('ignores messages from other origins, from other frames, and with bad heights', async () => {
    host.setPage(
      '/hostile',
      `<!doctype html><html><body style="margin:0"><div style="width:640px">${snippet('one-in-n')}${snippet('who-pays')}</div>` +
        `<iframe src="${other.origin}/spoof" title="not ours" style="height:30px"></iframe></body></html>`,
    );
    const { page, context } = await openPage(host.origin, '/hostile', { width: 700, allow: [origin, other.origin] });
    const before = await heights(page);
    // From the host page itself (another origin), and from a third origin's frame (loaded above).
    await page.evaluate(() => window.postMessage({ type: 'embed-height', height: 40 }, '*'));
    // From our own origin: the first chart's frame sends bad heights and junk, then a real height of its own.
    const [first] = await page.locator('iframe[src*="/embed/"]').all();
    const frame = (await (await first.elementHandle())!.contentFrame())!;
    await frame.evaluate(() => {
      for (const m of [{ type: 'embed-height', height: -5 }, { type: 'embed-height', height: 1e9 }, { type: 'embed-height', height: '300' }, { type: 'embed-height', height: NaN }, 'embed-height', null, 42, { height: 300 }]) parent.postMessage(m, '*');
    });
    await page.waitForTimeout(300);
    const after = await heights(page);
    expect(after.map((h) => Math.round(h.frame))).toEqual(before.map((h) => Math.round(h.frame)));
    // A real message resizes only the frame that sent it.
    await frame.evaluate(() => parent.postMessage({ type: 'embed-height', height: 123 }, '*'));
    await expect.poll(async () => Math.round((await first.boundingBox())!.height)).toBe(123);
    expect(Math.round((await heights(page))[1].frame)).toBe(Math.round(before[1].frame));
    await context.close();
  });

  it('the embed page obeys no command from its host: messages cannot navigate or change it', async () => {
    host.setPage('/commands', `<!doctype html><html><body>${snippet('one-in-n')}</body></html>`);
    const { page, context } = await openPage(host.origin, '/commands', { width: 700, allow: [origin] });
    const [h] = await heights(page);
    const frameEl = page.locator('iframe[src*="/embed/"]');
    const frame = (await (await frameEl.elementHandle())!.contentFrame())!;
    const before = { url: frame.url(), html: await frame.evaluate(() => document.body.innerHTML.length) };
    await page.evaluate(() => {
      const w = document.querySelector('iframe')!.contentWindow!;
      for (const m of [{ type: 'navigate', url: 'https://example.com' }, { message: 'link', value: 'https://example.com' }, { type: 'embed-height', height: 10 }, 'location=https://example.com']) w.postMessage(m, '*');
    });
    await page.waitForTimeout(300);
    expect(frame.url()).toBe(before.url);
    expect(await frame.evaluate(() => document.body.innerHTML.length)).toBe(before.html);
    expect(Math.abs((await heights(page))[0].frame - h.content)).toBeLessThanOrEqual(4);
    await context.close();
  });

  it('sizes a chart that was hidden in a closed tab when the tab opens', async () => {
    host.setPage('/tabs', `<!doctype html><html><body style="margin:0"><button id="open">Open</button><div id="tab" hidden style="width:500px">${snippet('barrier-matrix')}</div><script>document.getElementById('open').onclick=()=>{document.getElementById('tab').hidden=false}</script></body></html>`);
    const { page, context } = await openPage(host.origin, '/tabs', { width: 600, allow: [origin] });
    await page.click('#open');
    const [h] = await heights(page);
    await expect.poll(async () => Math.abs((await heights(page))[0].frame - h.content)).toBeLessThanOrEqual(4);
    await context.close();
  });

  it('works with two embeds in Vietnamese and English side by side, each on its own', async () => {
    host.setPage('/two', `<!doctype html><html><body style="margin:0"><div style="width:400px">${snippet('pension-months', 'vi')}${snippet('pension-months')}</div></body></html>`);
    const { page, context } = await openPage(host.origin, '/two', { width: 500, allow: [origin] });
    for (const h of await heights(page)) expect(Math.abs(h.frame - h.content)).toBeLessThanOrEqual(4);
    await context.close();
  });
});

describe('WordPress', () => {
  it('gets the height through its own message when the iframe URL carries #?secret=', async () => {
    host.setPage(
      '/wp',
      `<!doctype html><html><body><script>window.got=[];addEventListener('message',e=>got.push(e.data))</script>` +
        snippet('coverage-compare', 'en', '#?secret=abc123').replace(/<script[^>]*><\/script>/, '').replace('<iframe ', '<iframe sandbox="allow-scripts" ') +
        `</body></html>`,
    );
    const { page, context } = await openPage(host.origin, '/wp', { width: 700, allow: [origin] });
    await expect.poll(() => page.evaluate(() => (window as unknown as { got: { secret?: string }[] }).got.find((m) => m && m.secret === 'abc123'))).toMatchObject({ secret: 'abc123', message: 'height' });
    const msg = await page.evaluate(() => (window as unknown as { got: { secret?: string; value: number }[] }).got.find((m) => m && m.secret === 'abc123')!);
    expect(msg.value).toBeGreaterThan(100);
    expect(msg.value).toBeLessThanOrEqual(1000);
    await context.close();
  });
});

describe.each(['en', 'vi'])('embed pages in %s', (locale) => {
  const prefix = locale === 'en' ? '' : '/vi';
  it.each(ids)('%s shows its chart without JavaScript, has no site furniture, and is noindex', async (id) => {
    const { page, context, problems } = await openPage(origin, `${prefix}/embed/${id}/`, { width: 640, js: false });
    expect(await page.locator('svg:visible').count()).toBe(1);
    expect(await page.locator('svg:visible rect, svg:visible circle, svg:visible path').count()).toBeGreaterThan(0);
    expect(await page.locator('.masthead, .site-footer, nav').count()).toBe(0);
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
    expect(await page.locator('link[rel="canonical"]').count()).toBe(0);
    expect(await page.locator('link[type="application/json+oembed"]').getAttribute('href')).toMatch(new RegExp(`/charts/${id}\\.oembed\\.json$`));
    expect(await page.locator('.fig-story a').getAttribute('href')).toMatch(new RegExp(`#fig-${id}$`));
    expect(problems.failed).toEqual([]);
    await context.close();
  });

  it.each(ids)('%s has no WCAG 2.2 AA violations, light or pinned dark', async (id) => {
    for (const theme of ['light', 'dark']) {
      const { page, context } = await openPage(origin, `${prefix}/embed/${id}/?theme=${theme}`, { width: 640 });
      expect(await page.locator('html').getAttribute('data-theme')).toBe(theme);
      const r = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      expect(r.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`))).toEqual([]);
      await context.close();
    }
  });
});

describe.each(['/charts/', '/vi/charts/'])('the gallery %s', (path) => {
  it('has no WCAG 2.2 AA violations, and every snippet can be selected without JavaScript', async () => {
    const { page, context } = await openPage(origin, path, { width: 390 });
    const r = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(r.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`))).toEqual([]);
    await context.close();
    const nojs = await openPage(origin, path, { width: 390, js: false });
    expect(await nojs.page.locator('textarea[readonly]').count()).toBe(ids.length);
    expect(await nojs.page.locator('button[data-copy]:visible').count()).toBe(0);
    await nojs.context.close();
  });
});

describe('the snippet default height', () => {
  it.each(['en', 'vi'])('in %s is the embed page height at 640 px, rounded up so nothing is cut off without the script', async (locale) => {
    const prefix = locale === 'en' ? '' : '/vi';
    for (const id of ids) {
      const oembed = JSON.parse(readFileSync(`dist${prefix}/charts/${id}.oembed.json`, 'utf8'));
      const { page, context } = await openPage(origin, `${prefix}/embed/${id}/`, { width: 640, height: 400 });
      const actual = await page.evaluate(() => document.documentElement.getBoundingClientRect().height);
      expect(oembed.height, id).toBeGreaterThanOrEqual(Math.ceil(actual));
      expect(oembed.height - actual, id).toBeLessThanOrEqual(40); // an estimate from text length: never short, rarely a line over
      await context.close();
    }
  });
});
