import type { APIRoute } from 'astro';
import { getDataset } from '../../../data/load.ts';
import { deriveFigures } from '../../../data/figures.ts';
import type { Locale } from '../../../data/format.ts';
import { CHARTS, prepareChart, type ChartId } from '../../../charts/registry.ts';
import { socialCard } from '../../../downloads/social-card.ts';
import { svgToPng } from '../../../downloads/png.ts';
import { fillText } from '../../../i18n/fill.ts';
import { buildSlots } from '../../../i18n/slots.ts';
import { LOCALES, strings } from '../../../i18n/index.ts';

/** Social cards (1200×630, og:image): one for the story, one per chart, in each edition. */
export function getStaticPaths() {
  return LOCALES.flatMap((locale) =>
    ['story', ...CHARTS.map((c) => c.id)].map((card) => ({ params: { lang: locale === 'en' ? undefined : locale, card: `${card}.png` }, props: { locale, card } })),
  );
}

/** The card as SVG, before it is drawn as a PNG. */
export function socialCardSvgFor(locale: Locale, card: 'story' | ChartId): string {
  const data = getDataset();
  const s = strings(locale);
  const id: ChartId = card === 'story' ? 'unit-34-million' : card;
  const chart = prepareChart(data, id, locale);
  const slots = buildSlots(data, locale);
  // A chart's card names its source short (publisher, undated), so the title keeps the room and is never cut;
  // a chart with a card line of its own says there who gave the figures and what is ours.
  const own = (s.charts[id] as { card?: string }).card;
  const source = own ? fillText(own, slots) : `${chart.sourceLabel}: ${fillText('{publisherShort} ({publisherAbbr})', slots)}, ${s.figure.undated}`;
  const svg =
    card === 'story'
      ? socialCard({
          kicker: s.site.kicker,
          title: s.opening.title,
          subtitle: fillText(s.opening.cardLine, slots),
          chartSvg: chart.svgs[0].svg,
          hero: { ratio: fillText(s.opening.heroRatio, slots), label: fillText(s.opening.heroLabel, slots), n: deriveFigures(data).homeOneIn },
        })
      : socialCard({ kicker: s.site.kicker, title: chart.title, subtitle: source, chartSvg: chart.svgs[chart.svgs.length - 1].svg });
  return svg;
}

export const GET: APIRoute = ({ props }) => {
  const { locale, card } = props as { locale: Locale; card: 'story' | ChartId };
  return new Response(svgToPng(socialCardSvgFor(locale, card)) as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
