import { parseHTML } from 'linkedom';
import { applyState } from './chart-state.ts';

/** A chart's SVG markup with one story state applied, for the sticky chart's first paint. */
export function svgInState(svg: string, state: number, progress = 1): string {
  const { document } = parseHTML(`<!doctype html><html><body><div>${svg}</div></body></html>`);
  const holder = document.querySelector('div')!;
  applyState(holder as unknown as ParentNode, state, progress);
  return holder.innerHTML;
}
