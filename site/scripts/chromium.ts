// Debian's Chromium, driven by playwright-core (never a downloaded browser), with the flags this
// closed-network machine needs. Shared by the browser tests and the benches.
import { type Browser, chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.NDB_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}
