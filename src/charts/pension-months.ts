import { fillText } from '../i18n/fill.ts';
import { formatWhole } from '../data/format.ts';
import { blankSvg, PALETTE, serialize } from './svg.ts';
import { rectsPath } from './shapes.ts';
import { inStates, type ChartInput, type ChartModule } from './types.ts';

const STATES = ['grid', 'pension'] as const;
const MONTHS = 12;

/** Up to N years as N × 12 monthly payments, one row a year, then the first monthly pension. */
export const pensionMonths: ChartModule = {
  states: () => STATES,
  render(input: ChartInput) {
    const { figures, locale, width, slots, strings } = input;
    const s = strings.charts['pension-months'];
    const on = (...n: string[]) => inStates(STATES, ...n);
    const years = figures.pensionYears;
    const narrow = width < 480;
    const labelW = narrow ? 64 : 84;
    const cell = Math.min(narrow ? 20 : 22, (width - labelW) / MONTHS);
    const gap = 3;
    const height = years * cell + 56;
    const svg = blankSvg(width, height);
    const labels = svg.append('g').attr('class', 'label-muted').attr('fill', PALETTE.muted).attr('text-anchor', 'end');
    for (let y = 0; y < years; y++) {
      if (y === 0 || (y + 1) % 5 === 0) {
        labels.append('text').attr('x', labelW - 8).attr('y', y * cell + cell / 2).attr('dy', '0.35em').text(fillText(s.yearLabel, { ...slots, n: formatWhole(y + 1, locale) }));
      }
    }
    const months = Array.from({ length: years * MONTHS }, (_, i): [number, number, number, number] => [labelW + (i % MONTHS) * cell, Math.floor(i / MONTHS) * cell, cell - gap, cell - gap]);
    svg.append('g').attr('class', 'mark-months').append('path').attr('d', rectsPath(months)).attr('fill', PALETTE.neutral).attr('class', 'fill-neutral');
    const py = years * cell + 22;
    const pension = svg.append('g').attr('data-show', on('pension')).attr('class', 'mark-pension');
    pension.append('circle').attr('cx', labelW + (cell - gap) / 2).attr('cy', py).attr('r', 9).attr('fill', PALETTE.accent).attr('class', 'fill-accent');
    pension.append('text').attr('x', labelW + cell + 6).attr('y', py).attr('dy', '0.35em').attr('class', 'label-accent').attr('fill', PALETTE.accent).attr('font-weight', 600).text(fillText(s.pension, slots));
    return serialize(svg.node()!, 'pension-months', String(width));
  },
  table({ figures, strings }) {
    const t = strings.tables;
    return { columns: [t.yearsMax, t.months], rows: [[figures.pensionYears, figures.pensionMonths]] };
  },
};
