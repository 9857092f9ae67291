// npm run bench: builds the site, serves dist/ on loopback, and measures the story (en, vi), the
// gallery and an embed against bench/budgets.json: bytes by kind (raw, gzip, brotli), requests,
// Lighthouse (mobile preset, median of BENCH_RUNS runs, default 3, after one uncounted run to warm Chromium), and the build time. Prints the
// machine it ran on and a table; writes bench/results/latest.json and bench/results/latest.md.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serveDist } from './serve.ts';
import { brotli, firstScreenBrotli, pageWeight } from './page-weight.ts';

const budgets = JSON.parse(readFileSync('bench/budgets.json', 'utf8'));
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';

/** The machine, as one line: CPU model, cores, memory, OS, Chromium, and how busy it was at the start. */
function machine(): string {
  const cpus = os.cpus();
  const chromium = spawnSync(CHROME, ['--version'], { encoding: 'utf8' }).stdout?.trim() || 'Chromium (version unknown)';
  const load = os.loadavg()[0].toFixed(1);
  let distro = '';
  try {
    distro = /^PRETTY_NAME="?([^"\n]*)/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? '';
  } catch {
    /* not Linux, or no os-release: the kernel line is enough */
  }
  return `${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${os.availableParallelism()} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB memory, ${distro ? `${distro}, ` : ''}${os.type()} ${os.release()} ${os.arch()}, Node ${process.version}, ${chromium}; load average ${load} at the start; Lighthouse medians of ${RUNS} run${RUNS === 1 ? '' : 's'}, after one uncounted run`;
}
const MACHINE = machine();
console.log(`bench on: ${MACHINE}`);

const started = performance.now();
const built = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
if (built.status !== 0) process.exit(built.status ?? 1);
const buildSeconds = (performance.now() - started) / 1000;

const { server, origin } = await serveDist('dist');
const chrome = await chromeLauncher.launch({
  chromePath: CHROME,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
type Row = { check: string; value: string; budget: string; pass: boolean };
const rows: Row[] = [];
const results: Record<string, unknown> = { machine: MACHINE, runs: RUNS, buildSeconds };
const check = (name: string, value: number, budget: number, fmt: (n: number) => string, atMost = true) =>
  rows.push({ check: name, value: fmt(value), budget: `${atMost ? '≤' : '≥'} ${fmt(budget)}`, pass: atMost ? value <= budget : value >= budget });

/** Lighthouse's mobile preset on one address, RUNS times: each run's category scores, LCP, CLS and TBT. */
async function lighthouseRuns(url: string, count = RUNS) {
  const runs: { scores: Record<string, number>; lcp: number; cls: number; tbt: number }[] = [];
  for (let i = 0; i < count; i++) {
    const r = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
    const lhr = r!.lhr;
    runs.push({
      scores: Object.fromEntries(Object.entries(lhr.categories).map(([k, c]) => [k, Math.round((c.score ?? 0) * 100)])),
      lcp: lhr.audits['largest-contentful-paint'].numericValue ?? NaN,
      cls: lhr.audits['cumulative-layout-shift'].numericValue ?? NaN,
      tbt: lhr.audits['total-blocking-time'].numericValue ?? NaN,
    });
  }
  return runs;
}

// One run first, not counted, on the control page: the first Lighthouse run after Chromium starts pays
// for its start (the first run of / measured 146 and 306 ms TBT where the next two measured 0 and 27).
const control = await serveDist('bench/control');
await lighthouseRuns(`${control.origin}/`, 1);

for (const [page, b] of Object.entries(budgets.pages) as [string, Record<string, number>][]) {
  const w = pageWeight('dist', page);
  results[page] = { weight: w };
  for (const kind of ['html', 'css', 'js', 'font', 'image'] as const) {
    const k = w.byKind[kind];
    rows.push({ check: `${page} ${kind} (raw / gzip / brotli)`, value: `${kb(k.raw)} / ${kb(k.gzip)} / ${kb(k.brotli)}`, budget: '', pass: true });
  }
  rows.push({ check: `${page} requests`, value: String(w.requests), budget: '', pass: true });
  check(`${page} first view, brotli`, w.total.brotli, b.totalBrotli, kb);
  check(`${page} JavaScript, brotli`, w.byKind.js.brotli, b.jsBrotli, kb);
  if (b.firstScreenBrotli) check(`${page} HTML to the end of the opening, brotli`, firstScreenBrotli('dist', page), b.firstScreenBrotli, kb);

  const kind = page.startsWith('/embed/') ? 'embed' : page === '/charts/' ? null : 'story';
  if (!kind) continue;
  const runs = await lighthouseRuns(origin + page);
  const lb = budgets.lighthouse[kind];
  const cats = kind === 'story' ? ['performance', 'accessibility', 'best-practices', 'seo'] : ['performance', 'accessibility', 'best-practices'];
  for (const cat of cats) check(`${page} Lighthouse ${cat}`, median(runs.map((r) => r.scores[cat])), lb[cat], String, false);
  check(`${page} LCP`, median(runs.map((r) => r.lcp)), lb.lcpMs, (n) => `${Math.round(n)} ms`);
  check(`${page} CLS`, median(runs.map((r) => r.cls)), lb.cls, (n) => n.toFixed(3));
  check(`${page} TBT`, median(runs.map((r) => r.tbt)), lb.tbtMs, (n) => `${Math.round(n)} ms`);
  rows.at(-1)!.value += ` (runs: ${runs.map((r) => Math.round(r.tbt)).join(', ')})`;
  (results[page] as Record<string, unknown>).lighthouse = runs;
}
// The machine's floor: Lighthouse on a page of one heading and one paragraph (bench/control/), served the
// same way. Opening any page costs a task (the navigation's commit) that Lighthouse's simulation can
// place after the first paint; what it reports here is not the site's, and is printed beside the budgets.
const controlTbt = (await lighthouseRuns(`${control.origin}/`)).map((r) => r.tbt);
control.server.close();
results.control = { tbt: controlTbt };
rows.push({ check: 'control: a page of one heading and one paragraph (bench/control/), TBT', value: `${Math.round(median(controlTbt))} ms (runs: ${controlTbt.map(Math.round).join(', ')})`, budget: '', pass: true });
check('embed.js, brotli', brotli(readFileSync('dist/embed.js')), budgets.embedJsBrotli, kb);
check('full build, both editions and every download', buildSeconds, budgets.buildSeconds, (n) => `${n.toFixed(1)} s`);

chrome.kill();
server.close();

const table = ['| check | value | budget | |', '| --- | --- | --- | --- |', ...rows.map((r) => `| ${r.check} | ${r.value} | ${r.budget} | ${r.budget ? (r.pass ? 'pass' : '**FAIL**') : ''} |`)].join('\n');
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/latest.json', JSON.stringify({ rows, results }, null, 2));
writeFileSync('bench/results/latest.md', `Measured on: ${MACHINE}\n\n${table}\n`);
console.log(`\nMeasured on: ${MACHINE}\n\n${table}`);
const failed = rows.filter((r) => !r.pass);
console.log(failed.length ? `\n${failed.length} over budget` : '\nall within budget');
process.exit(failed.length ? 1 : 0);
