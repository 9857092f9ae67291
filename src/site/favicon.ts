import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { svgToPng } from '../downloads/png.ts';

let png: Uint8Array | undefined;

/**
 * The tab icon: public/favicon.svg drawn as a 32 px PNG at build time. A small PNG is decoded off the
 * page's main thread; an SVG icon is a whole SVG document the browser builds on it as the page loads.
 */
export function faviconPng(): Uint8Array {
  png ??= svgToPng(readFileSync(join(process.cwd(), 'public/favicon.svg'), 'utf8'), 1);
  return png;
}

/**
 * The same PNG as a data: address (about 1 KB), written into every page's head: a linked icon is one
 * more request on the way to the first paint, and on HTTP/1.1 it can queue a font behind it (the
 * page's CSP allows data: images).
 */
export function faviconDataUri(): string {
  return `data:image/png;base64,${Buffer.from(faviconPng()).toString('base64')}`;
}
