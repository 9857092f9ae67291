// A publishing build needs the public address: without one (or with a local one) it stops at once
// with one line saying how to set it, and writes nothing.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configuredUrl } from '../../src/site/address.ts';
import { buildDir } from './helpers.ts';

// Once a newsroom commits its address to site.config.json, a build with "no address" cannot happen.
const unset = !configuredUrl();

/** Runs a command as a newsroom would, with none of the local-preview settings npm test uses. */
function run(command: string[], env: Record<string, string>) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'LOCAL_PREVIEW' && k !== 'SITE_URL'));
  const r = spawnSync(command[0], command.slice(1), { env: { ...clean, ASTRO_TELEMETRY_DISABLED: '1', ...env }, encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, all: `${r.stdout}\n${r.stderr}` };
}

describe('a publishing build', () => {
  const cases: [string, Record<string, string>, RegExp][] = [
    ...(unset ? [['with no address', {}, /^No public address to build for: set the public address in site\.config\.json .* or SITE_URL, or build a local preview with npm run build:local\.$/] as [string, Record<string, string>, RegExp]] : []),
    ['with a local address', { SITE_URL: 'http://localhost:4321/' }, /^The public address http:\/\/localhost:4321\/ is a local one that readers cannot reach: set the public address in site\.config\.json/],
    ['with an address that is not one', { SITE_URL: 'news.example.org/migrants' }, /^SITE_URL is "news\.example\.org\/migrants", not an http:\/\/ or https:\/\/ address\./],
  ];
  it.each(cases)('%s: npm run build stops with one line and builds nothing', (_, env, line) => {
    const out = join(buildDir('no-address-'), 'dist');
    const r = run(['npm', 'run', '--silent', 'build'], { ...env, OUT_DIR: out });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr.trim()).toMatch(line);
    expect(existsSync(out)).toBe(false);
  });

  it.skipIf(!unset)('astro build on its own stops the same way, without a stack trace', () => {
    const out = join(buildDir('no-address-'), 'dist');
    const r = run(['npx', 'astro', 'build'], { OUT_DIR: out });
    expect(r.status).toBe(1);
    expect(r.all.match(/No public address to build for/g)).toHaveLength(1);
    expect(r.all).not.toMatch(/^\s+at /m);
    expect(existsSync(out)).toBe(false);
  });
});
