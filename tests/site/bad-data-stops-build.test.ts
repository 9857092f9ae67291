import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, buildDir, dataCopy } from './helpers.ts';

function previousDist(): string {
  const out = buildDir('dist-');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'index.html'), '<p>previous build</p>');
  return out;
}

const bad = () =>
  dataCopy((dir) => {
    const coverage = join(dir, 'coverage.csv');
    writeFileSync(coverage, readFileSync(coverage, 'utf8').replace(',270000,', ',27O000,'));
    const support = join(dir, 'support.csv');
    writeFileSync(support, readFileSync(support, 'utf8').replace(',30,', ',130,'));
    rmSync(join(dir, 'updates.csv'));
  });

describe('a build from bad data', () => {
  it.each([
    ['npm run build', ['npm', 'run', 'build']],
    ['astro build on its own', ['npx', 'astro', 'build']],
  ])('%s exits non-zero, lists every problem and leaves the previous dist/ as it was', (_, command) => {
    const out = previousDist();
    const r = build(command, { DATA_DIR: bad(), OUT_DIR: out });
    expect(r.status).not.toBe(0);
    expect(r.out).toMatch(/coverage\.csv:2 column "buyers": "27O000" is not a whole number/);
    expect(r.out).toMatch(/support\.csv:2 column "state_share_pct": "130" is not a per cent/);
    expect(r.out).toMatch(/updates\.csv: the file is missing/);
    expect(r.out).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/); // no stack trace
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('<p>previous build</p>');
    expect(existsSync(join(out, 'vi'))).toBe(false);
  });

  it('stops when the data no longer support the title "fewer than one in a hundred"', () => {
    const out = previousDist();
    const data = dataCopy((dir) => {
      const coverage = join(dir, 'coverage.csv');
      writeFileSync(coverage, readFileSync(coverage, 'utf8').replace(',270000,', ',400000,'));
    });
    const r = build(['npm', 'run', 'build'], { DATA_DIR: data, OUT_DIR: out });
    expect(r.status).not.toBe(0);
    expect(r.out).toMatch(/fewer than one in a hundred/);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('<p>previous build</p>');
  });
});
