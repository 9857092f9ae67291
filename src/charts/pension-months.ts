import { fillText } from '../i18n/fill.ts';
import { formatWhole } from '../data/format.ts';
import { appendLines, blankSvg, PALETTE, serialize } from './svg.ts';
import { rectsPath } from './shapes.ts';
import { inStates, namesOf, type ChartInput, type ChartModule } from './types.ts';
import { textWidth, wrapToWidth } from './measure.ts';

const STATES = ['grid', 'pension'] as const;
const MONTHS = 12;
const TOP = 40;

/**
 * Up to N years as N × 12 monthly payments, one row a year that fills in as the reader scrolls
 * (data-seq, with a year counter), then the first monthly pension, right after the last month.
 */
export const pensionMonths: ChartModule = {
  states: () => STATES,
  render(input: ChartInput) {
    const { figures, locale, width, slots, strings } = input;
    const s = strings.charts['pension-months'];
    const on = (...n: string[]) => inStates(STATES, ...n);
    const years = figures.pensionYears;
    const narrow = width < 480;
    const labelW = narrow ? 58 : 72;
    const cell = narrow ? 13 : 19;
    const gap = narrow ? 2 : 3;
    const size = cell - gap;
    const gridW = MONTHS * cell - gap;
    const height = TOP + (years + 1) * cell + 8;
    const svg = blankSvg(width, height);
    svg.attr('data-seq-max', years);
    const n = (k: number) => ({ ...slots, n: formatWhole(k, locale) });
    // The year counter, as the scroll controller sets it ("Year 7"); drawn whole (an embed, a download, the
    // plain article), it says what the grid adds up to instead of the last "Year N" over a grid that starts at year 1.
    // On phones it starts at the left edge, and is set smaller where its words would run past the right one.
    const counterX = narrow ? 0 : labelW;
    const counterSize = [18, 16, 15, 14, 13].find((px) => textWidth(fillText(s.counterWhole, slots), px, 600) <= width - counterX) ?? 13;
    svg.append('text').attr('x', counterX).attr('y', 24).attr('class', 'label-ink').attr('fill', PALETTE.ink).attr('font-weight', 600).attr('font-size', counterSize)
      .attr('data-counter', '').attr('data-counter-template', fillText(s.counter, { ...slots, n: '{n}' })).attr('data-counter-end', fillText(s.counterWhole, slots))
      .text(fillText(s.counterWhole, slots));
    for (let y = 0; y < years; y++) {
      const row = svg.append('g').attr('data-seq', y + 1).attr('class', 'mark-year');
      const months = Array.from({ length: MONTHS }, (_, m): [number, number, number, number] => [labelW + m * cell, TOP + y * cell, size, size]);
      row.append('path').attr('d', rectsPath(months)).attr('fill', PALETTE.neutral).attr('class', 'fill-neutral');
      if (y === 0 || (y + 1) % 5 === 0) {
        row.append('text').attr('x', labelW - 8).attr('y', TOP + y * cell + size / 2).attr('dy', '0.35em').attr('text-anchor', 'end')
          .attr('class', 'label-muted').attr('fill', PALETTE.muted).text(fillText(s.yearLabel, n(y + 1)));
      }
    }
    // The first pension: the month after the last one paid in, at the start of the next row.
    const pension = svg.append('g').attr('data-show', on('pension')).attr('class', 'mark-pension');
    const py = TOP + years * cell + size / 2;
    pension.append('circle').attr('cx', labelW + size / 2).attr('cy', py).attr('r', size / 2 + 1).attr('fill', PALETTE.ink).attr('class', 'fill-ink');
    pension.append('text').attr('x', labelW + cell + 6).attr('y', py).attr('dy', '0.35em').attr('class', 'label-ink').attr('fill', PALETTE.ink).attr('font-weight', 600).text(fillText(s.pension, slots));
    // A bracket beside the grid: all the months paid in before it.
    const bx = labelW + gridW + 8;
    const gridBottom = TOP + years * cell - gap;
    pension.append('path').attr('d', `M${bx},${TOP}h5V${gridBottom}h-5`).attr('fill', 'none').attr('stroke', PALETTE.ink).attr('stroke-width', 1.5).attr('class', 'stroke-ink');
    // Beside the bracket on a phone there is room for a syllable or two a line: words may break there.
    const lines = wrapToWidth(fillText(s.total, slots), width - bx - 14, 13, 600, false);
    const t = pension.append('text').attr('y', (TOP + gridBottom) / 2 - ((lines.length - 1) * 18) / 2).attr('dy', '0.35em').attr('class', 'label-ink').attr('fill', PALETTE.ink).attr('font-weight', 600);
    appendLines(t, bx + 12, lines, '18', '0.35em');
    return serialize(svg.node()!, 'pension-months', String(width));
  },
  table({ data, figures, locale, strings }) {
    const t = strings.tables;
    return { columns: [t.yearsMax, t.saidBy, t.months], rows: [[figures.pensionYears, namesOf(data, data.pension.saidBy, locale), figures.pensionMonths]] };
  },
};
