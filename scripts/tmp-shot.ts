import { serveDist } from './serve.ts';
import { launchChromium } from '../tests/browser/chromium.ts';
const { server, origin } = await serveDist('dist');
const b = await launchChromium();
for (const [w, h] of [[390, 844], [1280, 800]]) {
  const ctx = await b.newContext({ viewport: { width: w, height: h } }); const p = await ctx.newPage();
  await p.goto(origin + '/');
  for (const sel of ['#home .step:nth-child(2)', '#barriers .step:nth-child(3)', '#support .step:nth-child(2)']) {
    await p.locator(sel).evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - window.innerHeight * 0.5));
    await p.waitForTimeout(700);
    await p.screenshot({ path: `test-results/v-${w}-${sel.replace(/[^a-z0-9]/g, '')}.png` });
  }
  await ctx.close();
}
await b.close(); server.close();
