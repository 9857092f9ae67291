/**
 * How the people quoted in the report are named on the page: a title that already names its body
 * is not followed by the body again, and Vietnamese titles read in press style.
 */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load.ts';
import { officialsHtml } from '../../src/story/steps.ts';
import { GOOD_DATA } from './helpers/data-fixture.ts';

const data = loadDataset(GOOD_DATA);
const text = (html: string) => html.replace(/<[^>]+>/g, '');
const named = (id: string, locale: 'en' | 'vi') => text(officialsHtml(data, [id], locale));

describe('people named with their titles', () => {
  it('gives the minister his title once, without a second "Bộ", in Vietnamese', () => {
    expect(named('dao-ngoc-dung', 'vi')).toBe('Đào Ngọc Dung, Bộ trưởng Lao động – Thương binh và Xã hội');
  });

  it('gives the minister his title once in English', () => {
    expect(named('dao-ngoc-dung', 'en')).toBe('Dao Ngoc Dung, Minister of Labour, Invalids and Social Affairs');
  });

  it.each([
    ['dinh-duy-hung', 'Dinh Duy Hung, Phó trưởng Ban Thu, Bảo hiểm xã hội Việt Nam'],
    ['le-thanh-sang', 'Lê Thanh Sang, Viện trưởng Viện Khoa học xã hội vùng Nam Bộ'],
    ['nguyen-trong-dam', 'Nguyễn Trọng Đàm, nguyên Thứ trưởng Bộ Lao động – Thương binh và Xã hội'],
    ['tran-hai-nam', 'Tran Hai Nam, Phó Vụ trưởng Vụ Bảo hiểm xã hội, Bộ Lao động – Thương binh và Xã hội'],
  ])('names %s in Vietnamese press style', (id, expected) => {
    expect(named(id, 'vi')).toBe(expected);
  });

  it('adds the body to a title that does not name it', () => {
    expect(named('tran-hai-nam', 'en')).toBe('Tran Hai Nam, deputy head of the Social Insurance Department, Ministry of Labour, Invalids and Social Affairs');
    expect(named('le-thanh-sang', 'en')).toBe('Le Thanh Sang, president, Southern Institute of Social Sciences');
  });

  it.each(['en', 'vi'] as const)('never repeats a body or writes "Bộ trưởng Bộ" (%s)', (locale) => {
    for (const o of data.officials) {
      const line = named(o.id, locale);
      expect(line.split(o.body[locale]).length - 1, line).toBeLessThanOrEqual(1);
      expect(line).not.toMatch(/Bộ trưởng Bộ|Minister of .*, Ministry of/);
    }
  });
});
