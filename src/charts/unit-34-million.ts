import { fillText } from '../i18n/fill.ts';
import { appendLines, blankSvg, PALETTE, serialize } from './svg.ts';
import { rectsPath } from './shapes.ts';
import { inStates, namesOf, type ChartInput, type ChartModule } from './types.ts';
import { blockColumns } from './blocks.ts';
import { wrapWithoutWidow } from './measure.ts';

const STATES = ['one-in-n', 'buyers', 'rest'] as const;
// Room at the sides for the outline and the rings drawn just outside the squares.
const PAD = 4;
type Rect = [number, number, number, number];

/**
 * The migrant workers as a unit chart, in blocks of "one in N" squares: each block holds one square
 * of buyers, so the ratio shows at a glance; then the buyers, then everyone not among them.
 */
export const unit34Million: ChartModule = {
  states: () => STATES,
  render(input: ChartInput) {
    const { figures, width, slots, strings } = input;
    const s = strings.charts['unit-34-million'];
    const on = (...n: string[]) => inStates(STATES, ...n);
    const units = figures.homeWorkers / figures.unit;
    const marks = Math.ceil(units);
    const perBlock = figures.homeOneIn;
    const blocks = Math.ceil(marks / perBlock);
    const narrow = width < 480;
    // Room for the key and the "one in N" label above the grid, and for the two legend lines below it;
    // tighter on phones, so the chart leaves the bottom half of the screen to the step cards.
    const TOP = narrow ? 46 : 52;
    const legendY = narrow ? [19, 38, 43] : [24, 46, 56];
    // Phones stack the blocks; wider layouts set them side by side, so "one in N" repeats across.
    const across = narrow ? 1 : Math.min(blocks, 3);
    const cols = narrow ? blockColumns(perBlock, 18, 24, 21) : blockColumns(perBlock, 7, 12, 9);
    const rowsPerBlock = Math.ceil(perBlock / cols);
    const gapCells = 1;
    const cell = (width - 2 * PAD) / (across * cols + (across - 1) * gapCells);
    const gap = Math.max(2, cell * 0.14);
    const size = cell - gap;
    const blockGapY = narrow ? 7 : cell;
    const blockRows = Math.ceil(blocks / across);
    // Height of the grid: full block rows, the last row of blocks only as tall as its tallest block.
    const lastRowBlocks = Array.from({ length: blocks }, (_, b) => b).filter((b) => Math.floor(b / across) === blockRows - 1);
    const lastRowHeight = Math.max(...lastRowBlocks.map((b) => Math.ceil(Math.min(perBlock, marks - b * perBlock) / cols))) * cell;
    const gridH = (blockRows - 1) * (rowsPerBlock * cell + blockGapY) + lastRowHeight - gap;
    // The last legend line wraps where it is too long for a narrow layout (a second line below it).
    // (SVG text never wraps by itself, so its lines keep plain spaces.)
    const restLines = wrapWithoutWidow(fillText(s.rest, slots), width - 2 * PAD - 17, 13, 600).map((l) => l.replace(/\u00a0/g, ' '));
    const height = TOP + gridH + legendY[2] + (restLines.length - 1) * 18;
    const pos = (i: number) => {
      const b = Math.floor(i / perBlock);
      const k = i % perBlock;
      const bx = (b % across) * (cols + gapCells) * cell;
      const by = Math.floor(b / across) * (rowsPerBlock * cell + blockGapY);
      return { x: PAD + bx + (k % cols) * cell, y: TOP + by + Math.floor(k / cols) * cell };
    };
    // The buyers: one square at the start of each block, the last one only as wide as its share of a unit.
    const buyerUnits = figures.homeInsured / figures.unit;
    const buyers = Array.from({ length: Math.ceil(buyerUnits) }, (_, j) => ({ i: Math.min(j * perBlock, marks - 1), frac: Math.min(1, buyerUnits - j) }));
    const buyerAt = new Map(buyers.map((b) => [b.i, b.frac]));
    const neutral: Rect[][] = [[], []];
    for (let i = 0; i < marks; i++) {
      const { x, y } = pos(i);
      // The last square may stand for fewer workers than a full unit.
      const w = i === marks - 1 && units % 1 > 0 ? size * (units % 1) : size;
      const taken = (buyerAt.get(i) ?? 0) * size;
      if (taken < w) neutral[i < perBlock ? 0 : 1].push([x + taken, y, w - taken, size]);
    }
    const svg = blankSvg(width, height);
    svg.append('text').attr('x', PAD).attr('y', 16).attr('class', 'label-muted').attr('fill', PALETTE.muted).text(fillText(s.key, slots));
    // State 1: the first block outlined and named "1 in N". The squares keep their colours in every state
    // (the many in neutral, 3.5:1 on the paper), so one category never wears two greys.
    const first = svg.append('g').attr('data-show', on('one-in-n'));
    const firstRows = Math.ceil(Math.min(perBlock, marks) / cols);
    first.append('rect').attr('x', PAD - 3).attr('y', TOP - 3).attr('width', Math.min(cols, marks) * cell - gap + 6).attr('height', firstRows * cell - gap + 6)
      .attr('fill', 'none').attr('stroke', PALETTE.ink).attr('stroke-width', 1.5).attr('class', 'stroke-ink');
    first.append('text').attr('x', PAD).attr('y', TOP - 12).attr('class', 'label-ink').attr('fill', PALETTE.ink).attr('font-weight', 600).attr('font-size', 15).text(fillText(s.oneIn, slots));
    // In the first state the other blocks fade, so the one block named "1 in N" is what the reader sees.
    const fadeFirst = on('one-in-n');
    svg.append('g').attr('class', 'mark-rest').append('path').attr('d', rectsPath(neutral[0])).attr('fill', PALETTE.neutral).attr('class', 'fill-neutral');
    svg.append('g').attr('class', 'mark-rest').attr('data-dim', fadeFirst).append('path').attr('d', rectsPath(neutral[1])).attr('fill', PALETTE.neutral).attr('class', 'fill-neutral');
    // The rings point the buyers out in their own step; in the last, the others are the subject, so the
    // rings go and the buyers' label stays, to say who the red squares are.
    const rings = svg.append('g').attr('data-show', on('buyers'));
    buyers.forEach(({ i, frac }, order) => {
      const { x, y } = pos(i);
      // In the last state the others are the subject: the buyers step back (still in their colour).
      svg.append('g').attr('class', 'mark-buyers').attr('data-dim', i < perBlock ? on('rest') : on('one-in-n', 'rest'))
        .append('rect').attr('x', x).attr('y', y).attr('width', size * frac).attr('height', size).attr('data-order', order + 1)
        .attr('fill', PALETTE.accent).attr('class', 'fill-accent');
      // In ink: a ring points the buyers out (in grey scale too); the accent stays for the buyers themselves.
      rings.append('rect').attr('x', x - 2.5).attr('y', y - 2.5).attr('width', size + 5).attr('height', size + 5).attr('data-order', order + 1)
        .attr('fill', 'none').attr('stroke', PALETTE.ink).attr('stroke-width', 1.5).attr('class', 'stroke-ink');
    });
    const legend = (y: number, fill: string, cls: string, text: string | string[], textCls: string, show: string, swatchDim: string | null = null) => {
      const g = svg.append('g').attr('data-show', show);
      // The swatch steps back with the squares it keys, so key and marks stay one colour.
      g.append('g').attr('data-dim', swatchDim).append('rect').attr('x', PAD).attr('y', y - 10).attr('width', 11).attr('height', 11).attr('fill', fill).attr('class', cls);
      const t = g.append('text').attr('x', PAD + 17).attr('y', y).attr('class', textCls).attr('fill', textCls === 'label-accent' ? PALETTE.accent : PALETTE.ink).attr('font-weight', 600);
      if (typeof text === 'string') t.text(text);
      else appendLines(t, PAD + 17, text, 18);
    };
    const below = TOP + gridH;
    legend(below + legendY[0], PALETTE.accent, 'fill-accent', fillText(s.buyers, slots), 'label-accent', on('buyers', 'rest'), on('rest'));
    legend(below + legendY[1], PALETTE.neutral, 'fill-neutral', restLines.length > 1 ? restLines : restLines[0], 'label-ink', on('rest'));
    return serialize(svg.node()!, 'unit-34-million', String(width));
  },
  table({ data, figures, locale, strings }) {
    const t = strings.tables;
    return {
      columns: [t.group, t.workers, t.insured, t.buyersWho, t.saidBy, t.uninsured, t.share, t.oneIn, t.workersPerSquare],
      rows: [[data.home.label[locale], data.home.workers, data.home.insured, data.home.insuredWho[locale], namesOf(data, data.home.insuredSaidBy, locale), figures.homeUninsured, { value: figures.homeShare * 100, digits: 2 }, figures.homeOneIn, figures.unit]],
    };
  },
};
