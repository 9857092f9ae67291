import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every built HTML page, as a site path ("/", "/vi/charts/", "/404.html"). */
export function builtPages(root = 'dist'): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (!name.startsWith('.')) walk(path);
      } else if (name.endsWith('.html')) {
        const rel = '/' + relative(root, path).replace(/\\/g, '/');
        out.push(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(root);
  return out.sort();
}
