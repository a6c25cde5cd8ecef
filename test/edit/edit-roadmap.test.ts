import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { editRoadmap, markDone, type Change } from "../../src/edit/edit-roadmap.js";

const AS_OF = "2026-01-12";
const TRICKY = readFileSync(new URL("fixtures/tricky.yaml", import.meta.url), "utf8");

/** The fixture as written (LF), with CRLF line breaks, and with CRLF and a byte order mark. */
const variants: [string, (lf: string) => string][] = [
  ["LF", (t) => t],
  ["CRLF", (t) => t.replace(/\n/g, "\r\n")],
  ["CRLF and a BOM", (t) => `\uFEFF${t.replace(/\n/g, "\r\n")}`],
];

/** The fixture with one line replaced by others: what an edit must give, and all it may change. */
function withLine(line: string, replacement: string[]): string {
  const lines = TRICKY.split("\n");
  const at = lines.indexOf(line);
  if (at < 0 || lines.lastIndexOf(line) !== at) throw new Error(`not exactly one line ${JSON.stringify(line)} in the fixture`);
  lines.splice(at, 1, ...replacement);
  return lines.join("\n");
}

const edits: [string, Change[], string][] = [
  [
    "adds a status line to a block item without an id",
    [{ id: "миграция-данных", key: "status", value: "in-progress" }],
    withLine("  - title: Миграция данных   # no id: it comes from the title", [
      "  - title: Миграция данных   # no id: it comes from the title",
      "    status: in-progress",
    ]),
  ],
  [
    "changes a value inside a flow mapping without spaces",
    [{ id: "synthesis", key: "duration", value: "3d" }],
    withLine("      - {title: Synthesis, status: done,   duration: 2d}  # no spaces inside braces", [
      "      - {title: Synthesis, status: done,   duration: 3d}  # no spaces inside braces",
    ]),
  ],
  [
    "keeps the id of a retitled item by writing it, quoting a comma in a flow mapping",
    [{ id: "synthesis", key: "title", value: "Synthèse, deux" }],
    withLine("      - {title: Synthesis, status: done,   duration: 2d}  # no spaces inside braces", [
      '      - {id: synthesis, title: "Synthèse, deux", status: done,   duration: 2d}  # no spaces inside braces',
    ]),
  ],
  [
    "adds a key inside a flow phase",
    [{ id: "launch-prep", key: "owner", value: "börje" }],
    withLine("  - { id: launch-prep, title: Launch preparation, after: [миграция-данных], duration: 1w, priority: high }", [
      "  - { id: launch-prep, title: Launch preparation, after: [миграция-данных], duration: 1w, priority: high, owner: börje }",
    ]),
  ],
  [
    "keeps single quotes and the comment after them",
    [{ id: "discovery", key: "title", value: "Discovery & more interviews" }],
    withLine("    title: 'Discovery & interviews'   # single quotes", ["    title: 'Discovery & more interviews'   # single quotes"]),
  ],
  [
    "sets a risk's probability as a number",
    [{ id: "data-loss", key: "probability", value: "0.4" }],
    withLine("    probability: medium", ["    probability: 0.4"]),
  ],
  [
    "sets a KPI's current value",
    [{ id: "nps", key: "current", value: "31" }],
    withLine("  - { id: nps, title: Net promoter score, unit: points, better: higher, baseline: 20, current: 24, target: 40 }", [
      "  - { id: nps, title: Net promoter score, unit: points, better: higher, baseline: 20, current: 31, target: 40 }",
    ]),
  ],
  [
    "adds progress after the title of a task whose notes follow a blank line",
    [{ id: "проверка", key: "progress", value: "50%" }],
    withLine("      - title: Проверка", ["      - title: Проверка", "        progress: 50%"]),
  ],
];

describe("editRoadmap on a file written every way YAML allows", () => {
  for (const [variant, convert] of variants) {
    it.each(edits)(`${variant}: %s`, (_name, changes, expected) => {
      const result = editRoadmap(convert(TRICKY), changes, { asOf: AS_OF });
      expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      expect(result.text).toBe(convert(expected));
    });

    it(`${variant}: done writes status and completed next to each other`, () => {
      const result = markDone(convert(TRICKY), ["şema-dönüşümü"], { asOf: "2026-02-02" });
      expect(result.diagnostics).toEqual([]);
      expect(result.text).toBe(
        convert(withLine("      - title: Şema dönüşümü", ["      - title: Şema dönüşümü", "        status: done", "        completed: 2026-02-02"])),
      );
    });
  }

  it("changes nothing when the file already says so, and done keeps an earlier completed date", () => {
    const same = editRoadmap(
      TRICKY,
      [
        { id: "discovery", key: "status", value: "done" },
        { id: "nps", key: "current", value: "24" },
      ],
      { asOf: AS_OF },
    );
    expect(same.text).toBe(TRICKY);
    expect(same.changes.map((c) => c.changed)).toEqual([false, false]);
    const done = markDone(TRICKY, ["discovery", "interviews"], { asOf: "2026-03-02" });
    expect(done.text).toBe(TRICKY);
    expect(done.changes.map((c) => [c.id, c.key, c.changed])).toEqual([
      ["discovery", "status", false],
      ["interviews", "status", false],
    ]);
  });

  it("applies several changes to several entities at once", () => {
    const result = editRoadmap(
      TRICKY,
      [
        { id: "data-loss", key: "status", value: "mitigated" },
        { id: "launch-prep", key: "priority", value: "low" },
        { id: "launch-prep", key: "due", value: "2026-02-27" },
      ],
      { asOf: AS_OF },
    );
    expect(result.text).toBe(
      withLine("  - { id: launch-prep, title: Launch preparation, after: [миграция-данных], duration: 1w, priority: high }", [
        "  - { id: launch-prep, title: Launch preparation, after: [миграция-данных], duration: 1w, priority: low, due: 2026-02-27 }",
      ]).replace("    status: open\n", "    status: mitigated\n"),
    );
    expect(result.changes.map((c) => [c.kind, c.id, c.key, c.before, c.after])).toEqual([
      ["risk", "data-loss", "status", "open", "mitigated"],
      ["item", "launch-prep", "priority", "high", "low"],
      ["item", "launch-prep", "due", undefined, "2026-02-27"],
    ]);
  });

  it("reports the warnings an accepted edit brings", () => {
    const result = editRoadmap(TRICKY, [{ id: "launch-prep", key: "due", value: "2026-01-09" }], { asOf: AS_OF });
    expect(result.text).toContain("due: 2026-01-09");
    expect(result.diagnostics.map((d) => [d.severity, d.code])).toContainEqual(["warning", "late-item"]);
  });
});

const refusals: [string, string, Change[], string, RegExp][] = [
  [
    "an unknown status",
    TRICKY,
    [{ id: "discovery", key: "status", value: "finished" }],
    "invalid-value",
    /phases\[0\]\.status: expected one of todo, in-progress, done, blocked, cancelled; found "finished"/,
  ],
  ["progress over 100%", TRICKY, [{ id: "interviews", key: "progress", value: "140%" }], "invalid-progress", /expected progress between 0% and 100%.*"140%"/],
  ["progress as a bare number over 1", TRICKY, [{ id: "interviews", key: "progress", value: "60" }], "invalid-progress", /write "60%" or 0.6/],
  ["a span that is not one", TRICKY, [{ id: "launch", key: "when", value: "garbage" }], "invalid-span", /expected a span: .*found "garbage"/],
  ["a date that does not exist", TRICKY, [{ id: "discovery", key: "completed", value: "2026-13-45" }], "invalid-date", /month 13 does not exist/],
  ["a length without a unit", TRICKY, [{ id: "launch-prep", key: "duration", value: "3" }], "invalid-length", /add a unit/],
  [
    "an unknown priority",
    TRICKY,
    [{ id: "launch-prep", key: "priority", value: "urgent" }],
    "invalid-value",
    /expected one of critical, high, medium, low; found "urgent"/,
  ],
  [
    "an unknown risk status",
    TRICKY,
    [{ id: "data-loss", key: "status", value: "solved" }],
    "invalid-value",
    /expected one of open, mitigated, accepted, closed, occurred; found "solved"/,
  ],
  ["a KPI value that is not a number", TRICKY, [{ id: "nps", key: "current", value: "lots" }], "invalid-type", /kpis\[0\]\.current: expected a number/],
  [
    "an unknown id, with the closest one",
    TRICKY,
    [{ id: "discovry", key: "status", value: "done" }],
    "unknown-id",
    /no item, risk or KPI has the id "discovry" \(did you mean "discovery"\?\)/,
  ],
  [
    "a key of another kind of entity",
    TRICKY,
    [{ id: "data-loss", key: "current", value: "3" }],
    "not-editable",
    /"current" is not a key set changes on a risk \("data-loss"\): expected status, probability, impact/,
  ],
  ["a misspelt key", TRICKY, [{ id: "discovery", key: "stauts", value: "done" }], "not-editable", /did you mean "status"/],
  ["done before a dependency", TRICKY, [{ id: "launch", key: "status", value: "done" }], "done-before-dependency", /launch/],
  ["reopening a task of a done phase", TRICKY, [{ id: "interviews", key: "status", value: "todo" }], "done-parent-open-children", /discovery/],
  [
    "an id that names an item and a risk",
    "title: T\nstart: 2026-01-05\nphases:\n  - { id: db, title: DB, duration: 1d }\nrisks:\n  - { id: db, title: DB risk }\n",
    [{ id: "db", key: "status", value: "done" }],
    "unknown-id",
    /"db" names an item and a risk: write item:db or risk:db/,
  ],
  [
    "a roadmap that does not load",
    "title: T\nphases:\n  - { id: a, title: A, colour: red }\n",
    [{ id: "a", key: "status", value: "done" }],
    "cannot-edit",
    /does not load: fix its errors first/,
  ],
  [
    "a layout the edit cannot write into (an explicit ? key)",
    "title: X\nphases:\n  - ? id\n    : d\n    title: D\n",
    [{ id: "d", key: "status", value: "done" }],
    "cannot-edit",
    /^cannot write this change into the file's layout here \(the edited text would not read: .*\): nothing written; make this edit by hand$/,
  ],
  [
    "a value an alias repeats elsewhere",
    "title: A\nphases:\n  - id: anch\n    title: &T Anchored title\n  - id: other\n    title: *T\n",
    [{ id: "anch", key: "title", value: "New" }],
    "cannot-edit",
    /the value has an anchor `&name` that an alias `\*name` repeats elsewhere/,
  ],
];

describe("editRoadmap refuses", () => {
  it.each(refusals)("%s", (_name, text, changes, code, message) => {
    const result = editRoadmap(text, changes, { asOf: AS_OF, file: "r.yaml" });
    expect(result.text).toBeUndefined();
    const errors = result.diagnostics.filter((d) => d.severity === "error");
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.map((d) => d.file)).toEqual(errors.map(() => "r.yaml"));
    expect(errors.find((d) => d.code === code)?.message).toMatch(message);
    // Every refusal of an edit that was understood points at a line of the file.
    if (code === "cannot-edit" && !/does not load/.test(String(message))) expect(errors[0].range?.start.line).toBeGreaterThan(1);
  });

  it("does not refuse for errors the file already had", () => {
    const broken = "title: T\nstart: 2026-01-05\nphases:\n  - { id: a, title: A, duration: 1d, after: [nope] }\n  - { id: b, title: B, duration: 1d }\n";
    const result = editRoadmap(broken, [{ id: "b", key: "status", value: "in-progress" }], { asOf: AS_OF });
    expect(result.text).toBe(broken.replace("duration: 1d }\n", "duration: 1d }\n").replace("{ id: b, title: B,", "{ id: b, title: B, status: in-progress,"));
  });

  it("resolves an id shared by an item and a risk by its prefix or by the keys", () => {
    const text = "title: T\nstart: 2026-01-05\nphases:\n  - { id: db, title: DB, duration: 1d }\nrisks:\n  - { id: db, title: DB risk }\n";
    expect(editRoadmap(text, [{ id: "risk:db", key: "status", value: "closed" }], { asOf: AS_OF }).text).toContain(
      "{ id: db, title: DB risk, status: closed }",
    );
    expect(editRoadmap(text, [{ id: "db", key: "impact", value: "high" }], { asOf: AS_OF }).text).toContain("{ id: db, title: DB risk, impact: high }");
    expect(markDone(text, ["db"], { asOf: AS_OF }).text).toContain("{ id: db, title: DB, status: done, completed: 2026-01-12, duration: 1d }");
  });
});
