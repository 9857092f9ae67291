import { spawn } from 'node:child_process';
import { once } from 'node:events';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    browserEndpoint: string;
  }
}

/**
 * One Chromium for every browser test of the run, launched here once as a Playwright server in a
 * process of its own (tests/setup/chromium-server.ts); each test file connects to it
 * (tests/browser/session.ts) and opens its own contexts, so no file pays for a launch.
 */
export default async function setup(project: TestProject) {
  const child = spawn(process.execPath, ['tests/setup/chromium-server.ts'], { stdio: ['pipe', 'pipe', 'inherit'] });
  let out = '';
  const endpoint = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve(out.trim());
    });
    child.on('exit', (code) => reject(new Error(`Chromium did not start (exit ${code})`)));
  });
  project.provide('browserEndpoint', endpoint);
  return async () => {
    child.kill('SIGTERM');
    if (child.exitCode === null) await once(child, 'exit');
  };
}
