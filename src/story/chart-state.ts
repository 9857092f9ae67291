/**
 * How a chart shows one story state. Chart modules tag marks with the state indices they take part
 * in (`data-show`, `data-dim`, `data-mute`, see src/charts/types.ts) and marks that fill in with
 * scroll progress (`data-seq`); this turns a state into flags on those marks, which the page CSS
 * styles with a fixed set of rules however many states a chart has. The same function runs on the
 * build's DOM (the sticky chart's first state, baked into the HTML) and in the browser.
 */
/**
 * The plain article's view of a chart in a scene (no JavaScript, or scrolling graphics off): every mark
 * that any of the scene's steps shows, nothing faded, sequences whole. A chart that returns in a later
 * scene shows there what that scene is about. Flags `data-plain-off`, which only the plain article reads.
 */
export function applyPlainView(root: ParentNode, states: readonly number[]): void {
  root.querySelectorAll('[data-show]').forEach((el) => {
    const shown = (el.getAttribute('data-show') ?? '').split(' ').some((i) => states.includes(Number(i)));
    if (shown) el.removeAttribute('data-plain-off');
    else el.setAttribute('data-plain-off', '');
  });
}

export function applyState(root: ParentNode, state: number, progress = 1): void {
  const inList = (el: Element, attr: string) => (el.getAttribute(attr) ?? '').split(' ').includes(String(state));
  const flag = (el: Element, name: string, on: boolean) => (on ? el.setAttribute(name, '') : el.removeAttribute(name));
  root.querySelectorAll('[data-show]').forEach((el) => flag(el, 'data-off', !inList(el, 'data-show')));
  root.querySelectorAll('[data-dim]').forEach((el) => flag(el, 'data-faded', inList(el, 'data-dim')));
  root.querySelectorAll('[data-mute]').forEach((el) => flag(el, 'data-grey', inList(el, 'data-mute')));
  root.querySelectorAll('[data-seq-max]').forEach((svg) => {
    const max = Number(svg.getAttribute('data-seq-max')) || 1;
    const reached = Math.max(1, Math.min(max, Math.ceil(progress * max)));
    svg.querySelectorAll('[data-seq]').forEach((el) => flag(el, 'data-seq-off', Number(el.getAttribute('data-seq')) > reached));
    svg.querySelectorAll('[data-counter]').forEach((el) => {
      const template = el.getAttribute('data-counter-template');
      // The last step says what the grid adds up to ("Up to N years …"), not an exact "Year N".
      const end = el.getAttribute('data-counter-end');
      if (end && reached >= max) el.textContent = end;
      else if (template) el.textContent = template.replace('{n}', String(reached));
    });
  });
}
