// @vitest-environment jsdom
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseRoadmap } from "../../src/index.js";
import { planRoadmap } from "../../src/plan/plan-roadmap.js";
import { renderMarkdown } from "../../src/render/render-markdown.js";
import { PAYLOADS } from "../render-html/hostile-roadmap.js";
import { AS_OF, bundled, renderFile } from "./helpers.js";
import { ORDINARY_MARKDOWN, publishedHtml, unsafeMarkup, vocabulary } from "./published-html.js";

/** Every text field of a roadmap gets its own string; ids get one of a few valid but awkward forms. */
interface Texts {
  [field: string]: string;
}

const TEXT_FIELDS = [
  "title",
  "summary",
  "owner",
  "owner2",
  "version",
  "notes",
  "currency",
  "deliverable",
  "deliverableGroup",
  "success",
  "sectionTitle",
  "sectionBody",
  "phaseTitle",
  "goal",
  "phaseNotes",
  "phaseOwner",
  "tag",
  "ref",
  "phaseDeliverable",
  "phaseSuccess",
  "taskTitle",
  "taskGoal",
  "taskNotes",
  "taskOwner",
  "taskRef",
  "taskTag",
  "taskDeliverable",
  "milestoneTitle",
  "milestoneNotes",
  "riskTitle",
  "riskOwner",
  "mitigation",
  "riskNotes",
  "riskGroup",
  "kpiTitle",
  "unit",
  "kpiNotes",
  "kpiGroup",
  "budgetTitle",
  "budgetCurrency",
  "budgetNotes",
  "itemTitle",
  "category",
  "itemNotes",
] as const;

/** A roadmap with `texts` in every text field (and hostile repository addresses), as the YAML loader would get it. */
function roadmapOf(texts: Texts, id: string, repository: string): unknown {
  const t = (field: (typeof TEXT_FIELDS)[number]) => texts[field];
  return {
    title: t("title"),
    summary: t("summary"),
    owner: [t("owner"), t("owner2")],
    version: t("version"),
    updated: "2025-10-20",
    start: "2025-10-06",
    currency: t("currency"),
    repository,
    notes: t("notes"),
    deliverables: [t("deliverable"), { title: t("deliverable"), done: true, group: t("deliverableGroup") }],
    success: [t("success")],
    phases: [
      {
        id: `p${id}`,
        title: t("phaseTitle"),
        goal: t("goal"),
        notes: t("phaseNotes"),
        owner: t("phaseOwner"),
        duration: "1w",
        status: "in-progress",
        tags: [t("tag")],
        refs: [t("ref"), "#1", "PR #2"],
        deliverables: [t("phaseDeliverable")],
        success: [{ title: t("phaseSuccess"), done: false }],
        tasks: [
          {
            id: `t${id}`,
            title: t("taskTitle"),
            goal: t("taskGoal"),
            notes: t("taskNotes"),
            owner: [t("taskOwner")],
            refs: [t("taskRef")],
            tags: [t("taskTag")],
            deliverables: [t("taskDeliverable")],
            duration: "2d",
            due: "2025-10-07",
          },
          { id: `u${id}`, title: t("taskTitle"), duration: "1d", after: [`t${id}`], status: "blocked" },
        ],
      },
    ],
    milestones: [{ id: `m${id}`, title: t("milestoneTitle"), after: [`p${id}`], notes: t("milestoneNotes") }],
    risks: [
      {
        id: `r${id}`,
        title: t("riskTitle"),
        probability: "high",
        impact: "low",
        owner: t("riskOwner"),
        mitigation: t("mitigation"),
        notes: t("riskNotes"),
        group: t("riskGroup"),
        affects: [`t${id}`],
      },
    ],
    kpis: [
      {
        id: `k${id}`,
        title: t("kpiTitle"),
        unit: t("unit"),
        notes: t("kpiNotes"),
        group: t("kpiGroup"),
        better: "lower",
        baseline: 3,
        current: 1,
        targets: { "2025-Q4": 2, [`p${id}`]: 1 },
      },
    ],
    budgets: [
      {
        id: `b${id}`,
        title: t("budgetTitle"),
        currency: t("budgetCurrency"),
        notes: t("budgetNotes"),
        phase: `p${id}`,
        items: [
          { title: t("itemTitle"), category: t("category"), amount: 10, per: "month", notes: t("itemNotes") },
          { title: t("itemTitle"), amount: 5, per: "once" },
        ],
      },
    ],
    sections: [{ title: t("sectionTitle"), body: t("sectionBody") }],
  };
}

function markdownOf(doc: unknown): string | null {
  const { roadmap } = parseRoadmap(JSON.stringify(doc), { file: "hostile.yaml" });
  return roadmap ? renderMarkdown(planRoadmap(roadmap, { asOf: AS_OF })) : null;
}

/** What the renderers write for clean documents: the bundled roadmaps, this roadmap with plain text, and every construct a body may use. */
async function cleanVocabulary(): Promise<Set<string>> {
  const plain = Object.fromEntries(TEXT_FIELDS.map((f) => [f, `Plain ${f}`]));
  const documents = [markdownOf(roadmapOf(plain, "1", "https://github.com/o/r"))!, ORDINARY_MARKDOWN];
  for (const file of bundled) documents.push((await renderFile(file)).markdown);
  const out = new Set<string>();
  for (const markdown of documents) {
    const html = publishedHtml(markdown);
    for (const v of [...vocabulary(html.marked), ...vocabulary(html.micromark)]) out.add(v);
  }
  return out;
}

/** The pieces hostile text is made of: markup, unsafe schemes (plain and entity-encoded), Markdown syntax, line and cell breaks. */
const PIECES = [
  ...PAYLOADS,
  "<script>",
  "</script>",
  "<img src=x onerror=alert(1)>",
  '<iframe srcdoc="<script>alert(1)</script>">',
  '<a href="javascript:alert(1)">x</a>',
  "javascript:",
  "javascript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "&#106;avascript:",
  "&#x6A;avascript&colon;",
  "&lt;",
  "&gt;",
  "&amp;",
  "https://example.com/",
  'https://example.com/">',
  "\\<",
  "\\>",
  "\\",
  "www.example.com",
  "a@example.com",
  "mailto:",
  "`",
  "``",
  "```",
  "~~~",
  "](",
  "[",
  "]",
  "(",
  ")",
  "![",
  "[x](javascript:alert(1))",
  "[x][r]",
  "\n[r]: javascript:alert(1)\n",
  "<javascript:alert(1)>",
  "<",
  ">",
  '"',
  "'",
  "*",
  "_",
  "~",
  "$",
  "#",
  " #",
  "|",
  "\n",
  "\n\n",
  "\n- ",
  "\n1. ",
  "\n> ",
  "\n    ",
  "\n| a | b |\n| - | - |\n| ",
  "<!--",
  "-->",
  " ",
  "x",
  "é",
  "💥",
];

const hostile = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ maxLength: 3 }) }), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.join(""));

/** Titles and other one-piece fields must not be blank; a leading letter keeps them valid without defusing them. */
const texts = fc.record(Object.fromEntries(TEXT_FIELDS.map((f) => [f, hostile])) as Record<string, fc.Arbitrary<string>>);

const REPOSITORIES = [
  "https://github.com/o/r",
  "https://github.com/o/r.git",
  'https://example.com/"><script>alert(1)</script>',
  "https://example.com/\\<img src=x onerror=alert(1)>",
  "https://example.com/a_b_(c)",
];
const IDS = ["1", "_x_", ".y", "é", "_1_"];
const RUNS = Number(process.env.PROPERTY_RUNS ?? 60);

describe("the Markdown report is safe to publish as HTML", () => {
  it(
    "hostile text in every field makes no element or attribute a clean report does not have, and no unsafe link (marked and micromark, GFM)",
    async () => {
      const allowed = await cleanVocabulary();
      // the clean reports do have links, task lists and tables, and nothing that runs
      for (const v of ["a@href", "input@type", "table", "code"]) expect(allowed).toContain(v);
      for (const v of ["script", "iframe", "img@onerror", "style"]) expect(allowed).not.toContain(v);
      let rendered = 0;
      fc.assert(
        fc.property(texts, fc.constantFrom(...IDS), fc.constantFrom(...REPOSITORIES), (t, id, repository) => {
          const titled = { ...t, title: `T${t.title}` };
          const markdown = markdownOf(roadmapOf(titled, id, repository));
          if (markdown === null) return; // a value the format itself rejects
          rendered++;
          const html = publishedHtml(markdown);
          expect(unsafeMarkup(html.marked, allowed), `marked:\n${markdown}`).toEqual([]);
          expect(unsafeMarkup(html.micromark, allowed), `micromark:\n${markdown}`).toEqual([]);
        }),
        { numRuns: RUNS },
      );
      // the property says something only if most roadmaps load
      expect(rendered).toBeGreaterThan(RUNS * 0.8);
    },
    Math.max(120_000, RUNS * 1000),
  );
});
