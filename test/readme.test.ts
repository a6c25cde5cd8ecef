import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseRoadmap } from "../src/index.js";
import { checkRoadmap } from "../src/lint/check-roadmap.js";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");

describe("the README", () => {
  it("shows a roadmap that lints clean as of its own updated date", () => {
    const example = /## A roadmap\n\n```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toBeDefined();
    const parsed = parseRoadmap(example!, { file: "README.md" });
    const asOf = parsed.roadmap?.updated;
    expect(asOf).toBeDefined();
    expect(checkRoadmap(parsed, { asOf, defaultAsOf: asOf! }).diagnostics).toEqual([]);
  });

  it("documents every command of the CLI", () => {
    for (const command of ["status", "timeline", "lint", "render", "set", "done", "schema", "init"]) {
      expect(readme).toContain(`roadmap ${command}`);
    }
  });
});
