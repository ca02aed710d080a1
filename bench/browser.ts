import { chromium, type Browser } from 'playwright-core';

/** A headless Chromium for the benches (Debian's package, or CHROMIUM_PATH). */
export function launchBenchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
}
