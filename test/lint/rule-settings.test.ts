import { describe, expect, it } from "vitest";
import { parseRoadmap } from "../../src/index.js";
import { checkRoadmap } from "../../src/lint/check-roadmap.js";
import { parseLintConfig } from "../../src/lint/parse-lint-config.js";
import { checkRuleSettings, severitiesFrom } from "../../src/lint/rule-settings.js";

const AS_OF = "2026-01-05";

/** Keys that are no rule, among them names every plain object has on its prototype. */
const NOT_RULES = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf", "fooo"];

const where = (d: { code: string; path: unknown; range?: { start: { line: number; col: number }; end: { line: number; col: number } } }) =>
  `${d.code} ${JSON.stringify(d.path)} ${d.range?.start.line}:${d.range?.start.col}-${d.range?.end.line}:${d.range?.end.col}`;

describe(".roadmaprc.yaml rules", () => {
  it.each(NOT_RULES.flatMap((key) => [key, `'${key}'`].map((written) => [written, key] as const)))(
    "reports %s as an unknown rule at its key",
    (written, key) => {
      const { settings, diagnostics } = parseLintConfig(`rules:\n  ${written}: error\n  late-item: off\n`, ".roadmaprc.yaml");
      expect(diagnostics.map((d) => d.message)).toEqual([`rules.${key}: unknown rule "${key}"`]);
      expect(diagnostics.map(where)).toEqual([`unknown-rule ${JSON.stringify(["rules", key])} 2:3-2:${3 + written.length}`]);
      expect(diagnostics[0].file).toBe(".roadmaprc.yaml");
      // The rules that are rules still apply.
      expect(settings?.rules).toEqual(key === "__proto__" ? { "late-item": "off" } : { [key]: "error", "late-item": "off" });
    },
  );

  it.each([
    ["a severity", "error"],
    ["a mapping", "{ polluted: yes }"],
    ["a list", "[polluted]"],
  ])("reports __proto__ set to %s, and no prototype changes", (_, value) => {
    const { settings, diagnostics } = parseLintConfig(`rules:\n  __proto__: ${value}\n`, ".roadmaprc.yaml");
    expect(diagnostics.map((d) => `${d.code} ${d.message}`)).toEqual(['unknown-rule rules.__proto__: unknown rule "__proto__"']);
    expect(Object.getPrototypeOf(settings?.rules)).toBe(Object.prototype);
    expect(Object.keys(settings?.rules ?? {})).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("a roadmap's lint.rules", () => {
  it.each(NOT_RULES.filter((key) => key !== "__proto__"))("reports %s as an unknown rule at its key", (key) => {
    const result = checkRoadmap(parseRoadmap(`title: T\nlint:\n  rules:\n    ${key}: off\n`, { file: "r.yaml" }), { defaultAsOf: AS_OF });
    expect(result.diagnostics.map((d) => d.message)).toEqual([`lint.rules.${key}: unknown rule "${key}"`]);
    expect(result.diagnostics.map(where)).toEqual([`unknown-rule ${JSON.stringify(["lint", "rules", key])} 4:5-4:${5 + key.length}`]);
  });

  it("reports __proto__ as an unknown rule at its key (the schema flags it: zod's record would drop it)", () => {
    const result = checkRoadmap(parseRoadmap("title: T\nlint:\n  rules:\n    __proto__: off\n", { file: "r.yaml" }), { defaultAsOf: AS_OF });
    expect(result.diagnostics.map(where)).toEqual([`unknown-rule ${JSON.stringify(["lint", "rules", "__proto__"])} 4:5-4:14`]);
    expect(result.diagnostics[0].message).toBe('lint.rules.__proto__: unknown rule "__proto__"');
  });

  it.each(["off", "{ polluted: yes }"])("gives __proto__: %s no way to change a prototype", (value) => {
    const result = checkRoadmap(parseRoadmap(`title: T\nlint:\n  rules:\n    __proto__: ${value}\n`, { file: "r.yaml" }), { defaultAsOf: AS_OF });
    if (result.roadmap?.lint?.rules) expect(Object.getPrototypeOf(result.roadmap.lint.rules)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("checkRuleSettings", () => {
  it.each([
    ["the settings' own keys", { rules: { fooo: "off" } }, undefined, ["fooo"]],
    ["the rules as written, __proto__ included", { rules: {} }, JSON.parse('{"__proto__": "off", "constructor": "warn"}'), ["__proto__", "constructor"]],
    ["nothing for rules that are not a mapping", { rules: {} }, ["late-item"], []],
    ["nothing for configurable rules", { rules: {} }, { "late-item": "off", "overdue-item": "warn" }, []],
  ] as const)("checks %s", (_, settings, written, unknown) => {
    const problems = checkRuleSettings(settings as never, ["lint"], written);
    expect(problems.map((p) => p.path)).toEqual(unknown.map((id) => ["lint", "rules", id]));
    expect(problems.map((p) => p.message)).toEqual(unknown.map((id) => `lint.rules.${id}: unknown rule "${id}"`));
  });
});

describe("severitiesFrom", () => {
  it("takes configurable rules only: a __proto__ or constructor setting changes no prototype", () => {
    const rules = JSON.parse('{"__proto__": "off", "constructor": "off", "late-item": "warn"}');
    const severities = severitiesFrom({ rules }, { rules: { "late-item": "error" } });
    expect(severities).toEqual({ "late-item": "error" });
    expect(Object.getPrototypeOf(severities)).toBe(Object.prototype);
    expect(Object.hasOwn(severities, "__proto__")).toBe(false);
    expect(Object.hasOwn(severities, "constructor")).toBe(false);
  });
});
