// Screenshots of pages at phone and desktop widths, with JavaScript on and off: node scripts/screenshots.ts /path [/path...]
import { mkdirSync } from 'node:fs';
import { serveDist } from './serve.ts';
import { launchChromium } from '../tests/browser/chromium.ts';

const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/'];
const out = 'test-results/screens';
mkdirSync(out, { recursive: true });
const { server, origin } = await serveDist('dist');
const browser = await launchChromium();
for (const path of paths) {
  for (const width of [390, 1280]) {
    for (const js of [true, false]) {
      const page = await browser.newPage({ viewport: { width, height: width < 500 ? 844 : 800 }, javaScriptEnabled: js });
      await page.goto(origin + path, { waitUntil: 'networkidle' });
      const stem = `${out}/${path.replace(/[^a-z0-9]+/gi, '_') || 'root'}-${width}-${js ? 'js' : 'nojs'}`;
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      const chunk = width < 500 ? 1700 : 1400;
      // Full pages in readable slices; a tall page shrinks too much as one image.
      for (let y = 0, i = 0; y < height && i < 40; y += chunk, i++) {
        const name = `${stem}-${String(i).padStart(2, '0')}.png`;
        await page.screenshot({ path: name, fullPage: true, clip: { x: 0, y, width, height: Math.min(chunk, height - y) } });
        console.log(name);
      }
      await page.close();
    }
  }
}
await browser.close();
server.close();
