import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./run-cli.js";

const npmEnv = { ...process.env, npm_config_update_notifier: "false", npm_config_fund: "false", npm_config_audit: "false" };

// npm 11 warns on install about dependencies' install scripts (preinstall, install,
// postinstall, and prepare for git and tarball installs) not covered by `allowScripts`.
describe("npm install prints no install-script warning", () => {
  it("on a fresh clone: every dependency's install script is reviewed in allowScripts", () => {
    const out = execFileSync("npm", ["install-scripts", "ls"], { cwd: ROOT, encoding: "utf8", env: npmEnv });
    expect(out.trim()).toBe("No packages with unreviewed install scripts.");
  });

  it("installing the package (registry, tarball or git): it has no install scripts; it builds before packing and after its own installs", () => {
    const dir = mkdtempSync(join(tmpdir(), "roadmap-pack-"));
    const [info] = JSON.parse(
      execFileSync("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", dir], { cwd: ROOT, encoding: "utf8", env: npmEnv }),
    ) as { filename: string }[];
    const manifest = JSON.parse(execFileSync("tar", ["xzf", join(dir, info.filename), "-O", "package/package.json"], { encoding: "utf8" })) as {
      scripts: Record<string, string>;
    };
    for (const event of ["preinstall", "install", "postinstall", "prepare"]) expect(manifest.scripts[event], event).toBeUndefined();
    expect(manifest.scripts.prepack).toBe("npm run build");
    expect(manifest.scripts.dependencies).toBe("npm run build");
    expect(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).allowScripts).toEqual({ esbuild: true });
  }, 60_000);
});
