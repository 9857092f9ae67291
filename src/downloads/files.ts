import type { Dataset } from '../data/model.ts';
import type { Locale } from '../data/format.ts';
import { CHARTS, prepareChart, type ChartId } from '../charts/registry.ts';
import { strings } from '../i18n/index.ts';
import { embedHeight, embedSnippet, SNIPPET_WIDTH } from '../embed/snippet.ts';
import { localePath } from '../i18n/index.ts';
import { standaloneSvg } from './standalone-svg.ts';
import { svgToPng } from './png.ts';
import { chartCsv } from './csv.ts';
import { fillText } from '../i18n/fill.ts';
import { CARD } from './social-card.ts';

/** The download files of each chart, by the ending of their name. */
export const KINDS = ['svg', 'png', '@2x.png', 'csv', 'oembed.json'] as const;
export type Kind = (typeof KINDS)[number];

/** The name of a chart's download file: unit-34-million.svg, unit-34-million@2x.png, … */
export function fileName(id: ChartId, kind: Kind): string {
  return kind === '@2x.png' ? `${id}@2x.png` : `${id}.${kind}`;
}

/** Every chart file, for getStaticPaths. */
export function chartFiles(): { id: ChartId; kind: Kind; file: string }[] {
  return CHARTS.flatMap((c) => KINDS.map((kind) => ({ id: c.id, kind, file: fileName(c.id, kind) })));
}

const TYPES: Record<Kind, string> = {
  svg: 'image/svg+xml',
  png: 'image/png',
  '@2x.png': 'image/png',
  csv: 'text/csv; charset=utf-8',
  'oembed.json': 'application/json+oembed',
};

/** Builds one download of a chart in a locale, from the same chart module the story draws. */
export function chartFile(data: Dataset, site: URL, locale: Locale, id: ChartId, kind: Kind): { body: string | Uint8Array; type: string } {
  const chart = prepareChart(data, id, locale);
  const s = strings(locale);
  const type = TYPES[kind];
  switch (kind) {
    case 'svg':
      return { body: standaloneSvg(chart).svg, type };
    case 'png':
      return { body: svgToPng(standaloneSvg(chart).svg, 1), type };
    case '@2x.png':
      return { body: svgToPng(standaloneSvg(chart).svg, 2), type };
    case 'csv': {
      // What has changed since the report travels with the data too, in a column of its own.
      const since = chart.sinceCell ?? chart.since;
      const table = since ? { ...chart.table, columns: [...chart.table.columns, s.tables.sinceReport], rows: chart.table.rows.map((r) => [...r, since]) } : chart.table;
      // A row that carries a change since the report names that change's law beside the report.
      const source = since ? fillText(s.tables.sinceSource, { source: chart.source, column: s.tables.sinceReport, law: chart.sinceLaw! }) : chart.source;
      return { body: chartCsv(table, s.tables.source, source, fillText(s.tables.oursSource, { source })), type };
    }
    case 'oembed.json': {
      const oembed = {
        version: '1.0',
        type: 'rich',
        provider_name: s.meta.siteName,
        provider_url: new URL(localePath(locale, '/'), site).href,
        title: chart.title,
        html: embedSnippet(site, locale, chart),
        width: SNIPPET_WIDTH,
        height: embedHeight(chart),
        thumbnail_url: new URL(localePath(locale, `/social/${id}.png`), site).href,
        thumbnail_width: CARD.width,
        thumbnail_height: CARD.height,
      };
      return { body: JSON.stringify(oembed, null, 2), type };
    }
  }
}
