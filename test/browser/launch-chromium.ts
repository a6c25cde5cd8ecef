import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";

export const CHROMIUM_PATH = "/usr/bin/chromium";

export interface LaunchedChromium {
  /** A persistent context on the fresh profile: open pages with `context.newPage()`. */
  context: BrowserContext;
  /** Closes the browser and removes its profile directory. */
  close(): Promise<void>;
}

/** Why browser tests skip, or null when Chromium is there. */
export function chromiumMissingReason(): string | null {
  return existsSync(CHROMIUM_PATH) ? null : `${CHROMIUM_PATH} not found: install it with "apt-get install -y chromium" (browser tests skipped)`;
}

/**
 * Launches Debian's Chromium headless through playwright-core (no browser
 * download), with a fresh profile and every background network feature off.
 * Returns undefined when Chromium is missing so tests can skip, unless
 * REQUIRE_BROWSER=1 (CI), where a missing browser is an error.
 */
export async function launchChromium(): Promise<LaunchedChromium | undefined> {
  const missing = chromiumMissingReason();
  if (missing) {
    if (process.env.REQUIRE_BROWSER === "1") throw new Error(`REQUIRE_BROWSER=1 but ${missing}`);
    return undefined;
  }
  const profile = mkdtempSync(join(tmpdir(), "roadmap-chromium-"));
  // Playwright takes the profile directory as the persistent context's userDataDir (it passes --user-data-dir).
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  return {
    context,
    async close() {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
