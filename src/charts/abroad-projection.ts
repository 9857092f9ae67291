import { projectAbroad } from '../data/figures.ts';
import { formatWhole } from '../data/format.ts';
import { fillText } from '../i18n/fill.ts';
import { PALETTE, Plot, plotSvg, serialize } from './svg.ts';
import { inStates, type ChartInput, type ChartModule } from './types.ts';

const STATES = ['workers', 'insured', 'projection'] as const;

/** Workers abroad at the report, the few insured among them, and the stated growth as a dashed projection. */
export const abroadProjection: ChartModule = {
  states: () => STATES,
  render(input: ChartInput) {
    const { data, figures, locale, width, slots, strings } = input;
    const s = strings.charts['abroad-projection'];
    const on = (...n: string[]) => inStates(STATES, ...n);
    const line = projectAbroad(data.abroad);
    const end = line[line.length - 1];
    const narrow = width < 480;
    const svg = plotSvg({
      width,
      height: narrow ? 300 : 340,
      marginLeft: narrow ? 8 : 12,
      marginRight: narrow ? 12 : 24,
      marginTop: 28,
      marginBottom: 44,
      x: { domain: [0, end.year], label: s.xLabel, labelAnchor: 'left', labelArrow: 'none', ticks: end.year, tickFormat: (d: number) => formatWhole(d, locale) },
      y: { domain: [0, end.workers * 1.12], axis: null },
      marks: [
        Plot.ruleY([0], { stroke: PALETTE.faint, className: 'stroke-faint' }),
        Plot.line(line, { x: 'year', y: 'workers', stroke: PALETTE.neutral, strokeWidth: 2.5, strokeDasharray: '6 5', className: 'proj-line' }),
        Plot.dot([end], { x: 'year', y: 'workers', r: 5, fill: PALETTE.paper, stroke: PALETTE.neutral, strokeWidth: 2, className: 'proj-end' }),
        Plot.text([end], { x: 'year', y: 'workers', text: () => `${fillText(s.projection, slots)}: ${formatWhole(end.workers, locale)}`, textAnchor: 'end', dy: -14, fill: PALETTE.muted, className: 'proj-label' }),
        Plot.ruleX([0], { y1: 0, y2: figures.abroadWorkers, stroke: PALETTE.neutral, strokeWidth: narrow ? 14 : 18, className: 'workers-bar' }),
        Plot.text([0], { x: 0, y: figures.abroadWorkers / 2, text: () => `${s.report}: ${formatWhole(figures.abroadWorkers, locale)}`, textAnchor: 'start', dx: narrow ? 12 : 14, dy: 0, fill: PALETTE.ink, fontWeight: 600, className: 'workers-label' }),
        Plot.ruleX([0], { y1: 0, y2: figures.abroadInsured, stroke: PALETTE.accent, strokeWidth: narrow ? 14 : 18, className: 'insured-bar' }),
        Plot.text([0], { x: 0, y: 0, text: () => fillText(s.insured, slots), textAnchor: 'start', dx: narrow ? 12 : 14, dy: -12, fill: PALETTE.accent, fontWeight: 600, className: 'insured-label' }),
      ],
    });
    const tag = (cls: string, attr: string, value: string) => svg.querySelectorAll(`.${cls}`).forEach((g) => g.setAttribute(attr, value));
    for (const cls of ['proj-line', 'proj-end', 'proj-label']) tag(cls, 'data-show', on('projection'));
    tag('insured-label', 'data-show', on('insured', 'projection'));
    tag('insured-bar', 'data-show', on('insured', 'projection'));
    return serialize(svg, 'abroad-projection', String(width));
  },
  table({ data, strings }) {
    const t = strings.tables;
    return {
      columns: [t.yearsAfterReport, t.workersAbroad, t.insured, t.kind],
      rows: projectAbroad(data.abroad).map((p) => [p.year, p.workers, p.year === 0 ? data.abroad.insured : '', p.year === 0 ? t.reported : strings.figure.projection]).map((r) => r.map((c) => (c === undefined ? '' : c))) as (string | number)[][],
    };
  },
};
