import type { Selection } from 'd3';
import type { Barrier, Dataset, Official } from '../data/model.ts';
import { BARRIER_THEMES } from '../data/schemas.ts';
import { barrierCards, byTheme } from './barrier-cards.ts';
import type { Locale } from '../data/format.ts';
import { fillText } from '../i18n/fill.ts';
import type { Strings } from '../i18n/en.ts';
import { strings } from '../i18n/index.ts';
import { givenName, lowerFirst } from '../i18n/slots.ts';
import { appendLines, blankSvg, PALETTE, serialize } from './svg.ts';
import { inStates, type ChartInput, type ChartModule } from './types.ts';
import { textWidth, wrapToWidth, wrapWithoutWidow } from './measure.ts';
import { dotsPath } from './shapes.ts';
import { glueText } from '../i18n/keep-together.ts';

/** Proposals answering one barrier, as one phrase ("Comprehensive solutions, bilateral agreements"): a list inside a list stays one item. */
const proposalList = (labels: string[]) => labels.map((l, i) => (i ? lowerFirst(l) : l)).join(', ');

const LINE = 15;
/** The last state: every proposal beside the barriers it answers, and the barrier none answers framed. */
const GAP = 'gap';

/**
 * The chart's states: one per card of the barrier scene (its rows in focus, and among their dots those of
 * the people it quotes), in row order; one per proposal (the proposals beside the barriers, the rows it
 * answers in focus), in data order; then the gap. A proposal named like a card's state or "gap" would
 * make two states one, so that stops the build.
 */
export function matrixStates(data: Dataset): string[] {
  const states = [...barrierCards(data).map((c) => c.state), ...data.proposals.map((p) => p.id), GAP];
  const clash = states.find((id, i) => states.indexOf(id) !== i);
  if (clash) throw new Error(`"${clash}" names two chart states (ids in data/proposals.csv must differ from the barrier themes (${BARRIER_THEMES.join(', ')}) and from "<barrier>-<person>", and not be "${GAP}")`);
  return states;
}

/** The people who named barriers, in the order they first appear in the data. */
export function namers(data: Dataset): Official[] {
  return [...new Set(data.barriers.flatMap((b) => b.namedBy))].map((id) => data.officials.find((o) => o.id === id)!);
}

/** The proposals that answer a barrier, in our reading of the report. */
export function answersTo(data: Dataset, barrier: Barrier) {
  return data.proposals.filter((p) => p.answers.includes(barrier.id));
}

/** The barriers in the order the matrix draws its rows (and the story takes them): by theme. */
export function barrierRows(data: Dataset): Barrier[] {
  return byTheme(data).flatMap((g) => g.barriers);
}

/** Who a column is, for the key: the full name and a short role. */
export function whoIs(o: Official, locale: Locale, s: Strings['charts']['barrier-matrix'] = strings(locale).charts['barrier-matrix']): string {
  const role = (s.roles as Record<string, string>)[o.id] ?? o.role[locale];
  return `${o.name[locale]}, ${role}`;
}

/** What both layouts share: the states, the people, the groups, which rows are faded in which state, and the words. */
function matrixParts(input: ChartInput) {
  const { data, slots, strings } = input;
  const s = strings.charts['barrier-matrix'];
  const states = matrixStates(data);
  const cards = barrierCards(data);
  const barrierStates = cards.map((c) => c.state);
  const proposalStates = data.proposals.map((p) => p.id);
  // A row is in focus in the state of each card with a point on it, in the state of each proposal that answers it, and in "gap" if none does.
  const dimmedIn = (b: Barrier) => {
    const answers = answersTo(data, b).map((p) => p.id);
    const onCard = cards.filter((c) => c.points.some((p) => p.barrier === b)).map((c) => c.state);
    return states.filter((st) => (st === GAP ? answers.length > 0 : !onCard.includes(st) && !answers.includes(st)));
  };
  // A person's dot on a row in focus steps back (grey) in a card's state that gives another's point on it, not theirs.
  const dotDimmedIn = (b: Barrier, person: string) =>
    cards.filter((c) => c.points.some((p) => p.barrier === b) && !c.points.some((p) => p.barrier === b && p.speaker === person)).map((c) => c.state);
  const answerText = (b: Barrier) => {
    const answers = answersTo(data, b);
    return answers.length ? proposalList(answers.map((p) => p.label[input.locale])) : fillText(s.noAnswer, slots);
  };
  const on = (...n: string[]) => inStates(states, ...n);
  // The proposals show from the first proposal's state on.
  const answersOn = on(...proposalStates, GAP);
  return { s, states, barrierStates, on, answersOn, people: namers(data), dimmedIn, dotDimmedIn, answerText, answered: (b: Barrier) => answersTo(data, b).length > 0 };
}

// Everything is drawn inside a margin, so the frame around the unanswered barrier is never cut off.
const MARGIN = 5;

/**
 * Barriers (rows, grouped by theme) by the people who named them (columns), with the proposals that
 * answer each (our reading) and the barrier no proposal answers. Focus is ink weight; the accent is
 * kept for "has voluntary social insurance".
 */
export const barrierMatrix: ChartModule = {
  states: matrixStates,
  render(input: ChartInput) {
    return input.width < 480 ? renderNarrow(input) : renderWide(input);
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
          return [s.themes[g.theme], b.label[locale], ...people.map((p) => (b.namedBy.includes(p.id) ? t.named : '')), answers.length ? proposalList(answers.map((p) => p.label[locale])) : t.noAnswer];
        }),
      ),
    };
  },
};

/** The mark before an answer: a dot where a proposal answers the barrier, an empty ring where none does. */
function answerMark(g: Selection<SVGGElement, unknown, null, undefined>, x: number, y: number, answered: boolean) {
  g.append('circle').attr('cx', x).attr('cy', y).attr('r', answered ? 3.5 : 4.25)
    .attr('fill', answered ? PALETTE.ink : 'none').attr('stroke', answered ? null : PALETTE.ink).attr('stroke-width', answered ? null : 1.5)
    .attr('class', answered ? 'fill-ink' : 'stroke-ink');
}

/** Ends the drawing: sets the height to what was drawn and serialises it. */
function finish(root: ReturnType<typeof blankSvg>, width: number, bottom: number): string {
  const height = Math.ceil(bottom);
  root.attr('height', height).attr('viewBox', `0 0 ${width} ${height}`);
  return serialize(root.node()!, 'barrier-matrix', String(width));
}

/**
 * Phones: a label column and one right-hand column that holds the dots in the theme states and the
 * proposal (our reading) from "answers" on, so each barrier and its answer share a row. Rows that
 * one proposal answers in a run share it once. The split between the columns is the one that draws
 * the shortest chart for this locale's words.
 */
function renderNarrow(input: ChartInput): string {
  const { data, locale } = input;
  const { s, states, barrierStates, on, answersOn, people, dimmedIn, dotDimmedIn, answerText, answered } = matrixParts(input);
  const W = input.width - 2 * MARGIN;
  // Tight lines (13 on 14) and rows: the whole matrix, every state, fits above the step cards on a phone.
  // Vietnamese stacks its tone marks above and below the letters: its lines need more room (13 on 15.5).
  const LINE_N = locale === 'vi' ? 15.5 : 14;
  const PAD_V = 5;
  const THEME_H = 17;
  const HEAD_TOP = 4;
  const groups = byTheme(data);
  const names = people.map((p) => givenName(p.name[locale]));
  // Who named each barrier, after its label, so the chart says it where the dots are not drawn (one token, kept on one line).
  const whoNamed = (b: Barrier) => `(${b.namedBy.map((id) => names[people.findIndex((p) => p.id === id)]).join(',\u00a0')})`;
  const nameW = names.map((n) => textWidth(n, 13, 600));

  /** The layout for a label column `L` wide: lines per row, the shared proposals, the header, the height. */
  const plan = (L: number) => {
    const D = W - L;
    const colW = D / people.length;
    // Names on one line if neighbours keep 6 units apart, else on two staggered lines.
    const oneLine = nameW.every((w, i) => i === 0 || (w + nameW[i - 1]) / 2 + 6 <= colW);
    const propHead = wrapWithoutWidow(fillText(s.proposalsShort, input.slots), D - 8, 13, 600);
    const headLines = Math.max(oneLine ? 1 : 2, propHead.length);
    const firstShares = textWidth(s.themes[groups[0].theme], 13, 600) <= L - 8;
    const rows = groups.map((g) => {
      const labels = g.barriers.map((b) => wrapWithoutWidow(`${b.label[locale]} ${whoNamed(b)}`, L - 8, 13, 600));
      // Runs of rows answered by the same proposals share one answer.
      const spans: { from: number; to: number; lines: string[]; answered: boolean }[] = [];
      g.barriers.forEach((b, i) => {
        const last = spans.at(-1);
        if (last && answered(b) && last.answered && answerText(g.barriers[last.from]) === answerText(b)) last.to = i;
        else spans.push({ from: i, to: i, lines: [], answered: answered(b) });
      });
      const lines = labels.map((l) => l.length);
      for (const sp of spans) {
        sp.lines = wrapWithoutWidow(answerText(g.barriers[sp.from]), D - 8, 13, sp.answered ? 400 : 600);
        const have = lines.slice(sp.from, sp.to + 1).reduce((a, n) => a + n, 0);
        if (have < sp.lines.length) lines[sp.to] += sp.lines.length - have;
      }
      return { labels, spans, lines };
    });
    const rowLines = rows.flatMap((r) => r.lines);
    const height = HEAD_TOP + headLines * LINE_N + 4 + (groups.length - (firstShares ? 1 : 0)) * THEME_H
      + rowLines.reduce((a, n) => a + n * LINE_N + PAD_V, 0) + 4;
    return { L, D, colW, oneLine, propHead, headLines, firstShares, rows, height };
  };
  // The shortest chart whose right-hand column holds its longest word; among equals, the widest label column.
  const answerWords = data.barriers.flatMap((b) => glueText(answerText(b)).split(' ').map((w) => textWidth(w, 13, answered(b) ? 400 : 600)));
  const longestAnswerWord = Math.max(...answerWords);
  let best: ReturnType<typeof plan> | undefined;
  for (let L = W - 96; L >= 110; L -= 2) {
    if (W - L - 8 < longestAnswerWord) continue;
    const p = plan(L);
    if (!best || p.height < best.height) best = p;
  }
  best ??= plan(110);
  const { L, colW, oneLine, propHead, headLines, firstShares, rows } = best;
  const propX = L + 8;
  const root = blankSvg(input.width, 10);
  const svg = root.append('g').attr('transform', `translate(${MARGIN},0)`);
  const baseline = (top: number, line: number) => top + 2.5 + 11 + line * LINE_N;
  // Header: the given names over the dots (barrier states), the proposals' heading over them (answers, gap).
  // On phones the names and dots share their column with the proposals: drawn hidden (opacity 0, so the
  // whole chart in the plain article, embeds and downloads shows the proposals), shown in the story's barrier states.
  const head = svg.append('g').attr('data-show', on(...barrierStates)).attr('opacity', 0);
  people.forEach((_, i) => {
    const line = oneLine ? headLines - 1 : headLines - 2 + (i % 2);
    head.append('text').attr('x', L + colW * (i + 0.5)).attr('y', baseline(HEAD_TOP, line)).attr('text-anchor', 'middle')
      .attr('class', 'label-ink').attr('fill', PALETTE.ink).attr('font-weight', 600).text(names[i]);
  });
  const ph = svg.append('text').attr('class', 'label-ink').attr('fill', PALETTE.ink).attr('font-weight', 600).attr('data-show', answersOn);
  propHead.forEach((l, i) => ph.append('tspan').attr('x', propX).attr('y', baseline(HEAD_TOP, headLines - propHead.length + i)).text(l));
  let y = HEAD_TOP + headLines * LINE_N + 4;
  svg.append('path').attr('d', `M0,${y - 2}H${W}`).attr('stroke', PALETTE.faint).attr('class', 'stroke-faint');
  groups.forEach((group, gi) => {
    const headingDim = states.filter((st) => group.barriers.every((b) => dimmedIn(b).includes(st)));
    // The first theme's heading shares the header's last line, left of the names.
    const hy = gi === 0 && firstShares ? baseline(HEAD_TOP, headLines - 1) : y + 13;
    svg.append('text').attr('x', 0).attr('y', hy).attr('class', 'label-muted').attr('fill', PALETTE.muted).attr('font-weight', 600)
      .attr('data-dim', headingDim.length ? on(...headingDim) : null).text(s.themes[group.theme]);
    if (!(gi === 0 && firstShares)) y += THEME_H;
    const laid = rows[gi];
    const tops: number[] = [];
    const rowGroups = group.barriers.map((b, i) => {
      const h = laid.lines[i] * LINE_N + PAD_V;
      tops.push(y);
      const dim = dimmedIn(b);
      const row = svg.append('g').attr('class', 'matrix-row').attr('data-dim', dim.length ? on(...dim) : null)
        .attr('data-focus', on(...states.filter((st) => !dim.includes(st))));
      const text = row.append('text').attr('class', 'label-ink').attr('fill', PALETTE.ink).attr('font-weight', 600);
      const who = whoNamed(b);
      laid.labels[i].forEach((l, k) => {
        const named = k === laid.labels[i].length - 1 && l.endsWith(who);
        text.append('tspan').attr('x', 0).attr('y', baseline(y, k)).text(named ? l.slice(0, -who.length) : l);
        if (named) text.append('tspan').attr('class', 'label-muted').attr('fill', PALETTE.muted).attr('font-weight', 400).text(who);
      });
      // Named: a dot in ink; not named: a small faint mark. Shown while the barriers are the point.
      const cy = y + h / 2;
      const dots = row.append('g').attr('data-show', on(...barrierStates)).attr('opacity', 0);
      const empty: [number, number][] = [];
      people.forEach((p, k) => {
        if (!b.namedBy.includes(p.id)) return empty.push([L + colW * (k + 0.5), cy]);
        const dim = dotDimmedIn(b, p.id);
        dots.append('g').attr('data-dim', dim.length ? on(...dim) : null)
          .append('circle').attr('cx', L + colW * (k + 0.5)).attr('cy', cy).attr('r', 6).attr('fill', PALETTE.ink).attr('class', 'fill-ink');
      });
      if (empty.length) dots.append('path').attr('d', dotsPath(empty, 2.5)).attr('fill', PALETTE.faint).attr('class', 'fill-faint');
      if (!answered(b)) {
        // A group carries data-show, so a faded row's opacity never overrides "hidden" on the frame itself.
        row.append('g').attr('data-show', on(GAP)).append('rect').attr('x', -4).attr('y', y + 1).attr('width', W + 8).attr('height', h - 2).attr('fill', 'none')
          .attr('stroke', PALETTE.ink).attr('stroke-width', 2).attr('class', 'stroke-ink');
      }
      y += h;
      return { row, h };
    });
    // Each answer in the row it answers (the first of a run it answers), beside the barrier.
    for (const sp of laid.spans) {
      const top = tops[sp.from];
      const bottom = tops[sp.to] + rowGroups[sp.to].h;
      const answer = rowGroups[sp.from].row.append('g').attr('data-show', answersOn);
      answerMark(answer, propX - 8, baseline(top, 0) - 4.5, sp.answered);
      // A proposal that answers a run of rows: a thin bracket from its mark down the rows it answers.
      if (sp.to > sp.from) answer.append('path').attr('d', `M${propX - 8},${baseline(top, 0)}V${bottom - 4}`).attr('stroke', PALETTE.ink).attr('stroke-width', 1).attr('class', 'stroke-ink');
      const at = answer.append('text').attr('class', 'label-ink').attr('fill', PALETTE.ink).attr('font-weight', sp.answered ? 400 : 600);
      sp.lines.forEach((l, k) => at.append('tspan').attr('x', propX).attr('y', baseline(top, k)).text(l));
    }
    // Rule under each row; inside a run that shares an answer, only under the labels.
    group.barriers.forEach((_, i) => {
      const inRun = laid.spans.some((sp) => i >= sp.from && i < sp.to);
      const bottom = tops[i] + rowGroups[i].h;
      rowGroups[i].row.append('path').attr('d', `M0,${bottom}H${inRun ? L - 6 : W}`).attr('stroke', PALETTE.faint).attr('class', 'stroke-faint');
    });
  });
  return finish(root, input.width, y + 4);
}

/** Laptops: dots in a column per person, the proposals in a column of their own, and a key of who each person is. */
function renderWide(input: ChartInput): string {
  const { data, locale, slots } = input;
  const { s, states, on, answersOn, people, dimmedIn, dotDimmedIn, answerText, answered } = matrixParts(input);
  const width = input.width - 2 * MARGIN;
  const colW = 40;
  const propW = 176;
  const labelW = width - people.length * colW - propW;
  const dotsX = labelW;
  const propX = labelW + people.length * colW + 10;
  // A closing remark in brackets starts a line of its own, so no line ends on its opening word.
  const propHead = fillText(s.proposals, slots).split(/ (?=\()/).flatMap((part) => wrapToWidth(part, propW - 12, 13, 600));
  const HEAD = 30 + Math.max(0, propHead.length - 1) * LINE;
  const root = blankSvg(input.width, 10);
  const svg = root.append('g').attr('transform', `translate(${MARGIN},0)`);
  // Column heads: the given names; who they are is in the key below.
  people.forEach((p, i) => {
    svg.append('text').attr('x', dotsX + colW * (i + 0.5)).attr('y', HEAD - 10).attr('text-anchor', 'middle')
      .attr('class', 'label-ink').attr('fill', PALETTE.ink).attr('font-weight', 600).text(givenName(p.name[locale]));
  });
  const head = svg.append('text').attr('y', HEAD - 10 - (propHead.length - 1) * LINE).attr('class', 'label-ink').attr('fill', PALETTE.ink).attr('font-weight', 600)
    .attr('data-show', answersOn);
  appendLines(head, propX, propHead, LINE);
  svg.append('path').attr('d', `M0,${HEAD - 2}H${width}`).attr('stroke', PALETTE.faint).attr('class', 'stroke-faint');
  let y = HEAD + 2;
  for (const group of byTheme(data)) {
    const headingDim = states.filter((st) => group.barriers.every((b) => dimmedIn(b).includes(st)));
    svg.append('text').attr('x', 0).attr('y', y + 14).attr('class', 'label-muted').attr('fill', PALETTE.muted).attr('font-weight', 600)
      .attr('data-dim', headingDim.length ? on(...headingDim) : null).text(s.themes[group.theme]);
    y += 19;
    for (const b of group.barriers) {
      const lines = wrapWithoutWidow(b.label[locale], labelW - 8, 13, 600);
      const answerLines = wrapWithoutWidow(answerText(b), propW - 12, 13, answered(b) ? 400 : 600);
      const labelH = lines.length * LINE;
      const h = Math.max(labelH, answerLines.length * LINE) + 8;
      const dim = dimmedIn(b);
      // data-focus: the states in which this row is the point, so a phone layout can bring it into view.
      const row = svg.append('g').attr('class', 'matrix-row').attr('data-dim', dim.length ? on(...dim) : null)
        .attr('data-focus', on(...states.filter((st) => !dim.includes(st))));
      const text = row.append('text').attr('y', y + 4).attr('class', 'label-ink').attr('fill', PALETTE.ink).attr('font-weight', 600);
      appendLines(text, 0, lines, `${LINE}px`, '0.9em');
      const cy = y + 4 + labelH / 2;
      // Named: a dot in ink (grey when the row is faded). Not named: a small faint mark, one path a row.
      const empty: [number, number][] = [];
      people.forEach((p, i) => {
        if (!b.namedBy.includes(p.id)) return empty.push([dotsX + colW * (i + 0.5), cy]);
        const dim = dotDimmedIn(b, p.id);
        row.append('g').attr('data-dim', dim.length ? on(...dim) : null)
          .append('circle').attr('cx', dotsX + colW * (i + 0.5)).attr('cy', cy).attr('r', 7).attr('fill', PALETTE.ink).attr('class', 'fill-ink');
      });
      if (empty.length) row.append('path').attr('d', dotsPath(empty, 2.5)).attr('fill', PALETTE.faint).attr('class', 'fill-faint');
      // The answer (our reading), or the gap, shown from the "answers" state on.
      const answer = row.append('g').attr('data-show', answersOn);
      answerMark(answer, propX - 8, y + 4 + 0.9 * 13 - 4.5, answered(b));
      const at = answer.append('text').attr('y', y + 4).attr('class', 'label-ink').attr('fill', PALETTE.ink).attr('font-weight', answered(b) ? 400 : 600);
      appendLines(at, propX, answerLines, `${LINE}px`, '0.9em');
      if (!answered(b)) {
        // A group carries data-show, so a faded row's opacity never overrides "hidden" on the frame itself.
        row.append('g').attr('data-show', on(GAP)).append('rect').attr('x', -4).attr('y', y + 1).attr('width', width + 8).attr('height', h - 2).attr('fill', 'none')
          .attr('stroke', PALETTE.ink).attr('stroke-width', 2).attr('class', 'stroke-ink');
      }
      row.append('path').attr('d', `M0,${y + h}H${width}`).attr('stroke', PALETTE.faint).attr('class', 'stroke-faint');
      y += h;
    }
  }
  // The key: who each column is, two people to a line where both fit.
  y += 8;
  const key = svg.append('text').attr('y', y).attr('class', 'label-muted').attr('fill', PALETTE.muted);
  const half = (width - 16) / 2;
  const entries = people.map((p) => whoIs(p, locale, s));
  const side = entries.every((e) => textWidth(e, 13) <= half);
  let keyLines = 0;
  entries.forEach((e, n) => {
    if (side) {
      key.append('tspan').attr('x', n % 2 ? half + 16 : 0).attr('y', y + 11 + Math.floor(n / 2) * LINE).text(e);
      keyLines = Math.floor(n / 2) + 1;
      return;
    }
    wrapWithoutWidow(e, width - 12, 13).forEach((l, i) => {
      key.append('tspan').attr('x', i === 0 ? 0 : 10).attr('y', y + 11 + keyLines * LINE).text(l);
      keyLines++;
    });
  });
  return finish(root, input.width, y + keyLines * LINE + 4);
}
