import { describe, expect, it } from "vitest";
import type { CompletionItem } from "vscode-languageserver";
import { completionsAt } from "../../src/lsp/completion.js";
import { SAMPLE, cursorOf, textAt } from "./analyze.js";

/** SAMPLE with `line` put where `after` is (or `at` replaced). */
const edit = (from: string, to: string) => {
  if (!SAMPLE.includes(from)) throw new Error(`not in SAMPLE: ${from}`);
  return SAMPLE.replace(from, to);
};

const labels = (marked: string): string[] => {
  const { analysis, position } = cursorOf(marked);
  return completionsAt(analysis, position).map((c) => c.label);
};

const ITEM_IDS = ["build", "api", "web-ui", "launch"];
const ITEM_KEYS = [
  "id",
  "title",
  "status",
  "owner",
  "when",
  "due",
  "completed",
  "after",
  "refs",
  "notes",
  "tags",
  "goal",
  "progress",
  "priority",
  "duration",
  "milestone",
  "deliverables",
  "success",
  "tasks",
];

describe("completion", () => {
  it.each([
    { name: "ids in a flow after, less the item itself and those listed", marked: edit("after: [api]", "after: [api, ‸]"), equal: ["build", "launch"] },
    { name: "ids in an empty flow after", marked: edit("after: [api]", "after: [‸]"), equal: ["build", "api", "launch"] },
    { name: "ids while typing one", marked: edit("after: [api]", "after: [la‸]"), equal: ["build", "api", "launch"] },
    { name: "ids in an unclosed flow after", marked: edit("after: [api]", "after: [‸"), equal: ["build", "api", "launch"] },
    { name: "ids in a block after", marked: edit("after: [api]", "after:\n          - ‸"), equal: ["build", "api", "launch"] },
    { name: "ids after `after: `", marked: edit("after: [api]", "after: ‸"), equal: ["build", "api", "launch"] },
    { name: "ids in a risk's affects", marked: edit("affects: [api, build]", "affects: [api, ‸]"), equal: ["build", "web-ui", "launch"] },
    { name: "ids in a milestone's after", marked: edit("after: [web-ui]", "after: [‸]"), equal: ["build", "api", "web-ui"] },
    { name: "ids for a budget's phase", marked: edit("phase: build", "phase: ‸"), equal: ITEM_IDS },
    { name: "ids as KPI target keys, less those used", marked: edit("launch: 50 }", "launch: 50, ‸ }"), equal: ["build", "api", "web-ui"] },
    { name: "status values", marked: edit("duration: 2w", "duration: 2w\n        status: ‸"), equal: ["todo", "in-progress", "done", "blocked", "cancelled"] },
    {
      name: "a status being typed",
      marked: edit("duration: 2w", "duration: 2w\n        status: do‸"),
      equal: ["todo", "in-progress", "done", "blocked", "cancelled"],
    },
    { name: "priority values", marked: edit("duration: 2w", "duration: 2w\n        priority: ‸"), equal: ["critical", "high", "medium", "low"] },
    { name: "a risk's probability levels", marked: edit("probability: medium", "probability: ‸"), equal: ["low", "medium", "high"] },
    { name: "a risk's status", marked: edit("impact: high,", "impact: high, status: ‸,"), equal: ["open", "mitigated", "accepted", "closed", "occurred"] },
    { name: "a KPI's direction", marked: edit("better: higher", "better: ‸"), equal: ["lower", "higher"] },
    { name: "a budget line's period", marked: edit("per: month", "per: ‸"), equal: ["month", "year", "once"] },
    {
      name: "weekdays in a list",
      marked: edit("currency: EUR", "currency: EUR\ncalendar:\n  workdays: [mon, ‸]"),
      equal: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
    },
    { name: "booleans", marked: edit("duration: 2w", "duration: 2w\n        milestone: ‸"), equal: ["true", "false"] },
    { name: "rule severities", marked: edit("currency: EUR", "currency: EUR\nlint:\n  rules:\n    late-item: ‸"), equal: ["off", "warn", "error"] },
    { name: "nothing in free text", marked: edit("title: API", "title: An API ‸"), equal: [] },
    { name: "nothing on a date", marked: edit("start: 2025-01-06", "start: ‸"), equal: [] },
  ])("$name", ({ marked, equal }) => {
    expect(labels(marked)).toEqual(equal);
  });

  it.each([
    {
      name: "keys of a task being typed, less those it has",
      marked: edit("duration: 2w", "duration: 2w\n        sta‸"),
      keys: ITEM_KEYS.filter((k) => !["id", "title", "duration"].includes(k)),
    },
    {
      name: "keys on an empty line of a task",
      marked: edit("duration: 2w\n", "duration: 2w\n        ‸\n"),
      keys: ITEM_KEYS.filter((k) => !["id", "title", "duration"].includes(k)),
    },
    { name: "keys of a new task after `- `", marked: edit("      - title: Web UI", "      - ‸\n      - title: Web UI"), keys: ITEM_KEYS },
    {
      name: "keys of a flow mapping",
      marked: edit("{ id: launch, title: Launch, after: [web-ui] }", "{ id: launch, title: Launch, after: [web-ui], ‸ }"),
      keys: ["status", "owner", "when", "due", "completed", "refs", "notes", "tags", "goal", "priority", "deliverables", "success"],
    },
    {
      name: "top-level keys",
      marked: edit("phases:", "‸\nphases:"),
      keys: [
        "$schema",
        "summary",
        "owner",
        "version",
        "updated",
        "review",
        "due",
        "locale",
        "repository",
        "calendar",
        "sequential",
        "deliverables",
        "success",
        "notes",
        "sections",
        "lint",
      ],
    },
  ])("$name", ({ marked, keys }) => {
    expect(new Set(labels(marked))).toEqual(new Set(keys));
  });

  it("lists the rule ids as keys of lint.rules", () => {
    const got = labels(edit("currency: EUR", "currency: EUR\nlint:\n  rules:\n    late-item: warn\n    ‸"));
    expect(got).toContain("overdue-item");
    expect(got).toContain("stale-review");
    expect(got).not.toContain("late-item");
    expect(got).not.toContain("unknown-key");
  });

  it("replaces the word being typed and describes ids with their title and dates", () => {
    const { analysis, position } = cursorOf(edit("after: [api]", "after: [ap‸]"));
    const items = completionsAt(analysis, position);
    const api = items.find((c) => c.label === "api") as CompletionItem & { textEdit: { range: never; newText: string } };
    expect(textAt(analysis, api.textEdit.range)).toBe("ap");
    expect(api.textEdit.newText).toBe("api");
    expect(api.detail).toBe("task · API · 2025-01-06 → 2025-01-17");
    const typing = cursorOf(edit("duration: 2w", "duration: 2w\n        sta‸"));
    const status = completionsAt(typing.analysis, typing.position).find((c) => c.label === "status");
    expect(status?.textEdit?.newText).toBe("status: ");
  });
});
