import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../plan-of.js";

function newest(dir: string): number {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/**
 * The CLI tests run the built `bin/roadmap.js`; `npm test` builds first. When
 * dist/ is missing or older than src/ (running vitest alone), build it.
 */
export function buildOnce(): void {
  const dist = join(ROOT, "dist", "cli", "bin.js");
  if (existsSync(dist) && statSync(dist).mtimeMs >= newest(join(ROOT, "src"))) return;
  execFileSync("npm", ["run", "build", "--silent"], { cwd: ROOT, stdio: "inherit" });
}
