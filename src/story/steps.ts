import type { PreparedChart } from '../charts/registry.ts';
import type { Dataset } from '../data/model.ts';
import type { Locale } from '../data/format.ts';
import { escapeHtml, fillHtml, type Slots } from '../i18n/fill.ts';
import type { Strings } from '../i18n/en.ts';

/** A step of a scene: its words as HTML, and the chart state it shows. */
export interface StepSpec {
  html: string;
  state: number;
  label: string;
  id?: string;
}

/**
 * The steps of a scene whose copy is keyed by chart state (scenes.<scene>.steps.<state>):
 * one step per state, in the chart's order.
 */
export function stepsFromCopy(chart: PreparedChart, copy: Record<string, string>, stateLabels: Record<string, string>, slots: Slots): StepSpec[] {
  return chart.states.map((state, i) => {
    const template = copy[state];
    if (template === undefined) throw new Error(`chart "${chart.id}" has a state "${state}" with no step copy`);
    return { html: `<p>${fillHtml(template, slots)}</p>`, state: i, label: stateLabels[state] ?? state };
  });
}

/**
 * Whether a title already names its body, in full or by the body's name after "Ministry of" / "Bộ":
 * "Minister of Labour, Invalids and Social Affairs", and press-style "Bộ trưởng Lao động – Thương binh
 * và Xã hội" (no second "Bộ"), are not followed by the ministry again.
 */
export function namesBody(role: string, body: string): boolean {
  const name = body.replace(/^(?:Ministry of|Bộ)\s+/u, '');
  return role.includes(body) || role.includes(name);
}

/** Names and roles, joined for a reader: "Le Thanh Sang (president, Southern Institute of Social Sciences)". */
export function officialsHtml(data: Dataset, ids: string[], locale: Locale): string {
  return ids
    .map((id) => {
      const o = data.officials.find((x) => x.id === id)!;
      // A role that already names its body ("Minister of Labour, …") is not followed by the body again;
      // Vietnamese runs title and body together ("Viện trưởng Viện Khoa học xã hội vùng Nam Bộ").
      const joiner = locale === 'vi' ? ' ' : ', ';
      const role = namesBody(o.role[locale], o.body[locale]) ? o.role[locale] : `${o.role[locale]}${joiner}${o.body[locale]}`;
      return `<span class="who"><strong>${escapeHtml(o.name[locale])}</strong>, ${escapeHtml(role)}</span>`;
    })
    .join('; ');
}

/** The barrier scene: an overview step, then one step per barrier with who named it and any quotation. */
export function barrierSteps(data: Dataset, chart: PreparedChart, s: Strings, locale: Locale, slots: Slots): StepSpec[] {
  const c = s.scenes.barriers;
  const intro: StepSpec = { html: `<p>${fillHtml(c.intro, slots)}</p>`, state: 0, label: s.charts['barrier-matrix'].states.intro };
  const rest = data.barriers.map((b) => {
    const state = chart.states.indexOf(b.id);
    let html = `<h3 class="step-heading">${escapeHtml(b.label[locale])}</h3><p>${escapeHtml(b.paraphrase[locale])}</p>`;
    if (b.quote) {
      const quoted = locale === 'en' ? b.quote.en : b.quote.vi;
      html += `<p class="quote-intro">${fillHtml(c.quoteIntro, slots)}</p><blockquote class="quote" lang="${locale}"><p>“${escapeHtml(quoted)}”</p></blockquote>`;
      if (locale !== 'en') html += `<p class="quote-original">${escapeHtml(s.scenes.barriers.quoteOriginal)} <q lang="en">${escapeHtml(b.quote.en)}</q></p>`;
    }
    html += `<p class="named-by"><span class="fig-key">${escapeHtml(c.namedBy)}:</span> ${officialsHtml(data, b.namedBy, locale)}</p>`;
    return { html, state, label: b.label[locale], id: `barrier-${b.id}` };
  });
  return [intro, ...rest];
}
