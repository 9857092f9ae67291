import { projectAbroad, unitSize } from '../data/figures.ts';
import { fillText } from '../i18n/fill.ts';
import { appendLines, blankSvg, PALETTE, serialize } from './svg.ts';
import { rectsPath } from './shapes.ts';
import { inStates, namesOf, type ChartInput, type ChartModule } from './types.ts';
import { textWidth, wrapToWidth } from './measure.ts';
import { blockColumns, blockOutline } from './blocks.ts';

const STATES = ['workers', 'buyers', 'growth'] as const;
const PAD = 4;
const LINE = 19;
type Rect = [number, number, number, number];

/**
 * The workers abroad as a unit chart on its own, stated scale, in blocks of "one in N" squares with a
 * buyer in each (as the chart of all migrant workers has them, so the two shares compare by the size
 * of a block), then one year of the growth the report estimates, as outlined squares (a stated rate,
 * not a count).
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
    // Blocks of "one in N" squares, each holding one buyer, as the chart of all migrant workers has
    // them: two blocks across on phones, four on laptops. Block sizes side by side compare the shares.
    const perBlock = figures.abroadOneIn;
    const blocks = Math.ceil(marks / perBlock);
    const across = Math.min(blocks, narrow ? 2 : 4);
    const blockCols = narrow ? blockColumns(perBlock, 15, 18, 17) : blockColumns(perBlock, 8, 10, 9);
    const rowsPerBlock = Math.ceil(perBlock / blockCols);
    const cols = across * blockCols + (across - 1);
    const cell = (width - 2 * PAD) / cols;
    const gap = Math.max(1.5, cell * 0.16);
    const size = cell - gap;
    const blockGapY = Math.round(cell * 0.6);
    // The buyers' label on one line where it fits, else its two parts on lines of their own.
    const buyersText = `${fillText(s.buyers, slots)}: ${fillText(s.buyersShare, slots)}`;
    const buyerLines = textWidth(buyersText, 13, 600) <= width - 2 * PAD
      ? [buyersText]
      : [fillText(s.buyers, slots), fillText(s.buyersShare, slots)].flatMap((t) => wrapToWidth(t, width - 2 * PAD, 13, 600));
    const growthLines = wrapToWidth(fillText(s.growth, slots), width - 2 * PAD - 17, 13, 600);
    // Room under the buyers' label for the first block's outline and the squares' rings.
    const top = 16 + LINE + 16 + buyerLines.length * LINE;
    const blockRows = Math.ceil(blocks / across);
    const blockH = rowsPerBlock * cell + blockGapY;
    const pos = (i: number) => {
      const b = Math.floor(i / perBlock);
      const k = i % perBlock;
      return { x: PAD + ((b % across) * (blockCols + 1) + (k % blockCols)) * cell, y: top + Math.floor(b / across) * blockH + Math.floor(k / blockCols) * cell };
    };
    // The last row of blocks is only as tall as its tallest block.
    const lastRowRows = Math.max(...Array.from({ length: blocks }, (_, b) => b).filter((b) => Math.floor(b / across) === blockRows - 1).map((b) => Math.ceil(Math.min(perBlock, marks - b * perBlock) / blockCols)));
    const workersH = (blockRows - 1) * blockH + lastRowRows * cell;
    // One year of growth is a block of its own, on new rows after a gap: a yearly rate, not more of the count.
    const GROWTH_GAP = 12;
    const growthTop = top + workersH + GROWTH_GAP;
    const gridH = workersH + GROWTH_GAP + Math.ceil(Math.ceil(growthUnits) / cols) * cell - gap;
    const height = top + gridH + 14 + growthLines.length * LINE;
    const svg = blankSvg(width, height);
    svg.append('text').attr('x', PAD).attr('y', 16).attr('class', 'label-ink').attr('fill', PALETTE.ink).attr('font-weight', 600).text(fillText(s.key, slots));
    svg.append('text').attr('x', PAD).attr('y', 16 + LINE).attr('class', 'label-muted').attr('fill', PALETTE.muted).text(fillText(s.workers, slots));
    // The buyers: one square at the start of each block, the last only as wide as its share of a unit.
    const buyers = Array.from({ length: Math.ceil(buyerUnits) }, (_, j) => ({ i: Math.min(j * perBlock, marks - 1), frac: Math.min(1, buyerUnits - j) }));
    const buyerAt = new Map(buyers.map((b) => [b.i, b.frac]));
    // The workers: one path; the part of a square a buyer takes is left out and drawn on its own.
    const neutral: Rect[] = [];
    for (let i = 0; i < marks; i++) {
      const { x, y } = pos(i);
      const w = i === marks - 1 && units % 1 > 0 ? size * (units % 1) : size;
      const taken = (buyerAt.get(i) ?? 0) * size;
      if (taken < w) neutral.push([x + taken, y, w - taken, size]);
    }
    svg.append('g').attr('class', 'mark-workers').append('path').attr('d', rectsPath(neutral)).attr('fill', PALETTE.neutral).attr('class', 'fill-neutral');
    // Once they are the point, each buyer is ringed in ink (in grey scale too) and the first block of
    // "one in N" is outlined, as in the chart of all migrant workers.
    const rings = svg.append('g').attr('data-show', on('buyers', 'growth'));
    buyers.forEach(({ i, frac }, order) => {
      const { x, y } = pos(i);
      svg.append('g').attr('class', 'mark-buyers').attr('data-mute', on('workers'))
        .append('rect').attr('x', x).attr('y', y).attr('width', size * frac).attr('height', size).attr('data-order', order + 1)
        .attr('fill', PALETTE.accent).attr('class', 'fill-accent');
      rings.append('rect').attr('x', x - 2).attr('y', y - 2).attr('width', size + 4).attr('height', size + 4).attr('data-order', order + 1)
        .attr('fill', 'none').attr('stroke', PALETTE.ink).attr('stroke-width', 1.5).attr('class', 'stroke-ink');
    });
    rings.append('path').attr('d', blockOutline(PAD, top, Math.min(perBlock, marks), blockCols, cell, gap, 3)).attr('fill', 'none').attr('stroke', PALETTE.ink).attr('stroke-width', 1).attr('class', 'stroke-ink');
    const buyerLabel = svg.append('g').attr('data-show', on('buyers', 'growth'));
    buyerLines.forEach((line, i) => {
      buyerLabel.append('text').attr('x', PAD).attr('y', 16 + LINE * (2 + i) + 4).attr('class', 'label-accent').attr('fill', PALETTE.accent).attr('font-weight', 600).text(line);
    });
    // One year of the stated growth, outlined, in a block below the workers: drawn as what the report estimates.
    const growth: Rect[] = Array.from({ length: Math.ceil(growthUnits) }, (_, k) => [PAD + (k % cols) * cell, growthTop + Math.floor(k / cols) * cell, size * Math.min(1, growthUnits - k), size]);
    const inset = (r: Rect): Rect => [r[0] + 0.75, r[1] + 0.75, Math.max(0, r[2] - 1.5), r[3] - 1.5];
    const grown = svg.append('g').attr('class', 'mark-growth').attr('data-show', on('growth'));
    // Dashed and muted: lighter than the squares the report counts, as a stated rate should be.
    grown.append('path').attr('d', rectsPath(growth.map(inset))).attr('fill', 'none').attr('stroke', PALETTE.muted).attr('stroke-width', 1).attr('stroke-dasharray', '2 1.5').attr('class', 'stroke-muted');
    const ly = top + gridH + 8 + LINE;
    grown.append('rect').attr('x', PAD + 0.75).attr('y', ly - 10).attr('width', 9.5).attr('height', 9.5).attr('fill', 'none').attr('stroke', PALETTE.muted).attr('stroke-width', 1).attr('stroke-dasharray', '2 1.5').attr('class', 'stroke-muted');
    const text = grown.append('text').attr('y', ly).attr('class', 'label-ink').attr('fill', PALETTE.ink).attr('font-weight', 600);
    appendLines(text, PAD + 17, growthLines, LINE);
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
      ours: projectAbroad(data.abroad).map((p) => p.year !== 0),
    };
  },
};
