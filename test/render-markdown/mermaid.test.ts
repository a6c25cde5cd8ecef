// @vitest-environment jsdom
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { oneLine } from "../../src/render/markdown/escape-markdown.js";
import { escapeMermaid } from "../../src/render/markdown/escape-mermaid.js";
import { renderMarkdown } from "../../src/render/render-markdown.js";
import { bundled, FIXTURES_DIR, mermaidBlock, planFile, renderFile } from "./helpers.js";
import type { Plan, PlannedItem } from "../../src/plan/types.js";
import { expectedTasks, parseGantt, type ParsedTask } from "./mermaid-gantt-check.js";

/** Normalizes a label the way the gantt writes it: one line, no backticks, emoji status first. */
function plain(text: string): string {
  return oneLine(text.replace(/`/g, ""));
}

const STATUS_EMOJI = { todo: "", "in-progress": "🚧 ", done: "✅ ", blocked: "⛔ ", cancelled: "" } as const;

/** The label a bar should carry: status emoji (⚠️ when overdue), the title on one line, cut at 60 graphemes with …. */
function expectedLabel(item: PlannedItem): string {
  const full = (item.overdue ? "⚠️ " : STATUS_EMOJI[item.status]) + plain(item.title);
  const graphemes = [...new Intl.Segmenter("en", { granularity: "grapheme" }).segment(full)].map((g) => g.segment);
  return graphemes.length > 60 ? `${graphemes.slice(0, 59).join("").trimEnd()}…` : full;
}

/** Checks every parsed task against the plan: section, label, dates and tags. */
function expectMatchesPlan(tasks: ParsedTask[], plan: Plan) {
  const expected = expectedTasks(plan);
  expect(tasks.map((t) => t.label)).toEqual(expected.map((e) => expectedLabel(e.item)));
  tasks.forEach((task, i) => {
    const { item, section } = expected[i];
    const cut = (s: string) => (s.endsWith("…") ? s.slice(0, -1) : s);
    expect(plain(section).startsWith(cut(task.section))).toBe(true);
    expect(task.start).toBe(item.start);
    expect(task.end).toBe(item.end);
    expect(task.tags.includes("milestone")).toBe(item.milestone);
    expect(task.tags.includes("done")).toBe(item.status === "done");
    expect(task.tags.includes("active")).toBe(item.status === "in-progress");
    expect(task.tags.includes("crit")).toBe(item.critical && item.status !== "done");
  });
}

/** Text made of the gantt grammar's keywords and special characters. */
const mermaidTrouble = fc
  .array(
    fc.constantFrom(
      "title",
      "section",
      "click",
      "call",
      "href",
      "gantt",
      "dateFormat",
      "excludes",
      "includes",
      "todayMarker",
      "weekday",
      "accTitle",
      "accDescr",
      "accDescription",
      "topAxis",
      "2025-01-01",
      "%",
      "%%",
      "%%{",
      ":",
      ";",
      "#",
      "#58;",
      "{",
      "}",
      "(",
      ")",
      '"',
      "`",
      "ﬂ°°",
      "¶ß",
      "&",
      "&amp;",
      "<b>",
      "\n",
      "\t",
      " ",
      "x",
      "é",
      "👩‍👩‍👧‍👦",
      "done",
      "crit",
      ",",
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(""));

describe("the Mermaid gantt, read back by Mermaid's own parser (jsdom)", () => {
  it.each(bundled)("%s: parses, and every bar has the planner's dates and tags", async (file) => {
    const { plan, markdown } = await renderFile(file);
    const block = mermaidBlock(markdown);
    expect(block).not.toBeNull();
    expectMatchesPlan(await parseGantt(block!), plan);
  });

  it("survives hostile titles: pipes, newlines, colons, #, ;, %, HTML, backticks, links, keywords, dates", async () => {
    // as of a day before the start, so no bar is flagged overdue
    const plan = planFile(`${FIXTURES_DIR}hostile.yaml`, "2025-10-01");
    const tasks = await parseGantt(mermaidBlock(renderMarkdown(plan))!);
    expectMatchesPlan(tasks, plan);
    const labels = tasks.map((t) => t.label);
    expect(labels).toContain("Title page: <b>HTML</b> a|b [link](javascript:alert(1))");
    expect(labels).toContain("Section 3 ; click me # not a comment");
    expect(labels).toContain("✅ 2025-10-10 looks like a date");
    expect(labels).toContain("5% done %% comment? backticks and fences");
    expect(labels).toContain("gantt");
    expect(labels).toContain("dateFormat YYYY");
    expect(labels).toContain("accDescr { open");
    expect(labels).toContain("Milestone: v1; #1 | done");
    expect(tasks.find((t) => t.label.startsWith("🚧 Pipes | in | title and a newline: colon; semicolon # hash"))?.section).toBe("Pipes | in | title and a ne…");
  });

  it("escapeMermaid: any text makes exactly one task whose label reads back as the text", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ unit: "grapheme-composite", maxLength: 40 }), mermaidTrouble), async (text) => {
        const source = `gantt\n  dateFormat YYYY-MM-DD\n  section S\n    ${escapeMermaid(text, 1000)} :2025-01-01, 2025-01-02\n`;
        const tasks = await parseGantt(source);
        expect(tasks).toHaveLength(1);
        expect(tasks[0].label).toBe(plain(text) || "(untitled)");
        expect(tasks[0].start).toBe("2025-01-01");
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) },
    );
  });

  it("escapeMermaid cuts long labels at a grapheme and defuses statements", () => {
    expect(escapeMermaid("👩‍👩‍👧‍👦".repeat(5), 3)).toBe("👩‍👩‍👧‍👦👩‍👩‍👧‍👦…");
    expect(escapeMermaid("Title page: x; #1 50%")).toBe("#84;itle page#58; x#59; #35;1 50#37;");
    expect(escapeMermaid("Title: x")).toBe("Title#58; x");
    expect(escapeMermaid("call")).toBe("#99;all");
    expect(escapeMermaid("section two")).toBe("#115;ection two");
    expect(escapeMermaid("Sections")).toBe("Sections");
    expect(escapeMermaid(" \n ")).toBe("(untitled)");
  });
});
