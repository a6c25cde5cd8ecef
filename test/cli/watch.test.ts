import { existsSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runCli } from "./run-cli.js";
import { startCli, type RunningCli } from "./start-cli.js";

const roadmap = (title: string, phase = "Alpha") => `title: ${title}\nstart: 2026-01-05\nphases:\n  - { id: a, title: ${phase}, duration: 2d }\n`;
const BROKEN = "title: [never closed\n";
const WATCHING = "roadmap: watching 1 roadmap for changes (Ctrl-C to stop)";

function project(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), "roadmap-watch-"));
  writeFileSync(join(dir, "roadmap.yaml"), text);
  return dir;
}

/** Saves the way many editors do: a new file renamed over the old one. */
function saveByRename(dir: string, text: string): void {
  writeFileSync(join(dir, ".roadmap.yaml.swp"), text);
  renameSync(join(dir, ".roadmap.yaml.swp"), join(dir, "roadmap.yaml"));
}

const count = (text: string, part: string) => text.split(part).length - 1;

let running: RunningCli | undefined;
/** Starts a watching process, ended in afterEach if a test fails before Ctrl-C. */
function watchCli(args: string[], cwd: string): RunningCli {
  running = startCli(args, { cwd });
  return running;
}
afterEach(() => {
  if (running?.child.exitCode === null) running.child.kill("SIGKILL");
  running = undefined;
});

describe("--watch", () => {
  it("status redraws on a change, shows an invalid save's problems and keeps watching, and exits 0 on Ctrl-C", async () => {
    const dir = project(roadmap("Watch me"));
    const cli = watchCli(["status", "--watch", "--as-of", "2026-01-06"], dir);
    await cli.waitFor("the first report and the watch", (out, err) => out.includes("Watch me") && err.includes(WATCHING));

    writeFileSync(join(dir, "roadmap.yaml"), roadmap("Watched again"));
    await cli.waitFor("the redraw after a write in place", (out) => out.includes("Watched again"));

    writeFileSync(join(dir, "roadmap.yaml"), BROKEN);
    await cli.waitFor("the invalid save's diagnostics", (out) => /roadmap\.yaml:1:\d+\s+error .*yaml-syntax/.test(out));
    const broken = cli.stdout().length;

    saveByRename(dir, roadmap("Fixed by rename"));
    await cli.waitFor("the redraw after a save by rename", (out) => out.indexOf("Fixed by rename", broken) >= 0);

    cli.child.kill("SIGINT");
    expect(await cli.exited).toBe(0);
    expect(cli.stderr()).not.toMatch(/internal error/);
    // Not a terminal: the reports follow one another, no screen clearing.
    expect(cli.stdout()).not.toContain("\u001b[");
  });

  it("timeline redraws the chart", async () => {
    const dir = project(roadmap("Chart", "Alpha"));
    const cli = watchCli(["timeline", "-w", "--as-of", "2026-01-06"], dir);
    await cli.waitFor("the first chart", (out, err) => out.includes("Alpha") && err.includes(WATCHING));
    saveByRename(dir, roadmap("Chart", "Omega phase"));
    await cli.waitFor("the new chart", (out) => out.includes("Omega phase"));
    cli.child.kill("SIGINT");
    expect(await cli.exited).toBe(0);
  });

  it("render -o rewrites the report, keeps the last good one through an invalid save, and exits 0 on Ctrl-C", async () => {
    const dir = project(roadmap("First report"));
    const out = join(dir, "report.md");
    const report = () => (existsSync(out) ? readFileSync(out, "utf8") : "");
    const cli = watchCli(["render", "roadmap.yaml", "-f", "md", "-o", "report.md", "--watch", "--as-of", "2026-01-06"], dir);
    await cli.waitFor("the first write", (_out, err) => err.includes("roadmap: wrote report.md") && err.includes(WATCHING));
    expect(report()).toContain("First report");

    // Each write is announced on stderr, so the report is read again as each line comes.
    saveByRename(dir, roadmap("Second report"));
    await cli.waitFor("the second write", () => report().includes("Second report"));

    writeFileSync(join(dir, "roadmap.yaml"), BROKEN);
    await cli.waitFor("the invalid save's diagnostics", (_out, err) => /roadmap\.yaml:1:\d+\s+error .*yaml-syntax/.test(err));
    expect(report()).toContain("Second report");

    writeFileSync(join(dir, "roadmap.yaml"), roadmap("Third report"));
    await cli.waitFor("the write after the fix", () => report().includes("Third report"));
    expect(cli.stdout()).toBe("");
    expect(count(cli.stderr(), "roadmap: wrote report.md")).toBeGreaterThanOrEqual(3);

    cli.child.kill("SIGINT");
    expect(await cli.exited).toBe(0);
  });

  it("render --watch without -o is a usage error", () => {
    const dir = project(roadmap("No output"));
    const r = runCli(["render", "-f", "md", "--watch"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--watch rewrites files: pass -o FILE or -o DIR");
  });
});
