// The publishing build's first check (npm run build): stops with one line when there is no public
// address to build for, or only a local one. The same check runs inside `astro build` (src/integrations/publishing.ts).
import { ADDRESS, publishingProblem } from '../src/site/address.ts';

const problem = publishingProblem(ADDRESS);
if (problem) {
  console.error(problem);
  process.exit(1);
}
