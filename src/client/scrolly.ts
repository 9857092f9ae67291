/**
 * The story's one piece of browser code: moves each sticky chart to the state of the step in view,
 * and lets the reader switch scrolling graphics off and on (remembered on this device).
 */
import scrollama from 'scrollama';

const root = document.documentElement;
const scrollers: ReturnType<typeof scrollama>[] = [];

function setState(scene: Element, step: HTMLElement) {
  const chart = scene.querySelector<HTMLElement>('.scrolly-graphic .chart');
  if (chart && step.dataset.step) chart.dataset.state = step.dataset.step;
  scene.querySelectorAll('.step.is-active').forEach((s) => s.classList.remove('is-active'));
  step.classList.add('is-active');
}

function start() {
  if (scrollers.length) return;
  document.querySelectorAll('[data-scrolly]').forEach((scene) => {
    const scroller = scrollama();
    scroller
      .setup({ step: Array.from(scene.querySelectorAll<HTMLElement>('.step')), offset: 0.6 })
      .onStepEnter(({ element }) => setState(scene, element));
    scrollers.push(scroller);
  });
}

/** Runs after the first paint has settled, so setting up the steps (which measures them) never blocks it. */
function whenIdle(fn: () => void) {
  if ('requestIdleCallback' in window) requestIdleCallback(fn, { timeout: 500 });
  else setTimeout(fn, 100);
}

function stop() {
  while (scrollers.length) scrollers.pop()!.destroy();
}

/** Fills each step with the chart in its state, cloned from the scene's sticky chart (once). */
function drawStepCharts() {
  document.querySelectorAll<HTMLElement>('[data-scrolly]').forEach((scene) => {
    const chart = scene.querySelector<HTMLElement>('.scrolly-graphic .chart');
    if (!chart) return;
    scene.querySelectorAll<HTMLElement>('.step').forEach((step) => {
      const holder = step.querySelector<HTMLElement>('.step-chart');
      if (!holder || holder.querySelector('.chart')) return;
      const copy = chart.cloneNode(true) as HTMLElement;
      copy.dataset.state = step.dataset.step ?? '0';
      copy.querySelectorAll('svg').forEach((svg) => svg.setAttribute('aria-label', holder.dataset.label ?? ''));
      holder.append(copy);
    });
  });
}

function setMode(mode: 'scrolly' | 'static') {
  root.classList.toggle('mode-scrolly', mode === 'scrolly');
  root.classList.toggle('mode-static', mode === 'static');
  try {
    localStorage.setItem('scrolly', mode === 'static' ? 'off' : 'on');
  } catch {
    // Private browsing may refuse storage; the choice then lasts for this page only.
  }
  document.querySelectorAll<HTMLButtonElement>('[data-scrolly-toggle]').forEach((b) => {
    // The label says what the button will do; no aria-pressed, which would contradict it.
    b.textContent = (mode === 'static' ? b.dataset.labelOn : b.dataset.labelOff) ?? '';
  });
  if (mode === 'scrolly') whenIdle(start);
  else {
    stop();
    drawStepCharts();
  }
}

document.querySelectorAll<HTMLButtonElement>('[data-scrolly-toggle]').forEach((button) => {
  button.addEventListener('click', () => setMode(root.classList.contains('mode-static') ? 'scrolly' : 'static'));
});
setMode(root.classList.contains('mode-static') ? 'static' : 'scrolly');
