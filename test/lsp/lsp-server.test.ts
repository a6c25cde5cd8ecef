import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {
  CodeAction,
  CompletionItem,
  CompletionList,
  Diagnostic,
  DocumentSymbol,
  Hover,
  InitializeResult,
  Location,
  MarkupContent,
  Position,
  Range,
  TextEdit,
  WorkspaceEdit,
} from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import { ROOT, runCli } from "../cli/run-cli.js";
import { startClient, type LspClient } from "./lsp-client.js";

const AS_OF = "2025-01-06";

// A roadmap with one mistake: `apu` for `api`. The title mentions "api" too: a rename must leave it alone.
const ROADMAP = `title: Gateway rewrite
start: 2025-01-06
phases:
  - id: build
    title: Build the gateway
    tasks:
      - id: api
        title: API
        duration: 2w
      - id: ui
        title: Web UI on top of the api
        duration: 1w
        after: [apu]
milestones:
  - { id: launch, title: Launch, after: [ui] }
risks:
  - { title: Scope grows, probability: medium, impact: high, affects: [api] }
`;

/** The position of the `nth` occurrence of `needle` (plus `shift` characters). */
function positionOf(text: string, needle: string, nth = 0, shift = 0): Position {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`"${needle}" #${nth} is not in the text`);
  return TextDocument.create("x", "yaml", 0, text).positionAt(at + shift);
}

function rangeOf(text: string, needle: string, nth = 0): Range {
  return { start: positionOf(text, needle, nth), end: positionOf(text, needle, nth, needle.length) };
}

/** The range of `inner` within the first occurrence of `context` (`"api"` in `"[api]"`). */
function rangeIn(text: string, context: string, inner: string): Range {
  const shift = context.indexOf(inner);
  return { start: positionOf(text, context, 0, shift), end: positionOf(text, context, 0, shift + inner.length) };
}

function applyEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create("x", "yaml", 0, text), edits);
}

/** `roadmap lint --format json` for one file, as the editor would show it (0-based ranges). */
function lintAsLsp(dir: string, file: string, asOf = AS_OF): { code: string; severity: number; message: string; range: Range }[] {
  const r = runCli(["lint", "--format", "json", "--as-of", asOf, file], { cwd: dir });
  const [result] = JSON.parse(r.stdout) as {
    diagnostics: { code: string; severity: string; message: string; range: { start: { line: number; col: number }; end: { line: number; col: number } } }[];
  }[];
  const at = (p: { line: number; col: number }) => ({ line: p.line - 1, character: p.col - 1 });
  return result.diagnostics.map((d) => ({
    code: d.code,
    severity: d.severity === "error" ? 1 : 2,
    message: d.message,
    range: { start: at(d.range.start), end: at(d.range.end) },
  }));
}

const shown = (list: Diagnostic[]) => list.map((d) => ({ code: d.code, severity: d.severity, message: d.message, range: d.range }));

describe("roadmap lsp --stdio, spoken to by a real LSP client", () => {
  let client: LspClient;
  let dir: string;
  let uri: string;
  let text = ROADMAP;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "roadmap-lsp-"));
    writeFileSync(join(dir, "roadmap.yaml"), ROADMAP);
    uri = pathToFileURL(join(dir, "roadmap.yaml")).href;
    client = await startClient(["--as-of", AS_OF], dir);
  });
  afterAll(async () => {
    if (client.process.exitCode === null) await client.close();
  });

  it("initializes and says what it provides", async () => {
    const result: InitializeResult = await client.connection.sendRequest("initialize", {
      processId: process.pid,
      rootUri: pathToFileURL(dir).href,
      capabilities: {},
    });
    await client.connection.sendNotification("initialized", {});
    expect(result.serverInfo?.name).toBe("roadmap");
    expect(result.capabilities).toMatchObject({
      textDocumentSync: 2,
      hoverProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      renameProvider: { prepareProvider: true },
      documentSymbolProvider: true,
      codeActionProvider: { codeActionKinds: ["quickfix"] },
    });
    expect(result.capabilities.completionProvider?.triggerCharacters).toContain("[");
  });

  let typo: Diagnostic;
  it("publishes the typo'd after id on open, at its exact range, with the hint — the diagnostics of roadmap lint", async () => {
    await client.connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "yaml", version: 1, text } });
    const diagnostics = await client.diagnostics(uri, 1);
    expect(diagnostics).toHaveLength(1);
    typo = diagnostics[0];
    expect(typo).toMatchObject({
      code: "unknown-ref",
      severity: 1,
      source: "roadmap",
      message: 'phases[0].tasks[1].after[0]: unknown item "apu" in after (did you mean "api"?)',
      range: rangeOf(text, "apu"),
    });
    expect(typo.range).toEqual({ start: { line: 12, character: 16 }, end: { line: 12, character: 19 } });
    expect(shown(diagnostics)).toEqual(lintAsLsp(dir, "roadmap.yaml"));
  });

  it("offers the did-you-mean hint as a quick fix", async () => {
    const actions: CodeAction[] = await client.connection.sendRequest("textDocument/codeAction", {
      textDocument: { uri },
      range: typo.range,
      context: { diagnostics: [typo] },
    });
    expect(actions).toHaveLength(1);
    expect(actions[0]).toMatchObject({ title: 'Change to "api"', kind: "quickfix", isPreferred: true });
    expect(actions[0].edit).toEqual({ changes: { [uri]: [{ range: typo.range, newText: "api" }] } });
  });

  it("is clean after the change that applies the fix", async () => {
    await client.connection.sendNotification("textDocument/didChange", {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: typo.range, text: "api" }],
    });
    text = applyEdits(text, [{ range: typo.range, newText: "api" }]);
    expect(text).toContain("after: [api]");
    expect(await client.diagnostics(uri, 2)).toEqual([]);
    writeFileSync(join(dir, "roadmap.yaml"), text);
    expect(lintAsLsp(dir, "roadmap.yaml")).toEqual([]);
  });

  it("shows the planned dates, slack, critical flag, status and progress on hover over an id in after", async () => {
    const hover: Hover = await client.connection.sendRequest("textDocument/hover", { textDocument: { uri }, position: positionOf(text, "[api]", 0, 2) });
    const value = (hover.contents as MarkupContent).value;
    expect(value).toContain("**API** · task api");
    // 2 weeks from Monday 6 January: ten working days, to Friday 17 January.
    expect(value).toContain("Planned 2025-01-06 → 2025-01-17 (10 workdays)");
    expect(value).toContain("Slack 0 workdays · **critical path**");
    expect(value).toContain("Status todo · 0% done, 0% expected as of 2025-01-06");
    expect(hover.range).toEqual(rangeIn(text, "[api]", "api"));
  });

  it("completes item ids inside after: [ ]", async () => {
    const result: CompletionItem[] | CompletionList = await client.connection.sendRequest("textDocument/completion", {
      textDocument: { uri },
      position: positionOf(text, "[api]", 0, 1),
    });
    const items = Array.isArray(result) ? result : result.items;
    // Every item but the task itself (ui).
    expect(items.map((i) => i.label)).toEqual(["build", "api", "launch"]);
    expect(items.find((i) => i.label === "api")?.detail).toBe("task · API · 2025-01-06 → 2025-01-17");
  });

  it("goes from an id in affects to the item's id:", async () => {
    const location: Location = await client.connection.sendRequest("textDocument/definition", {
      textDocument: { uri },
      position: positionOf(text, "affects: [api]", 0, "affects: [a".length),
    });
    expect(location).toEqual({ uri, range: rangeIn(text, "id: api", "api") });
  });

  it("finds the id's references", async () => {
    const locations: Location[] = await client.connection.sendRequest("textDocument/references", {
      textDocument: { uri },
      position: positionOf(text, "id: api", 0, 5),
      context: { includeDeclaration: true },
    });
    expect(locations).toEqual(["id: api", "after: [api]", "affects: [api]"].map((context) => ({ uri, range: rangeIn(text, context, "api") })));
  });

  it("renames an id: its id: and every use, nothing else", async () => {
    const position = positionOf(text, "id: api", 0, 5);
    const prepared = await client.connection.sendRequest("textDocument/prepareRename", { textDocument: { uri }, position });
    expect(prepared).toEqual({ range: rangeIn(text, "id: api", "api"), placeholder: "api" });
    const edit: WorkspaceEdit = await client.connection.sendRequest("textDocument/rename", { textDocument: { uri }, position, newName: "gateway-api" });
    const renamed = applyEdits(text, edit.changes![uri]);
    expect(renamed).toBe(
      text.replace("id: api", "id: gateway-api").replace("after: [api]", "after: [gateway-api]").replace("affects: [api]", "affects: [gateway-api]"),
    );
    expect(renamed).toContain("title: Web UI on top of the api");
  });

  it("refuses a rename to an id that is taken, with the reason", async () => {
    await expect(
      client.connection.sendRequest("textDocument/rename", { textDocument: { uri }, position: positionOf(text, "id: api", 0, 5), newName: "ui" }),
    ).rejects.toThrow('an item already has the id "ui"');
  });

  it("outlines the phases and tasks", async () => {
    const symbols: DocumentSymbol[] = await client.connection.sendRequest("textDocument/documentSymbol", { textDocument: { uri } });
    const outline = (list: DocumentSymbol[]): unknown[] => list.map((s) => (s.children?.length ? [s.name, outline(s.children)] : s.name));
    expect(outline(symbols)).toEqual([["Build the gateway", ["API", "Web UI on top of the api"]], "Launch", ["risks", ["Scope grows"]]]);
  });

  it("leaves YAML that is no roadmap alone", async () => {
    const workflow = pathToFileURL(join(dir, "ci.yml")).href;
    await client.connection.sendNotification("textDocument/didOpen", {
      textDocument: { uri: workflow, languageId: "yaml", version: 1, text: "name: ci\non: push\njobs: { build: { runs-on: x } }\n" },
    });
    const hover = await client.connection.sendRequest("textDocument/hover", { textDocument: { uri: workflow }, position: { line: 0, character: 1 } });
    expect(hover).toBeNull();
    // A change to the roadmap is published; nothing ever was for the workflow.
    await client.connection.sendNotification("textDocument/didChange", { textDocument: { uri, version: 3 }, contentChanges: [{ text }] });
    expect(await client.diagnostics(uri, 3)).toEqual([]);
    expect(client.log.filter((p) => p.uri === workflow)).toEqual([]);
  });

  it("ends with exit code 0 after shutdown and exit", async () => {
    expect(await client.close()).toBe(0);
  });
});

describe("roadmap lsp, other ways in", () => {
  it("needs --stdio: exit 2 with one line", () => {
    const r = runCli(["lsp"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("roadmap: roadmap lsp talks over standard input and output: run roadmap lsp --stdio\n");
  });

  it("shows a settings file's own problems on that file, and applies its rules to the roadmap", async () => {
    const dir = mkdtempSync(join(tmpdir(), "roadmap-lsp-settings-"));
    writeFileSync(join(dir, ".roadmaprc.yaml"), "rules:\n  unscored-risk: error\n  late-iten: warn\n");
    const roadmap = "title: R\nstart: 2025-01-06\nphases:\n  - { title: A, duration: 1d }\nrisks:\n  - { title: Unscored }\n";
    writeFileSync(join(dir, "roadmap.yaml"), roadmap);
    const uri = pathToFileURL(join(dir, "roadmap.yaml")).href;
    const settings = pathToFileURL(join(dir, ".roadmaprc.yaml")).href;
    const client = await startClient(["--as-of", AS_OF], dir);
    await client.connection.sendRequest("initialize", { processId: null, rootUri: null, capabilities: {} });
    await client.connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "yaml", version: 1, text: roadmap } });
    expect((await client.diagnostics(uri, 1)).map((d) => [d.code, d.severity])).toEqual([["unscored-risk", 1]]);
    const own = await client.diagnostics(settings);
    expect(own.map((d) => [d.code, d.message, d.range.start.line])).toEqual([
      ["unknown-rule", 'rules.late-iten: unknown rule "late-iten" (did you mean "late-item"?)', 2],
    ]);
    const actions: CodeAction[] = await client.connection.sendRequest("textDocument/codeAction", {
      textDocument: { uri: settings },
      range: own[0].range,
      context: { diagnostics: own },
    });
    // Quick fixes are for open roadmaps; the settings file is not one.
    expect(actions).toEqual([]);
    expect(await client.close()).toBe(0);
  });
});

describe("the same problems as roadmap lint", () => {
  it("on every bundled roadmap, and with a settings file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "roadmap-lsp-lint-"));
    // A settings file raises a warning to an error, and the roadmap has problems of every stage.
    writeFileSync(join(dir, ".roadmaprc.yaml"), "rules:\n  unscored-risk: error\n");
    writeFileSync(
      join(dir, "roadmap.yaml"),
      "title: Settings\nstart: 2025-01-06\nphases:\n  - { id: a, title: A, duration: 2d, statuz: done }\n  - { id: b, title: B, duration: 3d, after: [c] }\nrisks:\n  - { title: Unscored }\n",
    );
    const files = [
      { dir, file: "roadmap.yaml" },
      ...readdirSync(join(ROOT, "roadmaps"))
        .filter((f) => f.endsWith(".yaml"))
        .map((f) => ({ dir: ROOT, file: `roadmaps/${f}` })),
    ];
    const client = await startClient(["--as-of", "2025-11-03"]);
    await client.connection.sendRequest("initialize", { processId: process.pid, rootUri: null, capabilities: {} });
    await client.connection.sendNotification("initialized", {});
    let some = 0;
    for (const { dir: base, file } of files) {
      const uri = pathToFileURL(join(base, file)).href;
      await client.connection.sendNotification("textDocument/didOpen", {
        textDocument: { uri, languageId: "yaml", version: 1, text: readFileSync(join(base, file), "utf8") },
      });
      const diagnostics = shown(await client.diagnostics(uri, 1));
      expect(diagnostics, file).toEqual(lintAsLsp(base, file, "2025-11-03"));
      some += diagnostics.length;
    }
    expect(some).toBeGreaterThan(3);
    await client.close();
  }, 60_000);
});
