import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const { check, required } = require('../../scripts/check-node.cjs') as { check: (v: string, need: number[]) => string | null; required: (root: string) => number[] };
const need = required(process.cwd());

describe('the Node.js version check', () => {
  it('reads the version needed from package.json engines', () => {
    const engines = JSON.parse(readFileSync('package.json', 'utf8')).engines.node as string;
    expect(engines).toBe(`>=${need.join('.')}`);
  });

  it('passes the version needed and newer ones, and names the version needed and .nvmrc for older ones', () => {
    expect(check(need.join('.'), need)).toBeNull();
    expect(check(`v${need[0] + 2}.0.0`, need)).toBeNull();
    expect(check(`${need[0]}.${need[1] + 1}.0`, need)).toBeNull();
    for (const old of ['20.20.2', 'v18.19.0', `${need[0]}.${need[1] - 1}.9`, '0.10.48']) {
      const m = check(old, need)!;
      expect(m, old).toBe(`This project needs Node.js ${need[0]}.${need[1]} or newer (see .nvmrc; with nvm: nvm install && nvm use); you have ${old.replace(/^v/, '')}.`);
    }
  });

  it('runs first in every npm script a reader is told to use', () => {
    const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>;
    for (const name of ['dev', 'build', 'build:local', 'check', 'check-data', 'test', 'test:unit', 'bench', 'preview']) expect(scripts[name], name).toMatch(/^node scripts\/check-node\.cjs && /);
    // start begins with a script that does.
    expect(scripts.start).toMatch(/^npm run build:local && /);
  });

  it('makes npm ci refuse an old Node before installing anything (engine-strict)', () => {
    expect(readFileSync('.npmrc', 'utf8')).toMatch(/^engine-strict=true$/m);
  });

  it('stops an npm script on an old Node with exactly one line and no stack trace', () => {
    const r = spawnSync('npm', ['run', '--silent', 'check-data'], { env: { ...process.env, CHECK_NODE_VERSION: '20.20.2' }, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([`This project needs Node.js ${need[0]}.${need[1]} or newer (see .nvmrc; with nvm: nvm install && nvm use); you have 20.20.2.`]);
  });

  it.skipIf(!existsSync('/usr/bin/node') || !check(spawnSync('/usr/bin/node', ['-p', 'process.versions.node'], { encoding: 'utf8' }).stdout.trim(), need))(
    "says so on this machine's own older Node, which cannot run the project's TypeScript",
    () => {
      const r = spawnSync('/usr/bin/node', ['scripts/check-node.cjs'], { encoding: 'utf8' });
      expect(r.status).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/needs Node\.js .* \(see \.nvmrc/);
    },
  );

  it.skipIf(!existsSync('/usr/bin/npm') || !check(spawnSync('/usr/bin/node', ['-p', 'process.versions.node'], { encoding: 'utf8' }).stdout.trim(), need))(
    "refuses npm ci on this machine's own older Node, naming the version needed",
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'old-node-'));
      for (const f of ['package.json', 'package-lock.json', '.npmrc']) copyFileSync(f, join(dir, f));
      // It answers in about a second; the long timeout is for a machine busy with the browser tests.
      // As a reader types it in a shell: without the npm_* settings that the npm running this suite passes
      // down (with them, and without the machine's own network settings, the old npm waited out the timeout).
      const shell = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
      const r = spawnSync('/usr/bin/npm', ['ci', '--dry-run', '--no-audit', '--no-fund'], { cwd: dir, env: { ...shell, PATH: '/usr/bin:/bin' }, encoding: 'utf8', timeout: 110_000 });
      rmSync(dir, { recursive: true, force: true });
      expect(r.error, 'npm did not answer in time').toBeUndefined();
      expect(r.status).not.toBe(0);
      expect(r.stderr).toContain('EBADENGINE');
      expect(r.stderr).toContain(`Required: {"node":">=${need.join('.')}"}`);
    },
    120_000,
  );
});
