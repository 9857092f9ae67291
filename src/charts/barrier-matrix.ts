import { blankSvg, PALETTE, serialize } from './svg.ts';
import { inStates, type ChartInput, type ChartModule } from './types.ts';
import { wrapLines } from './wrap.ts';

const LINE = 16;
const HEAD = 44;

/** The officials who named each barrier, in the order they appear in the data. */
export function namers(input: ChartInput): string[] {
  return [...new Set(input.data.barriers.flatMap((b) => b.namedBy))];
}

/** States: an overview, then one per barrier, in data order. */
export function barrierStates(input: Pick<ChartInput, 'data'>): string[] {
  return ['intro', ...input.data.barriers.map((b) => b.id)];
}

/** How officials are named in a tight column: the given name, as the report calls them ("Sang said"). */
function shortName(full: string): string {
  return full.split(' ').at(-1)!;
}

/** Barriers (rows) by the officials who named them (columns): a dot where an official named a barrier. */
export const barrierMatrix: ChartModule = {
  states: (data) => barrierStates({ data }),
  render(input: ChartInput) {
    const { data, locale, width } = input;
    const states = barrierStates(input);
    const ids = namers(input);
    const people = ids.map((id) => data.officials.find((o) => o.id === id)!);
    const narrow = width < 480;
    const labelW = narrow ? 128 : 300;
    const colW = (width - labelW) / people.length;
    const chars = narrow ? 17 : 40;
    const rows = data.barriers.map((b) => ({ b, lines: wrapLines(b.label[locale], chars) }));
    const heights = rows.map((r) => r.lines.length * LINE + 14);
    const height = HEAD + heights.reduce((a, b) => a + b, 0) + 4;
    const svg = blankSvg(width, height);
    people.forEach((p, i) => {
      svg.append('text')
        .attr('x', labelW + colW * (i + 0.5)).attr('y', HEAD - 14).attr('text-anchor', 'middle')
        .attr('class', 'label-ink').attr('fill', PALETTE.ink).attr('font-weight', 600)
        .text(shortName(p.name[locale]));
    });
    svg.append('path').attr('d', `M0,${HEAD - 4}H${width}`).attr('stroke', PALETTE.faint).attr('class', 'stroke-faint');
    let y = HEAD;
    rows.forEach(({ b, lines }, r) => {
      const h = heights[r];
      const others = states.filter((s) => s !== 'intro' && s !== b.id);
      const row = svg.append('g').attr('class', 'matrix-row').attr('data-dim', others.length ? inStates(states, ...others) : null);
      const text = row.append('text').attr('y', y + 10).attr('class', 'label-ink').attr('fill', PALETTE.ink);
      lines.forEach((l, i) => text.append('tspan').attr('x', 0).attr('dy', i === 0 ? '0.9em' : `${LINE}px`).text(l));
      ids.forEach((id, i) => {
        const named = b.namedBy.includes(id);
        row.append('circle')
          .attr('cx', labelW + colW * (i + 0.5)).attr('cy', y + h / 2)
          .attr('r', named ? 8 : 2.5)
          .attr('fill', named ? PALETTE.accent : PALETTE.neutral)
          .attr('class', named ? 'fill-accent' : 'fill-neutral');
      });
      row.append('path').attr('d', `M0,${y + h}H${width}`).attr('stroke', PALETTE.faint).attr('class', 'stroke-faint');
      y += h;
    });
    return serialize(svg.node()!, 'barrier-matrix', String(width));
  },
  table(input) {
    const { data, locale, strings } = input;
    const people = namers(input).map((id) => data.officials.find((o) => o.id === id)!);
    return {
      columns: [strings.tables.barrier, ...people.map((p) => p.name[locale])],
      rows: data.barriers.map((b) => [b.label[locale], ...people.map((p) => (b.namedBy.includes(p.id) ? strings.tables.named : ''))]),
    };
  },
};
