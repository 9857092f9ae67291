import type { Selection } from 'd3';
import { formatPct } from '../data/format.ts';
import { fillText } from '../i18n/fill.ts';
import { appendLines, blankSvg, PALETTE, serialize } from './svg.ts';
import { inStates, type ChartInput, type ChartModule } from './types.ts';
import { textWidth, wrapToWidth, wrapWithoutWidow, type Weight } from './measure.ts';

const STATES = ['state', 'buyer'] as const;
const PAD = 2;
const LINE = 18;

/** The chart's words and shares, for either layout. */
function parts(input: ChartInput) {
  const { figures, locale, slots, strings } = input;
  const s = strings.charts['who-pays'];
  return {
    s,
    on: (...n: string[]) => inStates(STATES, ...n),
    rows: figures.support.map((r) => ({ label: r.label[locale], state: r.statePct, buyer: r.buyerPct })),
    stateText: (pct: number) => fillText(s.state, { ...slots, pct: formatPct(pct, locale) }),
    buyerText: (pct: number) => fillText(s.buyer, { ...slots, pct: formatPct(pct, locale) }),
    reading: fillText(s.reading, slots),
  };
}


/** Lines of text, one tspan each, from (x, y) down. */
function lines<E extends SVGSVGElement | SVGGElement>(parent: Selection<E, unknown, null, undefined>, x: number, y: number, text: string[], cls: 'label-ink' | 'label-muted', weight?: number) {
  const t = parent.append('text').attr('y', y).attr('class', cls).attr('fill', cls === 'label-ink' ? PALETTE.ink : PALETTE.muted).attr('font-weight', weight ?? null);
  return appendLines(t, x, text, LINE);
}

/** A label beside a column: on one line if it fits, else broken after its colon ("Left for the buyer:" / "70%"), then wrapped. */
function besideLines(text: string, width: number, weight?: Weight): string[] {
  if (textWidth(text, 13, weight) <= width) return [text];
  const colon = text.lastIndexOf(': ');
  if (colon < 0) return wrapToWidth(text, width, 13, weight);
  return [...wrapToWidth(text.slice(0, colon + 1), width, 13, weight), text.slice(colon + 2)];
}

/** Phones: a bar per household list, the state's share from the left. */
function renderBars(input: ChartInput): string {
  const { width } = input;
  const { on, rows, stateText, buyerText, reading } = parts(input);
  const inner = width - 2 * PAD;
  const BAR = 28;
  const ROW_GAP = 18;
  const NOTE_GAP = 18;
  const x = (pct: number) => PAD + (inner * pct) / 100;
  const laid = rows.map((r) => ({ ...r, lines: wrapToWidth(r.label, inner, 13, 600) }));
  const note = wrapToWidth(reading, inner, 13);
  // Rows are ROW_GAP apart; the note on the base sits NOTE_GAP below the last one.
  const rowH = (r: (typeof laid)[number], i: number) => r.lines.length * LINE + 6 + BAR + 8 + LINE + (i < laid.length - 1 ? ROW_GAP : NOTE_GAP);
  const height = laid.reduce((a, r, i) => a + rowH(r, i), 0) + note.length * LINE + 4;
  const svg = blankSvg(width, height);
  let y = 0;
  for (const [i, r] of laid.entries()) {
    lines(svg, PAD, y + 14, r.lines, 'label-ink', 600);
    const top = y + r.lines.length * LINE + 6;
    // The whole (100%) framed in neutral from the first state, so the state's share reads as a part of it.
    svg.append('rect').attr('x', x(0) + 0.5).attr('y', top + 0.5).attr('width', x(100) - x(0) - 1).attr('height', BAR - 1)
      .attr('fill', 'none').attr('stroke', PALETTE.neutral).attr('stroke-width', 1).attr('class', 'stroke-neutral');
    // The buyer's part: outlined and dashed, read from the report rather than stated by it.
    const buyer = svg.append('g').attr('class', 'mark-buyer').attr('data-show', on('buyer'));
    buyer.append('rect').attr('x', x(r.state) + 0.75).attr('y', top + 0.75).attr('width', x(100) - x(r.state) - 1.5).attr('height', BAR - 1.5)
      .attr('fill', 'none').attr('stroke', PALETTE.ink).attr('stroke-width', 1.5).attr('stroke-dasharray', '5 3').attr('class', 'stroke-ink').attr('data-grow', '').attr('data-show', on('buyer'));
    buyer.append('text').attr('x', x(r.state) + 8).attr('y', top + BAR / 2).attr('dy', '0.35em').attr('class', 'label-ink').attr('fill', PALETTE.ink).text(buyerText(r.buyer));
    svg.append('rect').attr('x', x(0)).attr('y', top).attr('width', x(r.state) - x(0)).attr('height', BAR)
      .attr('fill', PALETTE.neutral).attr('class', 'fill-neutral mark-state').attr('data-grow', '').attr('data-show', on('state', 'buyer'));
    lines(svg, PAD, top + BAR + 8 + 12, [stateText(r.state)], 'label-ink', 600);
    y += rowH(r, i);
  }
  lines(svg, PAD, y + 12, note, 'label-muted').attr('data-show', on('buyer'));
  return serialize(svg.node()!, 'who-pays', String(width));
}

/**
 * Laptops: a column per household list, the whole payment, the state's share rising from its foot and the
 * buyer's part above it, each labelled beside it: the chart fills the height of the screen with columns,
 * not with ever thicker bars.
 */
function renderColumns(input: ChartInput): string {
  const { width } = input;
  const { on, rows, stateText, buyerText, reading } = parts(input);
  const inner = width - 2 * PAD;
  const half = inner / rows.length;
  const COL = 80;
  const COL_H = 280;
  const GAP = 10;
  const textW = half - COL - GAP - 12;
  const heads = rows.map((r) => wrapWithoutWidow(r.label, half - 12, 13, 600));
  const headH = Math.max(...heads.map((h) => h.length)) * LINE;
  const note = wrapToWidth(reading, inner, 13);
  const top = headH + 10;
  const foot = top + COL_H;
  const height = foot + 20 + note.length * LINE + 4;
  const svg = blankSvg(width, height);
  const y = (pct: number) => foot - (COL_H * pct) / 100;
  for (const [i, r] of rows.entries()) {
    const x0 = PAD + i * half;
    lines(svg, x0, 14 + (headH - heads[i].length * LINE), heads[i], 'label-ink', 600);
    // The whole (100%) framed in neutral from the first state, so the state's share reads as a part of it.
    svg.append('rect').attr('x', x0 + 0.5).attr('y', top + 0.5).attr('width', COL - 1).attr('height', COL_H - 1)
      .attr('fill', 'none').attr('stroke', PALETTE.neutral).attr('stroke-width', 1).attr('class', 'stroke-neutral');
    // The buyer's part: outlined and dashed, read from the report rather than stated by it.
    const buyer = svg.append('g').attr('class', 'mark-buyer').attr('data-show', on('buyer'));
    buyer.append('rect').attr('x', x0 + 0.75).attr('y', top + 0.75).attr('width', COL - 1.5).attr('height', y(r.state) - top - 1.5)
      .attr('fill', 'none').attr('stroke', PALETTE.ink).attr('stroke-width', 1.5).attr('stroke-dasharray', '5 3').attr('class', 'stroke-ink').attr('data-grow', 'up').attr('data-show', on('buyer'));
    const bLines = besideLines(buyerText(r.buyer), textW);
    lines(buyer, x0 + COL + GAP, (top + y(r.state)) / 2 - ((bLines.length - 1) * LINE) / 2 + 4, bLines, 'label-ink');
    svg.append('rect').attr('x', x0).attr('y', y(r.state)).attr('width', COL).attr('height', foot - y(r.state))
      .attr('fill', PALETTE.neutral).attr('class', 'fill-neutral mark-state').attr('data-grow', 'up').attr('data-show', on('state', 'buyer'));
    const sLines = besideLines(stateText(r.state), textW, 600);
    lines(svg, x0 + COL + GAP, (y(r.state) + foot) / 2 - ((sLines.length - 1) * LINE) / 2 + 4, sLines, 'label-ink', 600);
  }
  lines(svg, PAD, foot + 20 + 12, note, 'label-muted').attr('data-show', on('buyer'));
  return serialize(svg.node()!, 'who-pays', String(width));
}

/**
 * The state's stated support for each household list, solid in neutral grey, and the remainder for the buyer
 * as an outline: our reading, since the report does not say what the support is a share of. The
 * accent is kept for "has voluntary social insurance" alone.
 */
export const whoPays: ChartModule = {
  states: () => STATES,
  render(input: ChartInput) {
    return input.width < 480 ? renderBars(input) : renderColumns(input);
  },
  table({ figures, locale, strings }) {
    const t = strings.tables;
    return {
      columns: [t.householdList, t.statePct, t.buyerPct],
      rows: figures.support.map((r) => [r.label[locale], r.statePct, r.buyerPct]),
    };
  },
};
