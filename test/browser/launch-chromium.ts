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
 * The environment without libfaketime: CI runs the suite a second time under
 * a clock years ahead, and Chromium's GPU and network processes stall on a
 * faked clock. The pages under test run no scripts, so the browser's own clock
 * changes nothing in what they show; the reports are rendered (under the faked
 * clock) before the browser sees them.
 */
function realClockEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value === undefined || key.startsWith("FAKETIME") || key === "DONT_FAKE_MONOTONIC") continue;
    if (key === "LD_PRELOAD") {
      const kept = value
        .split(/[: ]/)
        .filter((lib) => lib && !lib.includes("faketime"))
        .join(":");
      if (kept) env[key] = kept;
      continue;
    }
    env[key] = value;
  }
  return env;
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
    env: realClockEnv(),
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
