import { describe, expect, it } from "vitest";
import { enumAt, keysAt } from "../../src/lsp/schema-at.js";
import { knownKeysAt } from "../../src/schema/known-keys.js";

describe("the schema at a data path", () => {
  it.each([
    [[]],
    [["phases", 0]],
    [["phases", 0, "tasks", 3, "tasks", 1]],
    [["milestones", 0]],
    [["risks", 2]],
    [["kpis", 0]],
    [["budgets", 0]],
    [["budgets", 0, "items", 0]],
    [["calendar"]],
  ])("keys at %j are those the loader knows", (path) => {
    expect(
      keysAt(path)
        .map((k) => k.key)
        .filter((k) => k !== "$schema")
        .sort(),
    ).toEqual([...knownKeysAt(path)].filter((k) => k !== "$schema").sort());
  });

  it.each([
    [
      ["phases", 0, "status"],
      ["todo", "in-progress", "done", "blocked", "cancelled"],
    ],
    [
      ["phases", 0, "tasks", 0, "tasks", 0, "priority"],
      ["critical", "high", "medium", "low"],
    ],
    [
      ["risks", 0, "impact"],
      ["low", "medium", "high", "critical"],
    ],
    [
      ["calendar", "workdays", 3],
      ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
    ],
    [
      ["lint", "rules", "late-item"],
      ["off", "warn", "error"],
    ],
    [["phases", 0, "title"], []],
    [["nothing", "here"], []],
  ])("values at %j", (path, values) => {
    expect(enumAt(path)).toEqual(values);
  });

  it("says which keys are required and describes them", () => {
    const keys = keysAt(["phases", 0]);
    expect(keys.find((k) => k.key === "title")?.required).toBe(true);
    expect(keys.find((k) => k.key === "status")?.required).toBe(false);
    expect(keys.find((k) => k.key === "when")?.description).toMatch(/span/);
  });
});
