import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../cli/run-cli.js";
import { recall, textKept } from "./measure.js";

/**
 * The five seed documents (Markdown roadmaps as teams write them, in English,
 * Russian and Turkish), each next to its hand transcription in roadmaps/.
 * Imported through the real `roadmap` process, linted by it, and compared
 * with the transcription: recall of its tasks with the right status, and the
 * share of the source's words kept in the output (strings, keys, comments).
 */
const seeds = [
  "selfmonitor-tech-improvements",
  "enterprise-microservices-platform-2025",
  "codingagent-microservices-rewrite",
  "k8s-platform-lab-10-phases",
  "levibot-cloud-native-modernization",
];

const dir = mkdtempSync(join(tmpdir(), "roadmap-import-seeds-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const figures: string[] = [];
afterAll(() => console.log(`roadmap import on the seeds:\n${figures.join("\n")}`));

describe.each(seeds)("seed %s", (name) => {
  const source = fileURLToPath(new URL(`./seeds/${name}.md`, import.meta.url));
  const transcription = fileURLToPath(new URL(`../../roadmaps/${name}.yaml`, import.meta.url));
  const out = join(dir, `${name}.yaml`);

  it("imports, lints without errors, keeps every word and finds at least 90% of the transcription's tasks with their status", () => {
    const imported = runCli(["import", source, "-o", out, "--as-of", "2026-03-02"]);
    expect(imported.stderr).toMatch(
      new RegExp(`^Imported .*${name}\\.md: \\d+ phases?, \\d+ tasks?, \\d+ done, \\d+ dated, \\d+ lines? kept as notes\\.$`, "m"),
    );
    expect(imported.code).toBe(0);
    expect(imported.stdout).toBe("");

    const lint = runCli(["lint", out, "--as-of", "2026-03-02", "--format", "json"]);
    const [report] = JSON.parse(lint.stdout) as { errorCount: number; diagnostics: { severity: string; message: string }[] }[];
    expect(report.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(report.errorCount).toBe(0);
    expect(lint.code).toBe(0);

    const yaml = readFileSync(out, "utf8");
    expect(yaml.startsWith("# yaml-language-server: $schema=")).toBe(true);
    expect(yaml).toContain(`# Imported from ${name}.md on 2026-03-02 by \`roadmap import\`.`);

    const r = recall(readFileSync(transcription, "utf8"), yaml);
    const kept = textKept(readFileSync(source, "utf8"), yaml);
    figures.push(
      `  ${name}: ${(r.share * 100).toFixed(1)}% of ${r.total} tasks with the right status;` +
        ` text kept: ${(kept.share * 100).toFixed(1)}% of ${kept.distinct} distinct words, ${(kept.occurrences * 100).toFixed(1)}% of ${kept.total} with repeats`,
    );
    expect(r.share).toBeGreaterThanOrEqual(0.9);
    expect([...kept.missing]).toEqual([]);
    expect(kept.share).toBe(1);
    expect(kept.occurrences).toBeGreaterThanOrEqual(0.995);
  });
});
