import { describe, expect, it } from 'vitest';
import { textWidth, wrapToWidth } from '../../src/charts/measure.ts';

describe('chart text measured in Be Vietnam Pro', () => {
  it('gives wider widths to semibold and to longer text', () => {
    expect(textWidth('Managed by household registration', 13, 600)).toBeGreaterThan(textWidth('Managed by household registration', 13, 400));
    expect(textWidth('Quản lý theo hộ khẩu', 13)).toBeLessThan(textWidth('Quản lý theo hộ khẩu đăng ký', 13));
  });

  it('knows the Vietnamese letters (not the wide fallback)', () => {
    expect(textWidth('ả', 1000)).toBeLessThan(700);
    expect(textWidth('ư', 1000)).toBeLessThan(700);
  });

  it('wraps to a width, never past it unless a word is wider', () => {
    const lines = wrapToWidth('Tuyên truyền qua các đoàn thể cho lao động di cư', 120, 13);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(textWidth(l, 13) <= 120 || !l.includes(' ')).toBe(true);
  });
});

describe('titles for cards and downloads', () => {
  it('leave no word alone on the last line', async () => {
    const { wrapWithoutWidow } = await import('../../src/charts/measure.ts');
    const text = 'Trăm người chưa được một: lao động di cư và bảo hiểm xã hội tự nguyện một';
    for (const max of [320, 420, 500, 560]) {
      const lines = wrapWithoutWidow(text, max, 44, 600);
      if (lines.length > 1) expect(lines.at(-1), `at ${max}px`).toContain(' ');
    }
  });
});
