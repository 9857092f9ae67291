/**
 * The data loader refuses data it cannot trust, and says exactly where and why.
 *
 * Every fixture is the committed data/ folder with one small edit (see helpers/data-fixture.ts).
 * Unless a test says otherwise the fixture's parent is the working directory, so files are
 * labelled "data/…" as in a real build. Lines are physical lines of the file; the header is 1.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataError, loadDataset } from '../../src/data/load.ts';
import { SCHEMAS } from '../../src/data/schemas.ts';
import { failWith, GOOD_DATA, loadWith, onlyProblem, type DataFolder } from './helpers/data-fixture.ts';

const URL_CELL = 'https://en.vietnamplus.vn/vn-struggling-to-persuade-migrants-to-buy-social-insurance-post167224.vnp';
const HOME_COUNTS = ',34000000,270000,';
const ABROAD_COUNTS = ',500000,6000,';
const ABROAD_TAIL = 'dinh-duy-hung,100000,5,vna';

/** Rewrites a file without quoted cells, one line at a time (the header is index 0). */
function mapLines(d: DataFolder, file: string, change: (cells: string[], index: number) => string[]) {
  const text = d.read(file);
  if (text.includes('"')) throw new Error(`mapLines: ${file} has quoted cells`);
  const lines = text.split('\n');
  d.write(file, lines.map((line, i) => (line === '' ? line : change(line.split(','), i).join(','))).join('\n'));
}

/** Removes one physical line (1-based) from a file. */
function dropLine(d: DataFolder, file: string, line: number) {
  const lines = d.read(file).split('\n');
  lines.splice(line - 1, 1);
  d.write(file, lines.join('\n'));
}

describe('the committed data', () => {
  it('loads without a problem', () => {
    const data = loadDataset(GOOD_DATA);
    expect(data.home.group).toBe('home');
    expect(data.abroad.group).toBe('abroad');
    expect(data.corrections).toEqual([]);
  });

  it('loads one record for every data row of every file', () => {
    const data = loadWith();
    const rows = loadRowsCount;
    expect(data.sources).toHaveLength(rows('sources.csv'));
    expect(data.officials).toHaveLength(rows('officials.csv'));
    expect(data.support).toHaveLength(rows('support.csv'));
    expect(data.barriers).toHaveLength(rows('barriers.csv'));
    expect(data.proposals).toHaveLength(rows('proposals.csv'));
    expect(data.updates).toHaveLength(rows('updates.csv'));
    expect(data.since).toHaveLength(rows('since.csv'));
  });
});

/** Data rows in a committed file: non-empty lines after the header (none of them has a quoted newline). */
function loadRowsCount(file: string): number {
  return readFileSync(join(GOOD_DATA, file), 'utf8').split('\n').slice(1).filter((l) => l.trim() !== '').length;
}

describe('where a problem is reported', () => {
  it('labels files relative to the working directory when the data folder is inside it', () => {
    const error = failWith((d) => d.replace('coverage.csv', HOME_COUNTS, ',34000000,27O000,'));
    expect(error.problems[0].file).toBe('data/coverage.csv');
    expect(error.message).toContain('data/coverage.csv:2 column "buyers": "27O000" is not a whole number');
  });

  it('labels files with their full path when the data folder is outside the working directory', () => {
    let dir = '';
    const error = failWith(
      (d) => {
        dir = d.dir;
        d.replace('pension.csv', 'nguyen-trong-dam,vna', 'nguyen-van-a,vna');
      },
      { cwd: 'elsewhere' },
    );
    expect(error.problems).toEqual([
      { file: join(dir, 'pension.csv'), line: 2, column: 'said_by', message: `"nguyen-van-a" is not an id in ${join(dir, 'officials.csv')}` },
    ]);
  });

  it('counts physical lines, so a row after a quoted cell holding a line break starts one line later', () => {
    const error = failWith((d) => {
      // proposals.csv line 2 has a quoted text_en; break it over two lines.
      d.replace('proposals.csv', '"Educate migrant workers on the importance of social insurance through the Youth Union,', '"Educate migrant workers on the importance of social insurance\nthrough the Youth Union,');
      d.replace('proposals.csv', 'comprehensive,Comprehensive solutions,', 'comprehensive,,'); // was line 3
      d.replace('proposals.csv', ',tran-hai-nam,low-income,vna', ',tran-hai-nam,low-incomes,vna'); // was line 4
    });
    expect(error.problems).toEqual([
      { file: 'data/proposals.csv', line: 4, column: 'label_en', message: expect.stringMatching(/empty; a value is required/) },
      { file: 'data/proposals.csv', line: 5, column: 'answers', message: expect.stringMatching(/"low-incomes" is not an id in data\/barriers\.csv/) },
    ]);
  });

  it('reports a problem in a row that spans two lines at the line the row starts on', () => {
    const p = onlyProblem((d) => {
      d.replace('proposals.csv', '"Educate migrant workers on the importance of social insurance through the Youth Union,', '"Educate migrant workers on the importance of social insurance\nthrough the Youth Union,');
      d.replace('proposals.csv', ',tran-hai-nam,limited-dissemination;wrong-channels,vna', ',tran-hai-nam,limited-dissemination;wrong-channel,vna');
    });
    expect(p).toMatchObject({ file: 'data/proposals.csv', line: 2, column: 'answers' });
  });

  it('counts physical lines in a CRLF file whose quoted cell holds a CRLF line break', () => {
    const p = onlyProblem((d) => {
      d.replace('proposals.csv', '"Educate migrant workers on the importance of social insurance through the Youth Union,', '"Educate migrant workers on the importance of social insurance\nthrough the Youth Union,');
      d.replace('proposals.csv', 'comprehensive,Comprehensive solutions,', 'comprehensive,,');
      d.write('proposals.csv', d.read('proposals.csv').replaceAll('\n', '\r\n'));
    });
    expect(p).toMatchObject({ file: 'data/proposals.csv', line: 4, column: 'label_en' });
  });

  it('counts a blank line between rows, so the rows after it keep their physical line numbers', () => {
    const p = onlyProblem((d) => {
      d.replace('proposals.csv', '\ncomprehensive,', '\n\ncomprehensive,');
      d.replace('proposals.csv', ',tran-hai-nam,low-income,vna', ',tran-hai-nam,low-incomes,vna'); // was line 4
    });
    expect(p).toMatchObject({ file: 'data/proposals.csv', line: 5, column: 'answers' });
  });
});

describe('whole numbers', () => {
  it('refuses "27O000" (a letter O for a zero) as not a whole number', () => {
    const p = onlyProblem((d) => d.replace('coverage.csv', HOME_COUNTS, ',34000000,27O000,'));
    expect(p).toMatchObject({ file: 'data/coverage.csv', line: 2, column: 'buyers' });
    expect(p.message).toMatch(/"27O000" is not a whole number/);
  });

  it.each(['270.000', '2.7e5', '+270000', '270000.0', '270 000', '0x41EB0'])('refuses %j as not a whole number', (value) => {
    const p = onlyProblem((d) => d.replace('coverage.csv', HOME_COUNTS, `,34000000,${value},`));
    expect(p).toMatchObject({ file: 'data/coverage.csv', line: 2, column: 'buyers' });
    expect(p.message).toMatch(/is not a whole number/);
  });

  it.each(['9007199254740992', '9007199254740993', '100000000000000000000'])('refuses %s, which is larger than 2^53 - 1, as too big', (value) => {
    const p = onlyProblem((d) => d.replace('coverage.csv', HOME_COUNTS, `,${value},270000,`));
    expect(p).toMatchObject({ file: 'data/coverage.csv', line: 2, column: 'workers' });
    expect(p.message).toMatch(new RegExp(`"${value}" is not a whole number from 0 to 9007199254740991`));
  });

  it('accepts the largest safe whole number, 2^53 - 1', () => {
    const data = loadWith((d) => d.replace('coverage.csv', HOME_COUNTS, ',9007199254740991,270000,'));
    expect(data.home.workers).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('refuses a negative number', () => {
    const p = onlyProblem((d) => d.replace('coverage.csv', ABROAD_TAIL, 'dinh-duy-hung,-100000,5,vna'));
    expect(p).toMatchObject({ file: 'data/coverage.csv', line: 3, column: 'yearly_growth' });
    expect(p.message).toMatch(/"-100000" is not a whole number from 0/);
  });
});

describe('per cents', () => {
  it('refuses a per cent over 100', () => {
    const p = onlyProblem((d) => d.replace('support.csv', ',30,,vna', ',100.5,,vna'));
    expect(p).toMatchObject({ file: 'data/support.csv', line: 2, column: 'state_share_pct' });
    expect(p.message).toMatch(/"100\.5" is not a per cent from 0 to 100/);
  });

  it.each(['-5', '30%', '1e2', '30.5.1', 'thirty'])('refuses %j as a per cent', (value) => {
    const p = onlyProblem((d) => d.replace('support.csv', ',30,,vna', `,${value},,vna`));
    expect(p).toMatchObject({ file: 'data/support.csv', line: 2, column: 'state_share_pct' });
    expect(p.message).toMatch(/is not a per cent/);
  });

  it.each([['0', 0], ['100', 100], ['12.5', 12.5]])('accepts %s as a per cent', (value, expected) => {
    const data = loadWith((d) => d.replace('support.csv', ',30,,vna', `,${value},,vna`));
    expect(data.support[0].statePct).toBe(expected);
  });
});

describe('other cell kinds', () => {
  it('refuses a value outside the listed choices', () => {
    const p = onlyProblem((d) => d.replace('support.csv', 'near-poor,People', 'nearly-poor,People'));
    expect(p).toMatchObject({ file: 'data/support.csv', line: 3, column: 'household' });
    expect(p.message).toMatch(/"nearly-poor" is not one of "poor", "near-poor"/);
  });

  it('reads each barrier with its theme, grouped in the file by theme', () => {
    const data = loadWith();
    expect(data.barriers.map((b) => b.theme)).toEqual(['place', 'place', 'money', 'money', 'money', 'word', 'word']);
  });

  it.each(['', 'Money', 'cost'])('refuses %j as a barrier theme, which must be place, money or word', (value) => {
    const p = onlyProblem((d) => d.replace('barriers.csv', 'long-wait,money,', `long-wait,${value},`));
    expect(p).toMatchObject({ file: 'data/barriers.csv', line: 6, column: 'theme' });
    expect(p.message).toMatch(value === '' ? /this cell is empty; a value is required/ : /is not one of "place", "money", "word"/);
  });

  it.each(['javascript:alert(1)', 'ftp://en.vietnamplus.vn/story.vnp', 'en.vietnamplus.vn/story.vnp', 'https://en.vietnamplus.vn/a story', 'mailto:desk@vietnamplus.vn'])(
    'refuses %j as a source address, which must be http or https',
    (value) => {
      // A second, unreferenced source: refusing the only source would also leave every reference to it dangling.
      const p = onlyProblem((d) => d.write('sources.csv', d.read('sources.csv') + `extra,A publisher,Một nhà xuất bản,A title,,${value},\n`));
      expect(p).toMatchObject({ file: 'data/sources.csv', line: 3, column: 'url' });
      expect(p.message).toMatch(/is not an http:\/\/ or https:\/\/ address/);
      expect(p.message).toContain(JSON.stringify(value));
    },
  );

  it.each(['2026-02-30', '2025-02-29', '2026-13-01', '2026-00-10', '27/11/2026', '2026-1-5', '2026-11-27T10:00'])('refuses %j as a date', (value) => {
    const p = onlyProblem((d) => d.replace('updates.csv', '2026-11-27,', `${value},`));
    expect(p).toMatchObject({ file: 'data/updates.csv', line: 2, column: 'date' });
    expect(p.message).toMatch(/is not a date as YYYY-MM-DD/);
  });

  it('accepts 29 February in a leap year', () => {
    const data = loadWith((d) => d.replace('updates.csv', '2026-11-27,', '2028-02-29,'));
    expect(data.updates[0].date).toBe('2028-02-29');
  });

  it.each(['Monthly-Pension', 'monthly pension', 'monthly--pension', '-monthly', 'monthly_pension', 'lương-hưu'])('refuses %j as an id', (value) => {
    const p = onlyProblem((d) => d.replace('pension.csv', 'monthly-pension,', `${value},`));
    expect(p).toMatchObject({ file: 'data/pension.csv', line: 2, column: 'id' });
    expect(p.message).toMatch(/is not an id of lower-case letters, digits and single hyphens/);
  });

  it('refuses a reference that is not written as an id', () => {
    // long-wait (line 6) is the one barrier no proposal answers, so refusing its row leaves no reference dangling.
    const p = onlyProblem((d) => d.replace('barriers.csv', ',nguyen-trong-dam,,,,vna\nlimited-dissemination,', ',nguyen-trong-dam,"Words","Lời",Le Thanh Sang,vna\nlimited-dissemination,'));
    expect(p).toMatchObject({ file: 'data/barriers.csv', line: 6, column: 'quote_by' });
    expect(p.message).toMatch(/"Le Thanh Sang" is not an id from officials\.csv/);
  });

  it.each(['Nguyen Trong Dam', 'nguyen-trong-dam;', 'nguyen-trong-dam;;dao-ngoc-dung', 'nguyen-trong-dam/dao-ngoc-dung'])(
    'refuses %j as a list of ids',
    (value) => {
      const p = onlyProblem((d) => d.replace('pension.csv', ',nguyen-trong-dam,', `,${value},`));
      expect(p).toMatchObject({ file: 'data/pension.csv', line: 2, column: 'said_by' });
      expect(p.message).toMatch(/is not ids from officials\.csv, separated by ";"/);
    },
  );

  it('reads a list of ids with spaces around the semicolons', () => {
    const data = loadWith((d) => d.replace('pension.csv', ',nguyen-trong-dam,', ',nguyen-trong-dam ; dao-ngoc-dung,'));
    expect(data.pension.saidBy).toEqual(['nguyen-trong-dam', 'dao-ngoc-dung']);
  });

  it('refuses an empty cell where a value is required', () => {
    const p = onlyProblem((d) => d.replace('proposals.csv', 'comprehensive,Comprehensive solutions,', 'comprehensive,,'));
    expect(p).toMatchObject({ file: 'data/proposals.csv', line: 3, column: 'label_en' });
    expect(p.message).toMatch(/this cell is empty; a value is required/);
  });

  it('treats a cell of spaces as empty', () => {
    const p = onlyProblem((d) => d.replace('proposals.csv', 'comprehensive,Comprehensive solutions,', 'comprehensive,   ,'));
    expect(p).toMatchObject({ file: 'data/proposals.csv', line: 3, column: 'label_en' });
    expect(p.message).toMatch(/empty; a value is required/);
  });

  it('accepts an empty cell where a value is optional', () => {
    const data = loadWith();
    expect(data.sources[0].date).toBeNull();
    expect(data.home.yearlyGrowth).toBeNull();
  });
});

describe('ids', () => {
  it('refuses an id used twice and names the line where it was first used', () => {
    const p = onlyProblem((d) => d.replace('coverage.csv', 'abroad,Vietnamese', 'home,Vietnamese'));
    expect(p).toMatchObject({ file: 'data/coverage.csv', line: 3, column: 'group' });
    expect(p.message).toMatch(/"home" is used twice \(first on line 2\); ids must be unique/);
  });

  it('names the first line of a duplicated id even when other rows lie between', () => {
    const p = onlyProblem((d) => d.replace('proposals.csv', 'simpler-procedures,Reformed', 'unions,Reformed'));
    expect(p).toMatchObject({ file: 'data/proposals.csv', line: 5, column: 'id' });
    expect(p.message).toMatch(/"unions" is used twice \(first on line 2\)/);
  });
});

describe('the header and the shape of rows', () => {
  it('refuses an unknown column', () => {
    const p = onlyProblem((d) => mapLines(d, 'coverage.csv', (cells, i) => [...cells, i === 0 ? 'notes' : '']));
    expect(p).toMatchObject({ file: 'data/coverage.csv', line: 1, column: 'notes' });
    expect(p.message).toMatch(/unknown column; expected the columns "group", "label_en"/);
  });

  it('refuses a header that lacks a column', () => {
    const p = onlyProblem((d) => mapLines(d, 'pension.csv', (cells) => cells.filter((_, i) => i !== 2)));
    expect(p).toMatchObject({ file: 'data/pension.csv', line: 1, column: 'said_by' });
    expect(p.message).toMatch(/this column is missing from the header/);
  });

  it('refuses a header that names a column twice', () => {
    const p = onlyProblem((d) => mapLines(d, 'pension.csv', (cells) => [...cells, cells[3]]));
    expect(p).toMatchObject({ file: 'data/pension.csv', line: 1, column: 'source' });
    expect(p.message).toMatch(/this column appears twice in the header/);
  });

  it('refuses a header cell without a name', () => {
    const p = onlyProblem((d) => mapLines(d, 'pension.csv', (cells) => [...cells, '']));
    expect(p).toMatchObject({ file: 'data/pension.csv', line: 1 });
    expect(p.column).toBeUndefined();
    expect(p.message).toMatch(/column 5 has no name/);
  });

  it('accepts the columns in another order', () => {
    const data = loadWith((d) => mapLines(d, 'pension.csv', (cells) => [...cells].reverse()));
    expect(data.pension).toEqual(loadWith().pension);
  });

  it('refuses a row with too many cells', () => {
    const p = onlyProblem((d) => d.replace('pension.csv', 'nguyen-trong-dam,vna', 'nguyen-trong-dam,vna,extra'));
    expect(p).toMatchObject({ file: 'data/pension.csv', line: 2 });
    expect(p.column).toBeUndefined();
    expect(p.message).toMatch(/too many cells: found 5, expected 4/);
  });

  it('refuses a row with too few cells', () => {
    const p = onlyProblem((d) => d.replace('support.csv', ',25,,vna', ',25,vna'));
    expect(p).toMatchObject({ file: 'data/support.csv', line: 3 });
    expect(p.column).toBeUndefined();
    expect(p.message).toMatch(/too few cells: found 5, expected 6/);
  });

  it('refuses a quoted cell that is never closed, at the line where the row starts', () => {
    const error = failWith((d) => d.replace('updates.csv', '2026-11-27,First published.,', '2026-11-27,"First published.,'));
    expect(error.problems[0]).toMatchObject({ file: 'data/updates.csv', line: 2 });
    expect(error.problems[0].message).toMatch(/a quoted cell is never closed \(a stray " character\?\)/);
    // The unreadable row may also be reported as short, but only there.
    for (const p of error.problems) expect(p).toMatchObject({ file: 'data/updates.csv', line: 2 });
  });

  it('refuses a quote that closes in the middle of a cell', () => {
    const error = failWith((d) => d.replace('support.csv', 'poor,People on the poor household list,', 'poor,"People" on the poor household list,'));
    expect(error.problems[0]).toMatchObject({ file: 'data/support.csv', line: 2 });
    expect(error.problems[0].message).toMatch(/a quote character stands inside an unquoted cell/);
    for (const p of error.problems) expect(p).toMatchObject({ file: 'data/support.csv', line: 2 });
  });
});

describe('files', () => {
  it('refuses a missing file', () => {
    const p = onlyProblem((d) => d.remove('updates.csv'));
    expect(p).toMatchObject({ file: 'data/updates.csv' });
    expect(p.line).toBeUndefined();
    expect(p.column).toBeUndefined();
    expect(p.message).toMatch(/the file is missing/);
  });

  it.each([
    ['nothing', ''],
    ['a blank line', '\n'],
    ['only a byte-order mark', '\uFEFF'],
    ['spaces and blank lines', '  \r\n\r\n'],
  ])('refuses an empty file holding %s', (_, text) => {
    const p = onlyProblem((d) => d.write('updates.csv', text));
    expect(p).toMatchObject({ file: 'data/updates.csv' });
    expect(p.line).toBeUndefined();
    expect(p.message).toMatch(/the file is empty; expected a header row/);
  });

  it.each(Object.values(SCHEMAS).filter((s) => !('mayBeEmpty' in s && s.mayBeEmpty)).map((s) => s.file))(
    'refuses %s with a header but no rows',
    (file) => {
      const error = failWith((d) => d.write(file, d.read(file).split('\n')[0] + '\n'));
      // Files that others refer to also leave those references dangling; the first problem is this one.
      expect(error.problems[0]).toEqual({ file: `data/${file}`, line: 2, message: expect.stringMatching(/the file has a header but no rows; expected at least one row/) });
    },
  );

  it.each([
    ['with a trailing newline', 'date,text_en,text_vi\n'],
    ['without a trailing newline', 'date,text_en,text_vi'],
    ['with CRLF', 'date,text_en,text_vi\r\n'],
    ['with a byte-order mark', '\uFEFFdate,text_en,text_vi\n'],
    ['followed by blank lines', 'date,text_en,text_vi\n\n\n'],
  ])('accepts corrections.csv with a header and no rows (no corrections yet), %s', (_, text) => {
    const data = loadWith((d) => d.write('corrections.csv', text));
    expect(data.corrections).toEqual([]);
  });

  it('reads a correction with its date and both texts', () => {
    const data = loadWith((d) => d.write('corrections.csv', 'date,text_en,text_vi\n2026-11-28,"A figure was wrong, now fixed.",Một con số đã sai.\n'));
    expect(data.corrections).toEqual([{ date: '2026-11-28', text: { en: 'A figure was wrong, now fixed.', vi: 'Một con số đã sai.' } }]);
  });
});

describe('references between files', () => {
  it('refuses a reference to an unknown official', () => {
    const p = onlyProblem((d) => d.replace('pension.csv', 'nguyen-trong-dam,vna', 'nguyen-van-a,vna'));
    expect(p).toMatchObject({ file: 'data/pension.csv', line: 2, column: 'said_by' });
    expect(p.message).toMatch(/"nguyen-van-a" is not an id in data\/officials\.csv/);
  });

  it('refuses an unknown official inside a list of officials', () => {
    const p = onlyProblem((d) => d.replace('pension.csv', ',nguyen-trong-dam,', ',nguyen-trong-dam;nguyen-van-a,'));
    expect(p).toMatchObject({ file: 'data/pension.csv', line: 2, column: 'said_by' });
    expect(p.message).toMatch(/"nguyen-van-a" is not an id in data\/officials\.csv/);
  });

  it('refuses a quotation attributed to an unknown official', () => {
    const p = onlyProblem((d) => d.replace('barriers.csv', ',le-thanh-sang,vna', ',nguyen-van-a,vna'));
    expect(p).toMatchObject({ file: 'data/barriers.csv', line: 3, column: 'quote_by' });
    expect(p.message).toMatch(/"nguyen-van-a" is not an id in data\/officials\.csv/);
  });

  it('refuses an unknown source id', () => {
    const p = onlyProblem((d) => d.replace('support.csv', ',25,,vna', ',25,,vnx'));
    expect(p).toMatchObject({ file: 'data/support.csv', line: 3, column: 'source' });
    expect(p.message).toMatch(/"vnx" is not an id in data\/sources\.csv/);
  });

  // A refused row (or file) is not echoed by every reference to it: references into a file that
  // has problems of its own are checked once that file is fixed.
  it('reports only the real problem when the row others refer to is refused', () => {
    const p = onlyProblem((d) => d.replace('sources.csv', URL_CELL, 'javascript:alert(1)'));
    expect(p).toMatchObject({ file: 'data/sources.csv', line: 2, column: 'url' });
  });

  it('refuses a proposal that answers an unknown barrier', () => {
    const p = onlyProblem((d) => d.replace('proposals.csv', ',tran-hai-nam,low-income,vna', ',tran-hai-nam,low-incomes,vna'));
    expect(p).toMatchObject({ file: 'data/proposals.csv', line: 4, column: 'answers' });
    expect(p.message).toMatch(/"low-incomes" is not an id in data\/barriers\.csv/);
  });

  it('reads the barriers a proposal answers as a list, in the order written', () => {
    const data = loadWith();
    expect(data.proposals.find((p) => p.id === 'unions')!.answers).toEqual(['limited-dissemination', 'wrong-channels']);
    expect(data.proposals.find((p) => p.id === 'higher-support')!.answers).toEqual(['low-income']);
  });

  it('refuses an unknown barrier inside a proposal\'s list of answers', () => {
    const p = onlyProblem((d) => d.replace('proposals.csv', ';support-lost-on-moving,', ';support-lost,'));
    expect(p).toMatchObject({ file: 'data/proposals.csv', line: 3, column: 'answers' });
    expect(p.message).toMatch(/"support-lost" is not an id in data\/barriers\.csv/);
  });

  it.each(['procedures;', 'procedures,low-income'])('refuses %j as the barriers a proposal answers', (value) => {
    const error = failWith((d) => d.replace('proposals.csv', ',tran-hai-nam,procedures,vna', `,tran-hai-nam,${JSON.stringify(value)},vna`));
    expect(error.problems[0]).toMatchObject({ file: 'data/proposals.csv', line: 5, column: 'answers' });
    expect(error.problems[0].message).toMatch(/is not ids from barriers\.csv, separated by ";"/);
  });

  it('reads an empty list as a proposal that, in our reading, answers none of the barriers', () => {
    const data = loadWith((d) => d.replace('proposals.csv', ',tran-hai-nam,procedures,vna', ',tran-hai-nam,,vna'));
    expect(data.proposals.find((p) => p.id === 'simpler-procedures')!.answers).toEqual([]);
  });

  it('counts lines in a file saved with old Mac line ends (CR only)', () => {
    const p = onlyProblem((d) => d.write('pension.csv', d.read('pension.csv').replaceAll('\n', '\r').replace(',20,', ',x,')));
    expect(p).toMatchObject({ file: 'data/pension.csv', line: 2, column: 'years_max' });
  });
});

describe('the rows the story needs', () => {
  it.each([
    ['abroad', 3],
    ['home', 2],
  ])('refuses coverage.csv without a row for "%s"', (group, line) => {
    const p = onlyProblem((d) => dropLine(d, 'coverage.csv', line));
    expect(p).toMatchObject({ file: 'data/coverage.csv', column: 'group' });
    expect(p.line).toBeUndefined();
    expect(p.message).toMatch(new RegExp(`no row for "${group}"; the story needs one`));
  });

  it('refuses support.csv without a row for "near-poor"', () => {
    const p = onlyProblem((d) => dropLine(d, 'support.csv', 3));
    expect(p).toMatchObject({ file: 'data/support.csv', column: 'household' });
    expect(p.message).toMatch(/no row for "near-poor"/);
  });

  it('refuses pension.csv with more than one row', () => {
    const p = onlyProblem((d) => d.write('pension.csv', d.read('pension.csv') + 'early-pension,15,nguyen-trong-dam,vna\n'));
    expect(p).toMatchObject({ file: 'data/pension.csv' });
    expect(p.line).toBeUndefined();
    expect(p.message).toMatch(/found 2 rows; expected exactly one/);
  });
});

describe('the claims the story makes', () => {
  it('refuses more insured workers than workers', () => {
    const p = onlyProblem((d) => d.replace('coverage.csv', ABROAD_COUNTS, ',500000,600000,'));
    expect(p).toMatchObject({ file: 'data/coverage.csv', line: 3, column: 'buyers' });
    expect(p.message).toMatch(/600000 is more than the 500000 workers on the same row/);
  });

  it.each(['400000', '340000'])('refuses %s insured of 34000000, which breaks the title "fewer than one in a hundred"', (insured) => {
    const p = onlyProblem((d) => d.replace('coverage.csv', HOME_COUNTS, `,34000000,${insured},`));
    expect(p).toMatchObject({ file: 'data/coverage.csv', line: 2, column: 'buyers' });
    expect(p.message).toMatch(/fewer than one in a hundred/);
    expect(p.message).toMatch(new RegExp(`${insured} of 34000000 is one in`));
  });

  it('accepts 339999 insured of 34000000, just under one in a hundred', () => {
    const data = loadWith((d) => d.replace('coverage.csv', HOME_COUNTS, ',34000000,339999,'));
    expect(data.home.insured).toBe(339999);
  });

  it('refuses no insured workers at home, since the opening figure is "one in N"', () => {
    const p = onlyProblem((d) => d.replace('coverage.csv', HOME_COUNTS, ',34000000,0,'));
    expect(p).toMatchObject({ file: 'data/coverage.csv', line: 2, column: 'buyers' });
    expect(p.message).toMatch(/is 0; the story says "one in N" of these workers, so it needs at least one buyer/);
  });

  it('refuses no workers abroad, since the story divides by it', () => {
    const p = onlyProblem((d) => d.replace('coverage.csv', ABROAD_COUNTS, ',0,0,'));
    expect(p).toMatchObject({ file: 'data/coverage.csv', line: 3, column: 'workers' });
    expect(p.message).toMatch(/is 0; the story divides by it/);
  });

  it('refuses an empty yearly growth abroad, which the projection needs', () => {
    const p = onlyProblem((d) => d.replace('coverage.csv', ABROAD_TAIL, 'dinh-duy-hung,,5,vna'));
    expect(p).toMatchObject({ file: 'data/coverage.csv', line: 3, column: 'yearly_growth' });
    expect(p.message).toMatch(/is empty; the projection of workers abroad needs the stated growth/);
  });

  it.each(['0', ''])('refuses %j years of projection abroad', (years) => {
    const p = onlyProblem((d) => d.replace('coverage.csv', ABROAD_TAIL, `dinh-duy-hung,100000,${years},vna`));
    expect(p).toMatchObject({ file: 'data/coverage.csv', line: 3, column: 'projection_years' });
    expect(p.message).toMatch(/must be at least 1/);
  });

  it('refuses a barrier named by two people where neither is quoted, since a paraphrase carries one speaker', () => {
    const p = onlyProblem((d) => d.replace('barriers.csv', 'long-wait,money,Long wait for a pension,Chờ lâu mới có lương hưu,nguyen-trong-dam,', 'long-wait,money,Long wait for a pension,Chờ lâu mới có lương hưu,nguyen-trong-dam;dao-ngoc-dung,'));
    expect(p).toMatchObject({ file: 'data/barriers.csv', line: 6, column: 'named_by' });
    expect(p.message).toMatch(/names 2 people; a row holds one speaker, or two where one is quoted/);
  });

  it('reads a barrier named by two people where one is quoted: the quotation is one speaker\'s, the paraphrase the other\'s', () => {
    const b = loadDataset('data').barriers.find((x) => x.id === 'support-lost-on-moving')!;
    expect(b.namedBy).toEqual(['le-thanh-sang', 'nguyen-trong-dam']);
    expect(b.quote?.by).toBe('le-thanh-sang');
  });

  it('refuses a paraphrase credited to someone who did not name the barrier', () => {
    const p = onlyProblem((d) => d.replace('barriers.csv', 'tìm việc.,le-thanh-sang,,,,vna', 'tìm việc.,dao-ngoc-dung,,,,vna'));
    expect(p).toMatchObject({ file: 'data/barriers.csv', line: 2, column: 'paraphrase_by' });
    expect(p.message).toMatch(/"dao-ngoc-dung" is not in named_by/);
  });

  it('refuses, on a row two people named, a paraphrase credited to the one quoted', () => {
    const p = onlyProblem((d) => d.replace('barriers.csv', ',nguyen-trong-dam,Migrant workers not only', ',le-thanh-sang,Migrant workers not only'));
    expect(p).toMatchObject({ file: 'data/barriers.csv', line: 3, column: 'paraphrase_by' });
    expect(p.message).toMatch(/is the person quoted; on a row two people named, the paraphrase is the other's point/);
  });

  it('refuses a quotation from someone who did not name the barrier', () => {
    const p = onlyProblem((d) => d.replace('barriers.csv', ',le-thanh-sang,vna', ',dao-ngoc-dung,vna'));
    expect(p).toMatchObject({ file: 'data/barriers.csv', line: 3, column: 'quote_by' });
    expect(p.message).toMatch(/"dao-ngoc-dung" is quoted but is not in named_by/);
  });

  it('refuses quote_en without quote_by', () => {
    const p = onlyProblem((d) => d.replace('barriers.csv', ',le-thanh-sang,vna', ',,vna'));
    expect(p).toMatchObject({ file: 'data/barriers.csv', line: 3, column: 'quote_by' });
    expect(p.message).toMatch(/a quotation needs all of quote_en, quote_vi and quote_by, or none of them/);
  });

  it('refuses quote_by without quote_en', () => {
    const p = onlyProblem((d) =>
      d.replace('barriers.csv', 'Migrant workers not only lose the support of social security policies in their homeland but also have difficulties accessing the policies in their new destination', ''),
    );
    expect(p).toMatchObject({ file: 'data/barriers.csv', line: 3, column: 'quote_by' });
    expect(p.message).toMatch(/needs all of quote_en, quote_vi and quote_by/);
  });

  it('refuses a lone quote_en on a row that had no quotation', () => {
    const p = onlyProblem((d) => d.replace('barriers.csv', ',,,,vna\nsupport-lost-on-moving,', ',"Words, quoted",,,vna\nsupport-lost-on-moving,'));
    expect(p).toMatchObject({ file: 'data/barriers.csv', line: 2, column: 'quote_by' });
    expect(p.message).toMatch(/needs all of quote_en, quote_vi and quote_by/);
  });
});

describe('since.csv: what has changed since the report', () => {
  const MONTH_ROW = 'ministry-merged,2025-03,';
  const LAWS = ',Law on Residence No. 68/2020/QH14,Luật Cư trú số 68/2020/QH14,,';

  it('reads each change with its date or month, both texts, and its law where one is named', () => {
    const since = loadWith().since;
    expect(since.map((r) => r.effective)).toEqual(['2025-07-01', '2023-01-01', '2025-03']);
    expect(since[1].law).toEqual({ en: 'Law on Residence No. 68/2020/QH14', vi: 'Luật Cư trú số 68/2020/QH14' });
    expect(since[2].law).toEqual({ en: 'National Assembly Resolution No. 176/2025/QH15 of 18 February 2025 on the organisational structure of the Government for the 15th National Assembly term', vi: 'Nghị quyết số 176/2025/QH15 ngày 18/2/2025 của Quốc hội về cơ cấu tổ chức của Chính phủ nhiệm kỳ Quốc hội khóa XV' });
    // A change may name no law: both cells empty is read as none.
    const none = loadWith((d) => d.replace('since.csv', LAWS, ',,,,'));
    expect(none.since[1].law).toBeNull();
    expect(since.every((r) => r.url === null && r.text.en !== '' && r.text.vi !== '')).toBe(true);
  });

  it.each(['2025-03', '2024-12', '2024-02-29'])('accepts %j as when a change took effect', (value) => {
    const data = loadWith((d) => d.replace('since.csv', MONTH_ROW, `ministry-merged,${value},`));
    expect(data.since[2].effective).toBe(value);
  });

  it.each(['2025-13', '2025-00', '2025-3', '03/2025', '2025', 'March 2025', '2025-02-30', '2025-03-1'])('refuses %j as when a change took effect', (value) => {
    const p = onlyProblem((d) => d.replace('since.csv', MONTH_ROW, `ministry-merged,${value},`));
    expect(p).toMatchObject({ file: 'data/since.csv', line: 4, column: 'effective' });
    expect(p.message).toMatch(/is not a date as YYYY-MM-DD, or a month as YYYY-MM when only the month is known/);
  });

  it('refuses a change without a date', () => {
    const p = onlyProblem((d) => d.replace('since.csv', MONTH_ROW, 'ministry-merged,,'));
    expect(p).toMatchObject({ file: 'data/since.csv', line: 4, column: 'effective' });
    expect(p.message).toMatch(/this cell is empty; a value is required/);
  });

  it('refuses a change without its Vietnamese text', () => {
    const p = onlyProblem((d) => d.replace('since.csv', 'Sổ hộ khẩu giấy hết giá trị sử dụng; thông tin cư trú được cập nhật trên Cơ sở dữ liệu quốc gia về dân cư.', ''));
    expect(p).toMatchObject({ file: 'data/since.csv', line: 3, column: 'text_vi' });
    expect(p.message).toMatch(/this cell is empty; a value is required/);
  });

  it('refuses a law named in English only', () => {
    const p = onlyProblem((d) => d.replace('since.csv', LAWS, ',Law on Residence No. 68/2020/QH14,,,'));
    expect(p).toMatchObject({ file: 'data/since.csv', line: 3, column: 'law_vi' });
    expect(p.message).toMatch(/a law needs both law_en and law_vi, or neither/);
  });

  it('refuses a law named in Vietnamese only', () => {
    const p = onlyProblem((d) => d.replace('since.csv', LAWS, ',,Luật Cư trú số 68/2020/QH14,,'));
    expect(p).toMatchObject({ file: 'data/since.csv', line: 3, column: 'law_en' });
    expect(p.message).toMatch(/a law needs both law_en and law_vi, or neither/);
  });

  it('refuses an address that is not http or https, and reads one that is', () => {
    const p = onlyProblem((d) => d.replace('since.csv', LAWS, ',Law on Residence No. 68/2020/QH14,Luật Cư trú số 68/2020/QH14,vbpl.vn/luat-cu-tru,'));
    expect(p).toMatchObject({ file: 'data/since.csv', line: 3, column: 'url' });
    expect(p.message).toMatch(/is not an http:\/\/ or https:\/\/ address/);
    const data = loadWith((d) => d.replace('since.csv', LAWS, ',Law on Residence No. 68/2020/QH14,Luật Cư trú số 68/2020/QH14,https://example.org/law,'));
    expect(data.since[1].url).toBe('https://example.org/law');
  });

  it('refuses an id used twice', () => {
    const p = onlyProblem((d) => d.replace('since.csv', 'household-books,', 'pension-period,'));
    expect(p).toMatchObject({ file: 'data/since.csv', line: 3, column: 'id' });
    expect(p.message).toMatch(/"pension-period" is used twice \(first on line 2\); ids must be unique/);
  });

  it('refuses a row with a cell too many, at its line', () => {
    const p = onlyProblem((d) => d.replace('since.csv', 'Outside the report: from the resolution named in law_en.', 'Outside the report: from the resolution named in law_en.,extra'));
    expect(p).toMatchObject({ file: 'data/since.csv', line: 4 });
    expect(p.message).toMatch(/too many cells: found 9, expected 8/);
  });

  it('refuses since.csv when it is missing', () => {
    const p = onlyProblem((d) => d.remove('since.csv'));
    expect(p).toMatchObject({ file: 'data/since.csv' });
    expect(p.message).toMatch(/the file is missing/);
  });
});

describe('several problems at once', () => {
  const fiveProblems = (d: DataFolder) => {
    d.replace('coverage.csv', HOME_COUNTS, ',34000000,27O000,');
    d.replace('support.csv', ',30,,vna', ',100.5,,vna');
    d.replace('updates.csv', '2026-11-27,', '2026-02-30,');
    d.replace('proposals.csv', ',tran-hai-nam,low-income,vna', ',tran-hai-nam,low-incomes,vna');
    d.replace('pension.csv', 'nguyen-trong-dam,vna', 'nguyen-trong-dam,vna,extra');
  };

  it('reports every problem in every file in one error', () => {
    const error = failWith(fiveProblems);
    expect(error.problems).toHaveLength(5);
    expect(error.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'data/coverage.csv', line: 2, column: 'buyers' }),
        expect.objectContaining({ file: 'data/support.csv', line: 2, column: 'state_share_pct' }),
        expect.objectContaining({ file: 'data/updates.csv', line: 2, column: 'date' }),
        expect.objectContaining({ file: 'data/proposals.csv', line: 4, column: 'answers' }),
        expect.objectContaining({ file: 'data/pension.csv', line: 2 }),
      ]),
    );
    expect(new Set(error.problems.map((p) => p.file)).size).toBe(5);
  });

  it('lists every problem on its own line under a count', () => {
    const error = failWith(fiveProblems);
    const lines = error.message.split('\n');
    expect(lines[0]).toBe('The data cannot be built (5 problems):');
    expect(lines).toHaveLength(6);
    expect(lines).toContain('  data/coverage.csv:2 column "buyers": "27O000" is not a whole number from 0 to 9007199254740991, digits only (no separators)');
    expect(lines).toContain('  data/pension.csv:2: too many cells: found 5, expected 4 ("id", "years_max", "said_by", "source")');
  });

  it('says "1 problem" when there is one', () => {
    const error = failWith((d) => d.remove('updates.csv'));
    expect(error.message.split('\n')[0]).toBe('The data cannot be built (1 problem):');
  });

  const failures: [string, (d: DataFolder) => void][] = [
    ['five problems in five files', fiveProblems],
    ['a missing file', (d) => d.remove('sources.csv')],
    ['an unclosed quote', (d) => d.replace('updates.csv', '2026-11-27,First published.,', '2026-11-27,"First published.,')],
    ['a broken title claim', (d) => d.replace('coverage.csv', HOME_COUNTS, ',34000000,400000,')],
    ['an empty file', (d) => d.write('officials.csv', '')],
  ];

  it.each(failures)('names the problems without a stack trace (%s)', (_, edit) => {
    const error = failWith(edit);
    expect(error).toBeInstanceOf(DataError);
    expect(error.name).toBe('DataError');
    const [head, ...rest] = error.message.split('\n');
    expect(head).toMatch(/^The data cannot be built \(\d+ problems?\):$/);
    expect(rest).toHaveLength(error.problems.length);
    for (const line of rest) expect(line).toMatch(/^ {2}data\/[a-z]+\.csv(:\d+)?( column "[a-z_]+")?: \S/);
    expect(error.message).not.toMatch(/^\s*at\s/m);
    expect(error.message).not.toMatch(/\.(ts|js|mjs):\d+/);
    expect(error.message).not.toMatch(/node_modules|node:internal|Error:/);
  });
});
