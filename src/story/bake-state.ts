import { parseHTML } from 'linkedom';
import { applyPlainView, applyState } from './chart-state.ts';

/**
 * A chart's SVG markup for a scene: its first story state applied (the pinned chart's first paint) and
 * the plain article's view of the scene's states, both as flags the page CSS reads in its own mode.
 */
export function svgInState(svg: string, state: number, progress = 1, sceneStates?: readonly number[]): string {
  const { document } = parseHTML(`<!doctype html><html><body><div>${svg}</div></body></html>`);
  const holder = document.querySelector('div')! as unknown as ParentNode;
  // The counter keeps its whole-chart words in the HTML (counterWhole: "Up to N years of paying in"): the plain article
  // shows them, and the scroll controller writes "Year n" as the reader scrolls.
  const counters = [...holder.querySelectorAll('[data-counter]')].map((el) => [el, el.textContent] as const);
  applyState(holder, state, progress);
  for (const [el, text] of counters) el.textContent = text;
  if (sceneStates) applyPlainView(holder, sceneStates);
  return (holder as unknown as Element).innerHTML;
}
