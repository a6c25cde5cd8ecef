import { describe, expect, it } from "vitest";
import { Chalk } from "chalk";
import { renderDiffMarkdown } from "../../src/render/diff/diff-markdown.js";
import { renderDiffText } from "../../src/render/diff/diff-text.js";
import { renderHistoryMarkdown } from "../../src/render/history/history-markdown.js";
import { renderHistoryText } from "../../src/render/history/history-text.js";
import { documentStructure } from "../render-markdown/document-structure.js";
import { lintMarkdown } from "../render-markdown/lint-markdown.js";
import { hostileDiff, hostileHistory, HOSTILE } from "./hostile-versions.js";

/** No HTML element, image, script or javascript: link comes out of the Markdown; every table keeps its shape. */
function expectInert(markdown: string) {
  const s = documentStructure(markdown);
  expect(s.html).not.toMatch(/<script|<img|<svg|<iframe|<object|<details|<form|<style|<math|<body|href="javascript|href="data/i);
  for (const rows of s.tables) for (const cells of rows) expect(cells).toBe(rows[0]);
  expect(s.mermaid).toEqual([]);
  expect(markdown).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  return s;
}

describe("hostile strings in diff and history output", () => {
  const diff = hostileDiff();
  const history = hostileHistory();

  it("the comparison has something in every section", () => {
    const d = diff.diff!;
    const changes = new Set(d.items.flatMap((i) => i.changes));
    for (const c of ["moved", "added", "removed", "cancelled", "renamed", "status"]) expect(changes).toContain(c);
    expect([d.risks.length, d.kpis.length, d.budgets.length, d.problems.length]).toEqual([1, 1, 1, 1]);
    expect(history.versions.map((v) => v.error === undefined)).toEqual([true, false, true, true]);
  });

  it("diff Markdown: only the report's own headings, inert text, lint clean", async () => {
    const md = renderDiffMarkdown([diff, { ...diff, file: `${diff.file} (copy)` }]);
    const s = expectInert(md);
    const own = ["Moved", "Added", "Removed", "Cancelled", "Renamed", "Status and progress", "Critical path", "Risks", "KPIs", "Budgets", "New errors"];
    const h3 = s.headings.filter((h) => h.level === 3).map((h) => h.text);
    expect(h3.every((t) => own.includes(t))).toBe(true);
    expect(s.headings.filter((h) => h.level === 1)).toHaveLength(1);
    expect(s.headings.filter((h) => h.level === 2)).toHaveLength(2);
    expect(s.html).toContain("&lt;script&gt;window.__pwned=1&lt;/script&gt;");
    expect((await lintMarkdown({ "diff.md": md })).findings).toEqual([]);
  });

  it("history Markdown: inert, lint clean", async () => {
    const md = renderHistoryMarkdown(`roadmaps/${HOSTILE}.yaml`, history);
    const s = expectInert(md);
    expect(s.headings.map((h) => h.level)).toEqual([1, 2, 2]);
    expect(s.tables.map((t) => t.length)).toEqual([5, 4]);
    expect((await lintMarkdown({ "history.md": md })).findings).toEqual([]);
  });

  it.each([
    ["diff", () => renderDiffText([diff], { width: 100, color: new Chalk({ level: 1 }) })],
    ["history", () => renderHistoryText(HOSTILE, history, { width: 100, color: new Chalk({ level: 1 }) })],
  ])("%s text: no escape sequence but the colours it paints, no control character", (_name, render) => {
    const text = render();
    const withoutColour = text.replace(/\u001b\[(\d+)m/g, "");
    expect(withoutColour).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(text).not.toContain("\u001b]");
    expect(text).not.toContain("\u001b[2J");
  });
});
