import type { APIRoute } from 'astro';
import { getDataset } from '../../../data/load.ts';
import type { Locale } from '../../../data/format.ts';
import { chartFile, chartFiles, type Kind } from '../../../downloads/files.ts';
import type { ChartId } from '../../../charts/registry.ts';
import { LOCALES } from '../../../i18n/index.ts';

/** Every chart's downloads in every edition: SVG, PNG (1x, 2x), CSV and oEmbed JSON. */
export function getStaticPaths() {
  return LOCALES.flatMap((locale) =>
    chartFiles().map(({ id, kind, file }) => ({ params: { lang: locale === 'en' ? undefined : locale, file }, props: { locale, id, kind } })),
  );
}

export const GET: APIRoute = ({ props, site }) => {
  const { locale, id, kind } = props as { locale: Locale; id: ChartId; kind: Kind };
  const { body, type } = chartFile(getDataset(), site!, locale, id, kind);
  return new Response(body as BodyInit, { headers: { 'Content-Type': type } });
};
