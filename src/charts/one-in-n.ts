import { fillText } from '../i18n/fill.ts';
import { blankSvg, PALETTE, serialize } from './svg.ts';
import type { ChartInput, ChartModule } from './types.ts';

const STEP = 20;
const R = 7;
const LEFT = 64;

/** One in N: a grid of N migrant workers with the one who is insured set apart. */
export const oneInN: ChartModule = {
  states: () => ['all'],
  render(input: ChartInput) {
    const { figures, width, slots, strings } = input;
    const s = strings.charts['one-in-n'];
    const rest = figures.homeOneIn - 1;
    const cols = Math.max(1, Math.floor((width - LEFT - 4) / STEP));
    const rows = Math.ceil(rest / cols);
    const height = 8 + rows * STEP + 30;
    const svg = blankSvg(width, height);
    const one = svg.append('g').attr('class', 'mark-insured');
    one.append('circle').attr('cx', 22).attr('cy', 8 + STEP / 2).attr('r', R + 3).attr('fill', PALETTE.accent).attr('class', 'fill-accent');
    one.append('text').attr('x', 22).attr('y', 8 + STEP + 18).attr('text-anchor', 'middle').attr('class', 'label-accent').attr('fill', PALETTE.accent).attr('font-weight', 600).text(fillText(s.insured, slots));
    const grid = svg.append('g').attr('class', 'mark-uninsured');
    for (let i = 0; i < rest; i++) {
      grid.append('circle')
        .attr('cx', LEFT + (i % cols) * STEP + STEP / 2)
        .attr('cy', 8 + Math.floor(i / cols) * STEP + STEP / 2)
        .attr('r', R)
        .attr('fill', PALETTE.neutral)
        .attr('class', 'fill-neutral');
    }
    svg.append('text').attr('x', LEFT + 2).attr('y', height - 8).attr('class', 'label-muted').attr('fill', PALETTE.muted).text(fillText(s.rest, slots));
    return serialize(svg.node()!, 'one-in-n', String(width));
  },
  table({ data, figures, locale, strings }) {
    const t = strings.tables;
    return {
      columns: [t.group, t.workers, t.insured, t.oneIn],
      rows: [[data.home.label[locale], data.home.workers, data.home.insured, figures.homeOneIn]],
    };
  },
};
