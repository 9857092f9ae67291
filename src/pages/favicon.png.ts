import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { svgToPng } from '../downloads/png.ts';

/**
 * The tab icon as a 32 px PNG, drawn at build time from public/favicon.svg. Pages link this one: an
 * SVG icon is a whole SVG document that the browser builds on the page's main thread as it loads,
 * a small PNG is decoded off it.
 */
export const GET: APIRoute = () => {
  const svg = readFileSync(join(process.cwd(), 'public/favicon.svg'), 'utf8');
  return new Response(svgToPng(svg, 1) as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
