// Launches the test run's one Chromium as a Playwright server and prints its endpoint on stdout.
// Run as a child process by tests/setup/browser.ts, so the connections of every test file go
// through a process of their own rather than vitest's busy main thread.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../browser/chromium.ts';

const server = await chromium.launchServer({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
process.stdout.write(server.wsEndpoint() + '\n');
const stop = () => server.close().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.stdin.on('end', stop); // the parent went away
process.stdin.resume();
