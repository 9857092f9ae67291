/**
 * The rest of the story's layout, after its first paint. Opened afresh at its top, the story starts with
 * html.defer-scenes (set before the first paint by layout-mode.js): the browser skips the scenes past
 * the first (content-visibility: auto in site.css), so its first layout is the opening and the first
 * scene, not the whole story in one long task. Once the page has loaded, each skipped scene is laid out
 * in a frame of its own; a jump before then (an in-page link, Back, printing) lays out every scene first,
 * so it lands where it should. Without JavaScript nothing is skipped.
 */
const root = document.documentElement;
const DEFER = 'defer-scenes';

if (root.classList.contains(DEFER)) {
  const waiting = Array.from(document.querySelectorAll<HTMLElement>('.scene ~ .scene'));
  const all = () => root.classList.remove(DEFER);
  const next = () => {
    if (!root.classList.contains(DEFER)) return;
    const scene = waiting.shift();
    if (!scene) return all();
    scene.classList.add('laid-out');
    requestAnimationFrame(next);
  };
  const start = () => requestAnimationFrame(next);
  if (document.readyState === 'complete') start();
  else addEventListener('load', start, { once: true });

  // A link into the page: every scene laid out before the browser works out where to scroll.
  document.addEventListener('click', (e) => {
    const link = e.target instanceof Element ? e.target.closest('a[href*="#"]') : null;
    if (link instanceof HTMLAnchorElement && link.pathname === location.pathname) all();
  }, { capture: true });
  addEventListener('beforeprint', all);
  // A #hash set some other way has already scrolled, to where the skipped scenes were guessed to end.
  for (const event of ['hashchange', 'popstate']) {
    addEventListener(event, () => {
      if (!root.classList.contains(DEFER)) return;
      all();
      document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
    });
  }
}
