import type { Locale } from '../data/format.ts';

/**
 * Vietnamese is written syllable by syllable, with a space between the syllables of one word, so a
 * browser may break a line inside a word ("bảo hiểm xã / hội"). In the Vietnamese edition the words of
 * the story's own vocabulary are joined with no-break spaces and a figure with its "triệu", so that
 * lines break between words; in HTML, "LĐ-TB&XH" is also kept from breaking at its hyphen (a span, so
 * the text itself stays as typed: found by in-page search, copied as it reads). Markup is left as it is.
 */
const VI_WORDS = [
  'bảo hiểm', 'xã hội', 'tự nguyện', 'lương hưu', 'đề xuất', 'bỏ ngỏ', 'lao động', 'di cư', 'rào cản',
  'nước ngoài', 'hằng tháng', 'Nhà nước', 'hỗ trợ', 'tham gia', 'cận nghèo', 'hộ nghèo', 'nông thôn',
  'thành thị', 'cư trú', 'thu nhập', 'thủ tục', 'thời gian', 'chính sách', 'tuyên truyền', 'Bộ trưởng',
  'Thứ trưởng', 'Nội vụ', 'Dữ liệu', 'Việt Nam', 'giải quyết', 'có thể', 'bài báo', 'nhà báo', 'ước tính', 'cách hiểu',
  'Nhóm Dữ liệu', 'biểu đồ', 'hiệu lực', 'thi hành', 'cơ sở', 'dữ liệu', 'tối thiểu', 'ngần ngại', 'song phương', 'hiệp định',
  'an sinh', 'quê nhà', 'phức tạp', 'hiệu quả', 'hành chính', 'ban hành', 'tỷ lệ', 'giải pháp', 'toàn diện', 'Viện trưởng',
  'khi đó', 'chúng tôi', 'con số', 'tất cả', 'kể cả', 'so với', 'nơi đến', 'Đăng ngày', 'Cập nhật ngày', 'trích dẫn', 'nguyên văn',
  'tiếng Anh', 'tiếng Việt', 'phỏng vấn', 'Thông tấn', 'người nghèo',
];
const NBSP = '\u00a0';
const wordsPattern = (words: string[]) =>
  new RegExp(`(^|[^\\p{L}])(${[...words].sort((a, b) => b.length - a.length).map((w) => w.replaceAll(' ', ' +')).join('|')})(?=$|[^\\p{L}])`, 'giu');
let WORDS = wordsPattern(VI_WORDS);
const names = new Set<string>();

/**
 * People's names are kept whole too ("Nguyễn Trọng Đàm", not "Nguyễn Trọng / Đàm"): the slots that fill
 * the copy from data/officials.csv register each Vietnamese name here (src/i18n/slots.ts).
 */
export function keepNamesWhole(list: string[]): void {
  const before = names.size;
  // Only names written with Vietnamese letters: one spelled as in English text stays as English text is set.
  for (const n of list) if (n.includes(' ') && /[^\x00-\x7f]/.test(n)) names.add(n);
  if (names.size !== before) WORDS = wordsPattern([...VI_WORDS, ...names]);
}

/** Text with the Vietnamese words above kept whole (English text has none of them, and passes unchanged). */
export function glueText(text: string): string {
  return text
    .replace(WORDS, (_, before: string, word: string) => before + word.replace(/ +/g, NBSP))
    .replace(/(\d) (triệu|nghìn|tỷ|năm)(?=$|[^\p{L}])/gu, `$1${NBSP}$2`)
    // A figure stays with the word that introduces it ("tức" or "khoảng" and the figure after it, as filled from data).
    .replace(/(^|[^\p{L}])(tức|khoảng|chỉ) (?=\d)/gu, `$1$2${NBSP}`)
    // A law's number stays with its "số" ("số" and the law's number from data/since.csv).
    .replace(/(^|[^\p{L}])(số) (?=\d)/gu, `$1$2${NBSP}`)
    // "ông" stays with the name it goes before ("ông Nam", "ông Tran Hai Nam").
    .replace(/(^|[^\p{L}])([ôÔ]ng|[bB]à) (?=\p{Lu})/gu, `$1$2${NBSP}`);
}

/** Text or HTML with Vietnamese words kept whole across line breaks (English is returned as it is). */
export function keepWordsTogether(textOrHtml: string, locale: Locale): string {
  if (locale !== 'vi') return textOrHtml;
  return textOrHtml
    .split(/(<[^>]*>)/)
    .map((part, i) => (i % 2 ? part : glueText(part).replace(/LĐ-TB&amp;XH/g, '<span class="nowrap">LĐ-TB&amp;XH</span>')))
    .join('')
    // The same across a figure's <data> element: "tức <data>…</data>", "<data>…</data> năm".
    .replace(/(^|[^\p{L}])(tức|khoảng|chỉ) (?=<data)/gu, `$1$2${NBSP}`)
    .replace(/(<\/data>) (triệu|nghìn|tỷ|năm)(?=$|[^\p{L}])/gu, `$1${NBSP}$2`);
}
