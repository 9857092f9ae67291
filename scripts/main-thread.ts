// Where a page's main-thread time goes on load, as Lighthouse's mobile preset sees it (CPU slowed 4×):
// a Chrome performance trace of parsing HTML, styles, layout, paint and script, summed by kind, with
// the long tasks (over 50 ms, the ones that count as blocking time).
// Usage: node scripts/main-thread.ts [path ...]   (serves dist/; default / /vi/ /embed/unit-34-million/)
// Each page is traced TRACE_RUNS times (default 3) and each figure is the median.
import { serveDist } from './serve.ts';
import { launchChromium } from '../tests/browser/chromium.ts';

const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/', '/vi/', '/embed/unit-34-million/'];
const KINDS: Record<string, string> = {
  ParseHTML: 'parse HTML', ParseAuthorStyleSheet: 'parse CSS', UpdateLayoutTree: 'style', RecalculateStyles: 'style',
  Layout: 'layout', PrePaint: 'paint', Paint: 'paint', Layerize: 'paint', EvaluateScript: 'script', 'v8.compile': 'script',
  FunctionCall: 'script', TimerFire: 'script', EventDispatch: 'script', FireAnimationFrame: 'script',
};

const { server, origin } = await serveDist('dist');
const browser = await launchChromium();
const RUNS = Number(process.env.TRACE_RUNS ?? 3);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** One traced load of a page: main-thread milliseconds by kind, the longest task, and time over 50 ms in long tasks. */
async function trace(path: string) {
  const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const events: { name: string; ph: string; dur?: number; tid: number; ts: number; cat: string }[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as typeof events)));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8', transferMode: 'ReportEvents' });
  await page.goto(origin + path, { waitUntil: 'load' });
  await page.evaluate(() => new Promise((r) => setTimeout(r, 1000)));
  await cdp.send('Tracing.end');
  await done;
  // The renderer's main thread: where the page's own work runs.
  const main = events.find((e) => e.name === 'thread_name' && (e as unknown as { args: { name: string } }).args.name === 'CrRendererMain')?.tid;
  const totals: Record<string, number> = {};
  let longest = 0;
  let blocking = 0;
  for (const e of events) {
    if (e.tid !== main || e.ph !== 'X' || !e.dur) continue;
    const kind = KINDS[e.name];
    if (kind) totals[kind] = (totals[kind] ?? 0) + e.dur / 1000;
    if (e.name === 'RunTask') {
      longest = Math.max(longest, e.dur / 1000);
      if (e.dur / 1000 > 50) blocking += e.dur / 1000 - 50;
    }
  }
  await page.close();
  return { totals, longest, blocking };
}

for (const path of paths) {
  const runs: Awaited<ReturnType<typeof trace>>[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await trace(path));
  const kinds = [...new Set(runs.flatMap((r) => Object.keys(r.totals)))];
  const row = kinds.map((k) => [k, median(runs.map((r) => r.totals[k] ?? 0))] as const).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v.toFixed(0)} ms`).join(', ');
  console.log(`${path}: ${row}; longest task ${median(runs.map((r) => r.longest)).toFixed(0)} ms; time over 50 ms in long tasks ${median(runs.map((r) => r.blocking)).toFixed(0)} ms (medians of ${RUNS}, CPU 4× slower)`);
}
await browser.close();
server.close();
