import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics.js";
import { escapeData, escapeProperty, github } from "../../src/lint/formatters/github.js";
import { sanitizeText } from "../../src/render/text/sanitize-text.js";
import { BROKEN, HOSTILE, context, lintTexts } from "./sample.js";

/** What the Actions runner does with a command line (ActionCommand.TryParse and Unescape). */
function parseCommand(line: string) {
  const m = /^::(\w+)(?: ([^:]*))?::(.*)$/s.exec(line);
  if (!m) throw new Error(`not a workflow command: ${line}`);
  const unescapeData = (s: string) => s.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%3A/g, ":").replace(/%2C/g, ",").replace(/%25/g, "%");
  const properties: Record<string, string> = {};
  for (const pair of (m[2] ?? "").split(",").filter(Boolean)) {
    const at = pair.indexOf("=");
    properties[pair.slice(0, at)] = unescapeData(pair.slice(at + 1));
  }
  return { command: m[1], properties, message: unescapeData(m[3]) };
}

/** The spec of what a workflow command shows: CR as a newline, and each character `sanitizeText` removes as `\xNN` / `\u{NNNN}`. */
const shown = (s: string) =>
  [...s.replace(/\r\n?/g, "\n")]
    .map((c) => {
      if (c === "\t" || c === "\n" || sanitizeText(c) === c) return c;
      const n = c.charCodeAt(0);
      return n < 0x100 ? `\\x${n.toString(16).padStart(2, "0")}` : `\\u{${n.toString(16)}}`;
    })
    .join("");

describe("github format", () => {
  it("prints nothing without diagnostics", () => {
    expect(github([], context(["roadmaps/a.yaml"]))).toBe("");
  });

  it("escapes %, CR and LF in messages, and also : and , in file names and titles; shows control characters in messages as \\xNN", () => {
    const out = github(HOSTILE, context(["dir/a:b,c%.yaml"]));
    expect(out).toBe(
      "::error file=dir/a%3Ab%2Cc%25.yaml,line=2,col=3,endLine=4,endColumn=9,title=we%3Aird%2Crule%25" +
        "::100%25 done%0Anext: a, b <&> \"q\" 'a'%0A::error::injected\n" +
        "::warning file=roadmaps/плán 🚀.yaml,title=late-item" +
        "::tab\there, bell\\x07, nul\\x00, lone \uD800 surrogate, emoji 🚀, Türkçe, русский\n",
    );
    // One command per diagnostic: a message cannot start a command of its own.
    expect(out.split("\n").filter(Boolean)).toHaveLength(2);
  });

  it("escapes like @actions/core", () => {
    expect(escapeData("a%b\rc\nd:e,f")).toBe("a%25b%0Dc%0Ad:e,f");
    expect(escapeProperty("a%b\rc\nd:e,f")).toBe("a%25b%0Dc%0Ad%3Ae%2Cf");
    // %0A written literally must not come back as a line break.
    expect(escapeData("%0A")).toBe("%250A");
  });

  it("round-trips any message and file name (cleaned) and rule id through the runner's parser", () => {
    const text = fc.string({ unit: "binary", maxLength: 40 });
    const name = text.filter((s) => s !== "" && s !== "." && s !== ".." && !/[\\/]/.test(s));
    fc.assert(
      fc.property(
        text,
        name,
        text.filter((s) => s !== ""),
        fc.boolean(),
        (message, file, code, error) => {
          const d: Diagnostic = {
            code,
            severity: error ? "error" : "warning",
            message,
            file: `x/${file}`,
            path: [],
            range: { start: { line: 3, col: 5 }, end: { line: 3, col: 9 } },
          };
          const out = github([d], context([], { cwd: undefined }));
          expect(out.endsWith("\n")).toBe(true);
          expect(out.slice(0, -1)).not.toMatch(/[\r\n]/);
          const parsed = parseCommand(out.slice(0, -1));
          expect(parsed).toEqual({
            command: error ? "error" : "warning",
            properties: { file: parsed.properties.file, line: "3", col: "5", endLine: "3", endColumn: "9", title: code },
            message: parsed.message,
          });
          // What comes back is clean, shows each removed character, and is exact when there was nothing to clean.
          for (const [got, given] of [
            [parsed.properties.file, `x/${file}`],
            [parsed.message, message],
          ]) {
            expect(sanitizeText(got)).toBe(got);
            expect(got).toBe(shown(given));
            if (sanitizeText(given) === given) expect(got).toBe(given);
          }
        },
      ),
    );
  });

  it.each([
    ["an escape sequence", "esc\u001b[31m.yaml", "esc\\x1b[31m.yaml"],
    ["a hyperlink (OSC 8)", "a\u001b]8;;https:x.test\u0007b.yaml", "a\\x1b]8;;https%3Ax.test\\x07b.yaml"],
    ["an 8-bit CSI", "c\u009b2J.yaml", "c\\x9b2J.yaml"],
    ["a bidi override", "\u202eevil.yaml", "\\u{202e}evil.yaml"],
    ["a carriage return", "cr\r.yaml", "cr%0A.yaml"],
    ["a clean name", "plán 🚀.yaml", "plán 🚀.yaml"],
  ])("shows %s in a file name, escaped, as the stylish format does", (_, file, shown) => {
    const d: Diagnostic = { code: "late-item", severity: "warning", message: "m", file: `/repo/${file}`, path: [] };
    const out = github([d], context([]));
    expect(out).toBe(`::warning file=${shown},title=late-item::m\n`);
    expect(sanitizeText(out)).toBe(out);
  });

  it.each([
    ["a bidi override", '"\\u202ehigh"', '"\\u{202e}high"'],
    ["a C1 control (NEL)", '"hi\\Ngh"', '"hi\\x85gh"'],
    // The found value is quoted as JSON, which already shows a C0 control as \\u00NN.
    ["a bell", '"hi\\agh"', '"hi\\u0007gh"'],
  ])("shows %s in a found value, so it does not read as a valid one", (_, priority, found) => {
    const roadmap = `title: T\nphases:\n  - title: P\n    priority: ${priority}\n`;
    const out = github(lintTexts({ "roadmaps/r.yaml": roadmap }), context(["roadmaps/r.yaml"]));
    expect(out).toBe(
      `::error file=roadmaps/r.yaml,line=4,col=15,endLine=4,endColumn=${15 + priority.length},title=invalid-value` +
        `::phases[0].priority: expected one of critical, high, medium, low; found ${found} (did you mean "high"?)\n`,
    );
  });

  it("makes file paths inside the workspace relative and leaves others as given", () => {
    const d = (file: string): Diagnostic => ({ code: "late-item", severity: "warning", message: "m", file, path: [] });
    const out = github([d("/repo/roadmaps/a.yaml"), d("./roadmaps/b.yaml"), d("/elsewhere/c.yaml")], context([]));
    expect(out).toBe(
      "::warning file=roadmaps/a.yaml,title=late-item::m\n" +
        "::warning file=roadmaps/b.yaml,title=late-item::m\n" +
        "::warning file=/elsewhere/c.yaml,title=late-item::m\n",
    );
  });

  it("leaves out endColumn for a region that runs to the end of its last line", () => {
    const d: Diagnostic = {
      code: "late-item",
      severity: "warning",
      message: "m",
      file: "a.yaml",
      path: [],
      range: { start: { line: 4, col: 5 }, end: { line: 8, col: 1 } },
    };
    expect(github([d], context([]))).toBe("::warning file=a.yaml,line=4,col=5,endLine=7,title=late-item::m\n");
  });

  it("annotates real diagnostics with their ranges", () => {
    const out = github(lintTexts({ "roadmaps/broken.yaml": BROKEN }), context(["roadmaps/broken.yaml"]));
    expect(out).toMatchInlineSnapshot(`
      "::warning file=roadmaps/broken.yaml,line=4,col=5,endLine=7,endColumn=20,title=overdue-item::"build" is overdue as of 2025-10-25: planned to end on 2025-10-17 and due on 2025-10-10, but its status is todo; expected it done, or a new plan
      ::warning file=roadmaps/broken.yaml,line=7,col=10,endLine=7,endColumn=20,title=late-item::"build" is planned to end on 2025-10-17, after its due date 2025-10-10: expected to end on or before 2025-10-10
      ::error file=roadmaps/broken.yaml,line=11,col=13,endLine=11,endColumn=18,title=done-before-dependency::"ship" is done, but it comes after "build", which is todo: expected "build" done first (or drop the dependency)
      ::warning file=roadmaps/broken.yaml,line=13,col=5,endLine=13,endColumn=24,title=unscored-risk::risk "vendor-delay" has no probability or impact: expected probability (low, medium, high or 0..1) and impact (low, medium, high, critical) to score it
      "
    `);
  });
});
