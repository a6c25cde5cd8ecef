import { describe, expect, it } from "vitest";
import { formats, formatters } from "../../src/lint/formatters/formatters.js";
import { json } from "../../src/lint/formatters/json.js";
import { stylish } from "../../src/lint/formatters/stylish.js";
import { BROKEN, TYPO, context, lintTexts } from "./sample.js";

const files = ["roadmaps/broken.yaml", "roadmaps/typo.yaml", "roadmaps/ok.yaml"];
const diagnostics = lintTexts({ [files[0]]: BROKEN, [files[1]]: TYPO });

describe("formats", () => {
  it("are all registered", () => {
    expect([...formats]).toEqual(["stylish", "json", "github", "sarif", "junit"]);
    for (const f of formats) expect(formatters[f]).toBeTypeOf("function");
  });

  it("are deterministic and end with a newline when they print anything", () => {
    for (const f of formats) {
      const out = formatters[f](diagnostics, context(files));
      expect(out).toBe(formatters[f](diagnostics, context(files)));
      expect(out.endsWith("\n"), f).toBe(true);
    }
  });
});

describe("stylish format", () => {
  it("prints nothing without diagnostics", () => {
    expect(stylish([], context(files))).toBe("");
  });

  it("aligns file:line:col, severity, message and rule id, then sums up", () => {
    expect(stylish(diagnostics, context(files))).toMatchInlineSnapshot(`
      "roadmaps/broken.yaml:4:5    warning  "build" is overdue as of 2025-10-25: planned to end on 2025-10-17 and due on 2025-10-10, but its status is todo; expected it done, or a new plan  overdue-item
      roadmaps/broken.yaml:7:10   warning  "build" is planned to end on 2025-10-17, after its due date 2025-10-10: expected to end on or before 2025-10-10  late-item
      roadmaps/broken.yaml:11:13  error    "ship" is done, but it comes after "build", which is todo: expected "build" done first (or drop the dependency)  done-before-dependency
      roadmaps/broken.yaml:13:5   warning  risk "vendor-delay" has no probability or impact: expected probability (low, medium, high or 0..1) and impact (low, medium, high, critical) to score it  unscored-risk
      roadmaps/typo.yaml:4:5      error    phases[0]: unknown key "statuz" (did you mean "status"?)  unknown-key

      ✖ 5 problems (2 errors, 3 warnings)
      "
    `);
  });

  it("colours severities and the summary", () => {
    const tag = (name: string) => (s: string) => `<${name}>${s}</${name}>`;
    const color = { red: tag("red"), yellow: tag("yellow"), dim: tag("dim"), bold: tag("bold"), underline: tag("u") };
    expect(
      stylish(
        diagnostics.filter((d) => d.file === files[1]),
        context(files, { color }),
      ),
    ).toMatchInlineSnapshot(`
      "roadmaps/typo.yaml:4:5  <red>error  </red>  phases[0]: unknown key "statuz" (did you mean "status"?)  <dim>unknown-key</dim>

      <bold><red>✖ 1 problem (1 error, 0 warnings)</red></bold>
      "
    `);
  });

  it("shows control characters and bidi overrides instead of sending them to the terminal", () => {
    const d = {
      code: "unknown-key",
      severity: "error" as const,
      message: 'unknown key "bad\u001b[2Jkey\u009b\u202e"\ttab\rCR',
      file: "x\u0007.yaml",
      path: [],
    };
    expect(stylish([d], context([]))).toBe(
      'x\\x07.yaml  error    unknown key "bad\\x1b[2Jkey\\x9b\\u{202e}" tab CR  unknown-key\n\n✖ 1 problem (1 error, 0 warnings)\n',
    );
  });

  it("keeps a multi-line message on one line", () => {
    const d = { code: "x", severity: "warning" as const, message: "one\ntwo\r\nthree", file: "a.yaml", path: [] };
    expect(stylish([d], context([]))).toMatchInlineSnapshot(`
      "a.yaml  warning  one two three  x

      ⚠ 1 problem (0 errors, 1 warning)
      "
    `);
  });
});

describe("json format", () => {
  it("lists every file with counts and diagnostics, clean files too", () => {
    expect(json(lintTexts({ [files[1]]: TYPO }), context([files[1], files[2]]))).toMatchInlineSnapshot(`
      "[
        {
          "file": "roadmaps/typo.yaml",
          "errorCount": 1,
          "warningCount": 0,
          "diagnostics": [
            {
              "code": "unknown-key",
              "severity": "error",
              "message": "phases[0]: unknown key \\"statuz\\" (did you mean \\"status\\"?)",
              "range": {
                "start": {
                  "line": 4,
                  "col": 5
                },
                "end": {
                  "line": 4,
                  "col": 11
                }
              },
              "path": [
                "phases",
                0,
                "statuz"
              ]
            }
          ]
        },
        {
          "file": "roadmaps/ok.yaml",
          "errorCount": 0,
          "warningCount": 0,
          "diagnostics": []
        }
      ]
      "
    `);
  });

  it("parses back to the diagnostics", () => {
    const parsed = JSON.parse(json(diagnostics, context(files)));
    expect(parsed.map((f: { file: string }) => f.file)).toEqual(files);
    expect(parsed.flatMap((f: { diagnostics: unknown[] }) => f.diagnostics)).toHaveLength(diagnostics.length);
  });
});
