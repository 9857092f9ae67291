import type { Barrier, Dataset, Official } from '../data/model.ts';
import { BARRIER_THEMES } from '../data/schemas.ts';
import type { Locale } from '../data/format.ts';
import { fillText } from '../i18n/fill.ts';
import type { Strings } from '../i18n/en.ts';
import { blankSvg, PALETTE, serialize } from './svg.ts';
import { inStates, type ChartInput, type ChartModule } from './types.ts';
import { wrapToWidth, wrapWithoutWidow } from './measure.ts';
import { dotsPath } from './shapes.ts';

/** One state per theme, then the proposals beside the barriers they answer, then the gap they leave. */
const STATES = [...BARRIER_THEMES, 'answers', 'gap'] as const;
const LINE = 15;

/** The people who named barriers, in the order they first appear in the data. */
export function namers(data: Dataset): Official[] {
  return [...new Set(data.barriers.flatMap((b) => b.namedBy))].map((id) => data.officials.find((o) => o.id === id)!);
}

/** The proposals that answer a barrier, in our reading of the report. */
export function answersTo(data: Dataset, barrier: Barrier) {
  return data.proposals.filter((p) => p.answers.includes(barrier.id));
}

/** The barriers grouped by theme, themes in their schema order. */
export function byTheme(data: Dataset) {
  return BARRIER_THEMES.map((theme) => ({ theme, barriers: data.barriers.filter((b) => b.theme === theme) })).filter((g) => g.barriers.length);
}

/** How a column is headed: the given name, as the report's second reference ("Sang said"). */
function shortName(full: string): string {
  return full.split(' ').at(-1)!;
}

/** Who a column is, for the key: the full name and a short role. */
function whoIs(o: Official, locale: Locale, s: Strings['charts']['barrier-matrix']): string {
  const role = (s.roles as Record<string, string>)[o.id] ?? o.role[locale];
  return `${o.name[locale]}, ${role}`;
}

/**
 * Barriers (rows, grouped by theme) by the people who named them (columns), with the proposals that
 * answer each (our reading) and the barrier no proposal answers. Focus is ink weight; the accent is
 * kept for "has voluntary social insurance".
 */
export const barrierMatrix: ChartModule = {
  states: () => STATES,
  render(input: ChartInput) {
    const { data, locale, slots, strings } = input;
    // Everything is drawn inside a margin, so the frame around the unanswered barrier is never cut off.
    const MARGIN = 5;
    const width = input.width - 2 * MARGIN;
    const s = strings.charts['barrier-matrix'];
    const on = (...n: string[]) => inStates(STATES, ...n);
    const people = namers(data);
    const narrow = width < 480;
    // Phones: proposals on a line under each barrier. Wider: a column of their own, right of the dots.
    const colW = narrow ? 34 : 40;
    const propW = narrow ? 0 : 176;
    const labelW = width - people.length * colW - propW;
    const dotsX = labelW;
    const propX = labelW + people.length * colW + 10;
    const propMax = narrow ? width - 12 : propW - 12;
    const propHead = narrow ? [] : wrapToWidth(fillText(s.proposals, slots), propW - 12, 13, 600);
    const HEAD = 30 + Math.max(0, propHead.length - 1) * LINE;
    const root = blankSvg(input.width, 10);
    const svg = root.append('g').attr('transform', `translate(${MARGIN},0)`);
    // Column heads: the given names; who they are is in the key below.
    people.forEach((p, i) => {
      svg.append('text').attr('x', dotsX + colW * (i + 0.5)).attr('y', HEAD - 10).attr('text-anchor', 'middle')
        .attr('class', 'label-ink').attr('fill', PALETTE.ink).attr('font-weight', 600).attr('font-size', narrow ? 12 : null).text(shortName(p.name[locale]));
    });
    if (!narrow) {
      const head = svg.append('text').attr('y', HEAD - 10 - (propHead.length - 1) * LINE).attr('class', 'label-ink').attr('fill', PALETTE.ink).attr('font-weight', 600)
        .attr('data-show', on('answers', 'gap'));
      propHead.forEach((l, i) => head.append('tspan').attr('x', propX).attr('dy', i === 0 ? 0 : LINE).text(l));
    }
    svg.append('path').attr('d', `M0,${HEAD - 2}H${width}`).attr('stroke', PALETTE.faint).attr('class', 'stroke-faint');
    let y = HEAD + 4;
    const gaps = data.barriers.filter((b) => answersTo(data, b).length === 0).map((b) => b.id);
    for (const group of byTheme(data)) {
      // A row is in focus in its theme's state, in "answers", and in "gap" if no proposal answers it.
      const dimmedIn = (b: Barrier) => STATES.filter((st) => (BARRIER_THEMES as readonly string[]).includes(st) ? st !== b.theme : st === 'gap' && !gaps.includes(b.id));
      const headingDim = STATES.filter((st) => group.barriers.every((b) => dimmedIn(b).includes(st)));
      svg.append('text').attr('x', 0).attr('y', y + 14).attr('class', 'label-muted').attr('fill', PALETTE.muted).attr('font-weight', 600)
        .attr('data-dim', headingDim.length ? on(...headingDim) : null).text(s.themes[group.theme]);
      y += 21;
      for (const b of group.barriers) {
        const lines = wrapToWidth(b.label[locale], labelW - 8, 13, 600);
        const answers = answersTo(data, b);
        const answerText = answers.length ? answers.map((p) => p.label[locale]).join('; ') : fillText(s.noAnswer, slots);
        const answerLines = wrapWithoutWidow(answerText, propMax, 13, answers.length ? 400 : 600);
        const labelH = lines.length * LINE;
        const h = narrow ? labelH + answerLines.length * LINE + 9 : Math.max(labelH, answerLines.length * LINE) + 10;
        const dim = dimmedIn(b);
        // data-focus: the states in which this row is the point, so a phone layout can bring it into view.
        const row = svg.append('g').attr('class', 'matrix-row').attr('data-dim', dim.length ? on(...dim) : null)
          .attr('data-focus', on(...STATES.filter((st) => !dim.includes(st))));
        const text = row.append('text').attr('y', y + 4).attr('class', 'label-ink').attr('fill', PALETTE.ink).attr('font-weight', 600);
        lines.forEach((l, i) => text.append('tspan').attr('x', 0).attr('dy', i === 0 ? '0.9em' : `${LINE}px`).text(l));
        const cy = y + 4 + labelH / 2;
        // Named: a dot in ink (grey when the row is faded). Not named: a small faint mark, one path a row.
        const empty: [number, number][] = [];
        people.forEach((p, i) => {
          if (!b.namedBy.includes(p.id)) return empty.push([dotsX + colW * (i + 0.5), cy]);
          row.append('circle').attr('cx', dotsX + colW * (i + 0.5)).attr('cy', cy).attr('r', 7).attr('fill', PALETTE.ink).attr('class', 'fill-ink');
        });
        if (empty.length) row.append('path').attr('d', dotsPath(empty, 2.5)).attr('fill', PALETTE.faint).attr('class', 'fill-faint');
        // The answer (our reading), or the gap, shown from the "answers" state on.
        const ax = narrow ? 10 : propX;
        const ay = narrow ? y + 4 + labelH : y + 4;
        const answer = row.append('g').attr('data-show', on('answers', 'gap'));
        answer.append('path').attr('d', `M${ax - 7},${ay + 3}V${ay + answerLines.length * LINE}`).attr('stroke', PALETTE.ink).attr('stroke-width', answers.length ? 1.5 : 3).attr('class', 'stroke-ink');
        const at = answer.append('text').attr('y', ay).attr('class', 'label-ink').attr('fill', PALETTE.ink).attr('font-weight', answers.length ? 400 : 600);
        answerLines.forEach((l, i) => at.append('tspan').attr('x', ax).attr('dy', i === 0 ? '0.9em' : `${LINE}px`).text(l));
        if (!answers.length) {
          // A group carries data-show, so a faded row's opacity never overrides "hidden" on the frame itself.
          row.append('g').attr('data-show', on('gap')).append('rect').attr('x', -4).attr('y', y + 1).attr('width', width + 8).attr('height', h - 2).attr('fill', 'none')
            .attr('stroke', PALETTE.ink).attr('stroke-width', 2).attr('class', 'stroke-ink');
        }
        row.append('path').attr('d', `M0,${y + h}H${width}`).attr('stroke', PALETTE.faint).attr('class', 'stroke-faint');
        y += h;
      }
    }
    // The key: who each column is; on phones, also what the lines under the barriers are.
    y += 8;
    const key = svg.append('text').attr('y', y).attr('font-size', 12).attr('class', 'label-muted').attr('fill', PALETTE.muted);
    let keyLines = 0;
    for (const p of people) {
      wrapWithoutWidow(whoIs(p, locale, s), width - 12, 12).forEach((l, i) => {
        key.append('tspan').attr('x', i === 0 ? 0 : 10).attr('dy', keyLines === 0 ? '0.9em' : `${LINE}px`).text(l);
        keyLines++;
      });
    }
    y += keyLines * LINE + 4;
    if (narrow) {
      const k = svg.append('g').attr('data-show', on('answers', 'gap'));
      const lines = wrapToWidth(fillText(s.proposals, slots), width - 12, 13);
      k.append('path').attr('d', `M3,${y + 3}V${y + lines.length * LINE}`).attr('stroke', PALETTE.ink).attr('stroke-width', 1.5).attr('class', 'stroke-ink');
      const t = k.append('text').attr('y', y).attr('class', 'label-ink').attr('fill', PALETTE.ink);
      lines.forEach((l, i) => t.append('tspan').attr('x', 10).attr('dy', i === 0 ? '0.9em' : `${LINE}px`).text(l));
      y += lines.length * LINE + 4;
    }
    const height = Math.ceil(y + 4);
    root.attr('height', height).attr('viewBox', `0 0 ${input.width} ${height}`);
    return serialize(root.node()!, 'barrier-matrix', String(input.width));
  },
  table(input) {
    const { data, locale, strings } = input;
    const t = strings.tables;
    const s = strings.charts['barrier-matrix'];
    const people = namers(data);
    return {
      columns: [t.theme, t.barrier, ...people.map((p) => p.name[locale]), t.answeredBy],
      rows: byTheme(data).flatMap((g) =>
        g.barriers.map((b) => {
          const answers = answersTo(data, b);
          return [s.themes[g.theme], b.label[locale], ...people.map((p) => (b.namedBy.includes(p.id) ? t.named : '')), answers.length ? answers.map((p) => p.label[locale]).join('; ') : t.noAnswer];
        }),
      ),
    };
  },
};
