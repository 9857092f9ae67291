import type { APIRoute } from 'astro';
import { sitemapXml } from '../site/sitemap.ts';

/** The sitemap: story and gallery in both editions, with hreflang. */
export const GET: APIRoute = ({ site }) => new Response(sitemapXml(site!), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
