import type { PreparedChart } from '../charts/registry.ts';
import type { Dataset } from '../data/model.ts';
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

/** One barrier theme as a card: the theme's lead, then each barrier with the one person who named it. */
function themeHtml(theme: string, { data, s, locale, slots }: StepContext): string {
  const c = s.scenes.barriers;
  const lead = (c.steps as Record<string, string>)[theme];
  if (lead === undefined) throw new Error(`no copy for barrier theme "${theme}" (scenes.barriers.steps.${theme})`);
  // Each point names its one speaker, with a short role (the matrix's key), so a card read alone says who spoke.
  const roles = s.charts['barrier-matrix'].roles as Record<string, string>;
  const who = (id: string) => `<strong>${escapeHtml(data.officials.find((o) => o.id === id)!.name[locale])}</strong> (${escapeHtml(roles[id] ?? '')})`;
  const points = data.barriers
    .filter((b) => b.theme === theme)
    .map((b) => {
      let html = `<li>${b.namedBy.map(who).join(', ')}: ${escapeHtml(b.paraphrase[locale])}`;
      if (b.quote) {
        const quoted = locale === 'en' ? b.quote.en : b.quote.vi;
        html += `<blockquote class="quote" lang="${locale}"><p>“${escapeHtml(quoted)}”</p></blockquote>`;
        if (locale !== 'en') html += `<p class="quote-original">${escapeHtml(c.quoteOriginal)} <q lang="en">${escapeHtml(b.quote.en)}</q></p>`;
      }
      return `${html}</li>`;
    });
  return `<p>${fillHtml(lead, slots)}</p><ul class="points">${points.join('')}</ul>`;
}

/** The proposals in the report, each in full (what each answers is drawn on the chart, as our reading). */
function proposalsHtml({ data, locale }: StepContext): string {
  return `<ul class="points">${data.proposals.map((p) => `<li id="proposal-${p.id}">${escapeHtml(p.text[locale])}</li>`).join('')}</ul>`;
}

/** The steps of a scene, one per state it shows, built from its copy (or from data/barriers.csv). */
export function sceneSteps(scene: SceneSpec, chart: PreparedChart, ctx: StepContext): StepSpec[] {
  const copy = (ctx.s.scenes as Record<string, { steps?: Record<string, string> }>)[scene.id]?.steps ?? {};
  return scene.states.map((state) => {
    let html: string;
    if (scene.steps === 'barrier-themes') html = themeHtml(state, ctx);
    else {
      const template = copy[state];
      if (template === undefined) throw new Error(`scene "${scene.id}" has a state "${state}" with no step copy (scenes.${scene.id}.steps.${state})`);
      html = template.split('\n\n').map((p) => `<p>${fillHtml(p, ctx.slots)}</p>`).join('');
    }
    if (scene.proposalsAt === state) html += proposalsHtml(ctx);
    html = keepWordsTogether(html, ctx.locale);
    return { html, state: stateIndex(chart, state), progressive: scene.progressive === state || undefined, id: `${scene.id}-${state}` };
  });
}
