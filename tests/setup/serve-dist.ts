import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveDist } from '../../scripts/serve.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    origin: string;
  }
}

/** Serves the built dist/ on loopback for the site tests; `npm test` builds it first. */
export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is not built: run `npm run build` first (npm test does)');
  const { server, origin } = await serveDist('dist');
  project.provide('origin', origin);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
