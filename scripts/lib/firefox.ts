/**
 * Debian's Firefox ESR, driven by Puppeteer over WebDriver BiDi (Playwright's BiDi path fails on this Firefox and its
 * own Firefox build would need a download; see shared/notes/toolchain.md). Never downloads a browser.
 */
import { homedir } from 'node:os';
import puppeteer, { type Browser } from 'puppeteer-core';

export function firefoxPath(): string {
  return process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
}

export function launchFirefox(): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    // As root, Firefox refuses to start without a HOME it owns.
    env: { ...process.env, HOME: homedir() },
    extraPrefsFirefox: {
      // No request to the outside: no updates, telemetry, captive-portal or connectivity checks.
      'app.update.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'toolkit.telemetry.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
    },
  });
}
