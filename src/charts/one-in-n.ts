import { fillText } from '../i18n/fill.ts';
import { blankSvg, PALETTE, serialize } from './svg.ts';
import { dotsPath } from './shapes.ts';
import type { ChartInput, ChartModule } from './types.ts';

const STEP = 20;
const R = 7;
const GRID_TOP = 44;

/** One in N: the one insured worker set apart above a grid of the N − 1 others. */
export const oneInN: ChartModule = {
  states: () => ['all'],
  render(input: ChartInput) {
    const { figures, width, slots, strings } = input;
    const s = strings.charts['one-in-n'];
    const rest = figures.homeOneIn - 1;
    const cols = Math.max(1, Math.floor(width / STEP));
    const rows = Math.ceil(rest / cols);
    const height = GRID_TOP + rows * STEP + 28;
    const svg = blankSvg(width, height);
    const one = svg.append('g').attr('class', 'mark-insured');
    one.append('circle').attr('cx', STEP / 2).attr('cy', 14).attr('r', R + 2).attr('fill', PALETTE.accent).attr('class', 'fill-accent');
    one.append('text').attr('x', STEP + 8).attr('y', 14).attr('dy', '0.35em').attr('class', 'label-accent').attr('fill', PALETTE.accent).attr('font-weight', 600).text(fillText(s.insured, slots));
    const centres = Array.from({ length: rest }, (_, i): [number, number] => [(i % cols) * STEP + STEP / 2, GRID_TOP + Math.floor(i / cols) * STEP + STEP / 2]);
    svg.append('g').attr('class', 'mark-uninsured').append('path').attr('d', dotsPath(centres, R)).attr('fill', PALETTE.neutral).attr('class', 'fill-neutral');
    svg.append('text').attr('x', 0).attr('y', height - 8).attr('class', 'label-muted').attr('fill', PALETTE.muted).text(fillText(s.rest, slots));
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
