// npm test: the type checks (`npm run check`) run alongside the build and then every test project
// (`vitest run`, arguments passed on), since neither needs the other; exits non-zero if either
// fails. The checks' output is held and printed when they end, so it does not interleave.
import { spawn } from 'node:child_process';

type Result = { code: number; out: string; seconds: number };

/** Runs a command, its output passed through (or held, when `hold`); resolves with its exit code and time. */
function run(command: string, args: string[], hold = false): Promise<Result> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: hold ? ['ignore', 'pipe', 'pipe'] : 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    let out = '';
    child.stdout?.on('data', (d) => (out += d));
    child.stderr?.on('data', (d) => (out += d));
    child.on('close', (code) => resolve({ code: code ?? 1, out, seconds: (performance.now() - started) / 1000 }));
  });
}

const started = performance.now();
const check = run('npm', ['run', 'check'], true);
const build = await run('npm', ['run', 'build']);
const tests = build.code === 0 ? await run('node_modules/.bin/vitest', ['run', ...process.argv.slice(2)]) : undefined;
const checked = await check;

process.stdout.write(`\n--- npm run check (ran alongside) ---\n${checked.out.trimEnd()}\n`);
const line = (name: string, r: Result | undefined) => `  ${name.padEnd(6)} ${r ? `${r.seconds.toFixed(1).padStart(6)} s  ${r.code === 0 ? 'ok' : `FAILED (exit ${r.code})`}` : '     -    not run: the build failed'}`;
console.log(`\nnpm test, ${((performance.now() - started) / 1000).toFixed(1)} s in all:\n${line('check', checked)}\n${line('build', build)}\n${line('tests', tests)}`);
process.exit(checked.code || build.code || (tests?.code ?? 1));
