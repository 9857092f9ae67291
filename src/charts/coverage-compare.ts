import { formatShare } from '../data/format.ts';
import { fillText } from '../i18n/fill.ts';
import { PALETTE, Plot, plotSvg, serialize } from './svg.ts';
import { inStates, type ChartInput, type ChartModule } from './types.ts';

const STATES = ['home', 'abroad'] as const;

/** Coverage at home and abroad on one scale from nobody to everybody. */
export const coverageCompare: ChartModule = {
  states: () => STATES,
  render(input: ChartInput) {
    const { figures, locale, width, slots, strings } = input;
    const s = strings.charts['coverage-compare'];
    const on = (...n: string[]) => inStates(STATES, ...n);
    const rows = [
      { key: 'home', label: s.home, share: figures.homeShare },
      { key: 'abroad', label: s.abroad, share: figures.abroadShare },
    ];
    const svg = plotSvg({
      width,
      height: 200,
      marginLeft: 14,
      marginRight: 24,
      marginTop: 8,
      marginBottom: 40,
      x: { domain: [0, 1], label: fillText(s.axis, slots), labelAnchor: 'left', labelArrow: 'none', ticks: width < 480 ? 2 : 4, tickFormat: (d: number) => formatShare(d, locale, 0) },
      y: { domain: rows.map((r) => r.key), axis: null, padding: 0.2 },
      marks: [
        Plot.barX(rows, { x: 1, y: 'key', fill: PALETTE.faint, stroke: PALETTE.neutral, insetTop: 26, className: 'bar-all' }),
        Plot.barX(rows, { x: 'share', y: 'key', fill: PALETTE.accent, insetTop: 26, className: 'bar-insured' }),
        Plot.text(rows, { x: 0, y: 'key', text: 'label', textAnchor: 'start', dy: -16, fill: PALETTE.ink, fontWeight: 600, className: 'row-label' }),
        Plot.text(rows, { x: 'share', y: 'key', text: (r: { share: number }) => formatShare(r.share, locale), textAnchor: 'start', dx: 6, dy: 13, fill: PALETTE.accent, stroke: PALETTE.paper, strokeWidth: 3, fontWeight: 600, className: 'share-label halo' }),
      ],
    });
    // Each row is its own element so the story can bring in "abroad" on the second step.
    for (const g of svg.querySelectorAll('.bar-all, .bar-insured, .row-label, .share-label')) {
      const kids = Array.from(g.children);
      kids[1]?.setAttribute('data-show', on('abroad'));
    }
    return serialize(svg, 'coverage-compare', String(width));
  },
  table({ data, figures, locale, strings }) {
    const t = strings.tables;
    return {
      columns: [t.group, t.workers, t.insured, t.share, t.insuredWho],
      rows: [
        [data.home.label[locale], data.home.workers, data.home.insured, Math.round(figures.homeShare * 1e6) / 1e4, data.home.insuredWho[locale]],
        [data.abroad.label[locale], data.abroad.workers, data.abroad.insured, Math.round(figures.abroadShare * 1e6) / 1e4, data.abroad.insuredWho[locale]],
      ],
    };
  },
};
