import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { DataError, dataDir, loadDataset } from '../data/load.ts';
import { escapeHtml } from '../i18n/fill.ts';

/**
 * Checks data/ before Astro writes anything: a bad CSV ends the build with every problem listed,
 * and the previous dist/ is left as it was. Under `astro dev` it watches the data instead (see liveData).
 */
export function dataGate(): AstroIntegration {
  return {
    name: 'data-gate',
    hooks: {
      'astro:config:setup': ({ command, logger, updateConfig }) => {
        if (command === 'dev') {
          updateConfig({ vite: { plugins: [liveData(logger)] } });
          return;
        }
        try {
          loadDataset();
        } catch (e) {
          if (e instanceof DataError) {
            logger.error(e.message);
            process.exit(1);
          }
          throw e;
        }
      },
    },
  };
}

/** The page the dev server shows while the data has problems: the build's messages, and Vite's client so a fix reloads it. */
export function dataErrorPage(message: string, base = '/'): string {
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>The data cannot be built</title>` +
    `<script type="module" src="${base}@vite/client"></script></head>` +
    `<body style="font:16px/1.5 system-ui,sans-serif;margin:2rem;max-width:60rem"><h1>The data cannot be built</h1>` +
    `<pre style="white-space:pre-wrap;background:#fdecea;padding:1rem">${escapeHtml(message)}</pre>` +
    `<p>Fix the file and save it: this page reloads by itself. See "Editing the data" in the README.</p></body></html>`
  );
}

/** Quiet time after the last change to a data file before it is read again. */
const SETTLE_MS = 150;

/**
 * The maintainer's live preview: watches the data folder; on every change checks it again, logs the
 * problems (or that it reloads) and reloads open pages. While the data has problems, pages show them
 * instead of old figures; the dev server keeps running.
 */
function liveData(logger: AstroIntegrationLogger): Plugin {
  const dir = resolve(dataDir());
  let problem: string | undefined;
  const check = () => {
    try {
      loadDataset(dir);
      problem = undefined;
    } catch (e) {
      if (!(e instanceof DataError)) throw e;
      problem = e.message;
    }
  };
  return {
    name: 'data-gate:live',
    configureServer(server) {
      check();
      if (problem) logger.error(problem);
      server.watcher.add(dir);
      // Checked once the saving is over: many editors save by emptying the file and then writing it, and
      // the watcher may report only the first of the two. A burst of events within SETTLE_MS is one edit.
      let edited = new Set<string>();
      let timer: ReturnType<typeof setTimeout> | undefined;
      const settled = () => {
        const files = [...edited].map((file) => (relative(process.cwd(), file).startsWith('..') ? file : relative(process.cwd(), file)));
        edited = new Set();
        check();
        if (problem) logger.error(problem);
        else logger.info(`${files.join(', ')} changed: reloading`);
        server.ws.send({ type: 'full-reload', path: '*' });
      };
      const changed = (file: string) => {
        if (!resolve(file).startsWith(dir + sep) || !file.endsWith('.csv')) return;
        edited.add(file);
        clearTimeout(timer);
        timer = setTimeout(settled, SETTLE_MS);
      };
      for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, changed);
      // Added before Astro's own handler: a page request while the data is bad gets the problems, status 500.
      server.middlewares.use((req, res, next) => {
        if (!problem || !String(req.headers.accept ?? '').includes('text/html')) return next();
        res.statusCode = 500;
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.end(dataErrorPage(problem, server.config.base));
      });
    },
  };
}
