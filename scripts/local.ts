// Runs a command for a local preview: with LOCAL_PREVIEW=1 the site is built for http://localhost:4321/
// on purpose, with no public address set (npm start, npm run dev, npm test, npm run bench use it).
// Usage: node scripts/local.ts <command> [args...]
import { spawnSync } from 'node:child_process';

const [command, ...args] = process.argv.slice(2);
const r = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32', env: { ...process.env, LOCAL_PREVIEW: '1' } });
process.exit(r.status ?? 1);
