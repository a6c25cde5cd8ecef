import { describe, expect, it } from "vitest";
import type { MarkupContent } from "vscode-languageserver";
import { hoverAt } from "../../src/lsp/hover.js";
import { SAMPLE, cursorOf, textAt } from "./analyze.js";

/** SAMPLE with the cursor put into `at` (written with `‸`). */
const at = (marked: string, base = SAMPLE) => {
  const plain = marked.replace("‸", "");
  if (!base.includes(plain)) throw new Error(`not in the roadmap: ${plain}`);
  return base.replace(plain, marked);
};

const hover = (marked: string) => {
  const { analysis, position } = cursorOf(marked);
  const result = hoverAt(analysis, position);
  return result && { value: (result.contents as MarkupContent).value, range: result.range && textAt(analysis, result.range) };
};

describe("hover", () => {
  it.each([
    {
      name: "an id in after",
      marked: at("after: [a‸pi]"),
      value:
        "**API** · task api\n\nPlanned 2025-01-06 → 2025-01-17 (10 workdays)  \nSlack 0 workdays · **critical path**  \nStatus todo · 0% done, 0% expected as of 2025-01-06",
      range: "api",
    },
    {
      name: "an item's own id",
      marked: at("id: b‸uild"),
      value:
        "**Build** · phase build\n\nPlanned 2025-01-06 → 2025-01-24 (15 workdays)  \nSlack 0 workdays · **critical path**  \nStatus todo · 0% done, 0% expected as of 2025-01-06",
      range: "build",
    },
    {
      name: "an item's title (its id from the title)",
      marked: at("title: We‸b UI"),
      value:
        "**Web UI** · task web-ui\n\nPlanned 2025-01-20 → 2025-01-24 (5 workdays)  \nSlack 0 workdays · **critical path**  \nStatus todo · 0% done, 0% expected as of 2025-01-06",
      range: "Web UI",
    },
    {
      name: "the title key",
      marked: at("  - { id: launch, t‸itle: Launch"),
      value:
        "**Launch** · milestone launch\n\nPlanned 2025-01-24  \nSlack 0 workdays · **critical path**  \nStatus todo · 0% done, 0% expected as of 2025-01-06",
      range: "title",
    },
    {
      name: "an id in affects",
      marked: at("affects: [api, bui‸ld]"),
      value:
        "**Build** · phase build\n\nPlanned 2025-01-06 → 2025-01-24 (15 workdays)  \nSlack 0 workdays · **critical path**  \nStatus todo · 0% done, 0% expected as of 2025-01-06",
      range: "build",
    },
    {
      name: "a KPI target key",
      marked: at("la‸unch: 50"),
      value:
        "**Launch** · milestone launch\n\nPlanned 2025-01-24  \nSlack 0 workdays · **critical path**  \nStatus todo · 0% done, 0% expected as of 2025-01-06",
      range: "launch",
    },
    {
      name: "a risk",
      marked: at("title: Sco‸pe grows"),
      value: "**Scope grows** · risk scope\n\nScore 6 (high): probability medium × impact high  \nStatus open  \nAffects api, build",
      range: "Scope grows",
    },
    {
      name: "a KPI",
      marked: at("id: sig‸nups"),
      value: "**Sign-ups** · KPI signups\n\nCurrent 10 · baseline 0 · higher is better  \nNo target due yet  \nNext target 50 by 2025-01-24",
      range: "signups",
    },
    {
      name: "a budget",
      marked: at("id: clo‸ud"),
      value: "**Cloud** · budget cloud\n\nMonthly 100.00 EUR · yearly 1200.00 EUR  \nPhase 2025-01-06 → 2025-01-24: 62.47 EUR",
      range: "cloud",
    },
    { name: "an unknown id", marked: at("after: [a‸pu]", SAMPLE.replace("after: [api]", "after: [apu]")), value: "No item has the id apu.", range: "apu" },
    {
      name: "a roadmap that does not validate",
      marked: at("id: a‸pi", SAMPLE.replace("duration: 2w", "duration: soon")),
      value: "**API** · task api\n\nNot planned: the roadmap has errors (see the problems).",
      range: "api",
    },
    {
      name: "a task under way, late for its due date",
      marked: at("id: a‸pi", SAMPLE.replace("duration: 2w", "duration: 2w\n        status: in-progress\n        progress: 0.5\n        due: 2025-01-10")),
      value:
        "**API** · task api\n\nPlanned 2025-01-06 → 2025-01-17 (10 workdays)  \nSlack 0 workdays · **critical path**  \nStatus in-progress (late) · 50% done, 0% expected as of 2025-01-06  \nDue 2025-01-10: the planned end is later",
      range: "api",
    },
    {
      name: "an unscheduled task (no start, no length)",
      marked: at("id: a‸pi", SAMPLE.replace("start: 2025-01-06\n", "").replace("        duration: 2w\n", "")),
      value: "**API** · task api\n\nNot scheduled: no length, span or dependency gives it dates  \nStatus todo · 0% done, 0% expected as of 2025-01-06",
      range: "api",
    },
    {
      name: "a cancelled task",
      marked: at("id: a‸pi", SAMPLE.replace("duration: 2w", "duration: 2w\n        status: cancelled")),
      value: "**API** · task api\n\nCancelled: not scheduled  \nStatus cancelled · 0% done, 0% expected as of 2025-01-06",
      range: "api",
    },
    {
      name: "Markdown in a title is shown as text",
      marked: at("id: a‸pi", SAMPLE.replace("title: API", "title: '*API* [x](http://e.x)'")),
      value: "**\\*API\\* \\[x\\](http://e.x)** · task api",
      range: "api",
    },
  ])("$name", ({ marked, value, range }) => {
    const got = hover(marked);
    expect(got?.value.split("\n\n")[0]).toBe(value.split("\n\n")[0]);
    if (value.includes("\n\n")) expect(got?.value).toBe(value);
    expect(got?.range).toBe(range);
  });

  it.each([
    { name: "a duration", marked: at("duration: 2‸w") },
    { name: "a key that is no id or title", marked: at("dur‸ation: 2w") },
    { name: "a comment-free blank", marked: at("‸phases:") },
  ])("nothing on $name", ({ marked }) => {
    expect(hover(marked)).toBeNull();
  });
});
