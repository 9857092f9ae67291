import type { ChartId } from '../charts/registry.ts';

/**
 * One charted scene of the story: the chart it pins, and the chart states its steps show, in order.
 * Copy lives in src/i18n under scenes.<id> (heading, and steps.<state> unless `steps` says otherwise).
 */
export interface SceneSpec {
  id: string;
  chart: ChartId;
  /** The chart states its steps show, in order; a scene of the barriers takes one state per barrier (see sceneStates). */
  states?: readonly string[];
  /**
   * Where a scene's steps come from: its copy, keyed by state (default); one step per barrier in
   * data/barriers.csv; or one per proposal in data/proposals.csv, followed by the copy of its own states.
   */
  steps?: 'copy' | 'barriers' | 'proposals';
  /** A state whose marks fill in as the reader scrolls through its step (the chart's data-seq marks). */
  progressive?: string;
}

/**
 * The story's scenes, in reading order: the one list that the story page, the no-JavaScript article
 * and the gallery's order all follow. A chart may return in a later scene with other states.
 */
export const SCENES = [
  { id: 'home', chart: 'unit-34-million', states: ['one-in-n', 'buyers', 'rest'] },
  { id: 'abroad', chart: 'abroad-units', states: ['workers', 'buyers', 'growth'] },
  { id: 'barriers', chart: 'barrier-matrix', steps: 'barriers' },
  { id: 'pension', chart: 'pension-months', states: ['grid', 'pension'], progressive: 'grid' },
  { id: 'support', chart: 'who-pays', states: ['state', 'buyer'] },
  { id: 'gap', chart: 'barrier-matrix', steps: 'proposals', states: ['gap'] },
] as const satisfies readonly SceneSpec[];

export type SceneId = (typeof SCENES)[number]['id'];

/** The first scene that shows a chart: where "see it in the story" leads. */
export function sceneOfChart(chart: ChartId): SceneSpec | undefined {
  return SCENES.find((s) => s.chart === chart);
}

/** Charts in the order the story first shows them (the gallery's order). */
export function chartsInStoryOrder(): ChartId[] {
  return [...new Set(SCENES.map((s) => s.chart))];
}
