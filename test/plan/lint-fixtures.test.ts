/**
 * One small YAML per case under test/fixtures/plan/<rule-id>/. Each file says
 * what it expects in comments: `# expect: <rule-id> <line>:<col>` (one per
 * diagnostic) or `# expect: none`, and optionally `# as-of: YYYY-MM-DD`.
 * The file must otherwise be valid: no parse diagnostics.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseRoadmap } from "../../src/index.js";
import { lintRoadmap } from "../../src/lint/lint-roadmap.js";
import { planRules } from "../../src/lint/rules/plan-rules.js";
import { planRoadmap } from "../../src/plan/plan-roadmap.js";

const root = new URL("../fixtures/plan/", import.meta.url);
const dirs = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

function fixture(dir: string, name: string) {
  const text = readFileSync(new URL(`${dir}/${name}`, root), "utf8");
  const expected = [...text.matchAll(/^# expect: (.+)$/gm)].map((m) => m[1].trim()).filter((e) => e !== "none");
  const asOf = /^# as-of: (\S+)$/m.exec(text)?.[1] ?? "2025-10-06";
  return { text, expected, asOf };
}

describe("every plan rule has fixtures", () => {
  it.each(planRules.map((r) => r.id))("%s", (id) => {
    expect(dirs).toContain(id);
    const cases = readdirSync(new URL(`${id}/`, root)).filter((f) => f.endsWith(".yaml"));
    expect(
      cases.some((f) => fixture(id, f).expected.length > 0),
      `${id} needs a case that reports it`,
    ).toBe(true);
  });
});

describe.each(dirs)("%s", (dir) => {
  const files = readdirSync(new URL(`${dir}/`, root))
    .filter((f) => f.endsWith(".yaml"))
    .sort();
  it.each(files)("%s", (name) => {
    const { text, expected, asOf } = fixture(dir, name);
    const parsed = parseRoadmap(text, { file: `${dir}/${name}` });
    expect(parsed.diagnostics, "the fixture should parse cleanly").toEqual([]);
    const roadmap = parsed.roadmap!;
    const plan = planRoadmap(roadmap, { asOf });
    const found = lintRoadmap(roadmap, plan, { asOf, locator: parsed.locator })
      .filter((d) => d.code === dir)
      .map((d) => `${d.code} ${d.range?.start.line}:${d.range?.start.col}`);
    expect(found).toEqual(expected);
    // Messages say what failed and what was expected.
    for (const d of lintRoadmap(roadmap, plan, { asOf }).filter((d) => d.code === dir)) expect(d.message).toMatch(/expected/);
  });
});
