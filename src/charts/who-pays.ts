import { formatPct } from '../data/format.ts';
import { PALETTE, Plot, plotSvg, serialize } from './svg.ts';
import { inStates, type ChartInput, type ChartModule } from './types.ts';

const STATES = ['state', 'buyer'] as const;

/** The state's stated support for each household list, and the remainder for the buyer (our reading). */
export const whoPays: ChartModule = {
  states: () => STATES,
  render(input: ChartInput) {
    const { figures, locale, width, strings } = input;
    const s = strings.charts['who-pays'];
    const on = (...n: string[]) => inStates(STATES, ...n);
    const rows = figures.support.map((r) => ({ key: r.household, label: r.label[locale], state: r.statePct, buyer: r.buyerPct }));
    const svg = plotSvg({
      width,
      height: 210,
      marginLeft: 4,
      marginRight: 4,
      marginTop: 8,
      marginBottom: 8,
      x: { domain: [0, 100], axis: null },
      y: { domain: rows.map((r) => r.key), axis: null, padding: 0.1 },
      marks: [
        // Each row: its label, the bar (state share solid, the buyer's remainder dashed), then the two shares in words.
        Plot.barX(rows, { x1: 'state', x2: 100, y: 'key', fill: PALETTE.paper, stroke: PALETTE.neutral, strokeDasharray: '4 3', insetTop: 26, insetBottom: 26, className: 'buyer-bar' }),
        Plot.barX(rows, { x1: 0, x2: 'state', y: 'key', fill: PALETTE.accent, insetTop: 26, insetBottom: 26, className: 'state-bar' }),
        Plot.text(rows, { x: 0, y: 'key', text: 'label', textAnchor: 'start', dy: -32, fill: PALETTE.ink, fontWeight: 600, className: 'row-label' }),
        Plot.text(rows, { x: 0, y: 'key', text: (r: { state: number }) => `${s.state} ${formatPct(r.state, locale)}`, textAnchor: 'start', dy: 32, fill: PALETTE.accent, fontWeight: 600, className: 'state-label' }),
        Plot.text(rows, { x: 100, y: 'key', text: (r: { buyer: number }) => `${s.buyer} ${formatPct(r.buyer, locale)}`, textAnchor: 'end', dy: 32, fill: PALETTE.muted, className: 'buyer-label' }),
      ],
    });
    for (const cls of ['buyer-bar', 'buyer-label']) svg.querySelectorAll(`.${cls}`).forEach((g) => g.setAttribute('data-show', on('buyer')));
    return serialize(svg, 'who-pays', String(width));
  },
  table({ figures, locale, strings }) {
    const t = strings.tables;
    return {
      columns: [t.householdList, t.statePct, t.buyerPct],
      rows: figures.support.map((r) => [r.label[locale], r.statePct, r.buyerPct]),
    };
  },
};
