// Fixture-driven tests of the loader and of the generated JSON Schema.
//
// test/fixtures/invalid/*.yaml: one broken roadmap per case. Each file starts with
//   # expect: <code> <line>:<col>     one line per expected error (1-based, as the loader reports it:
//                                      the value node for bad values, the key node for unknown keys and
//                                      KPI target keys, the mapping for missing keys)
//   # json-schema: fails|passes|n/a   whether the generated JSON Schema rejects the file
//                                      (n/a: a YAML-level problem, the file is not data at all)
//   # message: <text>                 optional: some error message contains <text>
//   # message-not: <text>             optional: no error message contains <text>
// The set of error codes must equal the expected set, and every expected code must be
// reported at its line:col.
//
// test/fixtures/valid/*.yaml: roadmaps that use every part of the format between them.
// They must load without error diagnostics and pass the JSON Schema; some resolved facts
// (default ids, spans, lengths, money in cents...) are checked below.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { parse as parseYaml } from "yaml";
import { describe, expect, it } from "vitest";
import { parseRoadmap } from "../src/index.js";
import type { Item, Roadmap } from "../src/index.js";
import { roadmapJsonSchema } from "../src/schema/json-schema.js";

const FIXTURES = new URL("./fixtures/", import.meta.url);

type SchemaVerdict = "fails" | "passes" | "n/a";

interface Expected {
  code: string;
  line: number;
  col: number;
}

interface Fixture {
  name: string;
  file: string;
  text: string;
}

interface InvalidFixture extends Fixture {
  expects: Expected[];
  schema: SchemaVerdict | undefined;
  messages: string[];
  messagesNot: string[];
}

function readFixtures(kind: "valid" | "invalid"): Fixture[] {
  const dir = new URL(`${kind}/`, FIXTURES);
  return readdirSync(dir)
    .filter((name) => name.endsWith(".yaml"))
    .sort()
    .map((name) => {
      const url = new URL(name, dir);
      return { name, file: fileURLToPath(url), text: readFileSync(url, "utf8") };
    });
}

function readHeader(f: Fixture): InvalidFixture {
  const expects: Expected[] = [];
  const messages: string[] = [];
  const messagesNot: string[] = [];
  let schema: SchemaVerdict | undefined;
  for (const line of f.text.replace(/^\uFEFF/, "").split("\n")) {
    if (!line.startsWith("#")) break;
    let m: RegExpExecArray | null;
    if ((m = /^# expect: ([a-z-]+) (\d+):(\d+)\s*$/.exec(line))) {
      expects.push({ code: m[1], line: Number(m[2]), col: Number(m[3]) });
    } else if ((m = /^# json-schema: (fails|passes|n\/a)\s*$/.exec(line))) {
      schema = m[1] as SchemaVerdict;
    } else if ((m = /^# message: (.+)$/.exec(line))) {
      messages.push(m[1]);
    } else if ((m = /^# message-not: (.+)$/.exec(line))) {
      messagesNot.push(m[1]);
    }
  }
  return { ...f, expects, schema, messages, messagesNot };
}

const invalid = readFixtures("invalid").map(readHeader);
const valid = readFixtures("valid");

const at = (code: string, line: number | undefined, col: number | undefined) => `${code} ${line}:${col}`;
const errorsOf = (text: string, file: string) => parseRoadmap(text, { file }).diagnostics.filter((d) => d.severity === "error");

/** Codes that come from reading the file as YAML, before there is any data to validate. */
const YAML_LEVEL = new Set(["yaml-syntax", "yaml-tab-indent", "duplicate-key", "empty-file", "binary-file"]);

describe("invalid fixtures: every problem reported, with its code, where it is", () => {
  it.each(invalid.map((f) => [f.name, f] as const))("%s", (_, { file, text, expects, messages, messagesNot }) => {
    const errors = errorsOf(text, file);
    const reported = errors.map((d) => at(d.code, d.range?.start.line, d.range?.start.col));
    // Shown with every failure: what the loader actually said.
    const said = `loader reported:\n${errors.map((d, i) => `  ${reported[i]} ${d.message}`).join("\n") || "  nothing"}\n`;
    const codes = (list: { code: string }[]) => [...new Set(list.map((e) => e.code))].sort();
    expect(codes(errors), said).toEqual(codes(expects));
    expect(reported, said).toEqual(expect.arrayContaining(expects.map((e) => at(e.code, e.line, e.col))));
    for (const d of errors) expect(d.file, said).toBe(file);
    const allMessages = errors.map((d) => d.message).join("\n");
    for (const m of messages) expect(allMessages, said).toContain(m);
    for (const m of messagesNot) expect(allMessages, said).not.toContain(m);
  });
});

describe("invalid fixture set", () => {
  it("has at least 45 cases, each with expectations and a JSON Schema verdict", () => {
    expect(invalid.length).toBeGreaterThanOrEqual(45);
    const incomplete = invalid.filter((f) => f.expects.length === 0 || f.schema === undefined).map((f) => f.name);
    expect(incomplete).toEqual([]);
  });

  it("covers every diagnostic code of the loader", () => {
    const covered = new Set(invalid.flatMap((f) => f.expects.map((e) => e.code)));
    for (const code of [
      "unknown-key",
      "missing-key",
      "invalid-type",
      "invalid-value",
      "invalid-date",
      "invalid-span",
      "invalid-length",
      "invalid-progress",
      "invalid-money",
      "invalid-id",
      "duplicate-id",
      "unknown-ref",
      "self-dependency",
      "duplicate-key",
      "yaml-syntax",
      "yaml-tab-indent",
      "empty-file",
      "binary-file",
    ]) {
      expect(covered, code).toContain(code);
    }
  });

  it("marks exactly the YAML-level cases json-schema: n/a", () => {
    const wrong = invalid.filter((f) => (f.schema === "n/a") !== f.expects.every((e) => YAML_LEVEL.has(e.code))).map((f) => f.name);
    expect(wrong).toEqual([]);
  });
});

describe("files with no roadmap text", () => {
  it.each([
    ["a zero-byte file", ""],
    ["whitespace only", "  \n\n\t\n"],
    ["a byte order mark only", "\uFEFF"],
  ])("%s is an empty file", (_, text) => {
    const errors = errorsOf(text, "empty.yaml");
    expect(errors.map((d) => at(d.code, d.range?.start.line, d.range?.start.col))).toEqual(["empty-file 1:1"]);
  });
});

// ---------------------------------------------------------------------------------------------
// Valid fixtures

const load = (name: string): Roadmap => {
  const f = valid.find((v) => v.name === name);
  if (!f) throw new Error(`no valid fixture ${name}`);
  const { roadmap } = parseRoadmap(f.text, { file: f.file });
  if (!roadmap) throw new Error(`${name} did not load`);
  return roadmap;
};
const itemsById = (r: Roadmap) => new Map(r.items.map((i) => [i.id, i]));
const item = (r: Roadmap, id: string): Item => {
  const found = itemsById(r).get(id);
  if (!found) throw new Error(`no item ${id} (have ${r.items.map((i) => i.id).join(", ")})`);
  return found;
};

describe("valid fixtures load without errors", () => {
  it("there are at least 12", () => {
    expect(valid.length).toBeGreaterThanOrEqual(12);
  });

  it.each(valid.map((f) => [f.name, f] as const))("%s", (_, { file, text }) => {
    const result = parseRoadmap(text, { file });
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(result.roadmap).toBeDefined();
  });
});

describe("valid fixtures resolve as written", () => {
  it("minimal.yaml: defaults", () => {
    const r = load("minimal.yaml");
    expect(r.title).toBe("Minimal roadmap");
    expect(r.items).toEqual([]);
    expect(r.locale).toBe("en");
    expect(r.sequential).toBe(true);
    expect(r.calendar).toEqual({ workdays: ["mon", "tue", "wed", "thu", "fri"], holidays: [] });
    expect(r.extensions).toEqual({});
  });

  it("spans-absolute.yaml: day, month, quarter, year and A..B bounds", () => {
    const r = load("spans-absolute.yaml");
    const when = (id: string) => item(r, id).when;
    expect(when("day")).toMatchObject({ from: { kind: "date", date: "2025-10-06" }, to: { kind: "date", date: "2025-10-06" } });
    expect(when("month")).toMatchObject({ from: { kind: "month", year: 2025, month: 11 } });
    expect(when("quarter")).toMatchObject({ from: { kind: "quarter", year: 2026, quarter: 1 } });
    expect(when("year-number")).toMatchObject({ from: { kind: "year", year: 2026 }, to: { kind: "year", year: 2026 } });
    expect(when("year-string")).toMatchObject({ from: { kind: "year", year: 2027 } });
    expect(when("month-range")).toMatchObject({ from: { kind: "month", month: 10 }, to: { kind: "month", month: 12 } });
    expect(when("mixed-range")).toMatchObject({ from: { kind: "month", year: 2026, month: 1 }, to: { kind: "quarter", year: 2026, quarter: 2 } });
    expect(item(r, "month-range").due).toBe("2025-12-19");
  });

  it("spans-relative.yaml: weeks and months counted from start", () => {
    const r = load("spans-relative.yaml");
    const when = (id: string) => item(r, id).when;
    expect(when("kickoff")).toMatchObject({ from: { kind: "week", n: 1 }, to: { kind: "week", n: 1 } });
    expect(when("build")).toMatchObject({ from: { kind: "week", n: 2 }, to: { kind: "week", n: 5 } });
    expect(when("prep")).toMatchObject({ from: { kind: "week", n: 0 } });
    expect(when("month-two")).toMatchObject({ from: { kind: "rel-month", n: 2 }, to: { kind: "rel-month", n: 2 } });
    expect(when("stabilise")).toMatchObject({ from: { kind: "rel-month", n: 3 }, to: { kind: "rel-month", n: 4 } });
  });

  it("spans-object.yaml: open and closed explicit bounds", () => {
    const r = load("spans-object.yaml");
    const start = item(r, "pinned-start").when!;
    expect(start.from).toEqual({ kind: "date", date: "2026-01-12" });
    expect(start.to).toBeUndefined();
    const end = item(r, "pinned-end").when!;
    expect(end.from).toBeUndefined();
    expect(end.to).toEqual({ kind: "date", date: "2026-03-31" });
    expect(item(r, "pinned-both").when).toMatchObject({ from: { date: "2026-04-01" }, to: { date: "2026-04-30" } });
  });

  it("lengths.yaml: units, decimals and ranges", () => {
    const r = load("lengths.yaml");
    const len = (id: string) => {
      const d = item(r, id).duration!;
      return [d.unit, d.min, d.max];
    };
    expect(len("hours")).toEqual(["h", 4, 4]);
    expect(len("days")).toEqual(["d", 3, 3]);
    expect(len("weeks")).toEqual(["w", 2, 2]);
    expect(len("months")).toEqual(["mo", 1, 1]);
    expect(len("quarters")).toEqual(["q", 1, 1]);
    expect(len("half-day")).toEqual(["d", 0.5, 0.5]);
    expect(len("week-and-a-half")).toEqual(["w", 1.5, 1.5]);
    expect(len("range-weeks")).toEqual(["w", 2, 3]);
    expect(len("range-decimal")).toEqual(["mo", 1.5, 2.5]);
    expect(len("range-hours")).toEqual(["h", 12, 16]);
    expect(len("range-equal")).toEqual(["d", 2, 2]);
    expect(r.review?.every).toMatchObject({ unit: "w", min: 2, max: 2 });
  });

  it("status-priority-progress.yaml: statuses, priorities and progress as fractions", () => {
    const r = load("status-priority-progress.yaml");
    const facts = (id: string) => {
      const it = item(r, id);
      return [it.status, it.priority, it.progress];
    };
    expect(facts("todo")).toEqual(["todo", "low", 0]);
    expect(facts("in-progress")).toEqual(["in-progress", "medium", 0.95]);
    expect(facts("done")).toEqual(["done", "high", 1]);
    expect(facts("blocked")).toEqual(["blocked", "critical", 0.4]);
    expect(facts("cancelled")).toEqual(["cancelled", undefined, 0]);
    expect(item(r, "fraction-one").progress).toBe(1);
    expect(item(r, "decimal-percent").progress).toBeCloseTo(0.125, 10);
    // The status of a parent that says nothing stays unset in the loaded model (it is derived later).
    expect(item(r, "parent-without-a-status").status).toBeUndefined();
    expect(item(r, "parent-without-a-status").children).toEqual(["child-done", "child-blocked"]);
  });

  it("checklists-refs-notes.yaml: checklists in both forms, owners, refs, tags", () => {
    const r = load("checklists-refs-notes.yaml");
    expect(r.owner).toEqual(["Technical Lead"]);
    expect(r.deliverables).toEqual([
      { title: "Production-ready platform", done: false },
      { title: "Runbooks for every service", done: false },
    ]);
    expect(r.success.map((c) => c.done)).toEqual([false, true, false]);
    const gateway = item(r, "gateway");
    expect(gateway.owner).toEqual(["alice"]);
    expect(gateway.tags).toEqual(["infra", "q1"]);
    expect(gateway.deliverables).toEqual([
      { title: "Gateway + Auth + Observability", done: false },
      { title: "Load balancer", done: true },
    ]);
    expect(gateway.success[0]).toEqual({ title: "p95 < 500ms", done: false });
    expect(gateway.refs).toEqual(["#76", "PR #72", "https://example.com/adr-7", "JIRA-1234"]);
    expect(gateway.goal).toBe("Production-ready *infrastructure*");
    expect(gateway.notes).toContain("- two");
    expect(item(r, "services").owner).toEqual(["bob", "carol"]);
    expect(item(r, "services").after).toEqual(["gateway"]);
  });

  it("nested-tasks.yaml: depth, parents and milestone tasks", () => {
    const r = load("nested-tasks.yaml");
    expect(item(r, "regex-engine").depth).toBe(5);
    expect(item(r, "regex-engine").parent).toBe("path-rewrite");
    expect(item(r, "regex-engine").kind).toBe("task");
    expect(item(r, "routing").children).toEqual(["rules"]);
    expect(item(r, "gateway").children).toEqual(["routing", "rate-limiting"]);
    expect(item(r, "rate-limiting").after).toEqual(["rules"]);
    expect(item(r, "gateway-live").milestone).toBe(true);
    expect(item(r, "gateway-live").kind).toBe("task");
    expect(item(r, "billing").after).toEqual(["orders"]);
    expect(r.phases).toEqual(["platform", "services"]);
  });

  it("milestones.yaml: top-level milestones", () => {
    const r = load("milestones.yaml");
    expect(r.milestones).toEqual(["beta", "board-review", "ga"]);
    for (const id of r.milestones) {
      expect(item(r, id).kind).toBe("milestone");
      expect(item(r, id).milestone).toBe(true);
    }
    expect(item(r, "beta")).toMatchObject({ after: ["build"], priority: "high", owner: ["alice"], refs: ["#101"], tags: ["release"] });
    expect(item(r, "board-review").when?.from).toEqual({ kind: "date", date: "2026-03-14" });
    expect(item(r, "launch").after).toEqual(["beta"]);
  });

  it("calendar-and-metadata.yaml: metadata and a custom calendar", () => {
    const r = load("calendar-and-metadata.yaml");
    expect(r).toMatchObject({
      owner: ["Technical Lead", "Product Owner"],
      updated: "2026-01-02",
      start: "2026-01-05",
      locale: "tr",
      currency: "EUR",
      repository: "https://github.com/acme/platform",
      sequential: false,
    });
    expect(r.calendar.workdays).toEqual(["mon", "tue", "wed", "thu", "fri", "sat"]);
    expect(r.calendar.holidays).toEqual(["2026-01-01", "2026-04-23", "2026-05-01", "2024-02-29"]);
    expect(r.review?.every).toMatchObject({ unit: "mo", min: 1 });
  });

  it("calendar-and-metadata.yaml: an unquoted version keeps what was written (1.0, not 1)", () => {
    expect(load("calendar-and-metadata.yaml").version).toBe("1.0");
  });

  it("sequential-default.yaml: sequential phases and a version string", () => {
    const r = load("sequential-default.yaml");
    expect(r.sequential).toBe(true);
    expect(r.version).toBe("2.1.0");
    expect(r.phases).toEqual(["discovery", "delivery", "handover"]);
  });

  it("risks.yaml: level and numeric probabilities, statuses, affects", () => {
    const r = load("risks.yaml");
    expect(r.risks.map((k) => k.id)).toEqual([
      "data-loss",
      "vendor",
      "key-engineer-leaves",
      "budget-cut",
      "outage-during-cutover",
      "a-risk-without-a-score-yet",
      "probability-at-the-bounds",
      "certain",
    ]);
    expect(r.risks.map((k) => k.probability)).toEqual(["medium", 0.2, 0.9, "low", "high", undefined, 0, 1]);
    expect(r.risks.map((k) => k.status)).toEqual(["open", "accepted", "mitigated", "closed", "occurred", "open", "open", "open"]);
    expect(r.risks[0].affects).toEqual(["data-migration", "cutover"]);
    expect(r.risks[1].owner).toEqual(["alice", "carol"]);
  });

  it("kpis.yaml: targets keyed by spans and by item ids, final target", () => {
    const r = load("kpis.yaml");
    const [latency, coverage, deploys] = r.kpis;
    expect(latency.better).toBe("lower");
    expect(latency.target).toBe(100);
    const byKey = new Map(latency.targets.map((t) => [t.key, t]));
    expect(byKey.get("2026-Q1")).toMatchObject({ value: 250, span: { from: { kind: "quarter", quarter: 1 } } });
    expect(byKey.get("2026-05")).toMatchObject({ value: 220, span: { from: { kind: "month", month: 5 } } });
    expect(byKey.get("2026-06-30")).toMatchObject({ value: 200, span: { from: { kind: "date", date: "2026-06-30" } } });
    expect(byKey.get("2027")).toMatchObject({ value: 150, span: { from: { kind: "year", year: 2027 } } });
    expect(byKey.get("phase-3")).toEqual({ key: "phase-3", value: 180 });
    expect(byKey.get("скорость-ответа")).toEqual({ key: "скорость-ответа", value: 170 });
    expect(latency.targets).toHaveLength(6);
    expect(coverage).toMatchObject({ id: "test-coverage", better: "higher", baseline: 42.5, current: 61, target: 80 });
    expect(deploys.targets).toEqual([]);
    expect(deploys.better).toBe("higher");
  });

  it("budgets.yaml: money in exact cents, counts, per, totals", () => {
    const r = load("budgets.yaml");
    const [infra, team, oneOffs, empty] = r.budgets;
    expect(infra.phase).toBe("phase-1");
    expect(infra.items.map((i) => [i.amount, i.per, i.count])).toEqual([
      [500000, "month", 1],
      [123450, "month", 1],
      [1200000, "once", 1],
    ]);
    expect(infra.totals.map(({ per, amount }) => ({ per, amount }))).toEqual([{ per: "month", amount: 623450 }]);
    expect(team.currency).toBe("EUR");
    expect(team.items.map((i) => [i.amount, i.per, i.count, i.category])).toEqual([
      [15000000, "year", 4, "team"],
      [9600000, "year", 0.5, "team"],
    ]);
    expect(team.totals.map(({ per, amount }) => ({ per, amount }))).toEqual([{ per: "year", amount: 64800000 }]);
    expect(oneOffs.currency).toBe("USD"); // the roadmap's currency
    expect(oneOffs.items.map((i) => i.amount)).toEqual([249999, 0]);
    expect(oneOffs.totals.map(({ per, amount }) => ({ per, amount }))).toEqual([{ per: "once", amount: 1499994 }]);
    expect(empty.items).toEqual([]);
    expect(empty.id).toBe("empty-budget");
  });

  it("extensions.yaml: x-* keys are kept per entity", () => {
    const r = load("extensions.yaml");
    expect(r.extensions).toEqual({ "x-team": "platform", "x-meta": { board: "PLAT", "sprint-length": "2w" } });
    expect(item(r, "build").extensions).toEqual({ "x-jira": "PLAT-1" });
    expect(item(r, "build").when?.from).toEqual({ kind: "date", date: "2026-01-05" });
    expect(item(r, "build").deliverables).toEqual([{ title: "Gateway", done: false, extensions: { "x-link": "https://example.com" } }]);
    expect(item(r, "gateway").extensions).toEqual({ "x-estimate-by": "alice" });
    expect(item(r, "routes").extensions).toEqual({ "x-points": 3 });
    expect(item(r, "beta").extensions).toEqual({ "x-public": true });
    expect(r.risks[0].extensions).toEqual({ "x-score-override": 9 });
    expect(r.kpis[0].extensions).toEqual({ "x-dashboard": "grafana/latency" });
    expect(r.budgets[0].extensions).toEqual({ "x-cost-center": "CC-42" });
    expect(r.budgets[0].items[0].extensions).toEqual({ "x-sku": "S3-STD" });
    expect(r.budgets[0].totals.map(({ per, amount }) => ({ per, amount }))).toEqual([{ per: "month", amount: 10000 }]);
    expect(r.sections).toEqual([{ title: "Context", body: "Why we do this.", path: ["sections", 0] }]);
  });

  it("sections.yaml: free Markdown sections", () => {
    const r = load("sections.yaml");
    expect(r.sections.map((s) => s.title)).toEqual(["Context", "Out of scope", "Глоссарий 📖"]);
    expect(r.sections[0].body).toContain("| orders | alice |");
  });

  it("unicode-default-ids.yaml: default ids from Russian, Turkish and emoji titles, with -2/-3", () => {
    const r = load("unicode-default-ids.yaml");
    expect(r.items.map((i) => i.id)).toEqual([
      "миграция-данных",
      "тестирование",
      "тестирование-2",
      "veritabanı-geçişi",
      "şifreleme-ve-güvenlik",
      "testing",
      "testing-2", // explicit
      "testing-3", // the second "Testing" skips the explicit testing-2
      "api-gateway-v2-0",
      "фаза-1-подготовка",
      "тестирование-3", // milestones share the items' id space
      "запуск",
    ]);
    expect(r.items.filter((i) => i.explicitId).map((i) => i.id)).toEqual(["testing-2"]);
    expect(item(r, "тестирование-2").after).toEqual(["тестирование"]);
    expect(item(r, "testing-3").after).toEqual(["testing", "testing-2"]);
  });

  it("turkish-dotted-i.yaml: a dotted capital I does not split the word in a default id", () => {
    const r = load("turkish-dotted-i.yaml");
    const [izmir, igdir] = r.items.map((i) => i.id);
    // "İ".toLowerCase() is "i" + U+0307 (combining dot above); either form is fine, "i-zmir" is not.
    expect(["izmir-göçü", "i\u0307zmir-göçü"]).toContain(izmir);
    expect(igdir).toBe("iğdır-şubesi");
  });

  it("bom-crlf.yaml: a byte order mark and CRLF line endings are invisible in the data", () => {
    const r = load("bom-crlf.yaml");
    expect(r.title).toBe("Windows line endings");
    expect(r.start).toBe("2026-01-05");
    expect(item(r, "build").notes).toBe("Two lines\nof notes.\n");
    expect(item(r, "build").when).toMatchObject({ from: { kind: "week", n: 1 }, to: { kind: "week", n: 2 } });
  });

  it("full-example.yaml: the format reference's examples together", () => {
    const r = load("full-example.yaml");
    expect(r.items.map((i) => i.id)).toEqual(["phase-0", "phase-1", "yarp-reverse-proxy", "jwt", "user-claims-extraction", "phase-3", "phase-5", "go-live"]);
    expect(item(r, "jwt").after).toEqual(["yarp-reverse-proxy"]);
    expect(item(r, "phase-1")).toMatchObject({ progress: 0.95, priority: "high", due: "2025-11-14" });
    expect(r.kpis[0].targets.map((t) => t.key)).toEqual(["2025-Q4", "2026-Q1", "phase-3"]);
    expect(r.risks[0].affects).toEqual(["phase-5"]);
    expect(r.budgets[0].totals.map(({ per, amount }) => ({ per, amount }))).toEqual([{ per: "month", amount: 1200000 }]);
  });
});

// ---------------------------------------------------------------------------------------------
// JSON Schema: what editors see. It catches shapes, types, enums, required and unknown keys,
// patterns and date formats, but not cross references, span semantics or YAML-level problems.

describe("JSON Schema generated from the zod schemas", () => {
  const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(roadmapJsonSchema());
  const check = (text: string) => (validate(parseYaml(text)) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));

  it.each(valid.map((f) => [f.name, f] as const))("accepts valid/%s", (_, { text }) => {
    expect(check(text)).toEqual([]);
  });

  const named = (list: InvalidFixture[]) => list.map((f) => [f.name, f] as const);
  it.each(named(invalid.filter((f) => f.schema === "fails")))("rejects invalid/%s", (_, { text }) => {
    expect(check(text)).not.toEqual([]);
  });

  // These are the schema's documented limits: only the loader finds the problem.
  it.each(named(invalid.filter((f) => f.schema === "passes")))("cannot see the problem in invalid/%s", (_, { text }) => {
    expect(check(text)).toEqual([]);
  });
});
