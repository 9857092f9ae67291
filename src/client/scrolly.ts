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
  document.querySelectorAll('[data-scrolly]').forEach((scene) => {
    const scroller = scrollama();
    scroller
      .setup({ step: Array.from(scene.querySelectorAll<HTMLElement>('.step')), offset: 0.6 })
      .onStepEnter(({ element }) => setState(scene, element));
    scrollers.push(scroller);
  });
}

function stop() {
  while (scrollers.length) scrollers.pop()!.destroy();
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
    b.setAttribute('aria-pressed', String(mode === 'static'));
    b.textContent = (mode === 'static' ? b.dataset.labelOn : b.dataset.labelOff) ?? '';
  });
  if (mode === 'scrolly') start();
  else stop();
}

document.querySelectorAll<HTMLButtonElement>('[data-scrolly-toggle]').forEach((button) => {
  button.addEventListener('click', () => setMode(root.classList.contains('mode-static') ? 'scrolly' : 'static'));
});
setMode(root.classList.contains('mode-static') ? 'static' : 'scrolly');
