import { projectAbroad, unitSize } from '../data/figures.ts';
import { fillText } from '../i18n/fill.ts';
import { blankSvg, PALETTE, serialize } from './svg.ts';
import { rectsPath } from './shapes.ts';
import { inStates, namesOf, type ChartInput, type ChartModule } from './types.ts';
import { textWidth, wrapToWidth } from './measure.ts';

const STATES = ['workers', 'buyers', 'growth'] as const;
const PAD = 4;
const LINE = 19;
type Rect = [number, number, number, number];

/**
 * The workers abroad as a unit chart on its own, stated scale: the few buyers among them, then one
 * year of the growth the report estimates, as outlined squares (a stated rate, not a count).
 */
export const abroadUnits: ChartModule = {
  states: () => STATES,
  render(input: ChartInput) {
    const { figures, width, slots, strings } = input;
    const s = strings.charts['abroad-units'];
    const on = (...n: string[]) => inStates(STATES, ...n);
    const unit = unitSize(figures.abroadWorkers);
    const units = figures.abroadWorkers / unit;
    const marks = Math.ceil(units);
    const buyerUnits = figures.abroadInsured / unit;
    const growthUnits = figures.abroadGrowth / unit;
    const narrow = width < 480;
    // Laptops: fewer, bigger squares than before, so the chart fills the height of a laptop screen.
    const cols = narrow ? 30 : 32;
    const cell = (width - 2 * PAD) / cols;
    const gap = Math.max(1.5, cell * 0.16);
    const size = cell - gap;
    // The buyers' label on one line where it fits, else its two parts on lines of their own.
    const buyersText = `${fillText(s.buyers, slots)}: ${fillText(s.buyersShare, slots)}`;
    const buyerLines = textWidth(buyersText, 13, 600) <= width - 2 * PAD
      ? [buyersText]
      : [fillText(s.buyers, slots), fillText(s.buyersShare, slots)].flatMap((t) => wrapToWidth(t, width - 2 * PAD, 13, 600));
    const growthLines = wrapToWidth(fillText(s.growth, slots), width - 2 * PAD - 17, 13, 600);
    const top = 16 + LINE + 10 + buyerLines.length * LINE;
    const pos = (i: number) => ({ x: PAD + (i % cols) * cell, y: top + Math.floor(i / cols) * cell });
    // One year of growth is a block of its own, on new rows after a gap: a yearly rate, not more of the count.
    const GROWTH_GAP = 12;
    const workerRows = Math.ceil(marks / cols);
    const gridH = (workerRows + Math.ceil(Math.ceil(growthUnits) / cols)) * cell - gap + GROWTH_GAP;
    const height = top + gridH + 14 + growthLines.length * LINE;
    const svg = blankSvg(width, height);
    svg.append('text').attr('x', PAD).attr('y', 16).attr('class', 'label-ink').attr('fill', PALETTE.ink).attr('font-weight', 600).text(fillText(s.key, slots));
    svg.append('text').attr('x', PAD).attr('y', 16 + LINE).attr('class', 'label-muted').attr('fill', PALETTE.muted).text(fillText(s.workers, slots));
    // The workers: one path; the squares the buyers take are left out and drawn on their own.
    const square = (i: number, share = 1): Rect => {
      const { x, y } = pos(i);
      return [x, y, size * share, size];
    };
    const neutral: Rect[] = [];
    for (let i = 0; i < marks; i++) {
      const whole = i === marks - 1 && units % 1 > 0 ? units % 1 : 1;
      const taken = Math.max(0, Math.min(whole, buyerUnits - i));
      if (taken < whole) {
        const [x, y, , h] = square(i);
        neutral.push([x + taken * size, y, (whole - taken) * size, h]);
      }
    }
    svg.append('g').attr('class', 'mark-workers').append('path').attr('d', rectsPath(neutral)).attr('fill', PALETTE.neutral).attr('class', 'fill-neutral');
    const buyers = svg.append('g').attr('class', 'mark-buyers').attr('data-mute', on('workers'));
    for (let i = 0; i < Math.ceil(buyerUnits); i++) {
      const [x, y, w, h] = square(i, Math.min(1, buyerUnits - i));
      buyers.append('rect').attr('x', x).attr('y', y).attr('width', w).attr('height', h).attr('data-order', i + 1).attr('fill', PALETTE.accent).attr('class', 'fill-accent');
    }
    // The buyers outlined in ink once they are the point, so they stand apart in grey scale too (a box per row they take).
    const rowsOf = new Map<number, Rect>();
    for (let i = 0; i < Math.ceil(buyerUnits); i++) {
      const [x, y, w, h] = square(i, Math.min(1, buyerUnits - i));
      const r = rowsOf.get(y);
      rowsOf.set(y, r ? [r[0], y, x + w - r[0], h] : [x, y, w, h]);
    }
    const outline = svg.append('g').attr('data-show', on('buyers', 'growth'));
    for (const [x, y, w, h] of rowsOf.values()) {
      outline.append('rect').attr('x', x - 2).attr('y', y - 2).attr('width', w + 4).attr('height', h + 4).attr('fill', 'none').attr('stroke', PALETTE.ink).attr('stroke-width', 1.5).attr('class', 'stroke-ink');
    }
    const buyerLabel = svg.append('g').attr('data-show', on('buyers', 'growth'));
    buyerLines.forEach((line, i) => {
      buyerLabel.append('text').attr('x', PAD).attr('y', 16 + LINE * (2 + i) + 4).attr('class', 'label-accent').attr('fill', PALETTE.accent).attr('font-weight', 600).text(line);
    });
    // One year of the stated growth, outlined, in a block below the workers: drawn as what the report estimates.
    const growth: Rect[] = [];
    for (let k = 0; k < Math.ceil(growthUnits); k++) {
      const [x, y, w, h] = square(workerRows * cols + k, Math.min(1, growthUnits - k));
      growth.push([x, y + GROWTH_GAP, w, h]);
    }
    const inset = (r: Rect): Rect => [r[0] + 0.75, r[1] + 0.75, Math.max(0, r[2] - 1.5), r[3] - 1.5];
    const grown = svg.append('g').attr('class', 'mark-growth').attr('data-show', on('growth'));
    // Dashed and muted: lighter than the squares the report counts, as a stated rate should be.
    grown.append('path').attr('d', rectsPath(growth.map(inset))).attr('fill', 'none').attr('stroke', PALETTE.muted).attr('stroke-width', 1).attr('stroke-dasharray', '2 1.5').attr('class', 'stroke-muted');
    const ly = top + gridH + 8 + LINE;
    grown.append('rect').attr('x', PAD + 0.75).attr('y', ly - 10).attr('width', 9.5).attr('height', 9.5).attr('fill', 'none').attr('stroke', PALETTE.muted).attr('stroke-width', 1).attr('stroke-dasharray', '2 1.5').attr('class', 'stroke-muted');
    const text = grown.append('text').attr('y', ly).attr('class', 'label-ink').attr('fill', PALETTE.ink).attr('font-weight', 600);
    growthLines.forEach((l, i) => text.append('tspan').attr('x', PAD + 17).attr('dy', i === 0 ? 0 : LINE).text(l));
    return serialize(svg.node()!, 'abroad-units', String(width));
  },
  table({ data, figures, locale, strings }) {
    const t = strings.tables;
    return {
      columns: [t.yearsAfterReport, t.workersAbroad, t.insured, t.share, t.kind],
      rows: projectAbroad(data.abroad).map((p) =>
        p.year === 0
          ? [0, p.workers, data.abroad.insured, { value: figures.abroadShare * 100, digits: 2 }, fillText(t.reportedEstimate, { buyersSaidBy: namesOf(data, data.abroad.insuredSaidBy, locale) })]
          : [p.year, p.workers, '', '', t.ourProjection],
      ),
    };
  },
};
