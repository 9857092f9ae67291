import type { PreparedChart } from '../charts/registry.ts';
import type { Barrier, Dataset, Proposal } from '../data/model.ts';
import { barrierRows } from '../charts/barrier-matrix.ts';
import { lowerFirst } from '../i18n/slots.ts';
import type { Locale } from '../data/format.ts';
import { escapeHtml, fillHtml, type Slots } from '../i18n/fill.ts';
import { keepWordsTogether } from '../i18n/keep-together.ts';
import type { Strings } from '../i18n/en.ts';
import type { SceneSpec } from './scenes.ts';

/** A step of a scene: its words as HTML, and the chart state it shows. */
export interface StepSpec {
  html: string;
  /** Index into the chart's states. */
  state: number;
  /** Its marks fill in as the reader scrolls through it. */
  progressive?: boolean;
  id?: string;
}

/** What a scene's steps are built from. */
export interface StepContext {
  data: Dataset;
  s: Strings;
  locale: Locale;
  slots: Slots;
}

function stateIndex(chart: PreparedChart, state: string): number {
  const i = chart.states.indexOf(state);
  if (i < 0) throw new Error(`scene uses a state "${state}" that chart "${chart.id}" does not have (it has ${chart.states.join(', ')})`);
  return i;
}

/** Who has spoken so far in a scene, and how many times: a later point by the same person reads "also said". */
type Heard = Map<string, number>;

/**
 * One barrier as a card, or, for a barrier two people named, one person's point on it (a card each, so
 * each fits under the pinned chart on a small phone): the theme's lead on the theme's first card, then
 * the point with the person who made it, by the given name the chart heads its column with ("Sang said
 * …", "Theo ông Sang, …"). A person already heard in the scene "also said" it, so the cards do not all
 * open alike. The one the report quotes is given in the quote's words rather than a paraphrase of them.
 * The barrier's last card points to what the law has changed since, if anything.
 */
function barrierHtml(barrier: Barrier, speaker: string, withLead: boolean, heard: Heard, { s, locale, slots }: StepContext): string {
  const c = s.scenes.barriers;
  let html = '';
  if (withLead) {
    const lead = (c.leads as Record<string, string>)[barrier.theme];
    if (lead === undefined) throw new Error(`no copy for barrier theme "${barrier.theme}" (scenes.barriers.leads.${barrier.theme})`);
    html += `<p class="step-lead">${fillHtml(lead, slots)}</p>`;
  }
  const who = { html: `<strong>${escapeHtml(slots[`given:${speaker}`] as string)}</strong>` };
  if (barrier.quote?.by === speaker) {
    const quoted = locale === 'en' ? barrier.quote.en : barrier.quote.vi;
    html += `<p>${fillHtml(c.pointQuoted, { who })}</p><blockquote class="quote" lang="${locale}"><p>“${escapeHtml(quoted)}”</p></blockquote>`;
    // A translated quote says so in sight; the report's English words are one tap away (the card stays short).
    if (locale !== 'en') html += `<details class="quote-original"><summary>${escapeHtml(c.quoteOriginal)}</summary><q lang="en">${escapeHtml(barrier.quote.en)}</q></details>`;
  } else {
    html += `<p>${fillHtml(heard.has(speaker) ? c.pointAgain : c.point, { who, point: lowerFirst(barrier.paraphrase[locale]) })}</p>`;
  }
  heard.set(speaker, (heard.get(speaker) ?? 0) + 1);
  // What the law has changed since, pointed to (the change itself stands apart, under "Since the report").
  const since = (c.since as Record<string, string>)[barrier.id];
  if (since && speaker === barrier.namedBy.at(-1)) html += `<p class="step-since">${fillHtml(since, slots)}</p>`;
  return html;
}

/**
 * One proposal as a card, in full, under its label (the scene's intro says whose they are). The chart
 * brings the barriers it answers (our reading) into focus.
 */
function proposalHtml(proposal: Proposal, heard: Heard, { s, locale, slots }: StepContext): string {
  // The label the chart shows, in bold, then the proposal with who made it: a card read alone must not
  // read as our own advice.
  const who = proposal.proposedBy.map((id) => slots[`given:${id}`] as string).join(locale === 'vi' ? ' và ông ' : ' and ');
  // Who made it, again: a card after the first by the same people says so ("Ông Nam cũng cho biết …").
  // The openings for a repeat take turns, by how often the first of them has been heard already.
  const times = heard.get(proposal.proposedBy[0]) ?? 0;
  const again = proposal.proposedBy.every((id) => heard.has(id));
  proposal.proposedBy.forEach((id) => heard.set(id, (heard.get(id) ?? 0) + 1));
  const turns = s.scenes.gap.proposalAgain;
  const template = again ? turns[(times - 1) % turns.length] : s.scenes.gap.proposal;
  const body = `<strong>${escapeHtml(proposal.label[locale])}.</strong> ${fillHtml(template, { who, point: lowerFirst(proposal.text[locale]).replace(/\.$/, '') })}`;
  // A proposal that, in our reading, answers none of the barriers: the chart has no row to bring into focus, so the card says so.
  const none = proposal.answers.length ? '' : `<p>${fillHtml(s.scenes.gap.answersNone, slots)}</p>`;
  return `<p>${body}</p>${none}`;
}

/** The chart states a scene's steps show, in order: its own list; one per barrier, in the matrix's row order; or one per proposal, then its own. */
export function sceneStates(scene: SceneSpec, data: Dataset): readonly string[] {
  if (scene.steps === 'barriers') return barrierRows(data).map((b) => b.id);
  const own = scene.states ?? [];
  if (scene.steps === 'proposals') return [...data.proposals.map((p) => p.id), ...own];
  if (!own.length) throw new Error(`scene "${scene.id}" lists no states`);
  return own;
}

/** The steps of a scene, one per state it shows (one per person on a barrier two people named), built from its copy or from data/barriers.csv and data/proposals.csv. */
export function sceneSteps(scene: SceneSpec, chart: PreparedChart, ctx: StepContext): StepSpec[] {
  const copy = (ctx.s.scenes as Record<string, { steps?: Record<string, string> }>)[scene.id]?.steps ?? {};
  const rows = barrierRows(ctx.data);
  const heard: Heard = new Map();
  if (scene.steps === 'barriers') {
    for (const id of Object.keys(ctx.s.scenes.barriers.since)) {
      if (!rows.some((b) => b.id === id)) throw new Error(`scenes.barriers.since names "${id}", which is not a barrier in data/barriers.csv`);
    }
  }
  return sceneStates(scene, ctx.data).flatMap((state): StepSpec[] => {
    let html: string;
    const row = rows.findIndex((b) => b.id === state);
    const proposal = ctx.data.proposals.findIndex((p) => p.id === state);
    if (scene.steps === 'barriers') {
      // A card per person who named the barrier, all showing its row; the theme's lead on the first.
      const firstOfTheme = row === 0 || rows[row - 1].theme !== rows[row].theme;
      return rows[row].namedBy.map((speaker, k) => ({
        html: keepWordsTogether(barrierHtml(rows[row], speaker, firstOfTheme && k === 0, heard, ctx), ctx.locale),
        state: stateIndex(chart, state),
        id: k === 0 ? `${scene.id}-${state}` : `${scene.id}-${state}-${speaker}`,
      }));
    }
    if (scene.steps === 'proposals' && proposal >= 0) html = proposalHtml(ctx.data.proposals[proposal], heard, ctx);
    else {
      const template = copy[state];
      if (template === undefined) throw new Error(`scene "${scene.id}" has a state "${state}" with no step copy (scenes.${scene.id}.steps.${state})`);
      html = template.split('\n\n').map((p) => `<p>${fillHtml(p, ctx.slots)}</p>`).join('');
    }
    html = keepWordsTogether(html, ctx.locale);
    return [{ html, state: stateIndex(chart, state), progressive: scene.progressive === state || undefined, id: `${scene.id}-${state}` }];
  });
}
