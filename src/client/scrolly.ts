/**
 * The story's one piece of browser code. Each scene pins its chart; the chart shows the state of the
 * step the reader is at, worked out from the steps' positions on every scroll frame, resize, #hash
 * jump and back navigation (so it is never a step behind), and lets the reader switch scrolling
 * graphics off and on (remembered on this device).
 */
import { activeStep } from './active-step.ts';
import { applyState } from '../story/chart-state.ts';
import { TRIGGER_LINE } from './trigger-line.ts';

const root = document.documentElement;

interface Scene {
  chart: HTMLElement;
  steps: HTMLElement[];
  end: HTMLElement;
  /** What the reader sees now ("card:state:progress"); the build drew each chart in its first state, its first card in focus. */
  shown: string;
}

const scenes: Scene[] = Array.from(document.querySelectorAll<HTMLElement>('[data-scrolly]')).flatMap((el) => {
  const chart = el.querySelector<HTMLElement>('.scrolly-graphic .chart');
  const steps = Array.from(el.querySelectorAll<HTMLElement>('.step'));
  return chart && steps.length ? [{ chart, steps, end: el, shown: `0:${chart.dataset.state ?? 0}:1` }] : [];
});

/** The trigger line (TRIGGER_LINE down the screen): a step shows as its card comes up to be read. */
function triggerLine(): number {
  return innerHeight * TRIGGER_LINE;
}

function update() {
  staggerOrderedMarks();
  const line = triggerLine();
  for (const scene of scenes) {
    const tops = scene.steps.map((s) => s.getBoundingClientRect().top);
    const { index, progress } = activeStep(tops, scene.end.getBoundingClientRect().bottom - innerHeight * 0.25, line);
    const step = scene.steps[index];
    const state = Number(step.dataset.step ?? 0);
    const p = step.dataset.progressive === undefined ? 1 : progress;
    // Only touch the DOM when what the reader sees changes: the state, its progress, or the card in
    // focus (two cards in a row may show one state).
    const key = `${index}:${state}:${p === 1 ? 1 : Math.round(p * 100)}`;
    if (key === scene.shown) continue;
    scene.shown = key;
    applyState(scene.chart, state, p);
    scene.chart.dataset.state = String(state);
    scene.steps.forEach((s) => s.classList.toggle('is-active', s === step));
  }
}

let queued = false;
function schedule() {
  if (queued) return;
  queued = true;
  requestAnimationFrame(() => {
    queued = false;
    if (root.classList.contains('mode-scrolly')) update();
  });
}

/**
 * Squares that fill in order: each waits a little longer than the one before (no inline styles in the
 * HTML, for the CSP). Done before the first change of state, not while the page loads.
 */
let staggered = false;
function staggerOrderedMarks() {
  if (staggered) return;
  staggered = true;
  document.querySelectorAll<SVGElement>('.scrolly-graphic [data-order]').forEach((el) => {
    el.style.transitionDelay = `${Number(el.dataset.order) * 90}ms`;
  });
}

function setMode(mode: 'scrolly' | 'static', remember: boolean) {
  root.classList.toggle('mode-scrolly', mode === 'scrolly');
  root.classList.toggle('mode-static', mode === 'static');
  if (remember) {
    try {
      localStorage.setItem('scrolly', mode === 'static' ? 'off' : 'on');
    } catch {
      // Private browsing may refuse storage; the choice then lasts for this page only.
    }
  }
  document.querySelectorAll<HTMLButtonElement>('[data-scrolly-toggle]').forEach((b) => {
    // The label says what the button will do; no aria-pressed, which would contradict it.
    b.textContent = (mode === 'static' ? b.dataset.labelOn : b.dataset.labelOff) ?? '';
  });
}

document.querySelectorAll<HTMLButtonElement>('[data-scrolly-toggle]').forEach((button) => {
  button.addEventListener('click', () => {
    setMode(root.classList.contains('mode-static') ? 'scrolly' : 'static', true);
    schedule();
  });
});
/** At once, not at the next frame (which a browser may hold back for a page it is not painting): a jump. */
function now() {
  if (root.classList.contains('mode-scrolly')) update();
}
for (const event of ['scroll', 'resize']) addEventListener(event, schedule, { passive: true });
for (const event of ['hashchange', 'popstate']) addEventListener(event, now);
// Back to a page kept in memory: the reader may be anywhere in it.
addEventListener('pageshow', (e) => e.persisted && now());
// The mode was set before the first paint (layout-mode.js); the button's label (built for scrolling
// graphics on) follows it.
if (root.classList.contains('mode-static')) setMode('static', false);
// A reader at the top sees the charts as built: nothing to measure until they scroll. One arriving at a
// #hash gets the right state at once. Whether the browser put the reader back down the page is asked in
// the first frame, not here: reading scrollY while the page loads lays the whole page out there and
// then, a long task of its own, where in a frame it is the layout that frame does anyway.
if (location.hash) now();
else requestAnimationFrame(() => scrollY > 0 && now());
