import type { Barrier, Dataset } from '../data/model.ts';
import { BARRIER_THEMES } from '../data/schemas.ts';

/** The barriers grouped by theme, themes in their schema order. */
export function byTheme(data: Dataset) {
  return BARRIER_THEMES.map((theme) => ({ theme, barriers: data.barriers.filter((b) => b.theme === theme) })).filter((g) => g.barriers.length);
}

/** One person's point on one barrier: a line of a barrier card. */
export interface Point {
  barrier: Barrier;
  speaker: string;
}

/** A card of the barrier scene: points on one theme's barriers, each a chart state of its own (its rows, and its people's dots, in focus). */
export interface BarrierCard {
  theme: string;
  points: Point[];
  /** The theme's first card, which opens with the theme's lead. */
  first: boolean;
  /** The chart state it shows, its name: the theme for its first card, else its first point ("<barrier>-<person>"). */
  state: string;
}

/**
 * The barrier scene's cards: one per theme, in the matrix's row order, each person's points in turn, so
 * that each card still fits under the pinned chart on a small phone: a quotation opens a card of its own,
 * and the second person on a barrier two people named takes a card of their own after it (the theme's
 * rows after it go on a further card).
 */
export function barrierCards(data: Dataset): BarrierCard[] {
  const cards: BarrierCard[] = [];
  for (const { theme, barriers } of byTheme(data)) {
    let card: BarrierCard | undefined;
    const open = (p: Point) => {
      const first = !cards.some((c) => c.theme === theme);
      card = { theme, points: [], first, state: first ? theme : `${p.barrier.id}-${p.speaker}` };
      cards.push(card);
      return card;
    };
    for (const barrier of barriers) {
      barrier.namedBy.forEach((speaker, k) => {
        const point = { barrier, speaker };
        const quoted = barrier.quote?.by === speaker;
        if (k > 0) {
          open(point).points.push(point);
          card = undefined;
        } else (card && !quoted ? card : open(point)).points.push(point);
      });
    }
  }
  return cards;
}

