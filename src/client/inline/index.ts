import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The few scripts that must run before first paint or inside an embed, inlined into pages. Their
 * text is read from one place, so the Content-Security-Policy hashes always match what is served.
 */
// Read from the project root: this module runs both in the config (plain Node) and in Astro's bundle.
const read = (name: string) => readFileSync(join(process.cwd(), 'src/client/inline', `${name}.js`), 'utf8').trim();

export const INLINE_SCRIPTS = {
  layoutMode: read('layout-mode'),
  embedTheme: read('embed-theme'),
  embedHeight: read('embed-height'),
};

/** CSP source expressions ('sha256-…') for every inline script. */
export function inlineScriptHashes(): `sha256-${string}`[] {
  return Object.values(INLINE_SCRIPTS).map((code) => `sha256-${createHash('sha256').update(code).digest('base64')}` as const);
}
