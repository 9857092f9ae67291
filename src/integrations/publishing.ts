import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ADDRESS, BASE, publishingProblem } from '../site/address.ts';

/** The headers file (public/_headers) with every path rule moved under the site's base path. */
export function headersForBase(text: string, base: string): string {
  if (base === '/') return text;
  // Rules start in column one with "/"; header lines are indented; comments start with "#".
  return text.replace(/^\/(\S*)/gm, (_, rest: string) => base + rest);
}

/**
 * Builds for the public address or not at all: a build with no address, or a local one, stops with
 * one line saying how to set it (unless LOCAL_PREVIEW=1 asks for a local preview on purpose). After
 * the build, the headers file is rewritten for the base path.
 */
export function publishing(): AstroIntegration {
  return {
    name: 'publishing',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') {
          if (ADDRESS.problem) logger.warn(ADDRESS.problem);
          return;
        }
        const problem = publishingProblem(ADDRESS);
        if (problem) {
          // One line, no stack trace: this is a setting to fill in, not a crash.
          logger.error(problem);
          process.exit(1);
        }
        if (process.env.LOCAL_PREVIEW) logger.info(`a local preview for ${ADDRESS.url.href} (LOCAL_PREVIEW=1): not for publishing`);
        else logger.info(`building for ${ADDRESS.url.href} (from ${ADDRESS.source})`);
      },
      'astro:build:done': ({ dir }) => {
        const file = fileURLToPath(new URL('_headers', dir));
        if (existsSync(file)) writeFileSync(file, headersForBase(readFileSync(file, 'utf8'), BASE));
      },
    },
  };
}
