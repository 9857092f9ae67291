import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { activeStep } from '../../src/client/active-step.ts';
import { applyState } from '../../src/story/chart-state.ts';
import { svgInState } from '../../src/story/bake-state.ts';

const svg = `<svg data-seq-max="4"><g data-show="1 12"><rect/></g><g data-dim="0"><rect/></g><g data-mute="3"><path/></g>`
  + `<rect data-seq="1"/><rect data-seq="2"/><rect data-seq="3"/><rect data-seq="4"/><text data-counter="" data-counter-template="Year {n}" data-counter-end="Up to 4 years">Up to 4 years</text></svg>`;

function holder() {
  const { document } = parseHTML(`<!doctype html><html><body><div>${svg}</div></body></html>`);
  return document.querySelector('div')!;
}

describe('applying a story state to a chart', () => {
  it('hides marks outside their states, for any number of states (state 12 as well as 1)', () => {
    for (const [state, hidden] of [[0, true], [1, false], [12, false], [2, true]] as const) {
      const el = holder();
      applyState(el as unknown as ParentNode, state);
      expect(el.querySelector('[data-show]')!.hasAttribute('data-off'), `state ${state}`).toBe(hidden);
    }
  });

  it('fades and greys only the marks tagged for the state', () => {
    const el = holder();
    applyState(el as unknown as ParentNode, 0);
    expect(el.querySelector('[data-dim]')!.hasAttribute('data-faded')).toBe(true);
    expect(el.querySelector('[data-mute]')!.hasAttribute('data-grey')).toBe(false);
    applyState(el as unknown as ParentNode, 3);
    expect(el.querySelector('[data-dim]')!.hasAttribute('data-faded')).toBe(false);
    expect(el.querySelector('[data-mute]')!.hasAttribute('data-grey')).toBe(true);
  });

  it('fills a sequence as far as the reader has scrolled, and counts it', () => {
    const el = holder();
    applyState(el as unknown as ParentNode, 0, 0.5);
    const off = Array.from(el.querySelectorAll('[data-seq]')).map((m) => m.hasAttribute('data-seq-off'));
    expect(off).toEqual([false, false, true, true]);
    expect(el.querySelector('[data-counter]')!.textContent).toBe('Year 2');
    applyState(el as unknown as ParentNode, 0, 1);
    expect(el.querySelectorAll('[data-seq-off]').length).toBe(0);
    // At the end it says what the grid adds up to, not an exact last year.
    expect(el.querySelector('[data-counter]')!.textContent).toBe('Up to 4 years');
    applyState(el as unknown as ParentNode, 0, 0.75);
    expect(el.querySelector('[data-counter]')!.textContent).toBe('Year 3');
  });

  it('is baked into the markup at build with the same result', () => {
    const baked = svgInState(svg, 0, 0.25);
    expect(baked).toContain('data-off');
    // The counter keeps its whole-chart words in the markup; the scroll controller writes "Year n".
    expect(baked).toContain('Up to 4 years');
    expect(baked).not.toContain('Year 1');
    expect(baked.match(/data-seq-off/g)?.length).toBe(3);
  });
});

describe('the active step', () => {
  it('is the last step whose top has passed the trigger line, or the first', () => {
    expect(activeStep([900, 1300, 1700], 2100, 700).index).toBe(0);
    expect(activeStep([100, 650, 1700], 2100, 700).index).toBe(1);
    expect(activeStep([-2000, -1500, -1000], -500, 700).index).toBe(2);
  });

  it('measures progress through the step up to the next one', () => {
    expect(activeStep([500, 900], 1300, 700).progress).toBeCloseTo(0.5);
    expect(activeStep([100, 900], 1300, 700).progress).toBeCloseTo(0.75);
    expect(activeStep([800, 900], 1300, 700).progress).toBe(0);
  });
});
