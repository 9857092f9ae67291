/**
 * "Since the report": every row of data/since.csv appears in both editions, in its own section
 * before the methods, with its date and legal reference, read from the CSV (not typed in copy).
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readPage } from './helpers.ts';

type Row = Record<string, string>;
const rows = Papa.parse<Row>(readFileSync('data/since.csv', 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy' }).data.map((r) =>
  Object.fromEntries(Object.entries(r).map(([k, v]) => [k.trim(), (v ?? '').trim().normalize('NFC')])),
);
// As read: a no-break space is a space, and the word joiner that keeps "LĐ-TB&XH" on one line is not seen.
const squash = (s: string | null | undefined) => (s ?? '').replace(/\u2060/g, '').replace(/\s+/g, ' ').trim();

describe.each([
  ['/', 'en'],
  ['/vi/', 'vi'],
] as const)('the "since the report" note on %s', (path, locale) => {
  const doc = readPage('dist', path);
  const section = doc.querySelector('main #since')!;

  it('stands in its own section, after the proposals and before the methods', () => {
    expect(section).not.toBeNull();
    const ids = Array.from(doc.querySelectorAll('main section[id]')).map((s) => s.id);
    expect(ids.indexOf('since')).toBeGreaterThan(ids.indexOf('proposals'));
    expect(ids.indexOf('since')).toBeLessThan(ids.indexOf('methods'));
    expect(squash(section.querySelector('h2')!.textContent)).not.toBe('');
  });

  it('lists every row of since.csv once, and nothing else', () => {
    expect(rows.length).toBeGreaterThan(0);
    expect(section.querySelectorAll('.since-rows > li')).toHaveLength(rows.length);
  });

  it.each(rows.map((r) => [r.id, r] as const))('shows %s with its text, its date and its legal reference', (id, r) => {
    const item = section.querySelector(`#since-${id}`)!;
    expect(item, `no item for ${id}`).not.toBeNull();
    expect(squash(item.querySelector('.since-text')!.textContent)).toBe(r[`text_${locale}`]);
    expect(item.querySelector('time')!.getAttribute('datetime')).toBe(r.effective);
    const law = r[`law_${locale}`];
    if (law) expect(squash(item.querySelector('cite')!.textContent)).toBe(law);
    else expect(item.querySelector('cite')).toBeNull();
  });

  it('writes dates in the edition’s style', () => {
    const dates = Array.from(section.querySelectorAll('time')).map((t) => [t.getAttribute('datetime'), squash(t.textContent)]);
    const want: Record<string, [string, string]> = { '2025-07-01': ['1 July 2025', '1/7/2025'], '2023-01-01': ['1 January 2023', '1/1/2023'], '2025-03': ['March 2025', 'Tháng 3/2025'] };
    for (const [iso, shown] of dates) if (want[iso!]) expect(shown).toBe(want[iso!][locale === 'en' ? 0 : 1]);
  });
});
