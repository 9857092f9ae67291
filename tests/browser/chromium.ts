import { chromium, type Browser } from 'playwright-core';

/** Switches that keep Debian's Chromium headless, root-safe and off the network. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  // No name resolves but loopback's: a request to any other host fails at once, offline or not.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost'];

/** Where Chromium is: $CHROME_PATH, else Debian's. */
export const chromiumPath = () => process.env.CHROME_PATH || '/usr/bin/chromium';

/** Debian's Chromium, headless, with everything that would reach for the network switched off. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}
