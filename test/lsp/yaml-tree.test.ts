import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { nodeAt, parseTree, plainOrQuoted } from "../../src/lsp/yaml-tree.js";

describe("the node at the cursor", () => {
  const text = "title: T\nphases:\n  - id: a\n    after: [b, c]\n    when: { start: 2025-01 }\n";
  it.each([
    { at: "title", path: ["title"], onKey: true },
    { at: "T\n", path: ["title"], onKey: false },
    { at: "a\n", path: ["phases", 0, "id"], onKey: false },
    { at: "c]", path: ["phases", 0, "after", 1], onKey: false },
    { at: "start", path: ["phases", 0, "when", "start"], onKey: true },
    { at: "2025", path: ["phases", 0, "when", "start"], onKey: false },
  ])("$at → $path", ({ at, path, onKey }) => {
    const found = nodeAt(parseTree(text), text.indexOf(at) + 1);
    expect(found?.path).toEqual(path);
    expect(found?.onKey).toBe(onKey);
  });

  it("finds a word at its end (the cursor just after it)", () => {
    expect(nodeAt(parseTree(text), text.indexOf("c]") + 1)?.path).toEqual(["phases", 0, "after", 1]);
  });
});

describe("ids written for YAML", () => {
  it.each([
    ["api", "api"],
    ["web-ui", "web-ui"],
    ["v1.2", "v1.2"],
    ["1.5", '"1.5"'],
    ["true", '"true"'],
    ["null", '"null"'],
    ["0x1f", '"0x1f"'],
    ["1e3", '"1e3"'],
    ["a: b", '"a: b"'],
    ["#x", '"#x"'],
  ])("%s → %s", (id, written) => {
    expect(plainOrQuoted(id)).toBe(written);
  });

  it("reads back as the same string, whatever the string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 12 }), (s) => {
        expect(parse(`k: ${plainOrQuoted(s)}\n`).k).toBe(s);
        expect(parse(`[${plainOrQuoted(s)}]\n`)[0]).toBe(s);
      }),
    );
  });
});
