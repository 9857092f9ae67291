// The maintainer's live preview: `astro dev` on a copy of data/, with the story open in Chromium.
// An edit shows on the open page by itself; a bad CSV shows the build's file:line message in the page
// and the terminal, and the server keeps running; fixing the file brings the page back.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataCopy } from './helpers.ts';
import { closeBrowser, getBrowser } from '../browser/session.ts';

let data: string;
let dev: ChildProcess;
let log = '';
let origin: string;
let context: BrowserContext;
let page: Page;

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

/**
 * Rewrites the insured count of the home group in the copy's coverage.csv (line 2), saved as many editors
 * save: the file emptied, then written.
 */
function setInsured(value: string) {
  const file = join(data, 'coverage.csv');
  const text = readFileSync(file, 'utf8').replace(/^(home,(?:[^,]*,){3})[^,]*,/m, `$1${value},`);
  writeFileSync(file, '');
  writeFileSync(file, text);
}
const mainText = () => page.locator('body').innerText({ timeout: 2000 }).catch(() => '');

beforeAll(async () => {
  data = dataCopy(() => {});
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  dev = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    // Without Vitest's own settings (NODE_ENV=test, VITEST…): under them Astro's dev server serves no pages.
    env: { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST|NODE_ENV$|TEST$)/.test(k))), DATA_DIR: data, LOCAL_PREVIEW: '1', ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  dev.stdout!.on('data', (b) => (log += b));
  dev.stderr!.on('data', (b) => (log += b));
  // Started when the story answers (the first request also compiles it); waits on the server, not a timer.
  for (let tries = 0; (await fetch(origin + '/').then((r) => r.status, () => 0)) !== 200; tries++) {
    if (tries > 180 || dev.exitCode !== null) throw new Error(`astro dev did not start:\n${log}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  context = await (await getBrowser()).newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  await page.goto(origin + '/', { waitUntil: 'load' });
});
afterAll(async () => {
  await context?.close();
  await closeBrowser();
  dev?.kill();
  if (data) rmSync(data, { recursive: true, force: true });
});

describe('npm run dev with the story open', () => {
  it('shows an edited figure on the open page without a manual reload', async () => {
    expect(await mainText()).toContain('270,000');
    setInsured('300000');
    const started = Date.now();
    await expect.poll(mainText, { timeout: 15_000, interval: 200 }).toContain('300,000');
    expect(await mainText()).not.toContain('270,000');
    // About two seconds on an idle machine; the bound is loose for a busy one.
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('shows a bad cell as the build does, file:line and column, in the page and the terminal, and keeps running', async () => {
    log = '';
    setInsured('30O000');
    await expect.poll(mainText, { timeout: 15_000, interval: 200 }).toMatch(/coverage\.csv:2 column "buyers": "30O000" is not a whole number/);
    expect(await mainText()).not.toContain('300,000');
    const response = await page.request.get(origin + '/vi/', { headers: { accept: 'text/html' } });
    expect(response.status()).toBe(500);
    await expect.poll(() => log).toMatch(/coverage\.csv:2 column "buyers": "30O000"/);
    expect(dev.exitCode).toBeNull();
  });

  it('brings the page back when the file is fixed', async () => {
    setInsured('310000');
    await expect.poll(mainText, { timeout: 15_000, interval: 200 }).toContain('310,000');
    expect(await mainText()).not.toMatch(/cannot be built/);
    expect(dev.exitCode).toBeNull();
  });
});
