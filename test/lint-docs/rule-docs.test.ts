/**
 * Every rule has a page under docs/rules/ whose examples work: the first
 * ```yaml block (the failing example) reports the rule and nothing else, the
 * second (the passing example) lints clean, and the ```text block after the
 * failing example shows the message the rule prints. Date-dependent pages
 * give their as-of date in an HTML comment `<!-- as-of: YYYY-MM-DD -->`.
 * Rules about reading files (stage "file") show a shell session instead,
 * except those that can be shown as YAML (an empty file).
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseRoadmap } from "../../src/index.js";
import { checkRoadmap } from "../../src/lint/check-roadmap.js";
import { configurableRuleIds, ruleCatalog, type RuleInfo } from "../../src/lint/rule-catalog.js";

const DEFAULT_AS_OF = "2025-10-25";
const docs = new URL("../../docs/rules/", import.meta.url);
const pages = readdirSync(docs)
  .filter((f) => f.endsWith(".md") && f !== "README.md")
  .map((f) => f.slice(0, -3))
  .sort();

interface Block {
  lang: string;
  body: string;
}

function read(id: string) {
  const text = readFileSync(new URL(`${id}.md`, docs), "utf8");
  const blocks: Block[] = [...text.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((m) => ({ lang: m[1], body: m[2] }));
  const asOf = /<!-- as-of: (\d{4}-\d{2}-\d{2}) -->/.exec(text)?.[1] ?? DEFAULT_AS_OF;
  return { text, blocks, asOf };
}

function lint(yaml: string, asOf: string) {
  return checkRoadmap(parseRoadmap(yaml, { file: "roadmap.yaml" }), { asOf, defaultAsOf: asOf }).diagnostics;
}

/** Rules whose examples are YAML: all but those about reading files, unless their page shows YAML. */
const yamlRules = ruleCatalog.filter((r) => r.stage !== "file" || read(r.id).blocks.some((b) => b.lang === "yaml"));
const shellRules = ruleCatalog.filter((r) => !yamlRules.includes(r));

describe("rule docs", () => {
  it("have a page for every rule, and no page for a rule that does not exist", () => {
    expect(pages).toEqual(ruleCatalog.map((r) => r.id).sort());
  });

  it.each(ruleCatalog.map((r) => [r.id, r] as const))("%s: title, description, severity, configurability", (id, rule: RuleInfo) => {
    const { text } = read(id);
    expect(text.startsWith(`# \`${id}\`\n`)).toBe(true);
    expect(text).toContain(`\n${rule.description}\n`);
    const configurable = configurableRuleIds.has(id);
    expect(configurable).toBe(rule.stage === "plan");
    expect(text).toContain(`| ${rule.severity} | ${configurable ? "yes" : "no"}`);
    expect(text).toMatch(/^## Why\n\n\S/m);
    if (configurable) expect(text).toContain(`  ${id}: `);
  });

  it("show reading-file rules with a shell session", () => {
    expect(shellRules.map((r) => r.id)).toEqual(["file-not-found", "not-a-file", "file-too-large", "unreadable-file", "binary-file"]);
    for (const rule of shellRules) {
      const { blocks } = read(rule.id);
      const session = blocks.find((b) => b.lang === "console");
      expect(session?.body, rule.id).toContain("$ roadmap lint");
      expect(session?.body, rule.id).toMatch(new RegExp(`  ${rule.id}\\n`));
    }
  });

  describe.each(yamlRules.map((r) => r.id))("%s examples", (id) => {
    const { blocks, asOf } = read(id);
    const yaml = blocks.filter((b) => b.lang === "yaml");

    it("the failing example reports the rule, and only it", () => {
      expect(yaml.length).toBeGreaterThanOrEqual(2);
      const found = lint(yaml[0].body, asOf);
      expect(found.map((d) => d.code)).toContain(id);
      expect(
        found.filter((d) => d.code !== id),
        "diagnostics of other rules",
      ).toEqual([]);
    });

    it("the passing example lints clean", () => {
      expect(lint(yaml[1].body, asOf)).toEqual([]);
    });

    it("the page shows the message it prints", () => {
      const failing = blocks.indexOf(yaml[0]);
      const printed = blocks.slice(failing + 1).find((b) => b.lang === "text");
      expect(printed, "a ```text block after the failing example").toBeDefined();
      for (const d of lint(yaml[0].body, asOf)) {
        expect(printed!.body).toContain(`roadmap.yaml:${d.range!.start.line}:${d.range!.start.col}`);
        expect(printed!.body).toContain(`  ${d.message}  ${d.code}\n`);
      }
    });
  });
});

describe("docs/rules/README.md", () => {
  const readme = readFileSync(new URL("README.md", docs), "utf8");
  it.each(ruleCatalog.map((r) => [r.id, r] as const))("lists %s with a link, its severity and description", (id, rule: RuleInfo) => {
    expect(readme).toContain(`| [\`${id}\`](${id}.md) | ${rule.severity} | ${rule.description.replace(/\|/g, "\\|")} |`);
  });
});
