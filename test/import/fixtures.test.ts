import { describe, expect, it } from "vitest";
import { lintErrors } from "../../src/import/self-check.js";
import { importFixture } from "./describe-import.js";
import { textKept } from "./measure.js";

type Imported = ReturnType<typeof importFixture>;

/** One small fixture per construct: what the import reads from it, as an outline of items and values. */
const cases: { fixture: string; what: string; outline: string; check?: (r: Imported) => void }[] = [
  {
    fixture: "card-diagram.md",
    what: "a code block drawn as titled cards: one item per card, its lines as tasks, ✅/🚧 in the title as status, done passed down",
    outline: `
Plan
  PHASE 1: Bootstrap [done]
    Deploy: ArgoCD [done]
    Measure: sync time [done]
  PHASE 2: Observability [in-progress] deliverables=Dashboards
    Deploy: Prometheus
`,
  },
  {
    fixture: "checklist-nested.md",
    what: "nested checklists; a done parent with an open task keeps its tasks' statuses and drops its own",
    outline: `
Release
  Packaging [done]
    Build the tarball [done]
    Sign it [done]
  Docs
    Reference [done]
    Tutorial
      Write the first chapter
  Announce
    Blog post
`,
  },
  {
    fixture: "code-and-diagrams.md",
    what: "code blocks and a box diagram are kept as Markdown",
    outline: `
Services
  Gateway
`,
    check: (r) => {
      expect(r.roadmap.items[0].notes).toContain("```mermaid\ngraph LR");
      expect(r.roadmap.items[0].notes).toContain('```python\ndef handler(event):\n    return {"ok": True}\n```');
      expect(r.roadmap.sections).toEqual([expect.objectContaining({ title: "Diagram", body: expect.stringContaining("│  Client  │─────►│ Gateway  │") })]);
    },
  },
  {
    fixture: "dates-de.md",
    what: "German periods: Woche 3, Wochen 3-6, KW 10 2026, Monat 2, 1. Quartal 2026, Januar–März 2026, 26. Oktober 2026, (2 Wochen)",
    outline: `
Einrichtung when=week 3
  Server
Entwicklung when=weeks 3-6
  Code
KW 10 2026 when=2026-03-02..2026-03-08
  Review
Beta when=month 2
  Tests
1. Quartal 2026 when=2026-Q1
  Planung
Januar–März 2026 when=2026-01..2026-03
  Schulung
26. Oktober 2026 when=2026-10-26
  Freigabe
Migration duration=2w
  Daten
`,
  },
  {
    fixture: "dates-en.md",
    what: "English periods: an ISO date, Q1 2026, 2026-Q2, January 2026, Jan–Mar 2026, Week 3, Weeks 3-6, Month 2, (2 weeks), ~3d, (4 hours)",
    outline: `
Kickoff 2026-01-05 when=2026-01-05
  Meet
Foundations when=2026-Q1
  Plan
Growth when=2026-Q2
  Grow
January 2026 when=2026-01
  Hire
Jan–Mar 2026 when=2026-01..2026-03
  Train
Setup when=week 3
  Install
Build when=weeks 3-6
  Code
Beta when=month 2
  Test
Hardening duration=2w
  Fix
Polish
  Tidy the docs duration=3d
  Record the demo duration=4h
`,
  },
  {
    fixture: "dates-ru.md",
    what: "Russian periods: Неделя 3, Недели 3-6, Месяц 2, 1 квартал 2026, Январь 2026, 23 февраля 2026, (2 недели)",
    outline: `
Установка when=week 3
  Сервер
Разработка when=weeks 3-6
  Код
Бета when=month 2
  Тесты
1 квартал 2026 when=2026-Q1
  План
Январь 2026 when=2026-01
  Найм
23 февраля 2026 when=2026-02-23
  Релиз
Доработка duration=2w
  Исправления
`,
  },
  {
    fixture: "dates-tr.md",
    what: "Turkish periods: 3. Hafta, Hafta 3-6, 1. Ay, 2026 Q1, Ocak 2026, 13 Ekim 2026, (3 ay), (2 hafta)",
    outline: `
Kurulum when=week 3
  Sunucu
Geliştirme when=weeks 3-6
  Kod
Hazırlık when=month 1
  Plan
2026 Q1 when=2026-Q1
  Hedefler
Ocak 2026 when=2026-01
  İşe alım
13 Ekim 2026 when=2026-10-13
  Sürüm
Göç duration=3mo
  Veri
Test duration=2w
  Yük testi
`,
  },
  {
    fixture: "front-matter.md",
    what: 'YAML front matter names and dates the roadmap; a column of ✅ and ❌ under "Done" is a status column (❌: not yet)',
    outline: `
Phase A
  Build [done]
  Test [todo]
`,
    check: (r) => {
      expect(r.roadmap).toMatchObject({ title: "Platform plan", owner: ["Ana"], updated: "2026-02-01", summary: "tags: [infra]" });
    },
  },
  {
    fixture: "front-matter-and-heading.md",
    what: "a level-1 heading names the roadmap over the front matter's title, which stays as text",
    outline: `
Phase A
  Build
`,
    check: (r) => {
      expect(r.roadmap).toMatchObject({ title: "Platform plan", owner: ["Ana"], summary: "title: Platform plan (draft)" });
    },
  },
  {
    fixture: "header-footer.md",
    what: "the title with its second line, header lines (owner, version, dates, review cycle) and the footer after the last rule",
    outline: `
Work
  Ship
`,
    check: (r) => {
      expect(r.roadmap).toMatchObject({
        title: "Platform roadmap — Next phase",
        owner: ["Platform team"],
        version: "2.1",
        updated: "2026-02-02",
        start: "2026-03-01",
        due: "2026-09-30",
        review: { every: { text: "1mo" } },
        summary: "**Status**: On the way to general availability\n\nSome words about why this roadmap exists.",
        notes: "**Approved By**: The board\n**Next Review**: 2026-04-01",
      });
    },
  },
  {
    fixture: "heading-levels.md",
    what: "each heading level: ## phases, ### and #### tasks",
    outline: `
Discovery
  Interviews
    Recruit users [done]
    Run sessions [done]
    Synthesis
      Write the report
Build
  API
    Design endpoints
`,
  },
  {
    fixture: "labelled-lines.md",
    what: "Owner, Priority, Timeline, Due, Goal, Deliverable, Tracking, Depends on, Duration and Status lines; the item named by Depends on gets its id written; a label holding a link keeps its target",
    outline: `
Payments id=payments priority=high owner=alice+bob when=week 2-4 due=2026-03-31 refs=#12+#13 deliverables=Checkout page✓ goal=Take money safely
  Stripe integration
Refunds [todo] duration=1w after=payments goal=Refund within 5 days
  Refund API
`,
    check: (r) => {
      expect(r.roadmap.items.find((i) => i.title === "Refunds")?.notes).toBe("**Status**: ⏳ Pending review by finance");
      expect(r.yaml).toContain("when: week 2-4 # Timeline");
      expect(r.yaml).toContain("# Finance policy goal (https://example.com/policy)\n    goal: Refund within 5 days");
    },
  },
  {
    fixture: "pin-conflicts.md",
    what: "values that would not lint go back to text: a quarter around a later week, weeks of a month, a Saturday, a length longer than its week",
    outline: `
Q1 2026: First quarter
  Far away when=week 30
    Something late
February when=month 2
  Migrate
    Week 1: first week of the month
    Week 2: second week of the month
Saturday 2026-01-10
  Weekend work
Short when=week 4
  Long task (3 weeks)
    Too much for one week
`,
  },
  {
    fixture: "plain-text.md",
    what: "a plain-text document: a banner title, a framed card with its meta lines, bullets under a dated line, a numbered list with marks",
    outline: `
1️⃣ DATABASE MOVE priority=high duration=2-3w
  Copy the data
  Switch the readers
WEEK 1 when=week 1
  Freeze the schema
  Announce the window
NEXT ACTIONS
  Plan written [done]
  Team briefing [todo]
`,
  },
  {
    fixture: "prose-kept.md",
    what: "prose, quotes and plain lists stay Markdown: in the summary, in a phase's notes, as sections; ✅ on a heading over a plain list is decoration",
    outline: `
Phase A
  Real work
`,
    check: (r) => {
      expect(r.roadmap.summary).toBe("Intro paragraph with **bold** and a [link](https://example.com).");
      expect(r.roadmap.sections.map((s) => s.title)).toEqual(["Background", "Strengths ✅"]);
      expect(r.roadmap.items[0].notes).toContain("### Design notes\n\n- Use queues");
    },
  },
  {
    fixture: "refs.md",
    what: "issue and pull-request numbers, links and URLs become refs",
    outline: `
Integrations
  Webhooks [done] refs=PR #72
  Retry queue refs=#88+https://example.com/design/retry
  Read the ADR refs=https://example.com/adr/7
  Rate limits [done] refs=PR #65+PR #66
`,
  },
  {
    fixture: "relative-without-start.md",
    what: "without a start date, weeks and lengths stay text; with --start they are read",
    outline: `
Week 1: Setup
  Install
Polish (2 weeks)
  Tidy
`,
    check: (r) => {
      expect(r.summary.undated).toBe(2);
      const started = importFixture("relative-without-start.md", { start: "2026-03-02" });
      expect(started.outline).toBe("Setup when=week 1\n  Install\nPolish duration=2w\n  Tidy");
      expect(started.roadmap.start).toBe("2026-03-02");
    },
  },
  {
    fixture: "status-emoji.md",
    what: "each status mark, at the start or the end of an item",
    outline: `
Work
  Shipped the parser [done]
  Tested the lexer [done]
  Reviewed the design [done]
  Writing the renderer [in-progress]
  Waiting for the API [todo]
  Dropped the old exporter [cancelled]
  Stuck on licensing [blocked]
  Plain item without a mark
`,
  },
  {
    fixture: "status-table.md",
    what: "a table with owner, status and estimate columns becomes tasks; other cells are notes",
    outline: `
Sprint 12
  Login page [done] owner=alice duration=3d
  Password reset [in-progress] owner=bob duration=2d
  Audit log [todo] owner=carol duration=1w refs=PR #41
  Legacy export [cancelled]
`,
    check: (r) => {
      expect(r.roadmap.items.find((i) => i.title === "Login page")?.notes).toBe("Shipped behind a flag");
    },
  },
  {
    fixture: "status-words.md",
    what: "status words in Status lines and brackets, in English, Russian, Turkish and German",
    outline: `
Backend
  Auth service [done]
  Billing [in-progress]
  Search [blocked]
  Reports [cancelled]
  Платежи [in-progress]
  Ödeme [done]
  Abrechnung [done]
`,
  },
  {
    fixture: "success-criteria.md",
    what: "success criteria under an item and for the whole roadmap, grouped by their headings",
    outline: `
Build success=p95 under 200 ms+Zero data loss
  Build it
`,
    check: (r) => {
      expect(r.roadmap.success).toEqual([
        { title: "Ten customers", done: false, group: "Launch" },
        { title: "No P0 incidents", done: false, group: "Launch" },
        { title: "Error rate above 1%", done: false, group: "Rollback If" },
      ]);
    },
  },
  {
    fixture: "tables-kept.md",
    what: "tables of metrics and risks, and an overview of the phases, stay text",
    outline: `
Phase 1: Setup
  Create the repository
`,
    check: (r) => {
      expect(r.roadmap.sections.map((s) => s.title)).toEqual(["Quality", "Risks", "Overview"]);
      expect(r.roadmap.sections[1].body).toContain("| Data loss | Medium | Critical | Backups | ⏳ Pending |");
    },
  },
];

describe("roadmap import, one fixture per construct", () => {
  it.each(cases)("$fixture: $what", ({ fixture, outline, check }) => {
    const r = importFixture(fixture);
    expect(r.outline).toBe(outline.trim());
    expect(lintErrors(r.yaml, "2026-03-02")).toEqual([]);
    const kept = textKept(r.markdown, r.yaml);
    expect([...kept.missing]).toEqual([]);
    expect(r.yaml.split("\n").slice(0, 2)).toEqual([
      "# yaml-language-server: $schema=./roadmap.schema.json",
      `# Imported from ${fixture} on 2026-03-02 by \`roadmap import\`. What it did not map is kept as Markdown`,
    ]);
    check?.(r);
  });
});
