import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The one public address of the site, and every URL built from it. The address may carry a path
 * (https://news.example.org/interactive/migrants/): pages, files and links then live under that path.
 *
 * Where it comes from, first match wins:
 *   1. $SITE_URL;
 *   2. $LOCAL_PREVIEW=1 (set by npm start, npm run dev, npm test, npm run bench): http://localhost:4321/;
 *   3. "url" in site.config.json at the project root (committed; the newsroom sets it once);
 *   4. nothing: http://localhost:4321/ for previews, while a publishing build stops (src/integrations/publishing.ts).
 */

/** The address local previews are built for (astro preview and astro dev serve on this port). */
export const LOCAL_URL = 'http://localhost:4321/';

/** The committed file that holds the public address. */
export const CONFIG_FILE = 'site.config.json';

export interface Address {
  /** The address, always ending in "/". */
  url: URL;
  /** Where it came from. */
  source: 'SITE_URL' | 'LOCAL_PREVIEW' | typeof CONFIG_FILE | 'none';
  /** Set when the given address cannot be used: one line saying why. */
  problem?: string;
}

/** The "url" in site.config.json, or "" when the file or the value is missing. */
export function configuredUrl(root = process.cwd()): string {
  const file = join(root, CONFIG_FILE);
  if (!existsSync(file)) return '';
  const url = (JSON.parse(readFileSync(file, 'utf8')) as { url?: unknown }).url;
  return typeof url === 'string' ? url.trim() : '';
}

/** Reads an address as an http(s) URL ending in "/", without query or fragment; undefined when it is not one. */
export function normalize(text: string): URL | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

/** The address for these settings (see the order above). */
export function resolveAddress(env: Record<string, string | undefined> = process.env, configured = configuredUrl()): Address {
  const given: { text: string; source: Address['source'] } | undefined = env.SITE_URL?.trim() ? { text: env.SITE_URL.trim(), source: 'SITE_URL' } : env.LOCAL_PREVIEW ? undefined : configured ? { text: configured, source: CONFIG_FILE } : undefined;
  if (!given) return { url: new URL(LOCAL_URL), source: env.LOCAL_PREVIEW ? 'LOCAL_PREVIEW' : 'none' };
  const url = normalize(given.text);
  if (url) return { url, source: given.source };
  return { url: new URL(LOCAL_URL), source: given.source, problem: `${given.source === 'SITE_URL' ? 'SITE_URL' : `"url" in ${CONFIG_FILE}`} is "${given.text}", not an http:// or https:// address.` };
}

/** True for addresses only this machine can reach: localhost, loopback, unspecified and .local hosts. */
export function isLocal(url: URL): boolean {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local') || /^127\./.test(host) || host === '0.0.0.0' || host === '::1' || host === '::';
}

/** Why a publishing build cannot use this address (one line), or undefined when it can. */
export function publishingProblem(address: Address, env: Record<string, string | undefined> = process.env): string | undefined {
  const how = `set the public address in ${CONFIG_FILE} ("url": "https://news.example.org/interactive/migrants/") or SITE_URL, or build a local preview with npm run build:local.`;
  if (address.problem) return `${address.problem} Fix it: ${how}`;
  if (env.LOCAL_PREVIEW) return undefined;
  if (address.source === 'none') return `No public address to build for: ${how}`;
  if (isLocal(address.url)) return `The public address ${address.url.href} is a local one that readers cannot reach: ${how}`;
  return undefined;
}

/** The address this process builds or serves for. */
export const ADDRESS: Address = resolveAddress();

/** The public address, ending in "/", e.g. https://news.example.org/interactive/migrants/. */
export const SITE_URL: string = ADDRESS.url.href;

/** The path the site lives under, ending in "/": "/" or e.g. "/interactive/migrants/". */
export const BASE: string = ADDRESS.url.pathname;

/** A site path ("/charts/", "/fonts/x.woff2") as served under the base: "/interactive/migrants/charts/". */
export function href(path: string): string {
  return BASE + path.replace(/^\//, '');
}

/** A site path as a full public URL: https://news.example.org/interactive/migrants/charts/. */
export function absolute(path: string): string {
  return new URL(href(path), ADDRESS.url).href;
}
