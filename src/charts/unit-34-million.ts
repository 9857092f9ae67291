import { fillText } from '../i18n/fill.ts';
import { blankSvg, PALETTE, serialize } from './svg.ts';
import { rectsPath } from './shapes.ts';
import { inStates, type ChartInput, type ChartModule } from './types.ts';

const STATES = ['all', 'insured', 'uninsured'] as const;
const TOP = 50;
const BOTTOM = 28;

/** The migrant workers as a unit chart: one square per fixed number, the insured first. */
export const unit34Million: ChartModule = {
  states: () => STATES,
  render(input: ChartInput) {
    const { figures, width, slots, strings } = input;
    const s = strings.charts['unit-34-million'];
    const on = (...n: string[]) => inStates(STATES, ...n);
    const units = figures.homeWorkers / figures.unit;
    const marks = Math.ceil(units);
    const cols = width < 480 ? 20 : 34;
    const cell = width / cols;
    const gap = Math.max(2, cell * 0.14);
    const size = cell - gap;
    const rows = Math.ceil(marks / cols);
    const height = TOP + rows * cell + BOTTOM;
    const insuredUnits = figures.homeInsured / figures.unit;
    const svg = blankSvg(width, height);
    svg.append('text').attr('x', 0).attr('y', 16).attr('class', 'label-muted').attr('fill', PALETTE.muted).text(fillText(s.key, slots));
    const grid = svg.append('g').attr('transform', `translate(0,${TOP})`);
    const pos = (i: number) => ({ x: (i % cols) * cell, y: Math.floor(i / cols) * cell });
    const squares = Array.from({ length: marks }, (_, i): [number, number, number, number] => {
      const { x, y } = pos(i);
      // The last square may stand for fewer workers than a full unit.
      return [x, y, i === marks - 1 && units % 1 > 0 ? size * (units % 1) : size, size];
    });
    grid.append('g').attr('class', 'mark-uninsured').attr('data-dim', on('insured'))
      .append('path').attr('d', rectsPath(squares)).attr('fill', PALETTE.neutral).attr('class', 'fill-neutral');
    const insured = Array.from({ length: Math.ceil(insuredUnits) }, (_, i): [number, number, number, number] => {
      const { x, y } = pos(i);
      return [x, y, size * Math.min(1, insuredUnits - i), size];
    });
    grid.append('g').attr('class', 'mark-insured').attr('data-mute', on('all'))
      .append('path').attr('d', rectsPath(insured)).attr('fill', PALETTE.accent).attr('class', 'fill-accent');
    const label = svg.append('g').attr('data-show', on('insured', 'uninsured'));
    label.append('path').attr('d', `M${size / 2},${TOP - 8}V${TOP - 2}`).attr('stroke', PALETTE.accent).attr('class', 'stroke-accent');
    label.append('text')
      .attr('x', 0).attr('y', TOP - 14)
      .attr('class', 'label-accent').attr('fill', PALETTE.accent).attr('font-weight', 600)
      .text(fillText(s.insured, slots));
    svg.append('text')
      .attr('x', 0).attr('y', height - 8)
      .attr('class', 'label-ink').attr('fill', PALETTE.ink).attr('font-weight', 600)
      .attr('data-show', on('uninsured'))
      .text(fillText(s.uninsured, slots));
    return serialize(svg.node()!, 'unit-34-million', String(width));
  },
  table({ data, figures, locale, strings }) {
    const t = strings.tables;
    return {
      columns: [t.group, t.workers, t.insured, t.uninsured, t.workersPerSquare],
      rows: [[data.home.label[locale], data.home.workers, data.home.insured, figures.homeUninsured, figures.unit]],
    };
  },
};
