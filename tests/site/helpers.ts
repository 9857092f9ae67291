import { cpSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseHTML } from 'linkedom';

/**
 * A fresh folder for a test's build, inside the project (.test-out/, git-ignored). Astro writes a static
 * build's prerender chunks next to its output when the output is inside the project, and into the
 * project's shared .astro/ otherwise, where two builds running at once break each other.
 */
export function buildDir(prefix: string): string {
  mkdirSync('.test-out', { recursive: true });
  return mkdtempSync(join(process.cwd(), '.test-out', prefix));
}

/** A built page as a DOM document. */
export function readPage(root: string, path: string): Document {
  const file = join(root, path.replace(/^\//, ''), path.endsWith('.html') ? '' : 'index.html');
  return parseHTML(readFileSync(file, 'utf8')).document as unknown as Document;
}

/** A copy of data/ in a temp folder, edited by `edit(dir)`. */
export function dataCopy(edit: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'data-'));
  cpSync('data', dir, { recursive: true });
  edit(dir);
  return dir;
}

/** Runs a build command with DATA_DIR and OUT_DIR set; returns its exit code and output. */
export function build(command: string[], env: Record<string, string>) {
  const r = spawnSync(command[0], command.slice(1), { env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', LOCAL_PREVIEW: '1', ...env }, encoding: 'utf8', timeout: 170_000 });
  return { status: r.status, out: `${r.stdout}\n${r.stderr}` };
}
