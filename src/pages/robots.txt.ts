import type { APIRoute } from 'astro';
import { absolute } from '../site/address.ts';
import { robotsTxt } from '../site/sitemap.ts';

/** robots.txt, pointing at the sitemap. */
export const GET: APIRoute = () => new Response(robotsTxt(absolute('/sitemap.xml')), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
