/**
 * Property: on every bundled roadmap, setting a random key of a random item,
 * risk or KPI to a random valid value changes exactly the lines of that value
 * (or adds one line), nothing else in the data, and the file still lints.
 */
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { load, CORE_SCHEMA } from "js-yaml";
import { describe, expect, it } from "vitest";
import { formatPath } from "../../src/diagnostics.js";
import { editRoadmap } from "../../src/edit/edit-roadmap.js";
import { editableKeys, typedValue, type EntityKind } from "../../src/edit/edit-keys.js";
import { entitiesOf } from "../../src/edit/find-entity.js";
import { checkRoadmap } from "../../src/lint/check-roadmap.js";
import { ruleCatalog } from "../../src/lint/rule-catalog.js";
import { parseRoadmap } from "../../src/load/parse-roadmap.js";
import type { Path } from "../../src/model.js";

const AS_OF = "2026-06-01";
const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 40) };
const ROADMAPS = new URL("../../roadmaps/", import.meta.url);
const files = readdirSync(ROADMAPS)
  .filter((f) => f.endsWith(".yaml"))
  .sort();

const date = fc.integer({ min: 0, max: 3 * 365 }).map((n) => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
const text = fc.oneof(
  fc.constantFrom(
    "Ana",
    "Börje Ödmark",
    "Иван Петров",
    "Ayşe Yılmaz",
    "团队",
    "team: platform",
    "a, b",
    "#ops",
    "O'Brien",
    '"quoted"',
    "- dash",
    "[x]",
    "{y}",
    "yes",
    "null",
    "~",
    "2026",
    "0.5",
    "1e3",
    "x # y",
    " padded ",
    "tab\there",
    "two\nlines",
    "é́ combining",
    "🚀 launch",
  ),
  fc.string({ unit: "grapheme", minLength: 1, maxLength: 30 }),
);
const values: Record<string, fc.Arbitrary<string>> = {
  "item.status": fc.constantFrom("todo", "in-progress", "done", "blocked", "cancelled"),
  "item.progress": fc.oneof(
    fc.integer({ min: 0, max: 100 }).map((n) => `${n}%`),
    fc.integer({ min: 0, max: 100 }).map((n) => String(n / 100)),
  ),
  "item.owner": text,
  "item.when": fc.oneof(
    date,
    date.map((d) => d.slice(0, 7)),
    fc.constantFrom("2026-Q1", "2026-Q3", "2027", "weeks 3-6", "month 2", "2026-03-02..2026-04-10"),
  ),
  "item.duration": fc.constantFrom("3d", "2w", "2-3w", "1.5mo", "1q", "4h", "0.5d"),
  "item.due": date,
  "item.completed": date,
  "item.priority": fc.constantFrom("critical", "high", "medium", "low"),
  "item.title": text,
  "risk.status": fc.constantFrom("open", "mitigated", "accepted", "closed", "occurred"),
  "risk.probability": fc.oneof(
    fc.constantFrom("low", "medium", "high"),
    fc.integer({ min: 0, max: 100 }).map((n) => String(n / 100)),
  ),
  "risk.impact": fc.constantFrom("low", "medium", "high", "critical"),
  "kpi.current": fc.oneof(
    fc.integer({ min: -1000, max: 100_000 }).map(String),
    fc.double({ min: -100, max: 100, noNaN: true }).map((n) => String(Math.round(n * 100) / 100)),
  ),
};

/** Lines removed from `a` and added in `b` (a longest-common-subsequence diff of the part that differs). */
function lineDiff(a: string[], b: string[]): { removed: string[]; added: string[] } {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const x = a.slice(start, endA);
  const y = b.slice(start, endB);
  const lcs = Array.from({ length: x.length + 1 }, () => new Array<number>(y.length + 1).fill(0));
  for (let i = x.length - 1; i >= 0; i--)
    for (let j = y.length - 1; j >= 0; j--) lcs[i][j] = x[i] === y[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const removed: string[] = [];
  const added: string[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length || j < y.length) {
    if (i < x.length && j < y.length && x[i] === y[j]) {
      i++;
      j++;
    } else if (j < y.length && (i === x.length || lcs[i][j + 1] >= lcs[i + 1][j])) added.push(y[j++]);
    else removed.push(x[i++]);
  }
  return { removed, added };
}

function setIn(data: unknown, path: Path, value: unknown): void {
  let at = data as Record<string | number, unknown>;
  for (const part of path.slice(0, -1)) at = at[part] as Record<string | number, unknown>;
  at[path.at(-1)!] = value;
}

const ruleIds = new Set(ruleCatalog.map((r) => r.id));
const errorKeys = (text: string) =>
  new Set(
    checkRoadmap(parseRoadmap(text), { asOf: AS_OF, defaultAsOf: AS_OF })
      .diagnostics.filter((d) => d.severity === "error")
      .map((d) => `${d.code} ${formatPath(d.path)}`),
  );

describe.each(files)("editing %s", (file) => {
  const original = readFileSync(new URL(file, ROADMAPS), "utf8");
  const roadmap = parseRoadmap(original).roadmap!;
  const entities = entitiesOf(roadmap);
  const originalErrors = errorKeys(original);
  const originalData = load(original, { schema: CORE_SCHEMA });
  const edit = fc.record({ entity: fc.constantFrom(...entities), pick: fc.nat() }).chain(({ entity, pick }) => {
    const key = editableKeys[entity.kind][pick % editableKeys[entity.kind].length];
    return values[`${entity.kind}.${key}`].map((value) => ({ entity, key, value }));
  });

  it("changes only the edited lines, and the result lints", () => {
    let accepted = 0;
    fc.assert(
      fc.property(edit, ({ entity, key, value }) => {
        const result = editRoadmap(original, [{ id: `${entity.kind}:${entity.id}`, key, value }], { asOf: AS_OF });
        if (result.text === undefined) {
          // Valid values are refused only for what they mean to the plan (done before a dependency …), never as bad values.
          const codes = result.diagnostics.map((d) => d.code);
          expect(codes.length).toBeGreaterThan(0);
          for (const code of codes) expect(ruleIds, `refused with ${code}`).toContain(code);
          return;
        }
        accepted++;
        const written = result.changes.filter((c) => c.changed);
        const { removed, added } = lineDiff(original.split("\n"), result.text.split("\n"));
        // One line per key written (the key's own line, or the flow mapping's), at most one removed per key.
        expect(added.length).toBeLessThanOrEqual(written.length);
        expect(removed.length).toBeLessThanOrEqual(written.length);
        if (written.length === 0) expect(result.text).toBe(original);
        else expect(added.length).toBeGreaterThanOrEqual(1);
        for (const line of added) expect(written.some((c) => line.includes(`${c.key}: `))).toBe(true);
        for (const line of removed) expect(line.includes(`${key}: `) || line.includes("{")).toBe(true);
        // The data is the original's with the value set (and the id kept when the title changes it).
        const expected = structuredClone(originalData);
        for (const c of written) setIn(expected, [...entity.path, c.key], c.key === key ? typedValue(key, value) : c.after);
        expect(load(result.text, { schema: CORE_SCHEMA })).toEqual(expected);
        // It lints: no error the original did not have.
        for (const e of errorKeys(result.text)) expect(originalErrors).toContain(e);
      }),
      RUNS,
    );
    // Most valid values are accepted: the property is not passing by refusing.
    expect(accepted).toBeGreaterThan(RUNS.numRuns / 2);
  });
});

it("every bundled roadmap is covered, and each kind of entity is edited", () => {
  expect(files.length).toBeGreaterThanOrEqual(6);
  const kinds = new Set(files.flatMap((f) => entitiesOf(parseRoadmap(readFileSync(new URL(f, ROADMAPS), "utf8")).roadmap!).map((e) => e.kind)));
  expect([...kinds].sort()).toEqual<EntityKind[]>(["item", "kpi", "risk"]);
});
