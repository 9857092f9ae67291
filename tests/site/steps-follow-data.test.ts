/**
 * The story's barrier scene takes a card per theme (and one for the second person on a barrier two people
 * named), each naming who made each point; its proposal scene a step per proposal; charts that travel alone name who gave their figures
 * and carry the chart's credit; the plain article's pension chart does not pretend to a year.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { loadDataset } from '../../src/data/load.ts';
import { CHARTS, prepareChart } from '../../src/charts/registry.ts';
import { barrierRows } from '../../src/charts/barrier-matrix.ts';
import { barrierCards } from '../../src/charts/barrier-cards.ts';
import { standaloneSvg } from '../../src/downloads/standalone-svg.ts';
import { strings } from '../../src/i18n/index.ts';
import { lowerFirst } from '../../src/i18n/slots.ts';
import { readPage } from './helpers.ts';

const data = loadDataset('data');
const squash = (s: string | null | undefined) => (s ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
const given = (id: string, locale: 'en' | 'vi') => data.officials.find((o) => o.id === id)!.name[locale].split(' ').at(-1)!;

describe.each([
  ['/', 'en'],
  ['/vi/', 'vi'],
] as const)('the story at %s', (path, locale) => {
  const doc = readPage('dist', path);

  it('gives the barriers a card per theme, each naming who made each of its points, every point once', () => {
    const steps = Array.from(doc.querySelectorAll('#barriers .step'));
    const cards = barrierCards(data);
    expect(steps.map((s) => s.id)).toEqual(cards.map((c) => `barriers-${c.state}`));
    // Each card is a chart state of its own: the chart changes with every card.
    const shown = steps.map((s) => s.getAttribute('data-step'));
    expect(new Set(shown).size).toBe(shown.length);
    // A card per theme, and one more for a quotation, and for the second person on a barrier two people named.
    const themes = new Set(data.barriers.map((b) => b.theme));
    expect(cards.length).toBe(themes.size + data.barriers.filter((b) => b.quote).length + data.barriers.filter((b) => b.namedBy.length > 1).length);
    const strip = (t: string) => squash(lowerFirst(t).replace(/\.$/, ''));
    const seen: string[] = [];
    cards.forEach((card, i) => {
      const text = squash(steps[i].textContent);
      expect(new Set(card.points.map((p) => p.barrier.theme)), card.state).toEqual(new Set([card.theme]));
      // Names in bold are people who made a point here; each person is named on the card.
      const bold = Array.from(steps[i].querySelectorAll('strong')).map((el) => squash(el.textContent));
      for (const name of bold) expect(card.points.map((p) => given(p.speaker, locale)), card.state).toContain(name);
      for (const { barrier, speaker } of card.points) {
        expect(text, card.state).toContain(given(speaker, locale));
        // The quoted person's words as quoted; another's point as the row's paraphrase.
        if (barrier.quote?.by === speaker) expect(text, barrier.id).toContain(squash(locale === 'en' ? barrier.quote.en : barrier.quote.vi));
        else {
          expect(text, barrier.id).toContain(strip(barrier.paraphrase[locale]));
        }
        seen.push(`${barrier.id}:${speaker}`);
      }
    });
    expect(seen.sort()).toEqual(data.barriers.flatMap((b) => b.namedBy.map((s) => `${b.id}:${s}`)).sort());
  });

  it('gives each proposal its own step, then the gap', () => {
    const steps = Array.from(doc.querySelectorAll('#gap .step'));
    expect(steps.map((s) => s.id)).toEqual([...data.proposals.map((p) => `gap-${p.id}`), 'gap-gap']);
    // Each card gives the proposal in full, with who made it, so it never reads as our own advice.
    data.proposals.forEach((p, i) => {
      const text = squash(steps[i].textContent);
      expect(text, p.id).toContain(squash(lowerFirst(p.text[locale]).replace(/\.$/, '')));
      for (const id of p.proposedBy) expect(text, p.id).toContain(given(id, locale));
    });
  });

  it('keeps the pension counter in its whole-chart words until the reader scrolls (no "Year 20" in the plain article)', () => {
    const counter = doc.querySelector('#pension [data-counter]')!;
    const s = strings(locale).charts['pension-months'];
    expect(squash(counter.textContent)).toBe(s.counterWhole.replace('{pensionYears}', String(data.pension.yearsMax)));
  });
});

describe.each(['en', 'vi'] as const)('charts that travel alone, in %s', (locale) => {
  it('the narrow barrier matrix names who named each barrier after its label, and its note says so', () => {
    const chart = prepareChart(data, 'barrier-matrix', locale);
    const narrow = parseHTML(`<html><body>${chart.svgs[0].svg}</body></html>`).document;
    // A label's lines are tspans (the name in one of its own); read as a line of text, no-break spaces as spaces.
    const rows = Array.from(narrow.querySelectorAll('.matrix-row > text:first-of-type')).map((t) => squash(Array.from(t.querySelectorAll('tspan')).map((s) => s.textContent).join(' ')));
    barrierRows(data).forEach((b, i) => expect(rows[i], b.id).toBe(squash(`${b.label[locale]} (${b.namedBy.map((id) => given(id, locale)).join(', ')})`)));
    // The wide note speaks of dots; the narrow one, drawn without them, of the names.
    expect(chart.noteNarrowHtml).toBeDefined();
    const page = readPage('dist', `${locale === 'en' ? '' : '/vi'}/embed/barrier-matrix/`);
    const text = (html: string) => squash(parseHTML(`<html><body><p>${html}</p></body></html>`).document.querySelector('p')!.textContent);
    // Each width's opening, then what both notes say, once: the note a reader of each width reads is whole.
    const note = page.querySelector('.fig-note')!;
    const without = (hidden: string) => {
      const copy = note.cloneNode(true) as Element;
      copy.querySelectorAll(`.fig-key, ${hidden}`).forEach((el) => el.remove());
      return squash(copy.textContent);
    };
    expect(without('.note-wide')).toBe(text(chart.noteNarrowHtml!));
    expect(without('.note-narrow')).toBe(text(chart.noteHtml));
    // The sentences both notes end with stand once.
    const shared = text(chart.noteHtml).split('. ').at(-1)!;
    expect(squash(note.textContent).split(shared).length - 1).toBe(1);
  });

  it.each(CHARTS.map((c) => c.id))('%s carries its credit and licence in the embed and in the image download', (id) => {
    const credit = strings(locale).figure.credit;
    const page = readPage('dist', `${locale === 'en' ? '' : '/vi'}/embed/${id}/`);
    expect(squash(page.querySelector('.fig-credit')!.textContent)).toContain(credit);
    expect(page.querySelector(`.fig-credit a[href$="/charts/${id}.csv"]`)).not.toBeNull();
    expect(standaloneSvg(prepareChart(data, id, locale)).svg.replace(/\u00a0/g, ' ')).toContain(credit);
  });

  it('the charts of reported figures name who gave them in their notes', () => {
    const name = (id: string) => data.officials.find((o) => o.id === id)!.name[locale];
    expect(prepareChart(data, 'unit-34-million', locale).note).toContain(name(data.home.insuredSaidBy[0]));
    expect(prepareChart(data, 'abroad-units', locale).note).toContain(name(data.abroad.insuredSaidBy[0]));
    expect(readFileSync(`dist${locale === 'en' ? '' : '/vi'}/charts/pension-months.csv`, 'utf8')).toContain(name(data.pension.saidBy[0]));
  });
});
