import type { PreparedChart } from '../charts/registry.ts';
import type { Dataset, Proposal } from '../data/model.ts';
import { barrierCards, type BarrierCard } from '../charts/barrier-cards.ts';
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
 * A barrier card as HTML: the theme's lead on its first card, then each point with the person who made it,
 * by the given name the chart heads its column with ("Sang said …", "Theo ông Sang, …"). One person's
 * points in a row are one sentence; a person already heard in the scene "also said" it, so the cards do
 * not all open alike. The point the report quotes is given in the quote's words rather than a paraphrase
 * of them. A card on a barrier the law has since changed ends with a pointer to the note set apart at the end.
 */
function barrierCardHtml(card: BarrierCard, heard: Heard, { s, locale, slots }: StepContext): string {
  const c = s.scenes.barriers;
  const parts: string[] = [];
  let leadSpeaker: string | undefined;
  if (card.first) {
    const lead = (c.leads as Record<string, string>)[card.theme];
    if (lead === undefined) throw new Error(`no copy for barrier theme "${card.theme}" (scenes.barriers.leads.${card.theme})`);
    parts.push(`<p class="step-lead">${fillHtml(lead, slots)}</p>`);
    // A person the lead names goes on without his name again ("He said …", "Ông giải thích: …"), and is heard.
    leadSpeaker = card.points.find(({ speaker }) => lead.includes(`{given:${speaker}}`) || lead.includes(`{name:${speaker}}`))?.speaker;
    if (leadSpeaker) heard.set(leadSpeaker, heard.get(leadSpeaker) ?? 1);
  }
  const who = (speaker: string) => ({ html: `<strong>${escapeHtml(slots[`given:${speaker}`] as string)}</strong>` });
  const said = (speaker: string) => heard.set(speaker, (heard.get(speaker) ?? 0) + 1);
  // One person's paraphrased points in a row, waiting to be written as one sentence.
  let run: { speaker: string; points: string[] } | undefined;
  const flush = () => {
    if (!run) return;
    const point = run.points.map((p, i) => (i ? lowerFirst(p) : p)).map((p, i, all) => (i < all.length - 1 ? p.replace(/\.$/, '') : p)).join(c.pointsJoin);
    const template = run.speaker === leadSpeaker && parts.length === 1 ? c.pointAfterLead : heard.has(run.speaker) ? c.pointAgain : c.point;
    parts.push(`<p>${fillHtml(template, { who: who(run.speaker), point: lowerFirst(point) })}</p>`);
    said(run.speaker);
    run = undefined;
  };
  for (const { barrier, speaker } of card.points) {
    if (barrier.quote?.by === speaker) {
      flush();
      const quoted = locale === 'en' ? barrier.quote.en : barrier.quote.vi;
      parts.push(`<p>${fillHtml(heard.has(speaker) ? c.pointQuotedAgain : c.pointQuoted, { who: who(speaker) })}</p><blockquote class="quote" lang="${locale}"><p>“${escapeHtml(quoted)}”</p></blockquote>`);
      // A translated quote says so in sight; the report's English words are one tap away (the card stays short).
      if (locale !== 'en') parts.push(`<details class="quote-original"><summary>${escapeHtml(c.quoteOriginal)}</summary><q lang="en">${escapeHtml(barrier.quote.en)}</q></details>`);
      said(speaker);
    } else {
      if (run && run.speaker !== speaker) flush();
      run ??= { speaker, points: [] };
      run.points.push(barrier.paraphrase[locale]);
    }
  }
  flush();
  // What the law has changed since on the card's barriers, pointed to at its end (the change itself stands apart, under "Since the report").
  for (const barrier of new Set(card.points.map((p) => p.barrier))) {
    const since = (c.since as Record<string, string>)[barrier.id];
    // A paragraph of its own, set smaller: our note, not the words of the person quoted above it.
    if (since) parts.push(`<p class="step-since">${fillHtml(since, slots)}</p>`);
  }
  return parts.join('');
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

/** The chart states a scene's steps show, in order: its own list; one per barrier card, in the matrix's row order; or one per proposal, then its own. */
export function sceneStates(scene: SceneSpec, data: Dataset): readonly string[] {
  if (scene.steps === 'barriers') return barrierCards(data).map((c) => c.state);
  const own = scene.states ?? [];
  if (scene.steps === 'proposals') return [...data.proposals.map((p) => p.id), ...own];
  if (!own.length) throw new Error(`scene "${scene.id}" lists no states`);
  return own;
}

/** The steps of a scene, one per state it shows (the barrier scene: its cards, each its own state), built from its copy or from data/barriers.csv and data/proposals.csv. */
export function sceneSteps(scene: SceneSpec, chart: PreparedChart, ctx: StepContext): StepSpec[] {
  const copy = (ctx.s.scenes as Record<string, { steps?: Record<string, string> }>)[scene.id]?.steps ?? {};
  const heard: Heard = new Map();
  if (scene.steps === 'barriers') {
    for (const id of Object.keys(ctx.s.scenes.barriers.since)) {
      if (!ctx.data.barriers.some((b) => b.id === id)) throw new Error(`scenes.barriers.since names "${id}", which is not a barrier in data/barriers.csv`);
    }
    return barrierCards(ctx.data).map((card) => ({
      html: keepWordsTogether(barrierCardHtml(card, heard, ctx), ctx.locale),
      state: stateIndex(chart, card.state),
      id: `${scene.id}-${card.state}`,
    }));
  }
  return sceneStates(scene, ctx.data).map((state): StepSpec => {
    let html: string;
    const proposal = ctx.data.proposals.findIndex((p) => p.id === state);
    if (scene.steps === 'proposals' && proposal >= 0) html = proposalHtml(ctx.data.proposals[proposal], heard, ctx);
    else {
      const template = copy[state];
      if (template === undefined) throw new Error(`scene "${scene.id}" has a state "${state}" with no step copy (scenes.${scene.id}.steps.${state})`);
      html = template.split('\n\n').map((p) => `<p>${fillHtml(p, ctx.slots)}</p>`).join('');
    }
    html = keepWordsTogether(html, ctx.locale);
    return { html, state: stateIndex(chart, state), progressive: scene.progressive === state || undefined, id: `${scene.id}-${state}` };
  });
}
