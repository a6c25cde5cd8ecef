import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { CORE_SCHEMA, load } from "js-yaml";
import { LineCounter, parseDocument } from "yaml";
import { describe, expect, it } from "vitest";
import { createFastLocator } from "../../src/load/fast-locator.js";
import { createLazyLocator, createLocator } from "../../src/load/locator.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const files = [
  ...readdirSync(`${ROOT}/roadmaps`).map((f) => `roadmaps/${f}`),
  ...readdirSync(`${ROOT}/test/fixtures/valid`).map((f) => `test/fixtures/valid/${f}`),
];

function allPaths(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => allPaths(v, [...path, i], out));
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) allPaths(v, [...path, k], out);
  return out;
}

describe("the fast locator (js-yaml events) agrees with the yaml Document", () => {
  it.each(files)("on every key and value of %s", (file) => {
    const text = readFileSync(`${ROOT}/${file}`, "utf8").replace(/^\uFEFF/, "");
    const fast = createFastLocator(text)!;
    const lineCounter = new LineCounter();
    const exact = createLocator(parseDocument(text, { lineCounter }), lineCounter);
    const mismatches: string[] = [];
    for (const path of allPaths(load(text, { schema: CORE_SCHEMA }))) {
      for (const kind of ["value", "key"] as const) {
        const a = exact[kind](path).start;
        const found = fast[kind](path);
        if (!found) {
          mismatches.push(`${kind} ${JSON.stringify(path)}: not known`);
          continue;
        }
        const b = found.start;
        if (a.line !== b.line || a.col !== b.col) mismatches.push(`${kind} ${JSON.stringify(path)}: ${a.line}:${a.col} vs ${b.line}:${b.col}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it("points at the key of an empty value", () => {
    const fast = createFastLocator("title:\nphases: []\n")!;
    expect(fast.value(["title"])?.start).toEqual({ line: 1, col: 1 });
  });

  it("does not guess past an empty list entry (it has no events); the lazy locator asks the full parse", () => {
    const text = "title: A\nphases:\n  -\n  - { id: b, status: finished }\n  - 5\n";
    expect(createFastLocator(text)?.value(["phases", 1, "status"])).toBeUndefined();
    const lazy = createLazyLocator(text);
    expect(lazy.value(["phases", 0]).start).toEqual({ line: 3, col: 4 });
    expect(lazy.value(["phases", 1, "status"]).start).toEqual({ line: 4, col: 22 });
    expect(lazy.value(["phases", 2]).start).toEqual({ line: 5, col: 5 });
    expect(lazy.value(["title"]).start).toEqual({ line: 1, col: 8 });
  });
});
