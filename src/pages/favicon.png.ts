import type { APIRoute } from 'astro';
import { faviconPng } from '../site/favicon.ts';

/** The tab icon as a file too, for anything that asks for it by address (pages carry it inline). */
export const GET: APIRoute = () => new Response(faviconPng() as BodyInit, { headers: { 'Content-Type': 'image/png' } });
