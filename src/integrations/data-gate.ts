import type { AstroIntegration } from 'astro';
import { DataError, loadDataset } from '../data/load.ts';

/**
 * Checks data/ before Astro writes anything: a bad CSV ends the build with every problem listed,
 * and the previous dist/ is left as it was.
 */
export function dataGate(): AstroIntegration {
  return {
    name: 'data-gate',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        try {
          loadDataset();
        } catch (e) {
          if (e instanceof DataError) {
            logger.error(e.message);
            process.exit(1);
          }
          throw e;
        }
      },
    },
  };
}
