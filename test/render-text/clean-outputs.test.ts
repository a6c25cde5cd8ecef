import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatters, lintRoadmap, parseRoadmap } from "../../src/index.js";
import { planRoadmap } from "../../src/plan/plan-roadmap.js";
import type { Plan } from "../../src/plan/types.js";
import { renderHtml } from "../../src/render/render-html.js";
import { renderMarkdown } from "../../src/render/render-markdown.js";
import { renderPortfolio, renderTerminal, renderTimeline } from "../../src/render/render-terminal.js";
import { runCli } from "../cli/run-cli.js";
import { buildOnce } from "../terminal/build-once.js";

const AS_OF = "2025-10-25";

/** Control characters no output may hold: C0 but tab and newline, DEL, C1. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/**
 * ESC (a colour and a screen clear), BEL, BS, NEL, 8-bit CSI, DEL, an OSC
 * hyperlink, and a lone carriage return between two words.
 */
function dirty(field: string): string {
  return `${field} cr-before\rcr-after\u001b[31m red\u001b[0m\u001b[2J bell\u0007 back\bspace nel\u0085 csi\u009b1m del\u007f \u001b]8;;https://evil.example/\u0007link\u001b]8;;\u0007`;
}

/** A roadmap with the dirty text in every text field. */
function dirtyRoadmap(): unknown {
  return {
    title: dirty("Title"),
    summary: dirty("Summary"),
    owner: [dirty("Owner")],
    version: dirty("v"),
    updated: "2025-10-20",
    start: "2025-10-06",
    currency: dirty("Currency"),
    notes: dirty("Notes"),
    deliverables: [dirty("Deliverable"), { title: dirty("Grouped"), group: dirty("Group") }],
    success: [dirty("Success")],
    phases: [
      {
        id: "p1",
        title: dirty("Phase"),
        goal: dirty("Goal"),
        notes: dirty("Phase notes"),
        owner: dirty("Phase owner"),
        duration: "1w",
        status: "in-progress",
        tags: [dirty("Tag")],
        refs: [dirty("Ref"), "#1"],
        deliverables: [dirty("Phase deliverable")],
        success: [dirty("Phase success")],
        tasks: [
          {
            id: "t1",
            title: dirty("Task"),
            goal: dirty("Task goal"),
            notes: dirty("Task notes"),
            owner: [dirty("Task owner")],
            refs: [dirty("Task ref")],
            duration: "2d",
            due: "2025-10-07",
          },
          { id: "t2", title: dirty("Blocked"), duration: "1d", after: ["t1"], status: "blocked" },
        ],
      },
    ],
    milestones: [{ id: "m1", title: dirty("Milestone"), after: ["p1"], notes: dirty("Milestone notes") }],
    risks: [
      {
        id: "r1",
        title: dirty("Risk"),
        probability: "high",
        impact: "high",
        owner: dirty("Risk owner"),
        mitigation: dirty("Mitigation"),
        notes: dirty("Risk notes"),
        group: dirty("Risk group"),
        affects: ["t1"],
      },
    ],
    kpis: [
      {
        id: "k1",
        title: dirty("KPI"),
        unit: dirty("Unit"),
        notes: dirty("KPI notes"),
        group: dirty("KPI group"),
        better: "lower",
        baseline: 3,
        current: 1,
        targets: { "2025-Q4": 2 },
      },
    ],
    budgets: [
      {
        id: "b1",
        title: dirty("Budget"),
        currency: dirty("Budget currency"),
        notes: dirty("Budget notes"),
        phase: "p1",
        items: [{ title: dirty("Item"), category: dirty("Category"), amount: 10, per: "month", notes: dirty("Item notes") }],
      },
    ],
    sections: [{ title: dirty("Section"), body: dirty("Section body") }],
  };
}

const TEXT = JSON.stringify(dirtyRoadmap(), null, 2);

function plan(): Plan {
  const { roadmap, diagnostics } = parseRoadmap(TEXT, { file: "dirty.yaml" });
  if (!roadmap) throw new Error(diagnostics.map((d) => d.message).join("; "));
  return planRoadmap(roadmap, { asOf: AS_OF });
}

/** No control character anywhere; what was around the escape sequences stays; the lone CR separated its words. */
function expectClean(output: string, name: string, oneLine: boolean): void {
  const at = output.search(CONTROL);
  expect(at, `${name}: ${JSON.stringify(output.slice(Math.max(0, at - 40), at + 40))}`).toBe(-1);
  expect(output).not.toContain("[31m");
  expect(output).not.toContain("evil.example");
  expect(output).toMatch(/ red/);
  // a lone CR is a line break: a new line in text, a space where the text is put on one line
  expect(output).not.toContain("cr-beforecr-after");
  expect(output).toContain(oneLine ? "cr-before cr-after" : "cr-before\ncr-after");
}

describe("every output is free of control characters, whatever the roadmap holds", () => {
  it("the planner keeps the strings as written (the renderers clean them)", () => {
    expect(plan().title).toContain("\u001b[31m");
  });

  it("renderMarkdown: titles, bodies, tables, the Mermaid gantt", () => {
    const markdown = renderMarkdown(plan());
    expectClean(markdown, "markdown", false);
    expect(markdown).toContain("# Title cr-before cr-after red bell backspace nel csi del link\n");
    expect(markdown).toMatch(/```mermaid\n[^`]*Phase cr-before cr-after red bell backspace nel/);
  });

  it("renderHtml: text, attributes, the title", () => {
    const html = renderHtml(plan());
    expectClean(html, "html", false);
    expect(html).toContain("<title>Title cr-before\ncr-after red bell backspace nel csi del link");
  });

  it("renderTerminal, renderTimeline and renderPortfolio, with and without colour", () => {
    for (const color of [0, 1] as const) {
      const outputs = [
        renderTerminal(plan(), { width: 200, color }),
        renderTimeline(plan(), { width: 200, depth: 2, color }),
        renderPortfolio([{ file: dirty("file"), plan: plan(), errors: 0, warnings: 0 }], { width: 200, color }),
      ];
      // with colour, the only escape sequences are the report's own SGR colours
      for (const out of outputs) expectClean(color ? out.replace(/\u001b\[[0-9;]*m/g, "") : out, `terminal color=${color}`, true);
    }
  });

  it("GitHub annotations: a message that quotes the roadmap", () => {
    const parsed = parseRoadmap(
      JSON.stringify({ title: "x", start: "2025-10-06", phases: [{ id: "p", title: "p", duration: "1d", after: [dirty("missing")] }] }),
      { file: "dirty.yaml" },
    );
    const diagnostics = [...parsed.diagnostics, ...(parsed.roadmap ? lintRoadmap(parsed.roadmap, undefined, { asOf: AS_OF }) : [])];
    expect(diagnostics.some((d) => d.message.includes("\u001b"))).toBe(true);
    const out = formatters.github(diagnostics, { files: ["dirty.yaml"], rules: [] });
    expect(out).not.toMatch(CONTROL);
    expect(out).toContain("cr-before%0Acr-after");
  });
});

describe("the CLI's md, html and status output is clean (built bin)", () => {
  let dir = "";
  beforeAll(() => {
    buildOnce();
    dir = mkdtempSync(join(tmpdir(), "roadmap-dirty-"));
    writeFileSync(join(dir, "dirty.yaml"), TEXT);
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ["render -f md", ["render", "dirty.yaml", "-f", "md", "--as-of", AS_OF], false],
    ["render -f html", ["render", "dirty.yaml", "-f", "html", "--as-of", AS_OF], false],
    ["status", ["status", "dirty.yaml", "--as-of", AS_OF], true],
  ] as const)("%s", (_, args, oneLine) => {
    const r = runCli([...args], { cwd: dir, env: { NO_COLOR: "1", COLUMNS: "200" } });
    expect(r.stderr).not.toMatch(CONTROL);
    expectClean(r.stdout, args.join(" "), oneLine);
  });
});
