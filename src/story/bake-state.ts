import { parseHTML } from 'linkedom';
import { applyPlainView, applyState } from './chart-state.ts';

/**
 * A chart's SVG markup for a scene: its first story state applied (the pinned chart's first paint) and
 * the plain article's view of the scene's states, both as flags the page CSS reads in its own mode.
 */
export function svgInState(svg: string, state: number, progress = 1, sceneStates?: readonly number[]): string {
  const { document } = parseHTML(`<!doctype html><html><body><div>${svg}</div></body></html>`);
  const holder = document.querySelector('div')! as unknown as ParentNode;
  applyState(holder, state, progress);
  if (sceneStates) applyPlainView(holder, sceneStates);
  return (holder as unknown as Element).innerHTML;
}
