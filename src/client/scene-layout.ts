/**
 * The rest of the story's layout, just after its first paint. Opened afresh at its top, the story starts
 * with html.defer-scenes (set before the first paint by layout-mode.js): the browser skips the scenes
 * past the first (content-visibility: auto in site.css), so its first layout is the opening and the first
 * scene, not the whole story in one long task. From the frame after the first paint, each skipped scene
 * is laid out in a frame of its own (a few frames in all). Anything that moves the reader before then
 * (an in-page link, a scroll of any kind: a text-fragment link, find in page, the scrollbar; End or Page
 * Down; Back; printing) lays out every scene first, keeping what the reader looks at in its place.
 * Without JavaScript nothing is skipped.
 */
const root = document.documentElement;
const DEFER = 'defer-scenes';

/** What the reader is looking at: the text they selected (or a find-in-page match), else what is mid-screen. */
function readersAnchor(): { getBoundingClientRect(): DOMRect } | undefined {
  const selection = getSelection();
  if (selection && selection.rangeCount && !selection.isCollapsed) return selection.getRangeAt(0);
  return document.elementsFromPoint(innerWidth / 2, innerHeight / 2).find((el) => !el.closest('.scrolly-graphic'));
}

if (root.classList.contains(DEFER)) {
  const waiting = Array.from(document.querySelectorAll<HTMLElement>('.scene ~ .scene'));
  const deferring = () => root.classList.contains(DEFER);
  /** Every scene laid out now; the reader's anchor stays where it is on the screen. */
  const all = () => {
    if (!deferring()) return;
    const anchor = readersAnchor();
    const before = anchor?.getBoundingClientRect().top;
    root.classList.remove(DEFER);
    const moved = anchor && before !== undefined ? anchor.getBoundingClientRect().top - before : 0;
    if (moved) scrollBy(0, moved);
  };
  const next = () => {
    if (!deferring()) return;
    const scene = waiting.shift();
    if (!scene) return all();
    scene.classList.add('laid-out');
    requestAnimationFrame(next);
  };
  // The frame after the first paint: the page need not have loaded (its fonts may still be on the way).
  requestAnimationFrame(() => requestAnimationFrame(next));

  // A link into the page: every scene laid out before the browser works out where to scroll.
  document.addEventListener('click', (e) => {
    const link = e.target instanceof Element ? e.target.closest('a[href*="#"]') : null;
    if (link instanceof HTMLAnchorElement && link.pathname === location.pathname) all();
  }, { capture: true });
  // Keys that jump by a screen or to the end: laid out before the browser works out how far.
  addEventListener('keydown', (e) => {
    if (['End', 'PageDown', ' '].includes(e.key) || (e.key === 'ArrowDown' && (e.metaKey || e.ctrlKey))) all();
  }, { capture: true });
  // Any other scroll has already moved, by guessed heights: lay out, and keep the reader's place.
  addEventListener('scroll', all, { passive: true });
  addEventListener('beforeprint', all);
  // A #hash set some other way has already scrolled, to where the skipped scenes were guessed to end.
  for (const event of ['hashchange', 'popstate']) {
    addEventListener(event, () => {
      if (!deferring()) return;
      all();
      document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
    });
  }
}
