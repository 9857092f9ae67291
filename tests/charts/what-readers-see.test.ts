import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { loadDataset } from '../../src/data/load.ts';
import { deriveFigures, unitSize } from '../../src/data/figures.ts';
import { CHARTS, LAYOUTS, chartText, prepareChart } from '../../src/charts/registry.ts';
import { PALETTE } from '../../src/charts/palette.ts';
import { chartCsv } from '../../src/downloads/csv.ts';

// What each chart shows a reader, checked on the drawn SVG (not its snapshot): the marks the story's
// states depend on, and the words issue 11 asks for.
const data = loadDataset('data');
const f = deriveFigures(data);
// Each chart drawn once per locale and shared by the tests below.
const memo = new Map<string, ReturnType<typeof prepareChart>>();
const prepare = (id: (typeof CHARTS)[number]['id'], locale: 'en' | 'vi') => {
  if (!memo.has(id + locale)) memo.set(id + locale, prepareChart(data, id, locale));
  return memo.get(id + locale)!;
};
const doc = (svg: string) => parseHTML(`<html><body>${svg}</body></html>`).document;
const svgOf = (id: (typeof CHARTS)[number]['id'], width: number = LAYOUTS[0], locale: 'en' | 'vi' = 'en') => prepare(id, locale).svgs.find((s) => s.width === width)!.svg;

describe('the 34 million', () => {
  it.each(LAYOUTS)('at %i px gives each block of "one in N" squares one buyer square, in fill order', (width) => {
    const d = doc(svgOf('unit-34-million', width));
    const buyers = Array.from(d.querySelectorAll('rect.fill-accent[data-order]'));
    expect(buyers.map((r) => r.getAttribute('data-order'))).toEqual(Array.from({ length: Math.ceil(f.homeInsured / f.unit) }, (_, i) => String(i + 1)));
    expect(d.querySelector('svg')!.textContent).toContain(`About 1 in ${f.homeOneIn} (our count)`);
    expect(d.querySelector('svg')!.textContent).toContain('33.7 million others');
  });
});

describe('abroad', () => {
  it('states its own scale and turns the buyers to the accent', () => {
    const d = doc(svgOf('abroad-units'));
    const unit = unitSize(f.abroadWorkers);
    expect(d.querySelector('svg')!.textContent).toContain(`Each square = ${unit.toLocaleString('en-GB')} workers`);
    expect(d.querySelectorAll('.mark-buyers rect.fill-accent').length).toBe(Math.ceil(f.abroadInsured / unit));
    expect(d.querySelector('.mark-buyers')!.getAttribute('data-mute')).toBe('0');
  });

  it('keeps a projection in its table, each year after the report labelled ours', () => {
    const { table } = prepare('abroad-units', 'en');
    // The report's row says what each figure is: the workers an unattributed estimate, the buyers the named official's, the share ours.
    expect(table.rows[0]).toContain('workers: an estimate the report does not attribute; buyers: Dinh Duy Hung; share: our calculation');
    // The share at one precision (1.20, as 0.79 at home): a fixed cell, shown and downloaded with two decimals.
    expect(table.rows[0]).toContainEqual({ value: 1.2, digits: 2 });
    expect(table.rows.slice(1).every((r) => r.at(-1) === 'our projection from the rate in the report, not a count')).toBe(true);
    expect(table.rows.length).toBe(f.projectionYears + 1);
  });
});

describe('the pension grid', () => {
  it('fills a row a year with the scroll, counting the years', () => {
    const d = doc(svgOf('pension-months'));
    expect(d.querySelector('svg')!.getAttribute('data-seq-max')).toBe(String(f.pensionYears));
    expect(Array.from(d.querySelectorAll('[data-seq]')).map((g) => g.getAttribute('data-seq'))).toEqual(Array.from({ length: f.pensionYears }, (_, i) => String(i + 1)));
    const counter = d.querySelector('[data-counter]')!;
    expect(counter.getAttribute('data-counter-template')).toBe('Year {n} of paying in');
    // Drawn whole (embed, download, plain article), it says what the grid adds up to, not "Year 20" over year 1.
    expect(counter.textContent).toBe(`Up to ${f.pensionYears} years of paying in`);
    expect(doc(svgOf('pension-months', LAYOUTS[0], 'vi')).querySelector('[data-counter]')!.getAttribute('data-counter-template')).toBe('Năm đóng thứ {n}');
  });
});

describe('the accent', () => {
  it.each(['who-pays', 'barrier-matrix', 'pension-months'] as const)('is not used by %s, which shows no buyers', (id) => {
    for (const width of LAYOUTS) expect(svgOf(id, width)).not.toContain(PALETTE.accent);
  });
});

describe('the barrier matrix', () => {
  it('marks the barrier no proposal answers, and only that one', () => {
    const unanswered = data.barriers.filter((b) => !data.proposals.some((p) => p.answers.includes(b.id)));
    expect(unanswered.length).toBeGreaterThan(0);
    for (const width of LAYOUTS) {
      // A label wrapped over lines reads as one phrase: the lines of each <text>, joined by spaces.
      const text = Array.from(doc(svgOf('barrier-matrix', width)).querySelectorAll('text'))
        .map((t) => (t.querySelector('tspan') ? Array.from(t.querySelectorAll('tspan')).map((l) => l.textContent).join(' ') : t.textContent)).join('\n');
      expect(text.split('No proposal answered this').length - 1, `at ${width}`).toBe(unanswered.length);
    }
    expect(chartText(data, 'barrier-matrix', 'en').title.toLowerCase()).toContain(unanswered[0].label.en.toLowerCase());
  });

  it('says who each column is: given names over the columns, full names in the key of the wide layout', () => {
    const people = [...new Set(data.barriers.flatMap((b) => b.namedBy))].map((id) => data.officials.find((o) => o.id === id)!.name.en);
    const wide = doc(svgOf('barrier-matrix', 520)).querySelector('svg')!.textContent!;
    for (const name of people) expect(wide).toContain(name);
    for (const width of LAYOUTS) {
      const texts = Array.from(doc(svgOf('barrier-matrix', width)).querySelectorAll('text')).map((t) => t.textContent);
      for (const name of people) expect(texts, `at ${width}`).toContain(name.split(' ').at(-1));
    }
  });
});

describe('words a newsroom would publish', () => {
  it.each(['en', 'vi'] as const)('never say "insured" in %s titles, alt text, notes, labels or CSV', (locale) => {
    for (const c of CHARTS) {
      const chart = prepare(c.id, locale);
      const words = [chart.title, chart.alt, chart.note, ...chart.svgs.map((s) => doc(s.svg).querySelector('svg')!.textContent!), chartCsv(chart.table, 'Source', chart.source)].join('\n');
      expect(words, c.id).not.toMatch(/\binsured\b|\buninsured\b|có bảo hiểm|không có bảo hiểm/i);
    }
  });

  it('round million-size figures outside tables', () => {
    for (const c of CHARTS) {
      const chart = prepare(c.id, 'en');
      const words = [chart.title, chart.alt, chart.note, ...chart.svgs.map((s) => doc(s.svg).querySelector('svg')!.textContent!)].join('\n');
      expect(words, c.id).not.toMatch(/\d{1,3}(,\d{3}){2,}/);
    }
  });
});
