import { formatPct } from '../data/format.ts';
import { fillText } from '../i18n/fill.ts';
import { blankSvg, PALETTE, serialize } from './svg.ts';
import { inStates, type ChartInput, type ChartModule } from './types.ts';
import { wrapToWidth } from './measure.ts';

const STATES = ['state', 'buyer'] as const;
const PAD = 2;
const LINE = 18;

/**
 * The state's stated support for each household list, solid in neutral grey, and the remainder for the buyer
 * as an outline: our reading, since the report does not say what the support is a share of. The
 * accent is kept for "has voluntary social insurance" alone.
 */
export const whoPays: ChartModule = {
  states: () => STATES,
  render(input: ChartInput) {
    const { figures, locale, width, slots, strings } = input;
    const s = strings.charts['who-pays'];
    const on = (...n: string[]) => inStates(STATES, ...n);
    const inner = width - 2 * PAD;
    // Laptops: thicker bars and more room between them, so the chart fills the height of the screen.
    const narrow = width < 480;
    const BAR = narrow ? 28 : 72;
    const ROW_GAP = narrow ? 18 : 72;
    const NOTE_GAP = narrow ? 18 : 28;
    const x = (pct: number) => PAD + (inner * pct) / 100;
    const rows = figures.support.map((r) => ({ label: wrapToWidth(r.label[locale], inner, 13, 600), state: r.statePct, buyer: r.buyerPct }));
    const reading = wrapToWidth(fillText(s.reading, slots), inner, 13);
    // Rows are ROW_GAP apart; the note on the base sits NOTE_GAP below the last one.
    const rowH = (r: (typeof rows)[number], i: number) => r.label.length * LINE + 6 + BAR + 8 + LINE + (i < rows.length - 1 ? ROW_GAP : NOTE_GAP);
    const height = rows.reduce((a, r, i) => a + rowH(r, i), 0) + reading.length * LINE + 4;
    const svg = blankSvg(width, height);
    let y = 0;
    for (const [i, r] of rows.entries()) {
      const label = svg.append('text').attr('y', y + 14).attr('class', 'label-ink').attr('fill', PALETTE.ink).attr('font-weight', 600);
      r.label.forEach((l, i) => label.append('tspan').attr('x', PAD).attr('dy', i === 0 ? 0 : LINE).text(l));
      const top = y + r.label.length * LINE + 6;
      // The whole (100%) framed in neutral from the first state, so the state's share reads as a part of it.
      svg.append('rect').attr('x', x(0) + 0.5).attr('y', top + 0.5).attr('width', x(100) - x(0) - 1).attr('height', BAR - 1)
        .attr('fill', 'none').attr('stroke', PALETTE.neutral).attr('stroke-width', 1).attr('class', 'stroke-neutral');
      // The buyer's part: outlined and dashed, read from the report rather than stated by it.
      const buyer = svg.append('g').attr('class', 'mark-buyer').attr('data-show', on('buyer'));
      buyer.append('rect').attr('x', x(r.state) + 0.75).attr('y', top + 0.75).attr('width', x(100) - x(r.state) - 1.5).attr('height', BAR - 1.5)
        .attr('fill', 'none').attr('stroke', PALETTE.ink).attr('stroke-width', 1.5).attr('stroke-dasharray', '5 3').attr('class', 'stroke-ink').attr('data-grow', '').attr('data-show', on('buyer'));
      buyer.append('text').attr('x', x(r.state) + 8).attr('y', top + BAR / 2).attr('dy', '0.35em').attr('class', 'label-ink').attr('fill', PALETTE.ink)
        .text(fillText(s.buyer, { ...slots, pct: formatPct(r.buyer, locale) }));
      svg.append('rect').attr('x', x(0)).attr('y', top).attr('width', x(r.state) - x(0)).attr('height', BAR)
        .attr('fill', PALETTE.neutral).attr('class', 'fill-neutral mark-state').attr('data-grow', '').attr('data-show', on('state', 'buyer'));
      svg.append('text').attr('x', PAD).attr('y', top + BAR + 8 + 12).attr('class', 'label-ink').attr('fill', PALETTE.ink).attr('font-weight', 600)
        .text(fillText(s.state, { ...slots, pct: formatPct(r.state, locale) }));
      y += rowH(r, i);
    }
    const note = svg.append('text').attr('y', y + 12).attr('class', 'label-muted').attr('fill', PALETTE.muted).attr('data-show', on('buyer'));
    reading.forEach((l, i) => note.append('tspan').attr('x', PAD).attr('dy', i === 0 ? 0 : LINE).text(l));
    return serialize(svg.node()!, 'who-pays', String(width));
  },
  table({ figures, locale, strings }) {
    const t = strings.tables;
    return {
      columns: [t.householdList, t.statePct, t.buyerPct],
      rows: figures.support.map((r) => [r.label[locale], r.statePct, r.buyerPct]),
    };
  },
};
