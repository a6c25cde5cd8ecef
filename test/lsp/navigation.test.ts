import { describe, expect, it } from "vitest";
import { TextDocument } from "vscode-languageserver-textdocument";
import { definitionAt } from "../../src/lsp/definition.js";
import { referencesAt } from "../../src/lsp/references.js";
import { prepareRenameAt, RenameRefused, renameAt } from "../../src/lsp/rename.js";
import { SAMPLE, URI, cursorOf, textAt } from "./analyze.js";

const at = (marked: string, base = SAMPLE) => {
  const plain = marked.replace("‸", "");
  if (!base.includes(plain)) throw new Error(`not in the roadmap: ${plain}`);
  return base.replace(plain, marked);
};

/** The text of a location with the characters around it, to see which occurrence it is. */
const around = (text: string, range: Parameters<TextDocument["getText"]>[0] & object) => {
  const doc = TextDocument.create(URI, "yaml", 1, text);
  const start = doc.offsetAt(range.start);
  const end = doc.offsetAt(range.end);
  const line = text.slice(text.lastIndexOf("\n", start - 1) + 1, start).trimStart();
  return `${line.length > 12 ? `…${line.slice(-12)}` : line}[${text.slice(start, end)}]`;
};

describe("go to definition", () => {
  it.each([
    { name: "an id in after", marked: at("after: [a‸pi]"), to: "- id: [api]" },
    { name: "an id in affects", marked: at("affects: [api, b‸uild]"), to: "- id: [build]" },
    { name: "a budget's phase", marked: at("phase: bu‸ild"), to: "- id: [build]" },
    { name: "a KPI target key", marked: at("la‸unch: 50"), to: "- { id: [launch]" },
    { name: "an id that comes from a title: the title", marked: at("after: [web‸-ui]"), to: "- title: [Web UI]" },
    { name: "the id itself", marked: at("id: a‸pi"), to: "- id: [api]" },
  ])("$name", ({ marked, to }) => {
    const { analysis, position } = cursorOf(marked);
    const location = definitionAt(analysis, position);
    expect(location?.uri).toBe(URI);
    expect(around(analysis.document.getText(), location!.range)).toBe(to);
  });

  it.each([
    { name: "an unknown id", marked: at("after: [a‸pu]", SAMPLE.replace("after: [api]", "after: [apu]")) },
    { name: "a span key of a KPI target", marked: at("2025-‸01: 100") },
    { name: "a title", marked: at("title: A‸PI") },
    { name: "a risk's id (no item)", marked: at("id: sco‸pe") },
  ])("nothing for $name", ({ marked }) => {
    const { analysis, position } = cursorOf(marked);
    expect(definitionAt(analysis, position)).toBeNull();
  });
});

describe("find references", () => {
  it.each([
    { name: "from the declaration, with it", marked: at("id: a‸pi"), withDeclaration: true, found: ["- id: [api]", "after: [[api]", "…, affects: [[api]"] },
    { name: "from a use, without the declaration", marked: at("after: [a‸pi]"), withDeclaration: false, found: ["after: [[api]", "…, affects: [[api]"] },
    { name: "every kind of use", marked: at("id: bu‸ild"), withDeclaration: false, found: ["…ects: [api, [build]", "…oud, phase: [build]"] },
    { name: "a KPI target key", marked: at("id: la‸unch"), withDeclaration: true, found: ["- { id: [launch]", "…25-01: 100, [launch]"] },
    { name: "an id from a title", marked: at("title: Web‸ UI", SAMPLE), withDeclaration: true, found: [] },
  ])("$name", ({ marked, withDeclaration, found }) => {
    const { analysis, position } = cursorOf(marked);
    const text = analysis.document.getText();
    expect(referencesAt(analysis, position, withDeclaration).map((l) => around(text, l.range))).toEqual(found);
  });
});

describe("rename", () => {
  it.each([
    {
      name: "an item id and its uses in after and affects",
      marked: at("id: a‸pi"),
      to: "backend",
      result: SAMPLE.replace("id: api", "id: backend").replace("after: [api]", "after: [backend]").replace("affects: [api,", "affects: [backend,"),
    },
    {
      name: "from a use, with the KPI target key and the budget's phase",
      marked: at("affects: [api, b‸uild]"),
      to: "make",
      result: SAMPLE.replace("id: build", "id: make").replace("affects: [api, build]", "affects: [api, make]").replace("phase: build", "phase: make"),
    },
    {
      name: "a KPI target key",
      marked: at("id: la‸unch"),
      to: "go-live",
      result: SAMPLE.replace("id: launch", "id: go-live").replace("launch: 50", "go-live: 50"),
    },
    {
      name: "keeping quotes as written",
      marked: at('id: "a‸pi"', SAMPLE.replace("id: api", 'id: "api"').replace("after: [api]", "after: ['api']")),
      to: "back-end",
      result: SAMPLE.replace("id: api", 'id: "back-end"').replace("after: [api]", "after: ['back-end']").replace("affects: [api,", "affects: [back-end,"),
    },
    {
      name: "quoting a new id YAML would read as something else",
      marked: at("id: a‸pi"),
      to: "1.5",
      result: SAMPLE.replace("id: api", 'id: "1.5"').replace("after: [api]", 'after: ["1.5"]').replace("affects: [api,", 'affects: ["1.5",'),
    },
  ])("$name", ({ marked, to, result }) => {
    const { analysis, position } = cursorOf(marked);
    const prepared = prepareRenameAt(analysis, position);
    expect(prepared && textAt(analysis, prepared.range).replace(/["']/g, "")).toBe(prepared?.placeholder);
    const edit = renameAt(analysis, position, to);
    expect(TextDocument.applyEdits(analysis.document, edit!.changes![URI])).toBe(result);
  });

  it.each([
    { name: "an id that comes from a title", marked: at("after: [web‸-ui]"), to: "frontend", reason: "give the item an id: key to rename it" },
    { name: "an unknown id", marked: at("after: [a‸pu]", SAMPLE.replace("after: [api]", "after: [apu]")), to: "x", reason: 'no item has the id "apu"' },
    { name: "to an id that is taken", marked: at("id: a‸pi"), to: "build", reason: 'an item already has the id "build"' },
    { name: "to an id with a blank", marked: at("id: a‸pi"), to: "new api", reason: 'invalid id "new api"' },
    { name: "to an id that reads as a span", marked: at("id: a‸pi"), to: "2026-Q1", reason: "form of a span" },
  ])("refuses $name", ({ marked, to, reason }) => {
    const { analysis, position } = cursorOf(marked);
    expect(() => renameAt(analysis, position, to)).toThrow(RenameRefused);
    expect(() => renameAt(analysis, position, to)).toThrow(reason);
  });

  it("has nothing to rename off an id", () => {
    const { analysis, position } = cursorOf(at("title: A‸PI"));
    expect(prepareRenameAt(analysis, position)).toBeNull();
    expect(renameAt(analysis, position, "x")).toBeNull();
  });
});
